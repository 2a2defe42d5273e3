/** Property tests (fast-check) on the shipped battery and on random answer sets. */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  score,
  scaleOf,
  levelRank,
  SKIPPED,
  LEVELS,
  type Battery,
  type Answers,
} from '../../src/domain/index.ts';
import { currentBattery, tinyBattery } from '../helpers/battery.ts';

const batteries: [string, Battery][] = [
  ['shipped', currentBattery()],
  ['tiny', tinyBattery()],
];

function answersArb(battery: Battery): fc.Arbitrary<Record<string, string>> {
  const entries = battery.indicators.map((ind) => {
    const options = scaleOf(battery, ind).options.map((o) => o.id);
    return [ind.id, fc.option(fc.constantFrom(...options, SKIPPED), { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((r) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string') out[k] = v;
    return out;
  });
}

const levelsOf = (battery: Battery, answers: Answers, form: string) =>
  score(battery, answers, form).categories.map((c) => levelRank(c.level));

describe.each(batteries)('scoring properties (%s battery)', (_name, battery) => {
  const forms = battery.forms.map((f) => f.id);
  const arb = fc.tuple(answersArb(battery), fc.constantFrom(...forms));
  const indicatorArb = fc.constantFrom(...battery.indicators);

  test.prop([arb])('levels and scores are bounded', ([answers, form]) => {
    for (const c of score(battery, answers, form).categories) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.coverage).toBeGreaterThanOrEqual(0);
      expect(c.coverage).toBeLessThanOrEqual(1);
      expect([...LEVELS, 'insufficient']).toContain(c.level);
    }
  });

  test.prop([arb, indicatorArb, fc.nat(), fc.nat()])(
    'a worse threat or vulnerability answer never lowers a level; a stronger capacity never raises it',
    ([answers, form], ind, i, j) => {
      const options = [...scaleOf(battery, ind).options].sort((a, b) => a.value - b.value);
      const lo = options[i % options.length];
      const hi = options[j % options.length];
      if (!lo || !hi || lo.value > hi.value) return;
      const withLo = levelsOf(battery, { ...answers, [ind.id]: lo.id }, form);
      const withHi = levelsOf(battery, { ...answers, [ind.id]: hi.id }, form);
      const scoreLo = score(battery, { ...answers, [ind.id]: lo.id }, form).categories;
      const scoreHi = score(battery, { ...answers, [ind.id]: hi.id }, form).categories;
      withLo.forEach((level, k) => {
        if (ind.role === 'capacity') {
          expect(withHi[k]).toBeLessThanOrEqual(level);
          expect(scoreHi[k]?.score).toBeLessThanOrEqual((scoreLo[k]?.score ?? 0) + 1e-12);
        } else {
          expect(withHi[k]).toBeGreaterThanOrEqual(level);
          expect(scoreHi[k]?.score).toBeGreaterThanOrEqual((scoreLo[k]?.score ?? 0) - 1e-12);
        }
      });
    },
  );

  test.prop([arb])('a red flag sets its floor', ([answers, form]) => {
    for (const c of score(battery, answers, form).categories) {
      for (const flag of c.redFlags) {
        expect(levelRank(c.level)).toBeGreaterThanOrEqual(levelRank(flag.redFlag ?? 'low'));
      }
    }
  });

  test.prop([arb, indicatorArb])('skipping an answer never raises a level', ([answers, form], ind) => {
    const before = levelsOf(battery, answers, form);
    const after = levelsOf(battery, { ...answers, [ind.id]: SKIPPED }, form);
    after.forEach((level, k) => expect(level).toBeLessThanOrEqual(before[k] ?? 0));
  });

  test.prop([arb])('the same input gives the same output', ([answers, form]) => {
    expect(score(battery, answers, form)).toEqual(score(battery, { ...answers }, form));
  });

  test.prop([fc.constantFrom(...forms), fc.boolean()])(
    'nothing answered, or everything skipped, gives "not enough answers", never "low"',
    (form, isSkipped) => {
      const answers = isSkipped ? Object.fromEntries(battery.indicators.map((i) => [i.id, SKIPPED])) : {};
      const result = score(battery, answers, form);
      for (const c of result.categories) expect(c.level).toBe('insufficient');
      expect(result.overall).toBe('insufficient');
    },
  );
});
