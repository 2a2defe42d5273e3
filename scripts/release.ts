/**
 * `npm run release`: builds dist/ (reproducibly: the same commit gives the same bytes, see
 * tests/release/reproducible.test.ts), leaves out the build's own report (dist/.vite/, never
 * published), and writes beside it, in release/:
 * - SHA256SUMS: one line per file of dist/, in `sha256sum` format (`cd dist && sha256sum -c
 *   ../release/SHA256SUMS` checks a copy);
 * - FINGERPRINT: the build fingerprint (scripts/fingerprint.ts), full and as the short code the
 *   app shows in Settings → About.
 * Publish both with the release; `npm run verify-host -- <address>` checks a host against them.
 * `--no-build` writes them for the dist/ already there.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fingerprintOf, sha256 } from './fingerprint.ts';

/** Every file under a folder, as sorted `/`-separated paths relative to it. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** SHA256SUMS text for a folder. */
export function sumsOf(dir: string): string {
  return filesOf(dir)
    .map((f) => `${sha256(readFileSync(join(dir, f)))}  ${f}\n`)
    .join('');
}

export function release(options: { build: boolean; dist?: string; out?: string }): {
  version: string;
  fingerprint: string;
  code: string;
} {
  const dist = options.dist ?? 'dist';
  const out = options.out ?? 'release';
  if (options.build) {
    execSync(`npx vite build --logLevel warn --outDir ${dist} --emptyOutDir`, {
      stdio: 'inherit',
      // A production build whatever runs this (vitest sets NODE_ENV=test: a readable sw.js).
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  rmSync(join(dist, '.vite'), { recursive: true, force: true });
  const version =
    process.env.SHN_APP_VERSION ??
    (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const { fingerprint, code } = fingerprintOf(dist);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'SHA256SUMS'), sumsOf(dist));
  writeFileSync(
    join(out, 'FINGERPRINT'),
    `Secure, Here and Now ${version}\nbuild fingerprint: ${code}\nsha-256 of the precache manifest: ${fingerprint}\n`,
  );
  return { version, fingerprint, code };
}

if (process.argv[1]?.endsWith('release.ts')) {
  const r = release({ build: !process.argv.includes('--no-build') });
  console.log(`Secure, Here and Now ${r.version}`);
  console.log(`build fingerprint: ${r.code}   (read it aloud; Settings → About shows the same)`);
  console.log(`  ${r.fingerprint}`);
  console.log('wrote dist/ (publish its contents), release/SHA256SUMS and release/FINGERPRINT');
}
