import { fileURLToPath } from 'node:url';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_PREFIX } from './src/i18n/packed.ts';
import { HOME_STRINGS, pickStrings } from './src/i18n/homeStrings.ts';
import { PACK_PREFIX } from './src/services/packedText.ts';
import { buildPacks, checkedBatteries, packBytes } from './scripts/packBatteries.ts';
import { fingerprintOf } from './scripts/fingerprint.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/hosting.ts';
import { firstPaintMarkup } from './scripts/firstPaint.ts';
import { directionOf } from './src/i18n/languages.ts';
import { START_CODE_META } from './src/app/startCode.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The Content-Security-Policy of the built app (P1: nothing leaves the device): one source,
// scripts/hosting.ts, for this meta tag and for the header of the shipped server configurations.
// Only the production build gets it: the dev server injects inline scripts for hot reload.
export { CONTENT_SECURITY_POLICY };

function contentSecurityPolicy(): Plugin {
  return {
    name: 'shn-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The home screen's first paint from HTML and CSS, before the JavaScript (issue 21): one static
 * frame per shipped language in `#root` (scripts/firstPaint.ts), and public/first-paint.js in the
 * head, after the stylesheet, to pick the one shown. React replaces `#root` when it draws.
 */
function firstPaint(): Plugin[] {
  return [
    {
      name: 'shn-first-paint',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => {
          const markup = firstPaintMarkup(
            LANGUAGE_CODES,
            LANGUAGE_CODES.filter((l) => directionOf(l) === 'rtl'),
          );
          if (!html.includes('<div id="root"></div>')) throw new Error('index.html: no empty #root');
          return html.replace('<div id="root"></div>', `<div id="root">${markup}</div>`);
        },
      },
    },
    {
      // After Vite's own processing: a classic script it leaves as it is (public/, not bundled).
      name: 'shn-first-paint-script',
      transformIndexHtml: {
        order: 'post',
        handler: () => [{ tag: 'script', attrs: { src: './first-paint.js' }, injectTo: 'head' }],
      },
    },
    {
      // Vite copies public/ as it is: the built copy is minified (its comments are for us, not for
      // every phone's offline copy), before the service worker's precache is made (closeBundle).
      name: 'shn-first-paint-script-minified',
      apply: 'build',
      writeBundle(options) {
        const file = join(options.dir ?? 'dist', 'first-paint.js');
        const { code, errors } = minifySync('first-paint.js', readFileSync(file, 'utf8'));
        if (errors.length > 0) throw new Error(`first-paint.js: ${errors.map((e) => e.message).join('; ')}`);
        writeFileSync(file, code);
      },
    },
  ];
}

/**
 * Packs every shipped battery file (imported as `?raw` text by src/services/batteries.ts): the
 * structure of every version with its English texts in ONE base pack (`batteries-<hash>.bin`,
 * precached), and each other language's texts in a pack of its own (`batteries-<lang>-<hash>.bin`,
 * listed under its language in languages.json and kept offline only on a phone that uses it), each
 * text once, gzip-compressed (scripts/packBatteries.ts). What is packed is each file as the parse
 * step makes it, and a file that does not pass stops the build (`checkedBatteries`): the app then
 * uses a shipped battery without parsing it again. Each battery's module holds only a pointer
 * (`shn-pack:` + `{ key, base, languages }`: addresses and SHA-256s); the app fetches the packs from its own
 * origin and rebuilds the file with the texts of her language and English (src/services/
 * packedText.ts). File names carry a hex hash, so a base pack can never look like a language's
 * (`globIgnores`). Only the build packs; dev and tests read the file.
 */
function packBatteries(): Plugin {
  type Emitted = { ref: string; sha256: string };
  let refs: { base: Emitted; languages: Record<string, Emitted> } | undefined;
  const dir = fileURLToPath(new URL('./indicators/', import.meta.url));
  // Each pack's address and SHA-256: the app checks a language's pack (not precached, so not
  // covered by the build fingerprint) against the hash this precached module carries.
  const file = ({ ref, sha256 }: { ref: string; sha256: string }) =>
    `{ url: new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url).href, sha256: ${JSON.stringify(sha256)} }`;
  return {
    name: 'shn-pack-batteries',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      refs = undefined;
    },
    load(id) {
      const match = /[\\/]indicators[\\/]([^\\/]+)\.json\?raw$/.exec(id);
      if (!match?.[1]) return null;
      if (!refs) {
        const files: Record<string, unknown> = {};
        for (const name of readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          files[name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(dir + name, 'utf8'));
        }
        // Each file as the parse step makes it; a file that does not pass stops the build.
        const packs = buildPacks(checkedBatteries(files));
        const emit = (name: string, bytes: Buffer): Emitted => {
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const fileName = `assets/${name}-${sha256.slice(0, 10)}.bin`;
          return { ref: this.emitFile({ type: 'asset', fileName, source: bytes }), sha256 };
        };
        refs = {
          base: emit('batteries', packBytes(packs.base)),
          languages: Object.fromEntries(
            Object.entries(packs.languages).map(([lng, pack]) => [
              lng,
              emit(`batteries-${lng}`, packBytes(pack)),
            ]),
          ),
        };
      }
      const key = match[1];
      const languages = Object.entries(refs.languages)
        .map(([lng, emitted]) => `${JSON.stringify(lng)}: ${file(emitted)}`)
        .join(', ');
      return `export default ${JSON.stringify(PACK_PREFIX)} + JSON.stringify({ key: ${JSON.stringify(key)}, base: ${file(refs.base)}, languages: { ${languages} } });`;
    },
  };
}

