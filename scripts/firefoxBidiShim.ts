/**
 * A stand-in for the Firefox executable, for scripts/measureWipeFirefox.ts only (never in npm test).
 *
 * playwright-core drives a stock Firefox through WebDriver BiDi (`firefox` with a `moz-firefox`
 * channel), but it sends `network.addDataCollector` when it connects, a command Firefox ESR 140
 * does not know ("unknown command"): the launch fails. This program starts the real Firefox with
 * the same arguments, and puts itself between Playwright and Firefox's BiDi socket: every message
 * passes unchanged, except that an "unknown command" error to a command in `OPTIONAL` is answered
 * as a success. Each such answer is written to the file in SHN_BIDI_SHIM_LOG, so the measurement
 * says which commands were not run. The measurement needs none of them (they concern response
 * bodies, downloads and emulation, not storage).
 *
 * Usage (what Playwright runs): `node --import tsx scripts/firefoxBidiShim.ts <firefox args…>`
 * with SHN_FIREFOX the real executable.
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

interface Socket {
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
interface SocketServer {
  address(): AddressInfo;
  on(event: 'connection', listener: (socket: Socket) => void): void;
  on(event: 'listening', listener: () => void): void;
}
// playwright-core bundles `ws` and exports it (package.json "exports": "./lib/utilsBundle").
const { ws: WebSocket, wsServer: WebSocketServer } = createRequire(import.meta.url)(
  'playwright-core/lib/utilsBundle',
) as {
  ws: new (url: string, options?: { perMessageDeflate?: boolean }) => Socket;
  wsServer: new (options: { host: string; port: number; perMessageDeflate?: boolean }) => SocketServer;
};

/** Commands the measurement can do without, answered as done when Firefox does not know them. */
const OPTIONAL =
  /^(network\.(addDataCollector|removeDataCollector|getData|disownData)|emulation\.|browser\.setDownloadBehavior$)/;

const firefox = process.env.SHN_FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr';
const log = (line: string) => {
  if (process.env.SHN_BIDI_SHIM_LOG) appendFileSync(process.env.SHN_BIDI_SHIM_LOG, `${line}\n`);
};

const child = spawn(firefox, process.argv.slice(2), { stdio: ['ignore', 'pipe', 'pipe'] });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}

/** Starts the proxy in front of Firefox's socket; resolves to the address Playwright must use. */
function proxy(target: string): Promise<string> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  server.on('connection', (client) => {
    const upstream = new WebSocket(`${target}/session`, { perMessageDeflate: false });
    const pending: string[] = [];
    const methods = new Map<number, string>();
    let open = false;
    upstream.on('open', () => {
      open = true;
      for (const m of pending.splice(0)) upstream.send(m);
    });
    client.on('message', (data) => {
      const text = data.toString();
      try {
        const message = JSON.parse(text) as { id?: number; method?: string };
        if (typeof message.id === 'number' && message.method) methods.set(message.id, message.method);
      } catch {
        // Not JSON: passed on as it is.
      }
      if (open) upstream.send(text);
      else pending.push(text);
    });
    upstream.on('message', (data) => {
      let text = data.toString();
      try {
        const message = JSON.parse(text) as { id?: number; type?: string; error?: string };
        if (typeof message.id === 'number') {
          const method = methods.get(message.id);
          methods.delete(message.id);
          if (
            message.type === 'error' &&
            message.error === 'unknown command' &&
            method &&
            OPTIONAL.test(method)
          ) {
            log(method);
            text = JSON.stringify({
              type: 'success',
              id: message.id,
              result: method === 'network.addDataCollector' ? { collector: 'shn-shim' } : {},
            });
          }
        }
      } catch {
        // Not JSON: passed on as it is.
      }
      client.send(text);
    });
    client.on('close', () => upstream.close());
    upstream.on('close', () => client.close());
    client.on('error', () => upstream.close());
    upstream.on('error', () => client.close());
  });
  return new Promise((resolve) =>
    server.on('listening', () => resolve(`ws://127.0.0.1:${server.address().port}`)),
  );
}

/** Firefox's output, passed on, with its BiDi address replaced by the proxy's. */
function relay(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
  let buffered = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        void proxy(match[1]).then((address) => {
          to.write(`WebDriver BiDi listening on ${address}\n`);
        });
      } else {
        to.write(`${line}\n`);
      }
    }
  });
}

relay(child.stdout, process.stdout);
relay(child.stderr, process.stderr);
