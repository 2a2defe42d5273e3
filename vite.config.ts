import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { GZIP_PREFIX } from './src/i18n/packed.ts';
import { PACK_PREFIX } from './src/services/packedText.ts';
import { packBytes } from './scripts/packBatteries.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The Content-Security-Policy of the built app (P1: nothing leaves the device).
 * Only the production build gets it: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

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
 * Packs every shipped battery file (imported as `?raw` text by src/services/batteries.ts) into one
 * binary asset, each text once and gzip-compressed: released versions repeat most of their texts,
 * and every version stays shipped, so this keeps the offline cache small (DESIGN.md §9). Each
 * battery's module holds only `shn-pack:<key>@<url>`; the app fetches the pack from its own origin
 * and unpacks it (src/services/packedText.ts). Only the build packs; dev and tests read the file.
 */
function packBatteries(): Plugin {
  let ref: string | undefined;
  const dir = fileURLToPath(new URL('./indicators/', import.meta.url));
  return {
    name: 'shn-pack-batteries',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      ref = undefined;
    },
    load(id) {
      const match = /[\\/]indicators[\\/]([^\\/]+)\.json\?raw$/.exec(id);
      if (!match?.[1]) return null;
      if (!ref) {
        const files: Record<string, unknown> = {};
        for (const name of readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          files[name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(dir + name, 'utf8'));
        }
        ref = this.emitFile({ type: 'asset', name: 'batteries.bin', source: packBytes(files) });
      }
      return `export default ${JSON.stringify(`${PACK_PREFIX}${match[1]}@`)} + new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url).href;`;
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
      if (!match?.[1]) return null;
      const json = JSON.stringify(JSON.parse(readFileSync(match[1], 'utf8')));
      return `export default ${JSON.stringify(GZIP_PREFIX + gzipSync(json, { level: 9 }).toString('base64'))};`;
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
    __APP_VERSION__: JSON.stringify(process.env.SHN_APP_VERSION ?? pkg.version),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: read by bench/size.ts to measure what the first screen loads.
    manifest: true,
  },
  plugins: [
    react(),
    contentSecurityPolicy(),
    packBatteries(),
    packLocales(),
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
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once; later versions wait for her "Update".
        clientsClaim: true,
        // No runtime caching: the app makes no other requests, and nothing she enters is ever cached.
        runtimeCaching: [],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
});
