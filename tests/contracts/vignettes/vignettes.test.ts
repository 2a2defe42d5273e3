/**
 * The 24 calibration vignettes (CASES.md) run against battery 2.0.0 and risk model 2.
 *
 * Each fixture in ./cases maps one case's facts to answers; this test scores them with the full
 * form and checks the seven checks of CASES.md "How a test reads a case". A failure names the case
 * and the category. The cases are never edited to fit the numbers (CASES.md): a failure is either
 * a mapping mistake in a fixture, the battery's content, or the model's numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  parseBattery,
  recommend,
  scaleOf,
  score,
  visibleIndicators,
  type AssessmentResult,
  type Battery,
  type CategoryId,
  type CategoryResult,
  type Recommendations,
} from '../../../src/domain/index.ts';
import type { Vignette } from './types.ts';

const BATTERY_FILE = 'indicators/shn-core-2.0.0.json';
const SKIP = 'skip';

const modules = import.meta.glob<{ default: Vignette }>('./cases/V*.ts', { eager: true });
const cases: Vignette[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.id.localeCompare(b.id));

let cached: Battery | undefined;
/** Battery 2.0.0, parsed; throws with every issue when it does not parse. */
function battery(): Battery {
  if (cached) return cached;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(BATTERY_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`${BATTERY_FILE} cannot be read as JSON: ${String(error)}`, { cause: error });
  }
  const parsed = parseBattery(json);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => `  ${JSON.stringify(i)}`).join('\n');
    throw new Error(`${BATTERY_FILE} does not parse:\n${issues}`);
  }
  cached = parsed.battery;
  return cached;
}

const runs = new Map<string, { result: AssessmentResult; recs: Recommendations }>();
function run(v: Vignette) {
  let r = runs.get(v.id);
  if (!r) {
    const b = battery();
    const result = score(b, v.answers, 'full');
    r = { result, recs: recommend(b, result) };
    runs.set(v.id, r);
  }
  return r;
}

function categoryOf(v: Vignette, category: CategoryId): CategoryResult {
  const c = run(v).result.categories.find((x) => x.category === category);
  if (!c) throw new Error(`${v.id}: no result for ${category}`);
  return c;
}

const ids = (list: { indicatorId: string }[] | undefined) => (list ?? []).map((a) => a.indicatorId);

/** Capacity options below "mostly": never a strength (CASES.md property 18). */
const WEAK_OPTIONS = new Set(['none', 'partly', 'no']);

describe('battery 2.0.0', () => {
  it('parses', () => {
    expect(battery().version).toBe('2.0.0');
  });

  it('has the 24 cases V01…V24, each once', () => {
    expect(cases.map((v) => v.id)).toEqual(
      Array.from({ length: 24 }, (_, i) => `V${String(i + 1).padStart(2, '0')}`),
    );
  });
});

