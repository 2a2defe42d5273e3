/**
 * `npm run verify-host -- <address> [--sums release/SHA256SUMS]`: fetches every file of a release
 * from a host and says, file by file, whether it is the published one. Exit 0 only when every file
 * matches; 1 when any differs or is missing; 2 when it cannot run (bad address, no sums file).
 *
 * Use the SHA256SUMS published with the release, not one from the host you are checking.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export interface FileResult {
  path: string;
  status: 'ok' | 'different' | 'missing';
  detail?: string;
}

export function parseSums(text: string): { hash: string; path: string }[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!m?.[1] || !m[2]) throw new Error(`not a SHA256SUMS line: ${line}`);
      return { hash: m[1], path: m[2] };
    });
}

export async function verifyHost(address: string, sums: string): Promise<FileResult[]> {
  const base = new URL(address.endsWith('/') ? address : `${address}/`);
  const results: FileResult[] = [];
  for (const { hash, path } of parseSums(sums)) {
    const url = new URL(path.split('/').map(encodeURIComponent).join('/'), base);
    try {
      const res = await fetch(url, { cache: 'no-store', redirect: 'follow' });
      if (!res.ok) {
        results.push({ path, status: 'missing', detail: `HTTP ${res.status}` });
        continue;
      }
      const got = createHash('sha256')
        .update(new Uint8Array(await res.arrayBuffer()))
        .digest('hex');
      results.push(got === hash ? { path, status: 'ok' } : { path, status: 'different', detail: got });
    } catch (error) {
      results.push({ path, status: 'missing', detail: (error as Error).message });
    }
  }
  return results;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const sumsAt = args.indexOf('--sums');
  const sumsFile = sumsAt >= 0 ? args[sumsAt + 1] : 'release/SHA256SUMS';
  const address = args.find((a, i) => !a.startsWith('--') && (sumsAt < 0 || i !== sumsAt + 1));
  if (!address || !sumsFile || !/^https?:\/\//.test(address)) {
    console.error('usage: npm run verify-host -- https://your.host/path/ [--sums release/SHA256SUMS]');
    return 2;
  }
  let sums: string;
  try {
    sums = readFileSync(sumsFile, 'utf8');
  } catch {
    console.error(`cannot read ${sumsFile}: run \`npm run release\` or give the published one with --sums`);
    return 2;
  }
  const results = await verifyHost(address, sums);
  for (const r of results) {
    const label = r.status === 'ok' ? 'ok       ' : r.status === 'different' ? 'DIFFERENT' : 'MISSING  ';
    console.log(`${label} ${r.path}${r.detail && r.status === 'missing' ? ` (${r.detail})` : ''}`);
  }
  const bad = results.filter((r) => r.status !== 'ok');
  if (bad.length === 0) {
    console.log(`\nAll ${results.length} files match ${sumsFile}: ${address} serves this release.`);
    return 0;
  }
  console.log(
    `\n${bad.length} of ${results.length} files do not match ${sumsFile}: ${address} does NOT serve this release.`,
  );
  return 1;
}

if (process.argv[1]?.endsWith('verifyHost.ts')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`verify-host: ${(error as Error).message}`);
      process.exit(2);
    },
  );
}