/**
 * Packs each locale file (imported as `?raw` text by src/i18n/i18n.ts) gzip-compressed and
 * base64-encoded: every language stays in the offline cache at about a third of its size. The app
 * unpacks it with DecompressionStream (src/i18n/packed.ts). Only the build packs.
 */
function packLocales(): Plugin {
  return {
    name: 'shn-pack-locales',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      // Locale files, and the support directory (indicators/support/, src/services/support.ts).
      const match = /^(.*[\\/](?:locales[\\/][^\\/]+|indicators[\\/]support)[\\/][^\\/]+\.json)\?raw$/.exec(
        id,
      );
      // A passphrase word list (src/crypto/wordlists/<lang>.txt): packed as it is.
      const words = WORDLIST_MODULE.exec(id);
      if (words && id.endsWith('?raw')) {
        const text = readFileSync(id.slice(0, -'?raw'.length), 'utf8');
        return `export default ${JSON.stringify(GZIP_PREFIX + gzipSync(text, { level: 9 }).toString('base64'))};`;
      }
      if (!match?.[1]) return null;
      const json = JSON.stringify(JSON.parse(readFileSync(match[1], 'utf8')));
      return `export default ${JSON.stringify(GZIP_PREFIX + gzipSync(json, { level: 9 }).toString('base64'))};`;
    },
  };
}

/**
 * The part of each language's `app` strings the home screen needs (src/i18n/homeStrings.ts), as its
 * own module, `locales/<lang>/app.json?home`: the only strings loaded before home is drawn (issue
 * 21). Packed like the other locale files in a build; plain JSON text in development and tests.
 */