describe.each(cases.map((v) => [`${v.id} — ${v.title}`, v] as const))('%s', (_name, v) => {
  it('answers only items of the full form, with options of their scales', () => {
    const b = battery();
    const full = new Set(b.forms.find((f) => f.id === 'full')?.indicators ?? []);
    const byId = new Map(b.indicators.map((i) => [i.id, i]));
    for (const [indicatorId, optionId] of Object.entries(v.answers)) {
      const indicator = byId.get(indicatorId);
      expect(indicator, `${v.id}: unknown indicator ${indicatorId}`).toBeDefined();
      if (!indicator) continue;
      expect(full.has(indicatorId), `${v.id}: ${indicatorId} is not in the full form`).toBe(true);
      if (optionId === SKIP) continue;
      const options = scaleOf(b, indicator).options.map((o) => o.id);
      expect(options, `${v.id}: ${indicatorId} has no option "${optionId}"`).toContain(optionId);
    }
  });

  it('answers every question the full form asks her (skips included)', () => {
    const asked = visibleIndicators(battery(), 'full', v.answers).map((i) => i.id);
    const missing = asked.filter((id) => v.answers[id] === undefined);
    expect(missing, `${v.id}: questions she is asked but the fixture does not answer`).toEqual([]);
  });

  // (1) level in the acceptable set
  it.each(CATEGORY_IDS)('(1) %s: level is the expected one or inside the range', (category) => {
    const expected = v.expect.levels[category];
    if (expected === undefined) return;
    const c = categoryOf(v, category);
    if (expected === 'insufficient') expect(c.level, `${v.id} ${category}`).toBe('insufficient');
    else expect(expected, `${v.id} ${category}: level ${c.level}`).toContain(c.level);
  });

  // (2) kind; a low level has no kind, and the test then accepts none
  it.each(CATEGORY_IDS)('(2) %s: kind (from threats / from exposure)', (category) => {
    const c = categoryOf(v, category);
    const expected = v.expect.kinds[category];
    if (c.level === 'insufficient') {
      expect(c.kind, `${v.id} ${category}: "not enough answers" has no kind`).toBeUndefined();
    } else if (c.level === 'low') {
      expect([undefined, expected], `${v.id} ${category}: kind of a low level`).toContain(c.kind);
    } else if (expected !== undefined) {
      expect(c.kind, `${v.id} ${category} (${c.level})`).toBe(expected);
    }
  });

  // (3) "not enough answers" says so, with its reason, and is never low
  it.each(CATEGORY_IDS)('(3) %s: "not enough answers" when expected, never low', (category) => {
    const reason = v.expect.insufficient?.[category];
    const c = categoryOf(v, category);
    if (reason === undefined) {
      expect(c.level, `${v.id} ${category}`).not.toBe('insufficient');
      return;
    }
    expect(c.level, `${v.id} ${category}`).toBe('insufficient');
    expect(c.insufficient, `${v.id} ${category}: reason`).toBe(reason);
    const exposureOnly = v.expect.exposureOnly?.[category];
    if (exposureOnly && c.exposureOnly !== undefined)
      expect(exposureOnly, `${v.id} ${category}: exposure-only level`).toContain(c.exposureOnly);
  });

  // (4) exactly the flags that fire, exactly their blocks, crisis apart, and nothing barred
  it('(4) fires exactly the expected red flags and combinations', () => {
    const fired = (run(v).result.flags ?? []).map((f) => f.id.toLowerCase()).sort();
    expect(fired, v.id).toEqual([...v.expect.flags].sort());
  });

  it('(4) shows exactly the guidance blocks of what fired, crisis apart', () => {
    const { recs } = run(v);
    expect([...(recs.urgent?.blocks ?? [])].sort(), `${v.id}: blocks`).toEqual([...v.expect.blocks].sort());
    expect(!!recs.urgent?.crisis, `${v.id}: crisis block`).toBe(v.expect.crisis);
    if (v.expect.crisis) expect(recs.urgent?.crisis?.block, v.id).toBe('g.crisis');
  });

  it('(4) shows none of the actions the case says must not appear', () => {
    const { recs } = run(v);
    const shown = new Set([
      ...(recs.urgent?.steps ?? []).map((s) => s.actionId),
      ...(recs.urgent?.crisis?.steps ?? []).map((s) => s.actionId),
      ...recs.actions.map((a) => a.id),
    ]);
    const barred = (v.expect.mustNotActions ?? []).filter((id) => shown.has(id));
    expect(barred, `${v.id}: actions that must not appear`).toEqual([]);
  });

  // (5) the why: only answers that add risk, drawn from the listed ones, flag triggers first
  it.each(CATEGORY_IDS)('(5) %s: drivers', (category) => {
    const c = categoryOf(v, category);
    const { result } = run(v);
    for (const d of c.drivers) {
      expect(d.effect, `${v.id} ${category}: driver ${d.indicatorId}=${d.optionId}`).toBe('adds');
      expect(d.contribution, `${v.id} ${category}: driver ${d.indicatorId}`).toBeGreaterThan(0);
    }
    const shown = ids(c.drivers);
    const listed = v.expect.drivers[category];
    if (listed && listed.length > 0 && !(c.level === 'insufficient' && shown.length === 0)) {
      // The why is every answer that adds risk (the result shows the strongest first, the others
      // under them); her own sense of danger has its own line ("You said you feel …").
      const self = c.selfRated?.indicatorId;
      const why = new Set([
        ...shown,
        ...c.answers.filter((a) => a.effect === 'adds').map((a) => a.indicatorId),
        ...(self ? [self] : []),
      ]);
      // A question she was not asked (a follow-up whose gate stayed closed) cannot be a reason.
      const asked = new Set(visibleIndicators(battery(), 'full', v.answers).map((i) => i.id));
      expect(
        listed.filter((id) => asked.has(id) && !why.has(id)),
        `${v.id} ${category}: listed drivers that add no risk in the result`,
      ).toEqual([]);
      // The case's main reason (listed first) is among those shown at once.
      const main = listed[0];
      if (main !== undefined && main !== self) {
        expect(shown, `${v.id} ${category}: the main reason is shown at once`).toContain(main);
      }
    }
    if (category === 'physical' && v.expect.selfRatedFirst) {
      expect(c.drivers[0]?.indicatorId, `${v.id}: her own sense of danger comes first`).toBe(
        'phy.feel-endangered',
      );
    }
    // Triggers of a single-item red flag that floors this category come before every other driver.
    const triggers = new Set(
      (result.flags ?? [])
        .filter((f) => f.type === 'flag' && f.floors.some((fl) => fl.category === category))
        .flatMap((f) => ids(f.answers)),
    );
    const isTrigger = shown.map((id) => triggers.has(id));
    const firstOther = isTrigger.indexOf(false);
    if (firstOther >= 0)
      expect(
        isTrigger.slice(firstOther),
        `${v.id} ${category}: flag triggers first in ${shown.join(', ')}`,
      ).not.toContain(true);
  });

  // (6) strengths: every listed one appears, none of them in the why, none answered "a little"
  it.each(CATEGORY_IDS)('(6) %s: what protects you', (category) => {
    const c = categoryOf(v, category);
    const strengths = ids(c.strengths);
    // A protection she was not asked about (a follow-up whose question did not open) cannot show.
    const asked = new Set(visibleIndicators(battery(), 'full', v.answers).map((i) => i.id));
    const listed = (v.expect.strengths[category] ?? []).filter((id) => asked.has(id));
    expect(
      listed.filter((id) => !strengths.includes(id)),
      `${v.id} ${category}: listed strengths missing [${strengths.join(', ')}]`,
    ).toEqual([]);
    const drivers = ids(c.drivers);
    expect(
      strengths.filter((id) => drivers.includes(id)),
      `${v.id} ${category}: strengths also in the why`,
    ).toEqual([]);
    const weak = (c.strengths ?? []).filter((s) => WEAK_OPTIONS.has(s.optionId)).map((s) => s.indicatorId);
    expect(weak, `${v.id} ${category}: strengths answered below "mostly"`).toEqual([]);
  });

  // (7) each action once; nothing urgent repeated among the suggestions; "now" before "this week"
  it('(7) each urgent action once, not repeated below, every "now" before every "this week"', () => {
    const { recs } = run(v);
    const crisisSteps = recs.urgent?.crisis?.steps ?? [];
    const steps = recs.urgent?.steps ?? [];
    const all = [...crisisSteps, ...steps].map((s) => s.actionId);
    const twice = all.filter((id, i) => all.indexOf(id) !== i);
    expect(twice, `${v.id}: urgent actions shown twice`).toEqual([]);
    const ordinary = new Set(recs.actions.filter((a) => !a.isUrgent).map((a) => a.id));
    expect(
      all.filter((id) => ordinary.has(id)),
      `${v.id}: urgent actions repeated among the suggestions`,
    ).toEqual([]);
    const actionIds = recs.actions.map((a) => a.id);
    expect(
      actionIds.filter((id, i) => actionIds.indexOf(id) !== i),
      `${v.id}: suggestions listed twice`,
    ).toEqual([]);
    for (const [name, list] of [
      ['crisis', crisisSteps],
      ['urgent', steps],
    ] as const) {
      const horizons = list.map((s) => s.horizon);
      const firstWeek = horizons.indexOf('week');
      if (firstWeek >= 0)
        expect(horizons.slice(firstWeek), `${v.id}: ${name} steps, "now" after "this week"`).not.toContain(
          'now',
        );
    }
    if (v.expect.crisis) {
      const crisisIds = new Set(crisisSteps.map((s) => s.actionId));
      expect(
        steps.filter((s) => crisisIds.has(s.actionId)),
        `${v.id}: the crisis block shares a step`,
      ).toEqual([]);
    }
  });
});
