/**
 * Shipped battery files as the build stores them (vite.config.ts `packBatteries`,
 * scripts/packBatteries.ts). Every released version stays shipped, most texts repeat from one
 * version to the next, and a phone needs only the texts of the languages it uses; so the build
 * splits them:
 * - ONE base pack (precached): every file's structure (ids, roles, scales, weights, triggers,
 *   forms) with its English texts, each text once, gzip-compressed;
 * - one text pack per other language (`batteries-<lang>-<hash>.bin`, not precached: listed under
 *   its language in languages.json and kept offline with that language's strings,
 *   src/i18n/offlineLanguages.ts).
 * Each battery's module holds only a pointer (`shn-pack:` + JSON `PackRef`). The app fetches the
 * packs from its own origin, unpacks them with the browser's DecompressionStream, and rebuilds the
 * file with the texts of the languages it has. In development and tests the file arrives whole.
 *
 * Base pack: `{ texts, files, languages }`. In a file's structure, a string that starts with
 * `TEXT_MARK` is the index of a text, and an object `{ [TEXT_SLOT]: text }` is a slot: a place
 * that holds one text in each declared language (`{ "en": …, "es": … }`), numbered in the order a
 * walk of the structure meets them. A text pack gives, for each file, one text index per slot (-1:
 * none in that language). No battery text starts with either control character, and no key is
 * `TEXT_SLOT` (the builder refuses them).
 */
export const PACK_PREFIX = 'shn-pack:';
export const TEXT_MARK = '\u0001';
export const TEXT_SLOT = '\u0002';

/** The base pack: texts once, files pointing at them. */
export interface BatteryPack {
  texts: string[];
  files: Record<string, unknown>;
  /** The languages whose texts each file's base holds (English, or its first language). */
  languages: Record<string, string[]>;
}

/** One language's texts of every file that declares it. */
export interface TextPack {
  language: string;
  texts: string[];
  /** Per file: for each slot, the index of its text, or -1. */
  files: Record<string, number[]>;
}

/** A pack's address and the SHA-256 of its bytes (hex). */
export interface PackFile {
  url: string;
  sha256: string;
}

/**
 * What a packed battery module holds: its key, the base pack and each language's text pack. The
 * module is precached code, covered by the build fingerprint; the language packs are not
 * precached, so each is checked against the hash the module carries before it is used: a host
 * cannot change her language's questions without changing the fingerprint.
 */
export interface PackRef {
  key: string;
  base: PackFile;
  languages: Record<string, PackFile>;
}

/** A text in every language it has: a slot of a rebuilt file. */
export type SlotText = Record<string, string>;

/** The pointer a packed module holds, or undefined for a file that arrived whole. */
export function packRefOf(text: string): PackRef | undefined {
  if (!text.startsWith(PACK_PREFIX)) return undefined;
  return JSON.parse(text.slice(PACK_PREFIX.length)) as PackRef;
}

const fetched = new Map<string, Promise<unknown>>();

/** Thrown when a pack's bytes are not the ones the build made. */
export class PackIntegrityError extends Error {
  constructor(url: string) {
    super(`battery pack: ${url} is not the file the app was built with`);
    this.name = 'PackIntegrityError';
  }
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Fetches, checks and unpacks a pack once per address (a failure is forgotten, so it is tried
 * again). Rejects with `PackIntegrityError` when its bytes do not have the expected hash.
 */
function fetchPack({ url, sha256 }: PackFile): Promise<unknown> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`battery pack: ${String(response.status)}`);
      const bytes = await response.arrayBuffer();
      if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== sha256) throw new PackIntegrityError(url);
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return JSON.parse(await new Response(stream).text()) as unknown;
    })();
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending;
}

export async function fetchBatteryPack(file: PackFile): Promise<BatteryPack> {
  return (await fetchPack(file)) as BatteryPack;
}

export async function fetchTextPack(file: PackFile): Promise<TextPack> {
  return (await fetchPack(file)) as TextPack;
}

/** One file rebuilt from the base pack: its JSON, its slots in order, the languages it holds. */
export interface ExpandedFile {
  json: unknown;
  slots: SlotText[];
  languages: string[];
}

/** Rebuilds one file's structure with the base texts. Throws on a broken pack. */
export function expandPack(pack: BatteryPack, key: string): ExpandedFile {
  if (!(key in pack.files)) throw new Error(`battery pack: no file ${key}`);
  const slots: SlotText[] = [];
  const expand = (node: unknown): unknown => {
    if (typeof node === 'string' && node.startsWith(TEXT_MARK)) {
      const text = pack.texts[Number(node.slice(TEXT_MARK.length))];
      if (text === undefined) throw new Error('battery pack: broken text reference');
      return text;
    }
    if (Array.isArray(node)) return node.map(expand);
    if (node !== null && typeof node === 'object') {
      if (TEXT_SLOT in node) {
        const slot = expand((node as Record<string, unknown>)[TEXT_SLOT]) as SlotText;
        slots.push(slot);
        return slot;
      }
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v)]));
    }
    return node;
  };
  const json = expand(pack.files[key]);
  return { json, slots, languages: pack.languages[key] ?? [] };
}

/**
 * Writes one language's texts into a file's slots, in place. Returns false when the pack has no
 * texts for this file (it does not declare the language); throws when the pack does not fit.
 */
export function mergeTexts(slots: SlotText[], pack: TextPack, key: string): boolean {
  const column = pack.files[key];
  if (!column) return false;
  if (column.length !== slots.length) throw new Error('battery pack: texts do not fit the file');
  column.forEach((i, slot) => {
    if (i < 0) return;
    const text = pack.texts[i];
    const target = slots[slot];
    if (typeof text !== 'string' || !text.trim() || !target) throw new Error('battery pack: broken text');
    target[pack.language] = text;
  });
  return true;
}

/**
 * The support directory as the build stores it (vite.config.ts `packLocales` packs it like a
 * locale file): gzip-compressed, base64-encoded, behind this prefix — the same as
 * `GZIP_PREFIX` in src/i18n/packed.ts (a service does not import i18n). Text without it is
 * returned as it is (development and tests).
 */
export const GZIP_BASE64_PREFIX = 'shn-gzip-base64:';

export async function unpackGzipBase64(text: string): Promise<string> {
  if (!text.startsWith(GZIP_BASE64_PREFIX)) return text;
  const binary = atob(text.slice(GZIP_BASE64_PREFIX.length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
