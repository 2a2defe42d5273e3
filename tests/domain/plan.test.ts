import { describe, expect, it } from 'vitest';
import {
  addDays,
  isDueOn,
  isIsoDay,
  isoDay,
  keepRecentDoneDays,
  normalizeRhythm,
  notYetInPlan,
  recentDays,
  recommend,
  score,
  weekdayOf,
} from '../../src/domain/index.ts';
import { tinyBattery } from '../helpers/battery.ts';

describe('days', () => {
  it('counts days across months, years and daylight-saving changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(weekdayOf('2026-01-05')).toBe(1); // a Monday
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('knows a real ISO day from a malformed one', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-2-3')).toBe(false);
    expect(() => addDays('yesterday', 1)).toThrow();
  });
});

describe('which routines are due', () => {
  const mon = '2026-01-05';
  it('daily: every day', () => {
    for (let n = 0; n < 7; n += 1)
      expect(isDueOn({ rhythm: { kind: 'daily' }, doneDays: [] }, addDays(mon, n))).toBe(true);
  });

  it('some days: only on her weekdays', () => {
    const r = { rhythm: { kind: 'days' as const, days: [1 as const, 3 as const] }, doneDays: [] };
    const due = [0, 1, 2, 3, 4, 5, 6].map((n) => isDueOn(r, addDays(mon, n)));
    expect(due).toEqual([true, false, true, false, false, false, false]);
  });

  it('weekly: due until done, done that day still listed, due again seven days later', () => {
    const r = { rhythm: { kind: 'weekly' as const }, doneDays: ['2026-01-07'] };
    expect(isDueOn(r, '2026-01-06')).toBe(true);
    expect(isDueOn(r, '2026-01-07')).toBe(true);
    expect(isDueOn(r, '2026-01-08')).toBe(false);
    expect(isDueOn(r, '2026-01-13')).toBe(false);
    expect(isDueOn(r, '2026-01-14')).toBe(true);
  });

  it('"days" with no day left is daily; days are sorted and unique', () => {
    expect(normalizeRhythm({ kind: 'days', days: [] })).toEqual({ kind: 'daily' });
    expect(normalizeRhythm({ kind: 'days', days: [5, 1, 5] })).toEqual({ kind: 'days', days: [1, 5] });
    expect(normalizeRhythm({ kind: 'weekly', days: [2] })).toEqual({ kind: 'weekly' });
  });
});

describe('the last two weeks', () => {
  it('lists 14 days oldest first, with due and done, and nothing more', () => {
    const days = recentDays(
      { rhythm: { kind: 'days', days: [1] }, doneDays: ['2026-01-12', '2026-01-14'] },
      '2026-01-18',
    );
    expect(days).toHaveLength(14);
    expect(days[0]?.day).toBe('2026-01-05');
    expect(days.at(-1)?.day).toBe('2026-01-18');
    expect(days.filter((d) => d.isDue).map((d) => d.day)).toEqual(['2026-01-05', '2026-01-12']);
    // Done on a day it was not due still counts as done.
    expect(days.filter((d) => d.isDone).map((d) => d.day)).toEqual(['2026-01-12', '2026-01-14']);
    expect(Object.keys(days[0]!).sort()).toEqual(['day', 'isDone', 'isDue']);
  });

  it('starts on the day she began keeping it: no planned days before that', () => {
    const daily = { rhythm: { kind: 'daily' as const }, doneDays: [] };
    expect(recentDays(daily, '2026-01-18', 14, '2026-01-18')).toEqual([
      { day: '2026-01-18', isDue: true, isDone: false },
    ]);
    const days = recentDays(daily, '2026-01-18', 14, '2026-01-15');
    expect(days.map((d) => d.day)).toEqual(['2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18']);
    expect(recentDays(daily, '2026-01-18', 14, '2025-12-01')).toHaveLength(14);
  });

  it('shows a weekly routine only on the days she did it', () => {
    const days = recentDays({ rhythm: { kind: 'weekly' }, doneDays: ['2026-01-10'] }, '2026-01-18');
    expect(days.filter((d) => d.isDue)).toEqual([]);
    expect(days.filter((d) => d.isDone).map((d) => d.day)).toEqual(['2026-01-10']);
  });

  it('forgets done days older than eight weeks, and any in the future', () => {
    expect(
      keepRecentDoneDays(
        ['2025-01-01', '2026-01-10', '2026-01-10', '2026-01-09', '2026-02-01'],
        '2026-01-18',
      ),
    ).toEqual(['2026-01-09', '2026-01-10']);
  });
});

describe('new recommendations', () => {
  it('offers only what her plan does not hold, in rank order', () => {
    const battery = tinyBattery();
    const result = score(battery, {
      'physical.t': 'often',
      'emotional.v': 'very',
      'political.c': 'none',
    });
    const recs = recommend(battery, result);
    expect(recs.actions.map((r) => r.id)).toEqual(['act.flee', 'act.rest', 'act.network']);
    const fresh = notYetInPlan(recs, { actionIds: ['act.rest'], routineIds: ['rtn.walk'] });
    expect(fresh.actions.map((r) => r.id)).toEqual(['act.flee', 'act.network']);
    expect(fresh.routines).toEqual([]);
  });
});
