import { describe, expect, it } from 'vitest';
import { score, recommend, SKIPPED, levelRank, isUrgent } from '../../src/domain/index.ts';
import { tinyBattery } from '../helpers/battery.ts';

const battery = tinyBattery();
const cat = (answers: Record<string, string>, id: string, formId = 'full') => {
  const c = score(battery, answers, formId).categories.find((x) => x.category === id);
  if (!c) throw new Error('no category');
  return c;
};

describe('score: golden cases, worked out by hand', () => {
  it('often threatened, quite exposed, fully protected: 0.5×1 + 0.3×0.67 + 0.2×0 = 0.701 → severe', () => {
    const c = cat({ 'emotional.t': 'often', 'emotional.v': 'quite', 'emotional.c': 'fully' }, 'emotional');
    expect(c.score).toBeCloseTo(0.701, 6);
    expect(c.parts).toEqual({ threat: 1, vulnerability: 0.67, capacity: 0 });
    expect(c.level).toBe('severe');
    expect(c.coverage).toBe(1);
    expect(c.drivers.map((d) => d.indicatorId)).toEqual(['emotional.t', 'emotional.v']);
  });

  it('threatened once, a little exposed, no protection: 0.5×0.34 + 0.3×0.34 + 0.2×1 = 0.472 → high', () => {
    const c = cat({ 'economic.t': 'once', 'economic.v': 'a-little', 'economic.c': 'none' }, 'economic');
    expect(c.score).toBeCloseTo(0.472, 6);
    expect(c.level).toBe('high');
    // The missing protection drove it most: 0.2 > 0.17 > 0.102.
    expect(c.drivers.map((d) => d.indicatorId)).toEqual(['economic.c', 'economic.t', 'economic.v']);
  });

  it('no threat, no exposure, a little protection: 0.2×0.66 = 0.132 → low', () => {
    const c = cat(
      { 'spiritual.t': 'never', 'spiritual.v': 'not-at-all', 'spiritual.c': 'partly' },
      'spiritual',
    );
    expect(c.score).toBeCloseTo(0.132, 6);
    expect(c.level).toBe('low');
  });

  it('a red flag sets the floor: a threat "often" in physical forces severe though the score is moderate', () => {
    // 0.5×1 + 0 + 0 = 0.5 → high by the bands; the red flag lifts it to severe.
    const c = cat({ 'physical.t': 'often', 'physical.v': 'not-at-all', 'physical.c': 'fully' }, 'physical');
    expect(c.score).toBeCloseTo(0.5, 6);
    expect(c.level).toBe('severe');
    expect(c.redFlags.map((r) => r.indicatorId)).toEqual(['physical.t']);
  });

  it('skipped answers are left out and counted; below half the weight answered says "not enough answers"', () => {
    const half = cat({ 'political.t': SKIPPED, 'political.v': 'very', 'political.c': 'none' }, 'political');
    // Threat weight 2 of 4 skipped: coverage 0.5, still scored: 0.3×1 + 0.2×1 = 0.5 → high.
    expect(half.coverage).toBe(0.5);
    expect(half.skipped).toBe(1);
    expect(half.level).toBe('high');
    const less = cat({ 'political.t': SKIPPED, 'political.v': SKIPPED, 'political.c': 'none' }, 'political');
    expect(less.coverage).toBe(0.25);
    expect(less.level).toBe('insufficient');
  });

  it('the short form scores only its own items, so one threat answered is full coverage', () => {
    const c = cat({ 'emotional.t': 'several', 'emotional.v': 'very' }, 'emotional', 'short');
    expect(c.total).toBe(1);
    expect(c.coverage).toBe(1);
    // Only the threat role is asked: score = part(threat) = 0.67.
    expect(c.score).toBeCloseTo(0.67, 6);
  });

  it('answers to indicators or options the battery does not know are ignored', () => {
    const c = cat(
      { 'emotional.t': 'often', 'removed.item': 'often', 'emotional.v': 'no-such-option' },
      'emotional',
    );
    expect(c.answered).toBe(1);
  });

  it('the overall level is the highest category, never an average, and leads the order', () => {
    const result = score(battery, {
      'physical.t': 'often',
      'emotional.t': 'never',
      'emotional.v': 'not-at-all',
      'emotional.c': 'fully',
    });
    expect(result.overall).toBe('severe');
    expect(result.order[0]).toBe('physical');
    expect(result.order.at(-1)).not.toBe('physical');
    expect(isUrgent(result)).toBe(true);
  });
});

describe('recommend', () => {
  it('puts red-flag responses first, and says which answers call for each', () => {
    const result = score(battery, {
      'physical.t': 'often',
      'emotional.v': 'very',
      'political.c': 'none',
      'political.t': 'often',
    });
    const recs = recommend(battery, result);
    expect(recs.actions.map((a) => a.id)).toEqual(['act.flee', 'act.network', 'act.rest']);
    expect(recs.actions[0]?.isUrgent).toBe(true);
    expect(recs.actions[1]?.reasons.map((r) => r.indicatorId)).toEqual(['political.t', 'political.c']);
    expect(recs.routines.map((r) => r.id)).toEqual(['rtn.walk']);
  });

  it('suggests nothing that no answer calls for', () => {
    const recs = recommend(battery, score(battery, { 'emotional.v': 'a-little', 'physical.t': 'never' }));
    expect(recs.actions).toEqual([]);
    expect(recs.routines).toEqual([]);
  });

  it('ranks by how much the linked answers drove the level', () => {
    const strong = recommend(
      battery,
      score(battery, { 'political.t': 'often', 'political.c': 'none', 'emotional.v': 'quite' }),
    );
    expect(strong.actions.map((a) => a.id)).toEqual(['act.network', 'act.rest']);
    expect(levelRank('insufficient')).toBeLessThan(levelRank('low'));
  });
});
