/**
 * Properties of risk model 2 (indicators/MODEL-2-DESIGN.md §2), by fast-check, on the small
 * model-2 fixture and on every shipped model-2 battery.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  CATEGORY_IDS,
  LEVELS,
  SKIPPED,
  levelRank,
  parseBatteryText,
  recommend,
  scaleOf,
  score,
  visibleIndicators,
  type Battery,
  type Indicator,
} from '../../src/domain/index.ts';
import { model2Battery } from './fixtures/model2.ts';

const shipped: [string, Battery][] = readdirSync('indicators')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const parsed = parseBatteryText(readFileSync(`indicators/${f}`, 'utf8'));
    return parsed.ok && parsed.battery.scoring.model === 2 ? [[f, parsed.battery] as [string, Battery]] : [];
  });
const batteries: [string, Battery][] = [['fixture', model2Battery()], ...shipped];

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

const ranks = (battery: Battery, answers: Record<string, string>, form: string) =>
  score(battery, answers, form).categories.map((c) => levelRank(c.level));
const scored = (ind: Indicator) => ind.role !== 'context';

describe.each(batteries)('model 2 properties (%s)', (_name, battery) => {
  const forms = battery.forms.map((f) => f.id);
  const arb = fc.tuple(answersArb(battery), fc.constantFrom(...forms));
  const scoredItems = battery.indicators.filter(scored);
  const threatItems = battery.indicators.filter((i) => i.role === 'threat');
  const opts = (ind: Indicator) => [...scaleOf(battery, ind).options].sort((a, b) => a.value - b.value);
  const strengthFrom = battery.scoring.model === 2 ? battery.scoring.strengthFrom : 0.5;

  test.prop([arb])('1. bounded, one of the five levels; 6. deterministic', ([answers, form]) => {
    const r = score(battery, answers, form);
    expect(score(battery, answers, form)).toEqual(r);
    for (const c of r.categories) {
      for (const x of [
        c.score,
        c.parts.threat,
        c.parts.vulnerability,
        c.parts.capacity,
        c.paths?.threat ?? 0,
        c.paths?.exposure ?? 0,
      ]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect([...LEVELS, 'insufficient']).toContain(c.level);
    }
  });

  test.prop([arb, fc.constantFrom(...scoredItems), fc.nat(), fc.nat()])(
    '2–3. a worse answer never lowers a level; a stronger protection never raises one',
    ([answers, form], ind, i, j) => {
      const o = opts(ind);
      const lo = o[i % o.length];
      const hi = o[j % o.length];
      if (!lo || !hi || lo.value > hi.value) return;
      const a = ranks(battery, { ...answers, [ind.id]: lo.id }, form);
      const b = ranks(battery, { ...answers, [ind.id]: hi.id }, form);
      a.forEach((rank, k) => {
        if (ind.role === 'capacity') expect(b[k]).toBeLessThanOrEqual(rank);
        else expect(b[k]).toBeGreaterThanOrEqual(rank);
      });
    },
  );

  test.prop([arb])('4. every fired floor holds; 13. severe only from a severe floor', ([answers, form]) => {
    const r = score(battery, answers, form);
    for (const c of r.categories) {
      for (const f of r.flags ?? []) {
        const floor = f.floors.find((fl) => fl.category === c.category);
        if (floor) expect(levelRank(c.level)).toBeGreaterThanOrEqual(levelRank(floor.level));
      }
      if (c.level === 'severe') {
        expect(
          (c.flags ?? []).some((f) =>
            f.floors.some((fl) => fl.category === c.category && fl.level === 'severe'),
          ),
        ).toBe(true);
      }
    }
  });

  test.prop([arb, fc.constantFrom(...battery.indicators)])(
    '5. skipping never raises a level',
    ([answers, form], ind) => {
      const before = ranks(battery, answers, form);
      const after = ranks(battery, { ...answers, [ind.id]: SKIPPED }, form);
      after.forEach((rank, k) => expect(rank).toBeLessThanOrEqual(before[k] ?? 99));
    },
  );

  test.prop([fc.constantFrom(...forms)])('7. nothing answered: not enough answers everywhere', (form) => {
    for (const c of score(battery, {}, form).categories) {
      if (c.total === 0) continue;
      expect(c.level).toBe('insufficient');
      expect(c.insufficient).toBe('all');
    }
  });

  test.prop([arb, fc.constantFrom(...threatItems)])(
    '8. no dilution: a "never" on another threat changes no threat total and lowers no level',
    ([answers, form], ind) => {
      if (answers[ind.id] !== undefined) return;
      const lowest = opts(ind)[0];
      if (!lowest) return;
      const before = score(battery, answers, form);
      const after = score(battery, { ...answers, [ind.id]: lowest.id }, form);
      before.categories.forEach((c, k) => {
        expect(after.categories[k]?.parts.threat).toBeCloseTo(c.parts.threat, 12);
        expect(levelRank(after.categories[k]?.level ?? 'insufficient')).toBeGreaterThanOrEqual(
          levelRank(c.level),
        );
      });
    },
  );

  test.prop([arb])(
    '9. one serious threat counts fully; 10. without a floor, never severe',
    ([answers, form]) => {
      for (const c of score(battery, answers, form).categories) {
        for (const a of c.answers)
          if (a.role === 'threat') expect(c.parts.threat + 1e-12).toBeGreaterThanOrEqual(a.contribution);
        if ((c.flags ?? []).length === 0) expect(levelRank(c.level)).toBeLessThanOrEqual(levelRank('high'));
        const threats = c.answers.filter((a) => a.role === 'threat');
        if (threats.length > 0 && threats.every((a) => a.contribution < 0.2))
          expect(c.parts.threat).toBeLessThan(0.35);
      }
    },
  );

  test.prop([arb, fc.constantFrom(...CATEGORY_IDS)])(
    '11. every threat skipped and no floor: "not enough answers about threats", never low',
    ([answers, form], category) => {
      const skippedAll = { ...answers };
      for (const ind of battery.indicators)
        if (ind.category === category && ind.role === 'threat') skippedAll[ind.id] = SKIPPED;
      const c = score(battery, skippedAll, form).categories.find((x) => x.category === category);
      if (!c || c.total === 0 || (c.flags ?? []).length > 0 || (c.roleCoverage?.threat.asked ?? 0) === 0)
        return;
      expect(c.level).toBe('insufficient');
      // "threats" when she answered something else in the category; "all" when nothing at all.
      expect(c.insufficient).toBe(c.answered > 0 ? 'threats' : 'all');
    },
  );

  test.prop([arb])('12. exposure alone: at most high, never worded as threats', ([answers, form]) => {
    const r = score(battery, answers, form);
    const roleOf = new Map(battery.indicators.map((i) => [i.id, i.role]));
    for (const c of r.categories) {
      const threatFlag = (c.flags ?? []).some((f) =>
        f.answers.some((a) => roleOf.get(a.indicatorId) === 'threat'),
      );
      if (c.answers.some((a) => a.role === 'threat' && a.contribution > 0) || threatFlag) continue;
      expect(levelRank(c.level)).toBeLessThanOrEqual(levelRank('high'));
      expect(c.kind === undefined || c.kind === 'exposure').toBe(true);
    }
  });

  test.prop([arb])('14. protections never erase a floor', ([answers, form]) => {
    const strong = { ...answers };
    for (const ind of battery.indicators) {
      if (ind.role === 'capacity') strong[ind.id] = opts(ind).at(-1)?.id ?? SKIPPED;
    }
    const r = score(battery, strong, form);
    for (const c of r.categories) {
      for (const f of r.flags ?? []) {
        const floor = f.floors.find((fl) => fl.category === c.category);
        if (floor) expect(levelRank(c.level)).toBeGreaterThanOrEqual(levelRank(floor.level));
      }
    }
  });

  test.prop([arb])(
    '15. drivers only add risk, forced ones first; 16. her own sense of danger is kept',
    ([answers, form]) => {
      const r = score(battery, answers, form);
      for (const c of r.categories) {
        let forcedDone = false;
        for (const d of c.drivers) {
          expect(d.effect).toBe('adds');
          expect(d.contribution).toBeGreaterThan(0);
          const ind = battery.indicators.find((i) => i.id === d.indicatorId);
          if (ind?.role === 'capacity') {
            expect(scaleOf(battery, ind).options.find((o) => o.id === d.optionId)?.value ?? 0).toBeLessThan(
              strengthFrom,
            );
          }
          const forced = (d.flags ?? []).length > 0 && c.redFlags.includes(d);
          if (!forced) forcedDone = true;
          else expect(forcedDone).toBe(false);
        }
        for (const s of c.strengths ?? []) expect(c.drivers).not.toContain(s);
        const self = battery.indicators.find((i) => i.selfRated && i.category === c.category);
        const visible = visibleIndicators(battery, form, answers).some((i) => i.id === self?.id);
        if (self && visible && answers[self.id] !== undefined && answers[self.id] !== SKIPPED) {
          expect(c.selfRated?.indicatorId).toBe(self.id);
        }
      }
    },
  );

  test.prop([arb, fc.constantFrom(...battery.indicators.filter((i) => i.showIf)), fc.nat()])(
    '18. an answer to a hidden follow-up changes nothing',
    ([answers, form], ind, n) => {
      const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== ind.id));
      if (visibleIndicators(battery, form, rest).some((i) => i.id === ind.id)) return;
      const o = opts(ind);
      const option = o[n % o.length];
      if (!option) return;
      expect(score(battery, { ...rest, [ind.id]: option.id }, form)).toEqual(score(battery, rest, form));
    },
  );

  test.prop([arb])(
    '19. urgent steps: each once, now before this week, the crisis block apart',
    ([answers, form]) => {
      const r = score(battery, answers, form);
      const recs = recommend(battery, r);
      const u = recs.urgent;
      if (!u) {
        expect(r.flags ?? []).toEqual([]);
        return;
      }
      const all = [...(u.crisis?.steps ?? []), ...u.steps].map((s) => s.actionId);
      expect(new Set(all).size).toBe(all.length);
      const horizons = u.steps.map((s) => s.horizon);
      expect(
        horizons.indexOf('now') === -1 ||
          horizons.lastIndexOf('now') < Math.max(horizons.indexOf('week'), horizons.length),
      ).toBe(true);
      if (horizons.includes('week')) expect(horizons.slice(horizons.indexOf('week'))).not.toContain('now');
      for (const s of u.crisis?.steps ?? []) expect(u.steps.map((x) => x.actionId)).not.toContain(s.actionId);
      const ordinary = recs.actions.filter((a) => !a.isUrgent).map((a) => a.id);
      for (const id of all) expect(ordinary).not.toContain(id);
      for (const id of u.suppressed) expect(recs.actions.map((a) => a.id)).not.toContain(id);
    },
  );

  const assessmentForms = battery.forms.filter((f) => f.id !== 'full' && f.use === 'assessment');
  if (assessmentForms.length > 0) {
    test.prop([answersArb(battery), fc.constantFrom(...assessmentForms)])(
      '20. a form offered for real use reaches the same flags and urgent steps as the full form',
      (answers, form) => {
        const only: Record<string, string> = {};
        for (const id of form.indicators) if (answers[id] !== undefined) only[id] = answers[id];
        const short = score(battery, only, form.id);
        const full = score(battery, only, 'full');
        expect((short.flags ?? []).map((f) => f.id)).toEqual((full.flags ?? []).map((f) => f.id));
        const steps = (r: typeof full) => {
          const u = recommend(battery, r).urgent;
          return [...(u?.crisis?.steps ?? []), ...(u?.steps ?? [])].map((s) => s.actionId);
        };
        expect(steps(short)).toEqual(steps(full));
      },
    );
  }
});
