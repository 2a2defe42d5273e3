import { directionOf } from './languages.ts';

/**
 * One Intl formatter per language and style, made once: making one costs far more than using it
 * (History formats two dates per row; on a slow phone that was tens of ms per screen).
 */
const formatters = new Map<string, unknown>();

function made<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

const dateFormat = (lng: string, options: Intl.DateTimeFormatOptions) =>
  made(`date ${lng} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lng, options));

const numberFormat = (lng: string, options: Intl.NumberFormatOptions) =>
  made(`number ${lng} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(lng, options));

/**
 * Dates and numbers in her language, through Intl. In a right-to-left language the time is on a
 * 24-hour clock: "1:16 AM" inside Urdu text reads "AM 1:16".
 */
export function formatDate(date: Date, lng: string, withTime = false): string {
  return dateFormat(lng, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short', ...(directionOf(lng) === 'rtl' ? { hourCycle: 'h23' } : {}) } : {}),
  }).format(date);
}

/**
 * Makes the formatters `formatDate` uses for `lng` ahead, at idle: the first one made costs ~15 ms
 * on a slow phone (History's first draw paid it; issue 21).
 */
export function prepareDateFormats(lng: string): void {
  const now = new Date();
  formatDate(now, lng);
  formatDate(now, lng, true);
}

/**
 * The day with its weekday ("Wednesday, December 2, 2026"). Where the language's full pattern
 * starts with the year (Persian in Chromium: "۱۴۰۵ آذر ۱۱, چهارشنبه"), the weekday comes first,
 * then the long date ("چهارشنبه ۱۱ آذر ۱۴۰۵").
 */
export function formatLongDate(date: Date, lng: string): string {
  const full = dateFormat(lng, { dateStyle: 'full' });
  const first = full.formatToParts(date).find((p) => p.type !== 'literal');
  if (first?.type !== 'year') return full.format(date);
  const weekday = dateFormat(lng, { weekday: 'long' }).format(date);
  return `${weekday} ${dateFormat(lng, { dateStyle: 'long' }).format(date)}`;
}

export function formatPercent(share: number, lng: string): string {
  return numberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(n: number, lng: string): string {
  return numberFormat(lng, {}).format(n);
}

/**
 * A number as her language writes it, digits only (no grouping: a year or a count of 1000 stays one
 * word): Persian ۱۲, Arabic ١٢, English 12. Every number put into a sentence goes through this.
 */
export function formatDigits(n: number, lng: string): string {
  return numberFormat(lng, { useGrouping: false, maximumFractionDigits: 20 }).format(n);
}
