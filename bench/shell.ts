/**
 * The empty shell (bench/shell/): built by the benchmark into a temporary folder (never dist/),
 * with the same Vite, the same target and a service worker that precaches it, so it is served and
 * measured exactly like the app in the same run. What the app costs beyond it is the app's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export interface BuiltShell {
  /** The built folder (absolute), to serve like dist/. */
  outDir: string;
  remove: () => void;
}

export async function buildShell(): Promise<BuiltShell> {
  const outDir = mkdtempSync(join(tmpdir(), 'shn-shell-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./shell/', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
    plugins: [
      react(),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        strategies: 'generateSW',
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html}'],
          navigateFallback: 'index.html',
          clientsClaim: true,
        },
      }),
    ],
  });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** The shell's one screen, drawn by its code. */
export const SHELL_HOME = '#root h1';
