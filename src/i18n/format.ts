import { directionOf } from './languages.ts';

/**
 * Dates and numbers in her language, through Intl. In a right-to-left language the time is on a
 * 24-hour clock: "1:16 AM" inside Urdu text reads "AM 1:16".
 */
export function formatDate(date: Date, lng: string, withTime = false): string {
  return new Intl.DateTimeFormat(lng, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short', ...(directionOf(lng) === 'rtl' ? { hourCycle: 'h23' } : {}) } : {}),
  }).format(date);
}

/**
 * The day with its weekday ("Wednesday, December 2, 2026"). Where the language's full pattern
 * starts with the year (Persian in Chromium: "۱۴۰۵ آذر ۱۱, چهارشنبه"), the weekday comes first,
 * then the long date ("چهارشنبه ۱۱ آذر ۱۴۰۵").
 */
export function formatLongDate(date: Date, lng: string): string {
  const full = new Intl.DateTimeFormat(lng, { dateStyle: 'full' });
  const first = full.formatToParts(date).find((p) => p.type !== 'literal');
  if (first?.type !== 'year') return full.format(date);
  const weekday = new Intl.DateTimeFormat(lng, { weekday: 'long' }).format(date);
  return `${weekday} ${new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(date)}`;
}

export function formatPercent(share: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(n: number, lng: string): string {
  return new Intl.NumberFormat(lng).format(n);
}

const digitFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as her language writes it, digits only (no grouping: a year or a count of 1000 stays one
 * word): Persian ۱۲, Arabic ١٢, English 12. Every number put into a sentence goes through this.
 */
export function formatDigits(n: number, lng: string): string {
  let format = digitFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng, { useGrouping: false, maximumFractionDigits: 20 });
    digitFormats.set(lng, format);
  }
  return format.format(n);
}
