/** Words for rhythms and weekdays in her language, through Intl (no hand-made day names). */
import type { TFunction } from 'i18next';
import type { Rhythm, Weekday } from '../domain/index.ts';

/** Monday first: the week as most of her languages' calendars show it. */
export const WEEK_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export function weekdayName(day: Weekday, lng: string, style: 'long' | 'short' = 'long'): string {
  // 4 January 2026 was a Sunday.
  return new Intl.DateTimeFormat(lng, { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + day)),
  );
}

export function rhythmWords(rhythm: Rhythm, t: TFunction<'plan'>, lng: string): string {
  if (rhythm.kind === 'daily') return t('plan:rhythm.daily');
  if (rhythm.kind === 'weekly') return t('plan:rhythm.weekly');
  const days = WEEK_ORDER.filter((d) => rhythm.days?.includes(d)).map((d) => weekdayName(d, lng, 'short'));
  return t('plan:rhythm.onDays', { days: new Intl.ListFormat(lng, { type: 'conjunction' }).format(days) });
}
