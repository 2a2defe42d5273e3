/** Content checks on every shipped battery file (DESIGN.md §3, §4; issue 3). */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import {
  CATEGORY_IDS,
  ROLES,
  HORIZONS,
  ACTORS,
  SUPPORT_AREAS,
  formUse,
  modelOf,
  recommend,
  score,
  scaleOf,
  visibleIndicators,
  type Battery,
} from '../../src/domain/index.ts';
import { shippedBatteries } from '../helpers/battery.ts';

const files = shippedBatteries();

/**
 * Answers that open the follow-up `id` (and what opens those): the first option of each item
 * leaf that makes its gate hold, found by trying options in order. Enough for the content checks.
 */
function openersOf(b: Battery, id: string): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let round = 0; round < 4; round++) {
    if (visibleIndicators(b, 'full', answers).some((i) => i.id === id)) return answers;
    const gate = b.indicators.find((i) => i.id === id)?.showIf;
    if (!gate) return answers;
    const leaves: { item: string; in: string[] }[] = [];
    const walk = (c: typeof gate): void => {
      if ('item' in c) leaves.push(c);
      else if ('any' in c) c.any.forEach(walk);
      else if ('all' in c) c.all.forEach(walk);
      else if ('flag' in c) {
        const flag = b.flags?.find((f) => f.id === c.flag);
        if (flag) walk(flag.when);
      } else if ('reported' in c) {
        const threat = b.indicators.find(
          (i) => i.role === 'threat' && !i.showIf && (!c.categories || c.categories.includes(i.category)),
        );
        if (threat) leaves.push({ item: threat.id, in: [scaleOf(b, threat).options.at(-1)?.id ?? ''] });
      }
    };
    walk(gate);
    for (const leaf of leaves) {
      answers[leaf.item] ??= leaf.in[0] ?? '';
      Object.assign(answers, { ...openersOf(b, leaf.item), ...answers });
    }
  }
  return answers;
}

