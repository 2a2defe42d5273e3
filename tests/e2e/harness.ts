/**
 * Real-browser harness: Debian's Chromium through playwright-core (no browser downloads),
 * against the production build in dist/ served by `vite preview` on 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export function launchOptions(extra: Partial<LaunchOptions> = {}): LaunchOptions {
  return { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...extra };
}

export function launch(extra: Partial<LaunchOptions> = {}): Promise<Browser> {
  return chromium.launch(launchOptions(extra));
}

/** A persistent profile in a fresh temporary folder (needed for installability and disk scans). */
export async function launchPersistent(
  options: { locale?: string; extraArgs?: string[] } = {},
): Promise<{ context: BrowserContext; profile: string; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'shn-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    locale: options.locale ?? 'en-US',
    viewport: { width: 360, height: 740 },
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Server {
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Serves dist/ (or another built folder) like any static host would. */
export async function serve(port = 0, outDir = 'dist'): Promise<Server> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.httpServer.closeAllConnections?.();
        void server.close().then(() => resolve());
      }),
  };
}
