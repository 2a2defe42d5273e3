/**
 * Whether people whose language it is have read the whole translation (the app's words and the
 * current battery) and corrected it. This is the record in the repository: who reviewed (a
 * description is enough, e.g. "two trainers from the network in Lebanon", when they prefer not to
 * be named) and when (YYYY-MM-DD). README "Add or review a language".
 */
export type Review =
  { status: 'source' } | { status: 'awaiting' } | { status: 'reviewed'; by: string; on: string };

interface Language {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  review: Review;
}

/** The languages the app ships, and how each is written. Adding one: see README "Add or review a language". */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', review: { status: 'source' } },
  // Machine-assisted translations, checked once by a second reader; no native review recorded yet.
  { code: 'es', name: 'Español', dir: 'ltr', review: { status: 'awaiting' } },
  { code: 'fr', name: 'Français', dir: 'ltr', review: { status: 'awaiting' } },
  { code: 'ar', name: 'العربية', dir: 'rtl', review: { status: 'awaiting' } },
  // Machine-assisted (issue 18), every text read once in context by the translator; awaiting review.
  { code: 'fa', name: 'فارسی', dir: 'rtl', review: { status: 'awaiting' } },
  { code: 'ur', name: 'اردو', dir: 'rtl', review: { status: 'awaiting' } },
  { code: 'sw', name: 'Kiswahili', dir: 'ltr', review: { status: 'awaiting' } },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export function isLanguage(code: unknown): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/**
 * The language to use: her choice if she made one, else the first of the phone's languages we
 * ship (matching "es-CO" to "es"), else English.
 */
export function pickLanguage(stored: string | undefined, preferred: readonly string[]): LanguageCode {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
