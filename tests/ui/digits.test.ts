/**
 * Issue 18: numbers in sentences are written in the language's own digits, through Intl, like dates:
 * Persian ۱۲, English, Urdu and Swahili 12; a year or 1000 is never split by a separator.
 */
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { formatDate, formatDigits } from '../../src/i18n/format.ts';

describe('numbers in sentences', () => {
  it('are in Persian digits in Persian, as the dates are', async () => {
    const i18n = await initI18n('fa');
    const text = i18n.t('home.history', { count: 12 });
    expect(text).toContain('۱۲');
    expect(text).not.toMatch(/[0-9]/);
    expect(formatDate(new Date(2026, 11, 2), 'fa')).not.toMatch(/[0-9]/);
  });

  it('stay 0-9 in English, Urdu and Swahili, and keep the words around them', async () => {
    for (const lng of ['en', 'ur', 'sw'] as const) {
      const i18n = await initI18n(lng);
      expect(i18n.t('home.history', { count: 12 }), lng).toContain('12');
    }
    const en = await initI18n('en');
    expect(en.t('home.history', { count: 1000 })).toContain('1000');
    expect(en.t('settings.languageNeedsConnection', { language: 'فارسی' })).toContain('فارسی');
  });

  it('keep their fractions and sign', () => {
    expect(formatDigits(0.125, 'en')).toBe('0.125');
    expect(formatDigits(-3, 'fa')).toContain('۳');
    expect(formatDigits(2026, 'fa')).toBe('۲۰۲۶');
  });
});

describe('dates in right-to-left languages', () => {
  const day = new Date(2026, 11, 2, 1, 16);

  it('put the weekday first in Persian and keep the long date in its order', async () => {
    const { formatLongDate } = await import('../../src/i18n/format.ts');
    const fa = formatLongDate(day, 'fa');
    const weekday = new Intl.DateTimeFormat('fa', { weekday: 'long' }).format(day);
    expect(fa.startsWith(weekday)).toBe(true);
    expect(fa).not.toMatch(/[0-9,]/);
    expect(formatLongDate(day, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'full' }).format(day));
  });

  it('give the time on a 24-hour clock, with no Latin AM or PM inside Urdu or Persian', () => {
    for (const lng of ['ur', 'fa', 'ar']) expect(formatDate(day, lng, true), lng).not.toMatch(/AM|PM/);
    expect(formatDate(day, 'ur', true)).toContain('01:16');
  });
});
