/**
 * Builds the battery pack the app ships (see src/services/packedText.ts): every shipped battery
 * file, each text once, gzip-compressed. Used by vite.config.ts at build time and by its test.
 */
import { gzipSync } from 'node:zlib';
import { TEXT_MARK, type BatteryPack } from '../src/services/packedText.ts';

/** Texts shorter than this stay in place (ids, option ids, language codes). */
const MIN_TEXT = 12;

export function buildPack(files: Record<string, unknown>): BatteryPack {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const pack = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (node.startsWith(TEXT_MARK)) throw new Error('a battery text may not start with U+0001');
      if (node.length < MIN_TEXT) return node;
      let i = index.get(node);
      if (i === undefined) {
        i = texts.length;
        texts.push(node);
        index.set(node, i);
      }
      return `${TEXT_MARK}${String(i)}`;
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
