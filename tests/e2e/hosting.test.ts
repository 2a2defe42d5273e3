/**
 * Put it on phones: dist/ served through the shipped server configurations (scripts/deploy/Caddyfile as it
 * is, scripts/deploy/nginx.conf's server block as scripts/hosting.ts makes it, with a loopback address
 * instead of HTTPS), each started by the test from Debian's package as this user, on a free port,
 * from a temporary folder. Checks what a phone depends on: every security header present and as
 * documented (scripts/hosting.ts, README), the cache rules, the manifest's type, the one-page
 * fallback, nothing hidden served; and in Chromium: the service worker installs, the app is
 * installable, a reload works offline, no request leaves the origin and no CSP rule breaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  nginxConf,
} from '../../scripts/hosting.ts';
import { filesOf } from '../../scripts/release.ts';
import { sha256 } from '../../scripts/fingerprint.ts';
import { verifyHost } from '../../scripts/verifyHost.ts';
import { readFileSync } from 'node:fs';
import { launchPersistent } from './harness.ts';
import { cspViolations, heading, openApp, recordCspViolations, waitForServiceWorker } from './pages.ts';

const DIST = resolve('dist');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise<void>((ok) => server.close(() => ok()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Running {
  origin: string;
  stop: () => Promise<void>;
}

/** Starts a server process and waits until it answers (or fails with what it printed). */
async function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  origin: string,
  dir: string,
): Promise<Running> {
  if (!existsSync(command))
    throw new Error(`${command} is missing: apt-get install caddy nginx (.ci/run does)`);
  const child: ChildProcess = spawn(command, args, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  for (;;) {
    const ready = await Promise.race([
      fetch(`${origin}/index.html`).then(
        (r) => r.ok,
        () => false,
      ),
      exited.then((code) => {
        throw new Error(`${command} exited (${code}):\n${output}`);
      }),
    ]);
    if (ready) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startCaddy(): Promise<Running> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'shn-caddy-'));
  const origin = `http://127.0.0.1:${port}`;
  return start(
    '/usr/bin/caddy',
    ['run', '--config', resolve('scripts/deploy/Caddyfile'), '--adapter', 'caddyfile'],
    {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
      SHN_SITE: origin,
      SHN_ROOT: DIST,
      SHN_ADMIN: 'off',
    },
    origin,
    dir,
  );
}

async function startNginx(): Promise<Running> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'shn-nginx-'));
  const server = nginxConf({ listen: [`127.0.0.1:${port}`], serverName: 'localhost', root: DIST });
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${server}
}
`,
  );
  return start(
    '/usr/sbin/nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    { PATH: process.env.PATH },
    `http://127.0.0.1:${port}`,
    dir,
  );
}

describe.each([
  ['Caddy', startCaddy],
  ['nginx', startNginx],
] as const)('served by %s with the shipped configuration', (_name, startServer) => {
  let server: Running | undefined;
  const origin = () => server?.origin ?? '';
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sends every security header as documented, the cache rules, and the manifest type', async () => {
    const asset = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.js'));
    const paths = {
      '/': REVALIDATE,
      '/index.html': REVALIDATE,
      '/sw.js': REVALIDATE,
      '/manifest.webmanifest': REVALIDATE,
      '/release-notes/0.1.0.json': REVALIDATE,
      [`/assets/${asset}`]: IMMUTABLE,
    };
    for (const [path, cache] of Object.entries(paths)) {
      const res = await fetch(origin() + path);
      expect(res.status, path).toBe(200);
      for (const [name, value] of SECURITY_HEADERS)
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      expect(res.headers.get('cache-control'), path).toBe(cache);
      await res.arrayBuffer();
    }
    // What the documentation promises, spelled out (not only "equal to the source").
    const res = await fetch(`${origin()}/manifest.webmanifest`);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    // The camera for the app's own page only (the group picture), never for anything it embeds.
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(self\)/);
    expect(res.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(res.headers.get('permissions-policy')).toMatch(/microphone=\(\)/);
    expect(res.headers.get('server') ?? '').not.toMatch(/\d/);
    await res.arrayBuffer();
    expect(await (await fetch(`${origin()}/sw.js`)).text()).toContain('precacheAndRoute');

    // Any other path of the one-page app opens index.html; a hidden file is never served.
    const deep = await fetch(`${origin()}/plan/today`);
    expect(deep.status).toBe(200);
    const page = await deep.text();
    expect(page).toContain('<div id="root">');
    // The page's own meta tag holds the same policy as the header, less what only a header can say.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    const hidden = await fetch(`${origin()}/.vite/manifest.json`);
    expect(hidden.status).toBe(404);
    await hidden.arrayBuffer();
  });

  it('serves every file byte for byte (verify-host finds them all, compressed or not)', async () => {
    const sums = filesOf(DIST)
      .filter((f) => !f.startsWith('.vite/'))
      .map((f) => `${sha256(readFileSync(join(DIST, f)))}  ${f}\n`)
      .join('');
    const results = await verifyHost(`${origin()}/`, sums);
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.status !== 'ok')).toEqual([]);
  });

  it('installs the service worker, is installable, reloads offline, and asks nothing of any other origin', async () => {
    const { context, close } = await launchPersistent();
    try {
      await recordCspViolations(context);
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page, `${origin()}/`);
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await expect(heading(page).textContent()).resolves.toBe('Secure, Here and Now');

      const foreign = requests.filter((u) => !u.startsWith(`${origin()}/`) && !/^(data|blob):/.test(u));
      expect(requests.length).toBeGreaterThan(5);
      expect(foreign).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
