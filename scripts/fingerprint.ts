/**
 * The build fingerprint: one hash that names exactly the code and data the service worker keeps
 * for offline use (its precache manifest), shown in the app (Settings → About, the update banner)
 * and written by `npm run release`, as a short code a trainer can read aloud.
 *
 * Definition (anyone can recompute it from a release's files):
 *   for every URL in the precache manifest of `sw.js`, the line `<sha-256 of the file, hex>  <url>`;
 *   the lines sorted, each ending with "\n"; the fingerprint is the SHA-256 of that text.
 * The short code is its first 60 bits in Crockford's base 32 (no I, L, O or U: nothing to confuse
 * when read aloud), in three groups of four: `7KQ2-M9TD-X4RB`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The URLs of the precache manifest written into a generated `sw.js`. */
export function precacheUrls(swText: string): string[] {
  const urls = [...swText.matchAll(/\{\s*url:\s*"([^"]+)",\s*revision:/g)].map((m) => m[1] ?? '');
  if (urls.length === 0) throw new Error('no precache manifest in sw.js');
  return [...new Set(urls)].sort();
}

/** The manifest text the fingerprint hashes (see the definition above). */
export function fingerprintText(dist: string): string {
  const urls = precacheUrls(readFileSync(join(dist, 'sw.js'), 'utf8'));
  return urls
    .map((url) => `${sha256(readFileSync(join(dist, url)))}  ${url}\n`)
    .sort()
    .join('');
}

/** The first 60 bits of a hex hash as 12 Crockford base-32 characters, `XXXX-XXXX-XXXX`. */
export function readAloudCode(hex: string): string {
  let bits = BigInt(`0x${hex.slice(0, 15)}`);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = `${CROCKFORD.charAt(Number(bits & 31n))}${out}`;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

export interface Fingerprint {
  fingerprint: string;
  code: string;
}

export function fingerprintOf(dist: string): Fingerprint {
  const fingerprint = sha256(fingerprintText(dist));
  return { fingerprint, code: readAloudCode(fingerprint) };
}
