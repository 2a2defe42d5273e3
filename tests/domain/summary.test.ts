import { describe, expect, it } from 'vitest';
import {
  DocumentError,
  buildSummary,
  isSummaryEmpty,
  parseSummary,
  score,
  serializeSummary,
} from '../../src/domain/index.ts';
import { readFileSync } from 'node:fs';
import { tinyBattery } from '../helpers/battery.ts';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof DocumentError ? e.code : `unexpected: ${String(e)}`;
  }
};

function sample() {
  const result = score(tinyBattery(), { 'physical.t': 'often', 'political.v': 'very', 'economic.c': 'none' });
  return buildSummary({
    result,
    choices: {
      levels: ['physical', 'political'],
      concerns: [{ indicatorId: 'physical.t', topic: 'physical threat', choice: 'Often' }],
      note: '  Please call me on Sunday.  ',
    },
    assessedAt: new Date('2025-03-01T10:00:00Z'),
    now: new Date('2025-03-02T10:00:00Z'),
    appVersion: '0.1.0',
  });
}

describe('summary', () => {
  it('holds only what she chose, in the envelope', () => {
    const s = sample();
    expect(s).toMatchObject({ type: 'shn-summary', version: 3, source: 'secure-here-and-now' });
    expect(s.battery).toEqual({ id: 'tiny', version: '1.0.0' });
    expect(s.levels).toEqual([
      { category: 'physical', level: 'severe' },
      { category: 'political', level: expect.any(String) },
    ]);
    expect(s.concerns).toEqual([
      expect.objectContaining({ indicatorId: 'physical.t', optionId: 'often', isRedFlag: true }),
    ]);
    expect(s.note).toBe('Please call me on Sunday.');
    expect(JSON.stringify(s)).not.toContain('economic');
  });

  it('leaves out parts she did not tick', () => {
    const result = score(tinyBattery(), { 'physical.t': 'often' });
    const s = buildSummary({
      result,
      choices: { levels: [], concerns: [], note: ' ' },
      assessedAt: new Date(),
      now: new Date(),
      appVersion: '0.1.0',
    });
    expect(s).not.toHaveProperty('levels');
    expect(s).not.toHaveProperty('note');
    expect(isSummaryEmpty(s)).toBe(true);
  });

  it('round-trips through its text', () => {
    const s = sample();
    expect(parseSummary(serializeSummary(s))).toEqual(s);
  });

  it('rejects what is not a summary of this version, with a reason code', () => {
    const s = sample();
    expect(codeOf(() => parseSummary('not json'))).toBe('notOurs');
    expect(codeOf(() => parseSummary('{"type":"shn-summary","version":1}'))).toBe('notOurs');
    expect(codeOf(() => parseSummary(JSON.stringify({ ...s, type: 'shn-backup' })))).toBe('wrongType');
    expect(codeOf(() => parseSummary(JSON.stringify({ ...s, version: 4 })))).toBe('newerVersion');
    expect(
      codeOf(() => parseSummary(JSON.stringify({ ...s, levels: [{ category: 'x', level: 'low' }] }))),
    ).toBe('invalid');
  });

  it('holds her plan only as she ticked it: actions, then routines, then notes', () => {
    const result = score(tinyBattery(), { 'physical.t': 'often' });
    const actions = [
      {
        actionId: 'act.a',
        batteryId: 'tiny',
        batteryVersion: '1.0.0',
        status: 'doing' as const,
        note: 'ask Sara',
      },
      { actionId: 'act.b', batteryId: 'tiny', batteryVersion: '1.0.0', status: 'todo' as const, note: '' },
    ];
    const routines = [
      {
        routineId: 'rt.a',
        batteryId: 'tiny',
        batteryVersion: '1.0.0',
        rhythm: { kind: 'days' as const, days: [1, 4] as (1 | 4)[] },
        note: 'with my sister',
      },
    ];
    const build = (plan: Parameters<typeof buildSummary>[0]['choices']['plan']) =>
      buildSummary({
        result,
        choices: { levels: [], concerns: [], note: '', ...(plan ? { plan } : {}) },
        assessedAt: new Date('2025-03-01T10:00:00Z'),
        now: new Date('2025-03-02T10:00:00Z'),
        appVersion: '0.1.0',
      });

    const bare = build({ actions, routines: [], withNotes: false });
    expect(bare.plan).toEqual({
      actions: [
        { actionId: 'act.a', batteryId: 'tiny', batteryVersion: '1.0.0', status: 'doing' },
        { actionId: 'act.b', batteryId: 'tiny', batteryVersion: '1.0.0', status: 'todo' },
      ],
    });
    expect(JSON.stringify(bare)).not.toContain('Sara');
    expect(isSummaryEmpty(bare)).toBe(false);

    const full = build({ actions, routines, withNotes: true });
    expect(full.plan?.actions[0]?.note).toBe('ask Sara');
    expect(full.plan?.actions[1]).not.toHaveProperty('note');
    expect(full.plan?.routines).toEqual([{ ...routines[0], note: 'with my sister' }]);
    expect(parseSummary(serializeSummary(full))).toEqual(full);

    expect(build({ actions: [], routines: [], withNotes: true })).not.toHaveProperty('plan');
    expect(
      codeOf(() =>
        parseSummary(JSON.stringify({ ...full, plan: { actions: [{ ...actions[0], status: 'maybe' }] } })),
      ),
    ).toBe('invalid');
  });

  it('opens a version-1 summary (the fixture) as the current version', () => {
    const s = parseSummary(readFileSync('tests/fixtures/summary-v1.json', 'utf8'));
    expect(s.version).toBe(3);
    expect(s).not.toHaveProperty('plan');
    expect(s.concerns?.[0]).toMatchObject({ indicatorId: 'phy.threat-life', optionId: 'often' });
    expect(s.note).toBe('Llámame el domingo.');
  });

  it('reads a version-2 file as version 3, and keeps the kind of a model-2 level and the flag a concern fired', async () => {
    const { model2Battery } = await import('./fixtures/model2.ts');
    const v2 = { ...sample(), version: 2 };
    expect(parseSummary(JSON.stringify(v2)).version).toBe(3);
    const battery = model2Battery();
    const result = score(battery, {
      'economic.event': 'once',
      'economic.cap': 'none',
      'physical.event': 'once',
    });
    const s = buildSummary({
      result,
      choices: {
        levels: ['economic'],
        concerns: [{ indicatorId: 'physical.event', topic: 'Threat', choice: 'Once' }],
        note: '',
      },
      assessedAt: new Date('2025-03-01T10:00:00Z'),
      now: new Date('2025-03-02T10:00:00Z'),
      appVersion: '0.1.0',
    });
    expect(s.scoringModel).toBe(2);
    expect(s.levels).toEqual([{ category: 'economic', level: 'high', kind: 'threats' }]);
    expect(s.concerns?.[0]).toMatchObject({ isRedFlag: true, flagIds: ['r1'] });
    expect(parseSummary(serializeSummary(s))).toEqual(s);
  });
  it('says who it is from and how to reach her only when she writes it; older files open without it', () => {
    const result = score(tinyBattery(), { 'physical.t': 'often' });
    const build = (from?: string, reach?: string) =>
      buildSummary({
        result,
        choices: { levels: ['physical'], concerns: [], note: '', from, reach },
        assessedAt: new Date('2025-03-01T10:00:00Z'),
        now: new Date('2025-03-02T10:00:00Z'),
        appVersion: '0.1.0',
      });
    const named = build('  Amal  ', ' Signal only. Never call. ');
    expect(named).toMatchObject({ version: 3, from: 'Amal', reach: 'Signal only. Never call.' });
    expect(parseSummary(serializeSummary(named))).toEqual(named);
    // Empty or blank: the field is left out, and a name alone is no content to send.
    const blank = build(' ', '');
    expect(blank).not.toHaveProperty('from');
    expect(blank).not.toHaveProperty('reach');
    expect(isSummaryEmpty({ ...named, levels: undefined })).toBe(true);
    // Too long for the field: cut, never refused.
    expect(build('x'.repeat(300)).from).toHaveLength(100);
    // Files made before the field existed (version 1, 2 and 3 without it) still open.
    const v1 = parseSummary(readFileSync('tests/fixtures/summary-v1.json', 'utf8'));
    expect(v1).not.toHaveProperty('from');
    expect(parseSummary(JSON.stringify({ ...blank, version: 2 }))).not.toHaveProperty('from');
    // A name that is not text, or far too long, is refused like any malformed file.
    expect(codeOf(() => parseSummary(JSON.stringify({ ...named, from: 42 })))).toBe('invalid');
    expect(codeOf(() => parseSummary(JSON.stringify({ ...named, from: 'x'.repeat(101) })))).toBe('invalid');
  });
});