describe.each(files.map((f) => [f.file, f.battery] as [string, Battery]))('%s', (file, b) => {
  it('is named after its id and version, and carries its languages (2.0.0: every shipped one)', () => {
    expect(file).toBe(`${b.id}-${b.version}.json`);
    expect(b.languages).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'ar']));
    if (b.version === '2.0.0') expect([...b.languages].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('has at least 8 indicators per category, each category with threats, vulnerabilities and capacities', () => {
    for (const c of CATEGORY_IDS) {
      const items = b.indicators.filter((i) => i.category === c);
      expect(items.length, c).toBeGreaterThanOrEqual(8);
      for (const r of ROLES)
        expect(
          items.some((i) => i.role === r),
          `${c} ${r}`,
        ).toBe(true);
    }
    expect(b.indicators.length).toBeGreaterThanOrEqual(40);
  });

  it('asks exactly one question about how endangered she feels', () => {
    expect(b.indicators.filter((i) => i.selfRated)).toHaveLength(1);
  });

  it('names a time window in every question (English)', () => {
    const window =
      /(last|past|right now|these days|at the moment|today|this (week|month|year)|currently|now)/i;
    for (const i of b.indicators) expect(i.question.en, i.id).toMatch(window);
  });

  it('has at least 30 actions and 12 routines, covering every horizon, every actor and every support area', () => {
    expect(b.actions.length).toBeGreaterThanOrEqual(30);
    expect(b.routines.length).toBeGreaterThanOrEqual(12);
    for (const h of HORIZONS)
      expect(
        b.actions.some((a) => a.horizon === h),
        h,
      ).toBe(true);
    for (const w of ACTORS) {
      expect(
        b.actions.some((a) => a.who === w),
        `action ${w}`,
      ).toBe(true);
      expect(
        b.routines.some((r) => r.who === w),
        `routine ${w}`,
      ).toBe(true);
    }
    for (const s of SUPPORT_AREAS)
      expect(
        b.actions.some((a) => a.support === s),
        s,
      ).toBe(true);
    expect(b.actions.some((a) => a.kind === 'prevention')).toBe(true);
    expect(b.actions.some((a) => a.kind === 'response')).toBe(true);
  });

  it('has a short form of real indicators with every role in every category', () => {
    const short = b.forms.find((f) => f.id === 'short');
    expect(short).toBeDefined();
    const byId = new Map(b.indicators.map((i) => [i.id, i]));
    for (const id of short?.indicators ?? []) expect(byId.has(id), id).toBe(true);
    for (const c of CATEGORY_IDS) {
      const items = (short?.indicators ?? []).map((id) => byId.get(id)).filter((i) => i?.category === c);
      if (modelOf(b) === 1) expect(items.length, c).toBe(3);
      for (const r of ROLES)
        expect(
          items.some((i) => i?.role === r),
          `${c} ${r}`,
        ).toBe(true);
    }
    // Model 2: the short form is offered for real assessments (the validator's closure check
    // proves it reaches the same red flags and urgent steps); model 1's is for workshops only.
    expect(formUse(b, 'short')).toBe(modelOf(b) === 2 ? 'assessment' : 'workshop');
  });

  it('can reach every action and routine by some answers', () => {
    // Through ordinary triggers; model 2 also through urgent guidance blocks and as a fallback.
    const inBlocks = new Set((b.guidance ?? []).flatMap((g) => g.steps.map((s) => s.action)));
    const fallbacks = new Set(b.actions.flatMap((a) => (a.fallback ? [a.fallback] : [])));
    for (const item of [...b.actions, ...b.routines]) {
      if ('urgentOnly' in item && item.urgentOnly) {
        expect(inBlocks.has(item.id) || fallbacks.has(item.id), item.id).toBe(true);
        continue;
      }
      if (item.triggers.length === 0) throw new Error(`${item.id} has no trigger`);
      const action = b.actions.find((a) => a.id === item.id);
      // Some trigger reaches it (a block that fired may suppress it for one trigger, not for all);
      // an action that needs what she lacks shows as its fallback instead.
      const ok = item.triggers.some((trigger) => {
        const answers = { ...openersOf(b, trigger.indicator), [trigger.indicator]: trigger.options[0] ?? '' };
        const recs = recommend(b, score(b, answers, 'full'));
        const shown = [...recs.actions, ...recs.routines].map((r) => r.id);
        return shown.includes(item.id) || (action?.fallback !== undefined && shown.includes(action.fallback));
      });
      expect(ok, item.id).toBe(true);
    }
  });

  it('links every scored indicator to some action or routine', () => {
    const linked = new Set([...b.actions, ...b.routines].flatMap((x) => x.triggers.map((t) => t.indicator)));
    for (const i of b.indicators.filter((x) => x.role !== 'context'))
      expect(linked.has(i.id), i.id).toBe(true);
  });

  it('gives every red-flag indicator a "now" action', () => {
    for (const flag of b.flags ?? []) {
      const blocks = (b.guidance ?? []).filter((g) => flag.guidance.includes(g.id));
      const now = blocks
        .flatMap((g) => g.steps)
        .filter((st) => b.actions.find((a) => a.id === st.action)?.horizon === 'now');
      expect(now.length, flag.id).toBeGreaterThan(0);
    }
    for (const i of b.indicators.filter((x) => x.redFlags.length > 0)) {
      const flagged = i.redFlags.map((f) => f.option);
      const now = b.actions.filter(
        (a) =>
          a.horizon === 'now' &&
          a.triggers.some((t) => t.indicator === i.id && t.options.some((o) => flagged.includes(o))),
      );
      expect(now.length, i.id).toBeGreaterThan(0);
    }
  });

  it('phrases capacities so that the higher value protects more (scales go from 0 to 1)', () => {
    for (const i of b.indicators.filter((x) => x.role !== 'context')) {
      const values = scaleOf(b, i).options.map((o) => o.value);
      expect(Math.min(...values), i.id).toBe(0);
      expect(Math.max(...values), i.id).toBe(1);
    }
  });

  it('uses no blaming words in English texts', () => {
    const blame = /\b((?<!not )your fault|you failed|you should have|careless|irresponsible|you caused)\b/i;
    const texts = [
      ...b.indicators.flatMap((i) => [i.question.en, i.help?.en ?? '', i.summary.en]),
      ...[...b.actions, ...b.routines].flatMap((a) => [a.title.en, a.detail.en]),
    ];
    for (const text of texts) expect(text).not.toMatch(blame);
  });
});

it('keeps every released battery, and the one the app uses now', () => {
  expect(files.map((f) => f.file)).toEqual(
    expect.arrayContaining(['shn-core-1.0.0.json', 'shn-core-2.0.0.json']),
  );
});
