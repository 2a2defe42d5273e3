/**
 * Her plan and her care routines (DESIGN.md §4): pure rules about days and rhythms, and which
 * recommendations are new to her plan. Days are ISO strings (`2026-01-31`) in her own calendar:
 * a day is the date on her phone, never a moment in UTC, so "today" is the day she lives in.
 */
import type { Recommendation, Recommendations } from './recommend.ts';

/** Where an action in her plan stands. "notForMe" is a choice, not a failure. */
export const PLAN_STATUSES = ['todo', 'doing', 'done', 'notForMe'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Statuses that move an action to the folded list of the plan. */
export const SETTLED_STATUSES: readonly PlanStatus[] = ['done', 'notForMe'];

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export const RHYTHM_KINDS = ['daily', 'days', 'weekly'] as const;
export type RhythmKind = (typeof RHYTHM_KINDS)[number];

/**
 * How often she keeps a routine: every day, on some days of the week, or once a week (any day:
 * it is due until she has done it, and again seven days after).
 */
export interface Rhythm {
  kind: RhythmKind;
  /** For "days": the weekdays it is due on (at least one). Ignored otherwise. */
  days?: Weekday[];
}

/** A routine as the rules below need it: its rhythm and the days she marked it done. */
export interface KeptRoutine {
  rhythm: Rhythm;
  doneDays: readonly string[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO day (`YYYY-MM-DD`) of a moment, in the phone's own time zone. */
export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True for a well-formed ISO day that exists in the calendar. */
export function isIsoDay(day: string): boolean {
  const m = ISO_DAY.exec(day);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** Noon UTC of a day: arithmetic on it never crosses a daylight-saving change. */
function utcNoon(day: string): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not an ISO day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** The day `n` days after `day` (before, when `n` is negative). Throws on a malformed day. */
export function addDays(day: string, n: number): string {
  const date = utcNoon(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The weekday of a day. Throws on a malformed day. */
export function weekdayOf(day: string): Weekday {
  return utcNoon(day).getUTCDay() as Weekday;
}

/** A rhythm with its days sorted and deduplicated; "days" with none left becomes "daily". */
export function normalizeRhythm(rhythm: Rhythm): Rhythm {
  if (rhythm.kind !== 'days') return { kind: rhythm.kind };
  const days = [...new Set(rhythm.days ?? [])].sort((a, b) => a - b);
  return days.length > 0 ? { kind: 'days', days } : { kind: 'daily' };
}

/**
 * Whether a routine is due on `day`: daily ones every day; "days" ones on their weekdays; weekly
 * ones on any day unless she already did them in the six days before (the day she does one, it
 * stays in the list, marked done).
 */
export function isDueOn(routine: KeptRoutine, day: string): boolean {
  const rhythm = normalizeRhythm(routine.rhythm);
  switch (rhythm.kind) {
    case 'daily':
      return true;
    case 'days':
      return (rhythm.days ?? []).includes(weekdayOf(day));
    case 'weekly': {
      const done = new Set(routine.doneDays);
      for (let back = 1; back <= 6; back += 1) if (done.has(addDays(day, -back))) return false;
      return true;
    }
  }
}

export function isDoneOn(routine: KeptRoutine, day: string): boolean {
  return routine.doneDays.includes(day);
}

/** One day of the look back: whether it was due, and whether she did it. */
export interface RoutineDay {
  day: string;
  isDue: boolean;
  isDone: boolean;
}

/**
 * The last `count` days up to and including `today`, oldest first, from the day she began keeping
 * it (`since`) if that is later. A day she did it counts as done whether it was due or not; a
 * weekly routine is never "due" on a past day (it has no set day). Nothing here counts a streak or
 * a missed day: the view is a gentle look back, not a score.
 */
export function recentDays(routine: KeptRoutine, today: string, count = 14, since?: string): RoutineDay[] {
  // A weekly routine has no set day: looking back, only the days she did it show.
  const isWeekly = normalizeRhythm(routine.rhythm).kind === 'weekly';
  const days: RoutineDay[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const day = addDays(today, -back);
    // Days before she began keeping it are not part of it: nothing was planned then.
    if (since !== undefined && day < since) continue;
    days.push({ day, isDue: !isWeekly && isDueOn(routine, day), isDone: isDoneOn(routine, day) });
  }
  return days;
}

/** Done days sorted, deduplicated, and only the last `keepDays` days up to `today`. */
export function keepRecentDoneDays(doneDays: readonly string[], today: string, keepDays = 56): string[] {
  const oldest = addDays(today, -(keepDays - 1));
  return [...new Set(doneDays)].filter((d) => d >= oldest && d <= today).sort();
}

/** The recommendations her plan does not hold yet, in their rank order. */
export function notYetInPlan(
  recommendations: Recommendations,
  has: { actionIds: Iterable<string>; routineIds: Iterable<string> },
): Recommendations {
  const actions = new Set(has.actionIds);
  const routines = new Set(has.routineIds);
  const keep = (list: Recommendation[], held: Set<string>) => list.filter((r) => !held.has(r.id));
  return {
    actions: keep(recommendations.actions, actions),
    routines: keep(recommendations.routines, routines),
  };
}
