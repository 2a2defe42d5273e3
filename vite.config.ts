import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PACKED_PREFIX } from './src/services/packedText.ts';

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
 * Packs each shipped battery file (imported as `?raw` text by src/services/batteries.ts) gzip-compressed
 * and base64-encoded: about 70 kB in the offline cache instead of 160 kB. The app unpacks it with
 * the browser's DecompressionStream (src/services/packedText.ts). Only the build packs; dev and tests
 * read the file as it is.
 */
function packBatteries(): Plugin {
  return {
    name: 'shn-pack-batteries',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const match = /^(.*[\\/]indicators[\\/][^\\/]+\.json)\?raw$/.exec(id);
      if (!match?.[1]) return null;
      // Minified first: the file is checked by the app's parse step when it loads, as before.
      const json = JSON.stringify(JSON.parse(readFileSync(match[1], 'utf8')));
      const packed = gzipSync(json, { level: 9 }).toString('base64');
      return `export default ${JSON.stringify(PACKED_PREFIX + packed)};`;
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
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,ico,txt}'],
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
