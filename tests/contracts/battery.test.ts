/** Content checks on every shipped battery file (DESIGN.md §3, §4; issue 3). */
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  ROLES,
  HORIZONS,
  ACTORS,
  SUPPORT_AREAS,
  recommend,
  score,
  scaleOf,
  type Battery,
} from '../../src/domain/index.ts';
import { shippedBatteries } from '../helpers/battery.ts';

const files = shippedBatteries();

describe.each(files.map((f) => [f.file, f.battery] as [string, Battery]))('%s', (file, b) => {
  it('is named after its id and version, and carries en, es, fr and ar', () => {
    expect(file).toBe(`${b.id}-${b.version}.json`);
    expect(b.languages).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'ar']));
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

  it('has a short form of about 15 real indicators, three per category', () => {
    const short = b.forms.find((f) => f.id === 'short');
    expect(short).toBeDefined();
    const ids = new Set(b.indicators.map((i) => i.id));
    for (const id of short?.indicators ?? []) expect(ids.has(id), id).toBe(true);
    for (const c of CATEGORY_IDS) {
      const n = (short?.indicators ?? []).filter(
        (id) => b.indicators.find((i) => i.id === id)?.category === c,
      ).length;
      expect(n, c).toBe(3);
    }
  });

  it('can reach every action and routine by some answers', () => {
    for (const item of [...b.actions, ...b.routines]) {
      const trigger = item.triggers[0];
      if (!trigger) throw new Error(`${item.id} has no trigger`);
      const answers = { [trigger.indicator]: trigger.options[0] ?? '' };
      const recs = recommend(b, score(b, answers, 'full'));
      expect(
        [...recs.actions, ...recs.routines].map((r) => r.id),
        item.id,
      ).toContain(item.id);
    }
  });

  it('links every indicator to some action or routine', () => {
    const linked = new Set([...b.actions, ...b.routines].flatMap((x) => x.triggers.map((t) => t.indicator)));
    for (const i of b.indicators) expect(linked.has(i.id), i.id).toBe(true);
  });

  it('gives every red-flag indicator a "now" action', () => {
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
    for (const i of b.indicators) {
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

it('keeps the battery that the app uses now', () => {
  expect(files.map((f) => f.file)).toContain('shn-core-1.0.0.json');
});
