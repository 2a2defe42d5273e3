/** `npm start` serves on the port in PORT, and a busy port gives one clear line and exit code 1. */
import { expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

async function listen(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

it('says in one line that a busy port is busy, with no stack trace, and exits 1', async () => {
  expect(existsSync('dist/index.html')).toBe(true);
  const other = await listen();
  try {
    const run = spawnSync('npx', ['tsx', 'scripts/start.ts', '--no-build'], {
      env: { ...process.env, PORT: String(other.port) },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Port ${other.port} is busy (another program uses it): try another, e.g. PORT=${other.port + 1} npm start`,
    ]);
    expect(run.stdout).not.toMatch(/\bat |Error/);
  } finally {
    await other.close();
  }
});

it('rejects a PORT that is not a port', () => {
  const run = spawnSync('npx', ['tsx', 'scripts/start.ts', '--no-build'], {
    env: { ...process.env, PORT: 'eighty' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain('PORT=eighty is not a port');
});

it('serves the app on the port in PORT', async () => {
  const free = await listen();
  await free.close();
  const child = spawn('npx', ['tsx', 'scripts/start.ts', '--no-build'], {
    env: { ...process.env, PORT: String(free.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    let out = '';
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('served at')) ok();
      });
      child.on('exit', (code) => fail(new Error(`npm start exited (${code}): ${out}`)));
    });
    expect(out).toContain(`served at http://127.0.0.1:${free.port}/`);
    const res = await fetch(`http://127.0.0.1:${free.port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
