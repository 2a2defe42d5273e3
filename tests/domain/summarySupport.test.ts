/**
 * "Who can help" in a summary for her trusted contact (issue 20): off unless she ticks it; only the
 * services that fit the urgent steps that fired (the directory's `fits` map, as in urgent steps),
 * her local contacts only when she ticks them too; texts in her language and English; and checked
 * again, with a pack's own rules, when the contact opens it — an unsafe link refuses the summary.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DocumentError,
  SUPPORT_CHARS_MAX,
  SUPPORT_ENTRIES_MAX,
  buildSummary,
  isSummaryEmpty,
  parseSummary,
  parseSupportDirectory,
  parseSupportText,
  score,
  serializeSummary,
  supportForSummary,
  type Summary,
  type SummarySupport,
  type SupportDirectory,
} from '../../src/domain/index.ts';
import { tinyBattery } from '../helpers/battery.ts';

const shipped: SupportDirectory = (() => {
  const parsed = parseSupportText(readFileSync('indicators/support/shn-support-1.0.0.json', 'utf8'), {
    requireSources: true,
  });
  if (!parsed.ok) throw new Error('the shipped directory does not pass');
  return parsed.directory;
})();

const local: SupportDirectory = (() => {
  const parsed = parseSupportDirectory({
    format: 'shn-support',
    formatVersion: 1,
    id: 'nairobi-network',
    version: '1.0.0',
    author: 'Nairobi defenders network',
    languages: ['en', 'sw'],
    title: { en: 'Nairobi: local help', sw: 'Nairobi: msaada wa karibu' },
    entries: [
      {
        id: 'night-line',
        name: { en: 'Night line', sw: 'Simu ya usiku' },
        offers: ['emergency-line', 'legal'],
        who: ['hrd'],
        summary: { en: 'Someone answers at night.', sw: 'Mtu hujibu usiku.' },
        channels: [{ kind: 'phone', value: '+254 700 000 001' }],
      },
      {
        id: 'shelter',
        name: { en: 'Safe house', sw: 'Nyumba salama' },
        offers: ['shelter'],
        who: ['women'],
        summary: { en: 'A few nights in a safe place.', sw: 'Usiku chache mahali salama.' },
        channels: [{ kind: 'message', value: '+254 700 000 002' }],
      },
    ],
  });
  if (!parsed.ok) throw new Error('fixture');
  return parsed.directory;
})();

function forBlocks(
  blocks: string[],
  options: { withShipped?: boolean; withLocal?: boolean; languages?: string[] } = {},
): SummarySupport | undefined {
  return supportForSummary({
    shipped,
    packs: [local],
    blocks,
    withShipped: options.withShipped ?? true,
    withLocal: options.withLocal ?? false,
    languages: options.languages ?? ['en'],
  });
}

const idsOf = (support: SummarySupport | undefined) =>
  (support?.groups ?? []).map((g) => `${g.origin}:${g.directory.entries.map((e) => e.id).join(',')}`);

const result = score(tinyBattery(), { 'physical.t': 'often' });

function summaryWith(support: SummarySupport | undefined): Summary {
  return buildSummary({
    result,
    choices: { levels: ['physical'], concerns: [], note: '', ...(support ? { support } : {}) },
    assessedAt: new Date('2026-11-30T10:00:00Z'),
    now: new Date('2026-12-01T10:00:00Z'),
    appVersion: '0.1.0',
  });
}

const codeOf = (text: string) => {
  try {
    parseSummary(text);
    return 'none';
  } catch (e) {
    return e instanceof DocumentError ? e.code : `unexpected: ${String(e)}`;
  }
};

describe('what goes in', () => {
  it('is nothing unless she ticks it', () => {
    const s = summaryWith(undefined);
    expect(s).not.toHaveProperty('support');
    expect(serializeSummary(s)).not.toContain('shn-support');
  });

  it('a threat to life: the emergency line, relocation and grants — not the digital-security helplines', () => {
    const support = forBlocks(['g.life']);
    const kinds = shipped.fits?.['g.life'] ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['emergency-line', 'relocation']));
    const entries = support?.groups.flatMap((g) => g.directory.entries) ?? [];
    expect(entries.map((e) => e.id)).toContain('protectdefenders-eu');
    expect(entries.map((e) => e.id)).not.toContain('accessnow-helpline');
    expect(entries.map((e) => e.id)).not.toContain('smex-helpdesk');
    // Exactly what the urgent steps list: every shipped entry that offers a kind that fits.
    const expected = shipped.entries.filter((e) => e.offers.some((k) => kinds.includes(k))).map((e) => e.id);
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(expected));
    // The one offering most of what fits comes first.
    expect(entries[0]?.id).toBe('protectdefenders-eu');
  });

  it('intimate images used against her: digital-security help only', () => {
    const entries = forBlocks(['g.image'])?.groups.flatMap((g) => g.directory.entries) ?? [];
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['accessnow-helpline', 'smex-helpdesk']));
    expect(entries.map((e) => e.id)).not.toContain('urgent-action-fund');
    for (const e of entries) expect(e.offers).toContain('digital-security');
  });

  it('nothing fired, or nothing that fits: nothing to add', () => {
    expect(forBlocks([])).toBeUndefined();
    expect(forBlocks(['g.not-in-the-map'])).toBeUndefined();
    expect(forBlocks(['g.life'], { withShipped: false })).toBeUndefined();
  });

  it('her local contacts only when she ticks them, first, and only those that fit', () => {
    expect(idsOf(forBlocks(['g.life']))).toEqual([expect.stringMatching(/^shipped:/)]);
    const both = forBlocks(['g.life'], { withLocal: true });
    expect(idsOf(both)[0]).toBe('local:night-line');
    expect(idsOf(both)[1]).toMatch(/^shipped:protectdefenders-eu/);
    expect(idsOf(forBlocks(['g.home'], { withLocal: true, withShipped: false }))).toEqual(['local:shelter']);
    expect(idsOf(forBlocks(['g.life'], { withLocal: true, withShipped: false }))).toEqual([
      'local:night-line',
    ]);
  });

  it('carries her language and English only, and still passes a pack’s checks', () => {
    const support = forBlocks(['g.life', 'g.image'], { withLocal: true, languages: ['ar', 'en'] });
    for (const group of support?.groups ?? []) {
      const expected = group.origin === 'local' ? ['en'] : ['ar', 'en'];
      expect(group.directory.languages).toEqual(expected);
      const texts = JSON.stringify(group.directory.entries.map((e) => [e.name, e.summary, e.safety]));
      expect(texts).not.toMatch(/"(es|fr|sw)":/);
      expect(group.directory).not.toHaveProperty('fits');
      const checked = parseSupportDirectory(group.directory, { requireSources: group.origin === 'shipped' });
      expect(checked.ok).toBe(true);
    }
    // The safe-contact note and the day it was checked travel with each entry.
    const pdeu = support?.groups[1]?.directory.entries.find((e) => e.id === 'protectdefenders-eu');
    expect(pdeu?.safety?.ar).toBe(shipped.entries.find((e) => e.id === 'protectdefenders-eu')?.safety?.ar);
    expect(pdeu?.sources?.[0]?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('stays small enough to paste into a messenger, with everything that can fit', () => {
    const everything = forBlocks(Object.keys(shipped.fits ?? {}), {
      withLocal: true,
      languages: ['ar', 'en'],
    });
    const s = summaryWith(everything);
    // Every shipped service that fits anything, and the local ones: all of them go in.
    expect(s.support?.groups.flatMap((g) => g.directory.entries).length).toBe(shipped.entries.length + 2);
    expect(JSON.stringify(s.support?.groups).length).toBeLessThanOrEqual(SUPPORT_CHARS_MAX);
    // Armored age text is about 4/3 of this; a messenger message takes 65,536 characters.
    expect(serializeSummary(s).length).toBeLessThan(SUPPORT_CHARS_MAX + 5_000);
  });

  it('leaves out a local service whose texts would pass the size limit, and keeps the others', () => {
    const long = 'A very long description. '.repeat(1200);
    const big: SupportDirectory = {
      ...local,
      id: 'big-pack',
      entries: [
        { ...local.entries[0]!, id: 'long-one', summary: { en: long, sw: long } },
        { ...local.entries[0]!, id: 'short-one' },
      ],
    };
    const support = supportForSummary({
      shipped,
      packs: [big],
      blocks: ['g.life'],
      withShipped: true,
      withLocal: true,
      languages: ['en'],
    });
    expect(idsOf(support)[0]).toBe('local:short-one');
    expect(idsOf(support)[1]).toMatch(/^shipped:protectdefenders-eu/);
    expect(JSON.stringify(support?.groups).length).toBeLessThanOrEqual(SUPPORT_CHARS_MAX);
  });

  it('makes a summary worth sending on its own, and opens again as it was', () => {
    const s = summaryWith(forBlocks(['g.life'], { withLocal: true }));
    expect(isSummaryEmpty({ ...s, levels: undefined })).toBe(false);
    expect(parseSummary(serializeSummary(s))).toEqual(s);
  });
});

describe('when her contact opens it', () => {
  const good = summaryWith(forBlocks(['g.life'], { withLocal: true }));
  /** The summary's text with one change to its "who can help". */
  const tampered = (change: (support: Record<string, unknown>) => void) => {
    const doc = JSON.parse(serializeSummary(good)) as Summary & { support: Record<string, unknown> };
    change(doc.support);
    return JSON.stringify(doc);
  };
  type Groups = { origin: string; directory: { entries: Record<string, unknown>[] } }[];
  const entryOf = (support: Record<string, unknown>, group: number, entry = 0) =>
    (support.groups as Groups)[group]!.directory.entries[entry]!;
  const channelsOf = (support: Record<string, unknown>, group: number) =>
    entryOf(support, group).channels as { kind: string; value: string }[];

  it('refuses a summary whose way to reach someone is a javascript: or data: link', () => {
    expect(
      codeOf(tampered((s) => (channelsOf(s, 1)[1] = { kind: 'web', value: 'javascript:alert(1)' }))),
    ).toBe('unsafeLink');
    expect(
      codeOf(tampered((s) => (channelsOf(s, 0)[0] = { kind: 'web', value: 'data:text/html,<b>x</b>' }))),
    ).toBe('unsafeLink');
    expect(
      codeOf(tampered((s) => (channelsOf(s, 0)[0] = { kind: 'web', value: 'http://example.org' }))),
    ).toBe('unsafeLink');
  });

  it('refuses a source page that is not https:', () => {
    expect(
      codeOf(
        tampered((s) => {
          const sources = entryOf(s, 1).sources as { url: string }[];
          sources[0]!.url = 'javascript:alert(document.domain)';
        }),
      ),
    ).toBe('unsafeLink');
  });

  it('refuses, as altered, a number that is not one, a way of reaching it does not know, or an unconfirmed directory entry', () => {
    expect(codeOf(tampered((s) => (channelsOf(s, 0)[0] = { kind: 'phone', value: 'call 0700 now' })))).toBe(
      'invalid',
    );
    expect(
      codeOf(tampered((s) => (channelsOf(s, 0)[0] = { kind: 'link', value: 'https://example.org' }))),
    ).toBe('invalid');
    expect(codeOf(tampered((s) => delete entryOf(s, 1).sources))).toBe('invalid');
    expect(codeOf(tampered((s) => ((s.groups as Groups)[0]!.origin = 'elsewhere')))).toBe('invalid');
  });

  it('refuses more services than a summary ever carries', () => {
    const many = tampered((s) => {
      const group = (s.groups as Groups)[0]!;
      const entry = group.directory.entries[0]!;
      group.directory.entries = Array.from({ length: SUPPORT_ENTRIES_MAX + 1 }, (_, i) => ({
        ...entry,
        id: `e${String(i)}`,
      }));
    });
    expect(codeOf(many)).toBe('invalid');
  });

  it('refuses "who can help" longer than a summary ever carries', () => {
    const long = tampered((s) => {
      const entry = entryOf(s, 0);
      entry.summary = { en: 'x'.repeat(SUPPORT_CHARS_MAX) };
    });
    expect(codeOf(long)).toBe('invalid');
  });

  it('names where the problem is', () => {
    try {
      parseSummary(tampered((s) => (channelsOf(s, 1)[0] = { kind: 'web', value: 'javascript:x' })));
      expect.unreachable();
    } catch (e) {
      expect((e as DocumentError).paths).toEqual(['support.groups.1.directory.entries.0.channels.0.value']);
    }
  });

  it('older summaries, and those without it, open as before', () => {
    expect(parseSummary(readFileSync('tests/fixtures/summary-v1.json', 'utf8'))).not.toHaveProperty(
      'support',
    );
    const plain = summaryWith(undefined);
    expect(parseSummary(serializeSummary(plain))).toEqual(plain);
  });
});
