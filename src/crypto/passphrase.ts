/**
 * Passphrases she can say to her contact in her own language (issue 18), and the one form every
 * typed passphrase takes before it locks or opens anything.
 *
 * - Suggestions: 7 random words from the BIP-39 list of her language (2048 words, 11 bits each:
 *   77 bits) where one exists (en, es, fr; src/crypto/wordlists/README.md), else 6 groups of 4
 *   random digits (79.7 bits), shown in the digits her language reads (Arabic-Indic for ar,
 *   Persian for fa, 0–9 for every other). Chosen with `crypto.getRandomValues`, without bias.
 * - Words are suggested without accents ("accion", "ecole"): what she sees is exactly what her
 *   contact types, in the app or in the `age` tool, on any keyboard. The lists are built so that
 *   no two words are the same once accents are left out, so nothing is lost (tested).
 * - Typed text is normalised (`normalizePassphrase`) before use: compatibility forms folded (NFKC),
 *   digits of any script made 0–9, bidi marks dropped, ends trimmed. A file made by the app thus
 *   opens with `age -d` and the passphrase typed with 0–9.
 * - Opening tries the few forms she may have meant (`passphraseCandidates`): as typed; as a
 *   suggestion would be written (accents left out, lower case, words joined by spaces, digits in
 *   groups of 4), so "Acción-Ábaco" or "١٢٣٤٥٦٧٨…" open what the app suggested; and exactly as
 *   typed, for files made before this normalisation.
 */

/** Words in a suggestion from a 2048-word list: 7 × 11 = 77 bits. */
export const SUGGESTED_WORDS = 7;
/** Digit groups in a suggestion where her language has no word list: 6 × 4 × log2(10) ≈ 79.7 bits. */
export const SUGGESTED_GROUPS = 6;
export const DIGITS_PER_GROUP = 4;
/** The least entropy of any suggestion, in bits. */
export const MIN_SUGGESTION_BITS = 77;
/**
 * Between words or groups, in the passphrase itself: a space, the key every phone keyboard has on
 * its first page (a hyphen is one layer away) and what she types when the words are read to her.
 */
export const SEPARATOR = ' ';

/**
 * The BIP-39 word lists the app ships, by language; each loads only when a passphrase is suggested,
 * in its own file (the build gzips it and keeps it offline with her language's texts).
 */
const WORD_LISTS: Record<string, () => Promise<{ default: string }>> = {
  en: () => import('./wordlists/en.txt?raw'),
  es: () => import('./wordlists/es.txt?raw'),
  fr: () => import('./wordlists/fr.txt?raw'),
};

/** Whether suggestions in `lng` are words (else digit groups). */
export function hasWordList(lng: string): boolean {
  return Object.hasOwn(WORD_LISTS, lng);
}

/** The stored text of `lng`'s word list (packed by the build), or undefined when it has none. */
export async function wordListText(lng: string): Promise<string | undefined> {
  const load = hasWordList(lng) ? WORD_LISTS[lng] : undefined;
  return load ? (await load()).default : undefined;
}

/** A word as suggested: accents left out, lower case (`ábaco` → `abaco`, `élève` → `eleve`). */
export function withoutAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/**
 * A word list's text (one word a line) as the words to suggest. Throws when it is not 2048
 * distinct words of a–z once accents are left out: a list that would give less than 11 bits a word
 * is never used.
 */
export function parseWordList(text: string): readonly string[] {
  const words = text
    .split('\n')
    .map((w) => withoutAccents(w.trim()))
    .filter(Boolean);
  if (words.length !== 2048 || new Set(words).size !== 2048 || !words.every((w) => /^[a-z]+$/.test(w)))
    throw new Error('invalid word list');
  return words;
}

/** The zero of each script's digits that `normalizePassphrase` reads as 0–9 (NFKC does full-width). */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic: Persian, Urdu
  0x07c0, // N'Ko
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
];

/** Digits she reads, by language (every other language: 0–9). */
const HER_DIGITS: Record<string, number> = { ar: 0x0660, fa: 0x06f0 };

/** Marks that a copy from right-to-left text may carry, invisible and never meant: dropped. */
const INVISIBLE = /[\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The form a typed passphrase takes before it locks or opens anything: compatibility forms folded
 * (NFKC), every decimal digit made 0–9 (`١٢٣` and `۱۲۳` are `123`), bidi marks dropped, ends
 * trimmed. Letters, case and separators stay as she typed them, so the same text typed into the
 * `age` tool opens the file.
 */
export function normalizePassphrase(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\p{Nd}/gu, (digit) => {
      const code = digit.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
      return zero === undefined ? digit : String(code - zero);
    })
    .trim();
}

/**
 * How a suggestion would write what she typed, or undefined when it cannot be one: words of a–z
 * (once accents are left out) joined by spaces, in lower case; or digits regrouped by 4.
 */
export function asSuggested(typed: string): string | undefined {
  const tokens = normalizePassphrase(typed)
    .split(/[\s\-‐‑–—_.,،;:/]+/u)
    .filter(Boolean)
    .map(withoutAccents);
  if (tokens.length === 0) return undefined;
  if (tokens.every((t) => /^[a-z]+$/.test(t))) return tokens.join(SEPARATOR);
  const digits = tokens.join('');
  if (/^\d+$/.test(digits) && digits.length % DIGITS_PER_GROUP === 0)
    return (digits.match(/\d{4}/g) ?? []).join(SEPARATOR);
  return undefined;
}

/**
 * The passphrases to try, in order, when she opens something with `typed`: as typed (normalised),
 * as a suggestion would write it, and as typed before normalisation (files made by earlier
 * versions). Distinct, never empty strings; empty when she typed nothing.
 */
export function passphraseCandidates(typed: string): string[] {
  const forms = [normalizePassphrase(typed), asSuggested(typed), typed.trim()];
  return [...new Set(forms.filter((f): f is string => !!f))];
}

/** A uniformly random integer in [0, n), from the platform's secure random source (no modulo bias). */
export function randomBelow(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 0x1_0000_0000) throw new RangeError('n out of range');
  // The largest multiple of n that fits: values at or above it are drawn again.
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const x = buf[0] ?? 0;
    if (x < limit) return x % n;
  }
}

/** A suggestion of `count` random words from `words`, joined by spaces. */
export function suggestWords(words: readonly string[], count = SUGGESTED_WORDS): string {
  return Array.from({ length: count }, () => words[randomBelow(words.length)]).join(SEPARATOR);
}

/** A suggestion of `groups` random groups of 4 digits (0–9), joined by spaces. */
export function suggestDigits(groups = SUGGESTED_GROUPS): string {
  return Array.from({ length: groups }, () =>
    String(randomBelow(10 ** DIGITS_PER_GROUP)).padStart(DIGITS_PER_GROUP, '0'),
  ).join(SEPARATOR);
}

/** `passphrase` with its 0–9 digits written as `lng` reads them (unchanged for Latin-digit languages). */
export function inHerDigits(passphrase: string, lng: string): string {
  const zero = HER_DIGITS[lng];
  if (zero === undefined) return passphrase;
  return passphrase.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** Bits of entropy of a suggestion in `lng`: from the list size (2048) or the digits. */
export function suggestionBits(lng: string): number {
  return hasWordList(lng)
    ? SUGGESTED_WORDS * Math.log2(2048)
    : SUGGESTED_GROUPS * DIGITS_PER_GROUP * Math.log2(10);
}