function homeStrings(): Plugin {
  let packed = false;
  return {
    name: 'shn-home-strings',
    enforce: 'pre',
    configResolved(config) {
      packed = config.command === 'build';
    },
    load(id) {
      const match = /^(.*[\\/]locales[\\/][^\\/]+[\\/]app\.json)\?home$/.exec(id);
      if (!match?.[1]) return null;
      const all = JSON.parse(readFileSync(match[1], 'utf8')) as Record<string, unknown>;
      const json = JSON.stringify(pickStrings(all, HOME_STRINGS));
      const text = packed ? GZIP_PREFIX + gzipSync(json, { level: 9 }).toString('base64') : json;
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

const APP_VERSION = process.env.SHN_APP_VERSION ?? pkg.version;
const LANGUAGE_CODES = ['en', 'es', 'fr', 'ar', 'fa', 'ur', 'sw'];
/** The key of the trainer's code in languages.json (not a language code). */
const TRAINER_FILES = 'trainer';

/** A language's battery texts (packBatteries): `assets/batteries-<lang>-<hex hash>.bin`. */
const BATTERY_TEXTS = /^assets\/batteries-([a-z]{2,3}(?:-[A-Za-z0-9]+)?)-[0-9a-f]+\.bin$/;

/**
 * A locale file as a module: `…/locales/<lang>/<namespace>.json?raw`, or home's part of the `app`
 * strings, `…/app.json?home` (`homeStrings`).
 */
const LOCALE_MODULE = /[\\/]locales[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)?)[\\/]([\w-]+)\.json(?:\?(raw|home))?$/;

/**
 * A passphrase word list as a module: `…/src/crypto/wordlists/<lang>.txt?raw` (issue 18). Each is
 * one of its language's files, like its strings: only English is in the offline copy every phone
 * installs, her own language's list is kept with her language.
 */
const WORDLIST_MODULE = /[\\/]src[\\/]crypto[\\/]wordlists[\\/]([a-z]{2,3})\.txt(?:\?raw)?$/;

/** The language and name of a language's module (strings or word list), or undefined. */
function languageModule(id: string | null): { lng: string; name: string } | undefined {
  const locale = LOCALE_MODULE.exec(id ?? '');
  if (locale?.[1] && locale[2])
    return { lng: locale[1], name: locale[3] === 'home' ? `${locale[2]}-home` : locale[2] };
  const words = WORDLIST_MODULE.exec(id ?? '');
  if (words?.[1]) return { lng: words[1], name: 'words' };
  return undefined;
}

/**
 * Code only a trainer runs — the group picture and its camera reader (with the QR decoder), the
 * presenter's slides and practice mode: not in the offline copy every phone installs; kept offline,
 * like a language, on a phone that opens the workshop screens (`trainer` in languages.json,
 * src/i18n/offlineLanguages.ts; the workshop hub keeps them as it opens).
 */
const TRAINER_MODULE =
  /[\\/]src[\\/](?:features[\\/]workshop[\\/](?:GroupPicturePage|PresenterPage|PracticePage)|ui[\\/]CameraScanner)\.tsx$/;

/**
 * Which files hold each language's strings and battery texts: dist/languages.json,
 * `{ "ar": ["assets/batteries-ar-….bin", "assets/locale-ar-…"] }`, and the trainer's code under
 * `trainer`. The offline copy every phone installs holds English only; the app keeps her own
 * language's files offline when she uses it (src/i18n/offlineLanguages.ts).
 */
function languageFiles(): Plugin {
  return {
    name: 'shn-language-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') {
          // Her language's battery texts (packBatteries) stay offline with its strings.
          const texts = BATTERY_TEXTS.exec(chunk.fileName);
          if (texts?.[1]) (files[texts[1]] ??= []).push(chunk.fileName);
          continue;
        }
        const language = languageModule(chunk.facadeModuleId);
        if (language) (files[language.lng] ??= []).push(chunk.fileName);
        else if (TRAINER_MODULE.test(chunk.facadeModuleId ?? ''))
          (files[TRAINER_FILES] ??= []).push(chunk.fileName);
      }
      for (const list of Object.values(files)) list.sort();
      const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: 'languages.json', source: JSON.stringify(sorted) });
    },
  };
}

/**
 * Release notes and the build fingerprint (README "Put it on phones", SECURITY.md).
 * - Each version's notes live in src/app/release-notes/<version>.json, one short text per shipped
 *   language; the build fails when the version it builds has none. Every file is copied to
 *   dist/release-notes/ and precached.
 * - After the service worker is written, the fingerprint of its precache manifest
 *   (scripts/fingerprint.ts) is added to sw.js with this version and its notes: the worker answers
 *   `{ type: 'SHN_RELEASE' }` on a message port, so the page can show what runs and what waits.
 *   sw.js is not in its own precache manifest, so the fingerprint does not cover itself.
 */
function releaseInfo(): Plugin {
  const dir = resolve(process.env.SHN_RELEASE_NOTES_DIR ?? 'src/app/release-notes');
  let outDir = 'dist';
  let notes: Record<string, Record<string, string>> = {};
  return {
    name: 'shn-release-info',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      notes = {};
      for (const name of readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const text = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
        const version = name.slice(0, -'.json'.length);
        const entry: Record<string, string> = {};
        for (const lng of LANGUAGE_CODES) {
          const value = text[lng];
          if (typeof value !== 'string' || !value.trim())
            this.error(`src/app/release-notes/${name}: no "${lng}" text`);
          entry[lng] = value;
        }
        notes[version] = entry;
      }
      if (!notes[APP_VERSION])
        this.error(
          `src/app/release-notes/${APP_VERSION}.json is missing: every version has its notes (README).`,
        );
    },
    generateBundle() {
      for (const [version, text] of Object.entries(notes)) {
        this.emitFile({
          type: 'asset',
          fileName: `release-notes/${version}.json`,
          source: JSON.stringify(text),
        });
      }
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const sw = join(outDir, 'sw.js');
        if (!existsSync(sw)) return;
        const info = { version: APP_VERSION, ...fingerprintOf(outDir), notes: notes[APP_VERSION] };
        writeFileSync(
          sw,
          `${readFileSync(sw, 'utf8')}\nself.addEventListener("message",e=>{e.data&&"SHN_RELEASE"===e.data.type&&e.ports[0]&&e.ports[0].postMessage(${JSON.stringify(info)})});\n`,
        );
      },
    },
  };
}

