/**
 * Size budgets (DESIGN.md §9), measured on the production build in dist/:
 * - first-load JavaScript of the entry route: the entry chunk, everything it imports statically,
 *   the home screen, and one language's strings (gzip) — within 150 kB;
 * - everything a phone keeps offline — the service worker's precache (the battery's structure and
 *   English texts included) and her own language's strings and battery texts (the largest
 *   language counted) — within 1 MB.
 * It also prints what each language adds (its strings and battery texts), and how many languages
 * of the largest size fit beside the precache within the budget: a trainer who opens slides or
 * handouts keeps every language.
 * `tsx bench/size.ts` prints the figures; `--check` also fails (exit 1) when a budget is exceeded.
 * Deterministic: byte counts, no timings, so `npm test` runs the check.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { entryJsGzip: 150 * 1024, precacheBytes: 1024 * 1024 };

/**
 * `LATER_NAMESPACES` of src/i18n/i18n.ts, read from its source (that module needs Vite to load), so
 * this count cannot drift from what the app loads.
 */
const LATER_NAMESPACES = [
  ...(/LATER_NAMESPACES = \[([^\]]*)\]/.exec(readFileSync('src/i18n/i18n.ts', 'utf8'))?.[1] ?? '').matchAll(
    /'([\w-]+)'/g,
  ),
].map((m) => m[1] ?? '');
if (LATER_NAMESPACES.length === 0)
  throw new Error('bench/size.ts: LATER_NAMESPACES not found in src/i18n/i18n.ts');

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const gz = (file: string) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;

export interface SizeReport {
  entryJsGzip: number;
  entryFiles: string[];
  precacheBytes: number;
  precacheGzip: number;
  precacheFiles: number;
  /** The precache alone (English only). */
  precacheOnlyBytes: number;
  /** What keeping each language adds, besides English: its strings and battery texts. */
  languageBytes: Record<string, number>;
  largestChunks: { file: string; gzip: number }[];
}

export function measureSizes(): SizeReport {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry in the build manifest');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entryKey);
  // What the entry (src/boot.ts) imports once the first paint is drawn: the app itself
  // (src/main.tsx, in the `start` chunk: vite.config.ts `startChunk`), and home's words, which it
  // fetches beside it (one language's, like the strings below).
  const later = manifest[entryKey]?.dynamicImports ?? [];
  if (!later.some((key) => manifest[key]?.name === 'start'))
    throw new Error('the entry imports no start chunk: has src/boot.ts or vite.config.ts changed?');
  for (const key of later) if (!/^locales\/(?!en\/)/.test(key)) visit(key);
  // The strings of one language load before the first screen draws, except the namespaces a screen
  // loads when it needs them (`LATER_NAMESPACES` in src/i18n/i18n.ts).
  for (const key of Object.keys(manifest)) {
    const ns = /^locales\/en\/([^/]+)\.json(\?raw)?$/.exec(key)?.[1];
    if (ns && !LATER_NAMESPACES.includes(ns)) visit(key);
  }
  const entryFiles = [...files].filter((f) => f.endsWith('.js'));
  const entryJsGzip = entryFiles.reduce((sum, f) => sum + gz(f), 0);

  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? ''))];
  // What a phone installs: the precache (English strings and battery texts included) and her own
  // language's strings and battery texts, which the app keeps offline once she uses it
  // (src/i18n/offlineLanguages.ts): counted for the language whose files are largest.
  const languages = JSON.parse(readFileSync('dist/languages.json', 'utf8')) as Record<string, string[]>;
  const precached = new Set(urls);
  const languageBytes = Object.fromEntries(
    Object.entries(languages)
      .filter(([lng]) => lng !== 'en' && lng !== 'trainer')
      .map(([lng, list]) => [
        lng,
        list.filter((f) => !precached.has(f)).reduce((sum, f) => sum + statSync(join('dist', f)).size, 0),
      ]),
  );
  const herLanguage = Math.max(0, ...Object.values(languageBytes));
  const precacheOnlyBytes =
    urls.reduce((sum, u) => sum + statSync(join('dist', u)).size, 0) + statSync('dist/sw.js').size;
  const precacheBytes = precacheOnlyBytes + herLanguage;
  const precacheGzip = urls.reduce((sum, u) => sum + gz(u), 0);

  const largestChunks = readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 8);
  return {
    entryJsGzip,
    entryFiles,
    precacheBytes,
    precacheGzip,
    precacheFiles: urls.length,
    precacheOnlyBytes,
    languageBytes,
    largestChunks,
  };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (process.argv[1]?.endsWith('size.ts')) {
  const r = measureSizes();
  const rows = [
    [
      'first-load JS (gzip)',
      kB(r.entryJsGzip),
      kB(BUDGETS.entryJsGzip),
      r.entryJsGzip <= BUDGETS.entryJsGzip,
    ],
    [
      'offline copy (raw)',
      kB(r.precacheBytes),
      kB(BUDGETS.precacheBytes),
      r.precacheBytes <= BUDGETS.precacheBytes,
    ],
  ] as const;
  for (const [name, value, budget, ok] of rows)
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(22)} ${value.padStart(10)}  budget ${budget}`);
  console.log(`     entry files: ${r.entryFiles.join(', ')}`);
  const perLanguage = Object.entries(r.languageBytes);
  console.log(
    `     precache (English): ${kB(r.precacheOnlyBytes)}; each language adds: ${perLanguage
      .map(([lng, bytes]) => `${lng} ${kB(bytes)}`)
      .join(', ')}`,
  );
  const largest = Math.max(0, ...perLanguage.map(([, bytes]) => bytes));
  if (largest > 0)
    console.log(
      `     languages that fit beside English within the budget, all kept (a trainer): ${String(
        Math.floor((BUDGETS.precacheBytes - r.precacheOnlyBytes) / largest),
      )}`,
    );
  if (process.argv.includes('--check') && rows.some((row) => !row[3])) {
    console.error('size budget exceeded (DESIGN.md §9)');
    process.exit(1);
  }
}
