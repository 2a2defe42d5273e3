/** Dates and numbers in her language, through Intl. */
export function formatDate(date: Date, lng: string, withTime = false): string {
  return new Intl.DateTimeFormat(lng, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
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
