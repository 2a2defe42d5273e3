// @vitest-environment node
/**
 * Passphrases in her own language (issue 18): the shipped word lists are BIP-39's, every language
 * gets at least 77 bits, the choice is uniform, and whatever form she types a suggestion in
 * (accents, capitals, spaces or hyphens, Arabic-Indic, Persian or 0–9 digits) comes to the same.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { wordlist as bip39English } from '@scure/bip39/wordlists/english.js';
import { wordlist as bip39Spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as bip39French } from '@scure/bip39/wordlists/french.js';
import {
  DIGITS_PER_GROUP,
  MIN_SUGGESTION_BITS,
  SUGGESTED_GROUPS,
  SUGGESTED_WORDS,
  asSuggested,
  hasWordList,
  inHerDigits,
  normalizePassphrase,
  parseWordList,
  passphraseCandidates,
  randomBelow,
  suggestionBits,
  withoutAccents,
} from '../../src/crypto/passphrase.ts';
import { passphraseDirection, suggestPassphrase, withLatinDigits } from '../../src/services/passphrases.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const BIP39: Record<string, readonly string[]> = { en: bip39English, es: bip39Spanish, fr: bip39French };
const listFile = (lng: string) => readFileSync(`src/crypto/wordlists/${lng}.txt`, 'utf8');
const listOf = (lng: string) => parseWordList(listFile(lng));

/** Shipped today, and the languages being added (issue 18): each must get a strong suggestion. */
const ALL_LANGUAGES = [...new Set([...LANGUAGES.map((l) => l.code as string), 'ur', 'fa', 'sw'])];

const ARABIC_INDIC = 0x0660;
const PERSIAN = 0x06f0;
const inScript = (text: string, zero: number) =>
  text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the word lists', () => {
  it.each(['en', 'es', 'fr'])('%s is the BIP-39 list, word for word (source: @scure/bip39)', (lng) => {
    const file = listFile(lng).split('\n').filter(Boolean);
    expect(file).toEqual(BIP39[lng]);
  });

  it.each(['en', 'es', 'fr'])('%s: 2048 words of a–z, still distinct without accents', (lng) => {
    const words = listOf(lng);
    expect(words).toHaveLength(2048);
    expect(new Set(words).size).toBe(2048);
    for (const w of words) expect(w).toMatch(/^[a-z]{3,8}$/);
  });

  it('accents are left out whether the list is stored composed or decomposed', () => {
    expect(withoutAccents('a\u0301baco')).toBe('abaco');
    expect(withoutAccents('ábaco')).toBe('abaco');
    expect(withoutAccents('Élève')).toBe('eleve');
    expect(withoutAccents('niño')).toBe('nino');
    expect(listOf('es')).toContain('abaco');
    expect(listOf('fr')).toContain('academie');
  });

  it('refuses a list that would give less than 11 bits a word', () => {
    const words = listFile('en').split('\n').filter(Boolean);
    expect(() => parseWordList(words.slice(1).join('\n'))).toThrow();
    expect(() => parseWordList([...words.slice(1), words[0]].join('\n'))).not.toThrow();
    expect(() => parseWordList([...words.slice(1), words[1]].join('\n'))).toThrow();
    expect(() => parseWordList([...words.slice(1), 'a-b'].join('\n'))).toThrow();
  });
});

describe('strength: at least 77 bits in every language', () => {
  it.each(ALL_LANGUAGES)('%s', (lng) => {
    const bits = hasWordList(lng)
      ? SUGGESTED_WORDS * Math.log2(listOf(lng).length)
      : SUGGESTED_GROUPS * Math.log2(10 ** DIGITS_PER_GROUP);
    expect(bits).toBeGreaterThanOrEqual(MIN_SUGGESTION_BITS);
    expect(suggestionBits(lng)).toBeCloseTo(bits, 9);
  });

  it('words in en, es and fr; digit groups in ar, fa, ur and sw', () => {
    expect(['en', 'es', 'fr'].every(hasWordList)).toBe(true);
    expect(['ar', 'fa', 'ur', 'sw'].some(hasWordList)).toBe(false);
  });
});

describe('suggestions', () => {
  it.each(['en', 'es', 'fr', 'es-CO'])(
    '%s: 7 words of its list, separated by spaces, differently each time',
    async (lng) => {
      const words = listOf(lng.slice(0, 2));
      const a = await suggestPassphrase(lng);
      const parts = a.split(' ');
      expect(parts).toHaveLength(SUGGESTED_WORDS);
      for (const w of parts) expect(words).toContain(w);
      expect(normalizePassphrase(a)).toBe(a);
      expect(await suggestPassphrase(lng)).not.toBe(a);
    },
  );

  it.each([
    ['ar', /^[٠-٩]{4}( [٠-٩]{4}){5}$/],
    ['fa', /^[۰-۹]{4}( [۰-۹]{4}){5}$/],
    ['ur', /^[0-9]{4}( [0-9]{4}){5}$/],
    ['sw', /^[0-9]{4}( [0-9]{4}){5}$/],
  ])('%s: 6 groups of 4 digits, in the digits it reads', async (lng, shape) => {
    const a = await suggestPassphrase(lng);
    expect(a).toMatch(shape);
    expect(normalizePassphrase(a)).toMatch(/^[0-9]{4}( [0-9]{4}){5}$/);
    expect(await suggestPassphrase(lng)).not.toBe(a);
  });
});

