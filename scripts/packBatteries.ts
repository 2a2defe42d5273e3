/**
 * Builds the battery pack the app ships (see src/services/packedText.ts): every shipped battery
 * file, each text once, gzip-compressed. Used by vite.config.ts at build time and by its test.
 */
import { gzipSync } from 'node:zlib';
import { TEXT_MARK, type BatteryPack } from '../src/services/packedText.ts';

/** Texts shorter than this stay in place (ids, option ids, language codes). */
const MIN_TEXT = 12;

/** A key that names a language in a text object (`"en"`, `"ar"`, `"pt-BR"`). */
const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

export function buildPack(files: Record<string, unknown>): BatteryPack {
  // First the texts, grouped by language (each language's texts side by side compress far
  // better than en, es, fr, ar interleaved), each once, in order of first appearance.
  const byLanguage = new Map<string, string[]>();
  const seen = new Set<string>();
  const collect = (node: unknown, language: string): void => {
    if (typeof node === 'string') {
      if (node.startsWith(TEXT_MARK)) throw new Error('a battery text may not start with U+0001');
      if (node.length < MIN_TEXT || seen.has(node)) return;
      seen.add(node);
      const list = byLanguage.get(language) ?? [];
      list.push(node);
      byLanguage.set(language, list);
    } else if (Array.isArray(node)) {
      for (const x of node) collect(x, language);
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) collect(v, LANGUAGE_KEY.test(k) ? k : language);
    }
  };
  for (const json of Object.values(files)) collect(json, '');
  const texts = [...byLanguage.values()].flat();
  const index = new Map(texts.map((text, i) => [text, i]));
  const pack = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const i = index.get(node);
      return i === undefined ? node : `${TEXT_MARK}${String(i)}`;
    }
    if (Array.isArray(node)) return node.map(pack);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pack(v)]));
    }
    return node;
  };
  const out: Record<string, unknown> = {};
  for (const [key, json] of Object.entries(files)) out[key] = pack(json);
  return { texts, files: out };
}

/** The pack as the bytes the app fetches. */
export function packBytes(files: Record<string, unknown>): Buffer {
  return gzipSync(JSON.stringify(buildPack(files)), { level: 9 });
}
