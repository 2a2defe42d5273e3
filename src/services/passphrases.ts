/**
 * Suggesting a passphrase in her language (issue 18; src/crypto/passphrase.ts): 7 words of her
 * language's BIP-39 list, loaded the first time one is suggested, or 6 groups of 4 digits written
 * in the digits she reads. When her list cannot be loaded (offline before it was ever kept), the
 * suggestion is digit groups, which are as strong: a suggestion never fails.
 */
import {
  hasWordList,
  inHerDigits,
  normalizePassphrase,
  parseWordList,
  suggestDigits,
  suggestWords,
  suggestionBits,
  wordListText,
} from '../crypto/passphrase.ts';
import { unpackGzipBase64 } from './packedText.ts';

export { normalizePassphrase, suggestionBits };

const lists = new Map<string, Promise<readonly string[]>>();

function wordsOf(lng: string): Promise<readonly string[]> {
  let words = lists.get(lng);
  if (!words) {
    words = wordListText(lng)
      .then((text) => unpackGzipBase64(text ?? ''))
      .then(parseWordList);
    // A failed load is tried again next time (she may be online by then).
    words.catch(() => lists.delete(lng));
    lists.set(lng, words);
  }
  return words;
}

/** The language part of a tag: `es-CO` → `es`. */
function baseOf(lng: string): string {
  return lng.toLowerCase().split('-')[0] ?? '';
}

/**
 * A new random passphrase for `lng` (at least 77 bits), words separated by spaces; digit groups
 * in the digits `lng` reads (Arabic-Indic for ar, Persian for fa, 0–9 otherwise).
 */
export async function suggestPassphrase(lng: string): Promise<string> {
  const base = baseOf(lng);
  if (hasWordList(base)) {
    try {
      return suggestWords(await wordsOf(base));
    } catch {
      return suggestDigits();
    }
  }
  return inHerDigits(suggestDigits(), base);
}

/**
 * The same passphrase as it is typed with 0–9 (in the `age` tool, or on a Latin keyboard), when
 * that differs from how it is shown; undefined when it is the same.
 */
export function withLatinDigits(passphrase: string): string | undefined {
  const latin = normalizePassphrase(passphrase);
  return latin !== passphrase.trim() ? latin : undefined;
}

/**
 * Which way a passphrase is laid out: right to left when it is written in Arabic script or its
 * digits (groups of Arabic-Indic or Persian digits then read from the right, the first group first,
 * as in any Arabic or Persian text), else left to right. The field and the passphrase shown after
 * locking use the same, so she sees the groups in the same order in both.
 */
export function passphraseDirection(passphrase: string): 'rtl' | 'ltr' {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(passphrase) ? 'rtl' : 'ltr';
}
