/**
 * Shipped battery files as the build stores them (vite.config.ts `packBatteries`). Every released
 * version stays shipped and carries every language, and most texts repeat from one version to the
 * next; so the build writes them all into ONE binary pack — each text once, gzip-compressed — and
 * each battery's module holds only a pointer into it (`shn-pack:<key>@<url of the pack>`). The app
 * fetches the pack from its own origin (precached for offline use), unpacks it with the browser's
 * DecompressionStream and rebuilds the file. In development and tests the text arrives as it is.
 *
 * The pack is JSON: `{ "texts": [...], "files": { key: structure } }`, where every string of a
 * structure that starts with `TEXT_MARK` is the index of a text. No battery text starts with that
 * control character (the builder refuses one that does).
 */
export const PACK_PREFIX = 'shn-pack:';
export const TEXT_MARK = '\u0001';

/** The structure of a pack: texts once, files pointing at them. */
export interface BatteryPack {
  texts: string[];
  files: Record<string, unknown>;
}

const packs = new Map<string, Promise<BatteryPack>>();

async function loadPack(url: string): Promise<BatteryPack> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`battery pack: ${String(response.status)}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as BatteryPack;
}

/** Puts the texts back into one file's structure. */
export function expandPack(pack: BatteryPack, key: string): unknown {
  if (!(key in pack.files)) throw new Error(`battery pack: no file ${key}`);
  const expand = (node: unknown): unknown => {
    if (typeof node === 'string' && node.startsWith(TEXT_MARK)) {
      const text = pack.texts[Number(node.slice(TEXT_MARK.length))];
      if (text === undefined) throw new Error('battery pack: broken text reference');
      return text;
    }
    if (Array.isArray(node)) return node.map(expand);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v)]));
    }
    return node;
  };
  return expand(pack.files[key]);
}

/** The file's text itself, unpacking it on the phone when the build packed it. */
export async function unpackText(text: string): Promise<string> {
  if (!text.startsWith(PACK_PREFIX)) return text;
  const rest = text.slice(PACK_PREFIX.length);
  const at = rest.indexOf('@');
  const key = rest.slice(0, at);
  const url = rest.slice(at + 1);
  let pending = packs.get(url);
  if (!pending) {
    pending = loadPack(url);
    pending.catch(() => packs.delete(url));
    packs.set(url, pending);
  }
  return JSON.stringify(expandPack(await pending, key));
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