/**
 * What the app's code needs before its first screen — src/main.tsx and every module it imports,
 * except those the page's first module (src/boot.ts) already has — in one file (`start-<hash>.js`),
 * not a dozen small ones, each with its own request and headers (issue 21). Found from the module
 * graph once it is built (`buildEnd`), so a module added to start-up joins it by itself.
 */
const startModules = new Set<string>();

function startChunk(): Plugin {
  return {
    name: 'shn-start-chunk',
    apply: 'build',
    buildEnd() {
      const closure = (from: string): Set<string> => {
        const seen = new Set<string>();
        const stack = [from];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const page = closure(fileURLToPath(new URL('./src/boot.ts', import.meta.url)));
      startModules.clear();
      for (const id of closure(fileURLToPath(new URL('./src/main.tsx', import.meta.url)))) {
        if (!page.has(id)) startModules.add(id);
      }
    },
  };
}

/**
 * The start-up file's address in index.html (`<meta name="shn-start-code">`, src/app/startCode.ts), for src/boot.ts: on a
 * page the service worker serves, the file is fetched and compiled while the first paint is drawn,
 * not only after it (issue 21, offline cold start). Not a `<link rel="modulepreload">`: on a first
 * visit over the network it would compete with the stylesheet that first paint waits for.
 */
function startAddress(): Plugin {
  return {
    name: 'shn-start-address',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const main = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
        const start = Object.values(bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.moduleIds.includes(main),
        );
        if (!start) throw new Error('no chunk holds src/main.tsx');
        return [
          {
            tag: 'meta',
            attrs: { name: START_CODE_META, content: `./${start.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative paths: dist/ works from any static host, at any path.
  base: './',
  resolve: {
    // age-encryption's post-quantum and P-256 recipients: never used (we make and accept X25519
    // keys only), about 100 kB of the offline cache. See src/crypto/postQuantumStub.ts.
    alias: {
      '@noble/post-quantum/hybrid.js': fileURLToPath(
        new URL('./src/crypto/postQuantumStub.ts', import.meta.url),
      ),
      '@noble/curves/nist.js': fileURLToPath(new URL('./src/crypto/postQuantumStub.ts', import.meta.url)),
    },
  },
  define: {
    __APP_VERSION__: JSON.stringify(APP_VERSION),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: read by bench/size.ts to measure what the first screen loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'start', test: (id) => startModules.has(id), includeDependenciesRecursively: false },
          ],
        },
        // Each language's strings in files named by language, so the offline copy can leave out
        // all but English (see `languageFiles`).
        // Likewise the trainer's group-picture screen and camera reader (see `TRAINER_MODULE`).
        chunkFileNames: (chunk) => {
          const language = languageModule(chunk.facadeModuleId);
          if (language) return `assets/locale-${language.lng}-${language.name}-[hash].js`;
          return TRAINER_MODULE.test(chunk.facadeModuleId ?? '')
            ? 'assets/trainer-[name]-[hash].js'
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    react(),
    contentSecurityPolicy(),
    startChunk(),
    startAddress(),
    firstPaint(),
    packBatteries(),
    packLocales(),
    homeStrings(),
    languageFiles(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifest: {
        id: './',
        name: 'Secure, Here and Now',
        short_name: 'Here and Now',
        description:
          'A private self-reflection aid for your own security. Nothing you enter leaves this phone.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#2f4858',
        background_color: '#f7f5f0',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs offline: code, styles, pages, locale and battery data, icons.
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,ico,txt,bin}'],
        // Other languages' strings and battery texts are kept offline only on a phone that uses
        // them (languageFiles).
        globIgnores: [
          // Every folder in locales/, so a language added there stays out of the precache too.
          ...readdirSync(fileURLToPath(new URL('./locales/', import.meta.url)))
            .filter((c) => c !== 'en')
            .map((c) => `**/assets/locale-${c}-*`),
          // Every language's battery texts but English's, which the base pack holds.
          '**/assets/batteries-*-*.bin',
          // …and the trainer's code is kept only on a phone that opens the workshop screens.
          '**/assets/trainer-*',
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once; later versions wait for her "Update".
        clientsClaim: true,
        // Only the app's own language files, kept once used (src/i18n/offlineLanguages.ts); the app
        // makes no other requests, and nothing she enters is ever cached.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && /\/assets\/(locale-|trainer-|batteries-[^/]*-[0-9a-f]+\.bin$)/.test(url.pathname),
            handler: 'CacheFirst',
            // Kept by the page without the headers a module request carries (Vary: Origin, Accept-Encoding).
            options: { cacheName: 'shn-languages', matchOptions: { ignoreVary: true } },
          },
        ],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    // After VitePWA: its service worker is written when the bundle closes.
    releaseInfo(),
  ],
});
