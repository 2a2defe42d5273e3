/**
 * scrypt work factor for age passphrase files (SECURITY.md, "Sharing and backups"): times the
 * same scrypt the `age-encryption` library runs (@noble/hashes, r = 8, p = 1) in Debian's
 * Chromium, for log N 15–18. Memory is 128 × r × 2^logN bytes. `npx tsx bench/scrypt.ts`
 */
import { build } from 'esbuild';
import { launch } from '../tests/e2e/harness.ts';

const bundle = await build({
  stdin: {
    contents: `import { scrypt } from '@noble/hashes/scrypt.js'; window.scrypt = scrypt;`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const browser = await launch();
const page = await browser.newPage();
await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
for (const logN of [15, 16, 17, 18]) {
  const times = await page.evaluate((n) => {
    const f = (window as unknown as { scrypt: (p: string, s: Uint8Array, o: object) => Uint8Array }).scrypt;
    const out: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      f('acorn-bison-cedar-dune-eagle-fern', new Uint8Array(16), { N: 2 ** n, r: 8, p: 1, dkLen: 32 });
      out.push(performance.now() - t);
    }
    return out.sort((a, b) => a - b);
  }, logN);
  const mib = (128 * 8 * 2 ** logN) / 2 ** 20;
  console.log(
    `log N ${String(logN)}: ${String(mib)} MiB, median ${times[2]?.toFixed(0) ?? '?'} ms (min ${times[0]?.toFixed(0) ?? '?'}, max ${times[4]?.toFixed(0) ?? '?'})`,
  );
}
await browser.close();
