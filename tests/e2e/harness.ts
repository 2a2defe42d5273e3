/**
 * Real-browser harness: Debian's Chromium through playwright-core (no browser downloads),
 * against the production build in dist/ served by `vite preview` on 127.0.0.1.
 *
 * A test file calls `setupServedApp()` once at its top: it serves dist/ and launches Chromium for
 * the whole file, gives each test fresh contexts (`newPage`, `newContext`) and closes them after
 * the test, pass or fail. `launchPersistent` and `serveFolders` are for the tests that need a
 * profile on disk or a host whose files change.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
  type ViewportSize,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
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
  // Once: a test may stop the server itself (to prove the app works without it).
  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        (server.httpServer as HttpServer).closeAllConnections();
        void server.close().then(() => resolve());
      })),
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

/** A phone-sized screen, the size most tests run at. */
export const PHONE: ViewportSize = { width: 360, height: 740 };

export interface ContextOptions {
  /** The browser's language; en-US unless said. */
  locale?: string;
  /** The screen; a phone (`PHONE`) unless said; `'browser-default'` leaves Playwright's own. */
  viewport?: ViewportSize | 'browser-default';
  /** Only for tests that inject axe: the app itself always runs under its own CSP. */
  bypassCSP?: boolean;
  reducedMotion?: BrowserContextOptions['reducedMotion'];
  /** `'block'`: no service worker, every request goes to the network (and can be routed). */
  serviceWorkers?: BrowserContextOptions['serviceWorkers'];
}

export interface ServedApp {
  /** The server of dist/ for this file (throws when the file asked for none). */
  readonly server: Server;
  /** The address of the app. */
  readonly url: string;
  /** The Chromium for this file (throws when the file asked for none). */
  readonly browser: Browser;
  /** A fresh, incognito-like context, closed after the test. */
  newContext: (options?: ContextOptions) => Promise<BrowserContext>;
  /** A page in a fresh context of its own (see `newContext`). */
  newPage: (options?: ContextOptions) => Promise<Page>;
}

/**
 * Registers the hooks of a test file: before all its tests, serve dist/ (unless `serve: false`)
 * and launch Chromium (unless `launch: false`); after each test, close the contexts it made;
 * after all, close the browser and the server.
 */
export function setupServedApp(options: { serve?: boolean; launch?: boolean } = {}): ServedApp {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  beforeAll(async () => {
    const [s, b] = await Promise.all([
      options.serve === false ? undefined : serve(),
      options.launch === false ? undefined : launch(),
    ]);
    server = s;
    browser = b;
  });
  afterEach(async () => {
    await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)));
    contexts.clear();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const app: ServedApp = {
    get server() {
      if (!server) throw new Error('no server: setupServedApp({ serve: false })');
      return server;
    },
    get url() {
      return app.server.url;
    },
    get browser() {
      if (!browser) throw new Error('no browser: setupServedApp({ launch: false })');
      return browser;
    },
    newContext: async ({ locale = 'en-US', viewport = PHONE, ...rest } = {}) => {
      const context = await app.browser.newContext({
        locale,
        ...(viewport === 'browser-default' ? {} : { viewport }),
        ...rest,
      });
      contexts.add(context);
      return context;
    },
    newPage: async (contextOptions) => (await app.newContext(contextOptions)).newPage(),
  };
  return app;
}
