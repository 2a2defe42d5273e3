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
