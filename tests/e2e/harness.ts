/**
 * Real-browser harness: Debian's Chromium through playwright-core (no browser downloads),
 * against the production build in dist/ served by `vite preview` on 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { mkdtempSync, rmSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { extname, resolve } from 'node:path';
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
        (server.httpServer as HttpServer).closeAllConnections();
        void server.close().then(() => resolve());
      }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static host (no SPA rewrites, no special headers) whose folders can be swapped while it
 * runs: the update test publishes a new build under the same address. Files are looked up in each
 * folder in turn, newest first.
 */
export async function serveFolders(
  folders: string[],
): Promise<Server & { publish: (folders: string[]) => void }> {
  let roots = folders.map((f) => resolve(f));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path.endsWith('/') ? `${path}index.html` : path;
    for (const root of roots) {
      const file = resolve(root, `.${rel}`);
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/`,
    origin,
    publish: (next) => {
      roots = next.map((f) => resolve(f));
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