describe('uniform choice', () => {
  it('draws again a value that would bias the result (no modulo bias)', () => {
    // For n = 10 the largest multiple of 10 below 2^32 is 4294967290: 0xFFFFFFFF (… % 10 = 5)
    // must be drawn again, and the next value (7) used.
    const values = [0xffffffff, 0xfffffffa, 7];
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(
      <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint32Array) array[0] = values.shift() ?? 0;
        return array;
      },
    );
    expect(randomBelow(10)).toBe(7);
    expect(values).toEqual([]);
  });

  it('uses every value of a power of two as it comes (2048: nothing to draw again)', () => {
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(
      <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint32Array) array[0] = 0xffffffff;
        return array;
      },
    );
    expect(randomBelow(2048)).toBe(2047);
  });

  test.prop([fc.integer({ min: 1, max: 100_000 })])('stays in [0, n)', (n) => {
    const x = randomBelow(n);
    expect(Number.isInteger(x) && x >= 0 && x < n).toBe(true);
  });
});

/** What a phone keyboard, autocorrect or a person reading aloud may do to a suggestion. */
const separator = fc.constantFrom(' ', '  ', '-', ' - ', '\u00a0', '، ', '.', '_', '\t');
const digitScript = fc.constantFrom(ARABIC_INDIC, PERSIAN, 0x30);

describe('normalisation: any way she types a suggestion opens what it locked', () => {
  test.prop([
    fc.constantFrom('en', 'es', 'fr'),
    fc.array(fc.nat(2047), { minLength: SUGGESTED_WORDS, maxLength: SUGGESTED_WORDS }),
    separator,
    fc.array(fc.constantFrom('lower', 'upper', 'title'), {
      minLength: SUGGESTED_WORDS,
      maxLength: SUGGESTED_WORDS,
    }),
    fc.constantFrom('NFC', 'NFD'),
  ])('words: with or without accents, any case, any separator', (lng, picks, sep, cases, form) => {
    const ascii = listOf(lng);
    const original = BIP39[lng] ?? [];
    const suggestion = picks.map((i) => ascii[i]).join(' ');
    // As BIP-39 spells it (with accents), in the case her keyboard gave.
    const typed = picks
      .map((i, k) => {
        const w = (original[i] ?? '').normalize(form);
        const c = cases[k];
        return c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w;
      })
      .join(sep);
    expect(asSuggested(typed)).toBe(suggestion);
    expect(passphraseCandidates(typed)).toContain(suggestion);
    // Typed exactly as shown: one form only, one scrypt.
    expect(passphraseCandidates(suggestion)).toEqual([suggestion]);
  });

  test.prop([
    fc.array(fc.nat(9999), { minLength: SUGGESTED_GROUPS, maxLength: SUGGESTED_GROUPS }),
    digitScript,
    fc.oneof(separator, fc.constant('')),
  ])('digits: Arabic-Indic, Persian or 0–9, with any separator or none', (groups, zero, sep) => {
    const ascii = groups.map((g) => String(g).padStart(4, '0')).join(' ');
    const typed = inScript(groups.map((g) => String(g).padStart(4, '0')).join(sep), zero);
    expect(asSuggested(typed)).toBe(ascii);
    expect(passphraseCandidates(typed)).toContain(ascii);
    // Shown in her digits, it is the same passphrase.
    expect(normalizePassphrase(inHerDigits(ascii, 'ar'))).toBe(ascii);
    expect(normalizePassphrase(inHerDigits(ascii, 'fa'))).toBe(ascii);
    expect(inHerDigits(ascii, 'ur')).toBe(ascii);
  });

  it('folds compatibility forms and drops bidi marks; letters, case and spaces of her own stay', () => {
    expect(normalizePassphrase('\u200f١٢٣٤ ۵۶۷۸\u200e １２\u202b')).toBe('1234 5678 12');
    expect(normalizePassphrase('  My Own Phrase ')).toBe('My Own Phrase');
    expect(normalizePassphrase('café'.normalize('NFD'))).toBe('café'.normalize('NFC'));
    expect(normalizePassphrase('سلام دنیا')).toBe('سلام دنیا');
  });

  it('a passphrase of her own is not changed into something else', () => {
    // Not words of a–z nor digit groups: nothing but itself (and, if it has other digits, as typed).
    expect(asSuggested('صباح الخير يا أمل')).toBeUndefined();
    expect(passphraseCandidates('صباح الخير يا أمل')).toEqual(['صباح الخير يا أمل']);
    expect(passphraseCandidates('بيت٢٠٢٤ آمن')).toEqual(['بيت2024 آمن', 'بيت٢٠٢٤ آمن']);
    expect(passphraseCandidates('   ')).toEqual([]);
  });
});

describe('how it is shown', () => {
  it('groups in Arabic-Indic or Persian digits run right to left (first group on the right), with their 0–9 form', async () => {
    const ar = await suggestPassphrase('ar');
    expect(passphraseDirection(ar)).toBe('rtl');
    expect(passphraseDirection(await suggestPassphrase('fa'))).toBe('rtl');
    expect(withLatinDigits(ar)).toBe(normalizePassphrase(ar));
    expect(withLatinDigits(ar)).toMatch(/^[0-9]{4}( [0-9]{4}){5}$/);
    for (const lng of ['en', 'es', 'fr', 'ur', 'sw']) {
      const p = await suggestPassphrase(lng);
      expect(passphraseDirection(p)).toBe('ltr');
      expect(withLatinDigits(p)).toBeUndefined();
    }
  });
});
