/**
 * `npm run bench`: builds the production app and measures it against DESIGN.md §9. Writes
 * bench/report.json and prints a table of each figure, its budget and whether it is within it.
 * Timings are reported here only, never asserted in tests.
 *
 * Measured now: first-load JavaScript and precache size; scoring the full battery (median and
 * 95th percentile in Node). Still to come (issue 9): Lighthouse, saving an answer and unlocking in
 * Chromium, history at scale, cold start offline.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formIndicators, recommend, scaleOf, score } from '../src/domain/index.ts';
import { currentBattery } from '../tests/helpers/battery.ts';
import { BUDGETS, measureSizes } from './size.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function timeScoring(runs = 5000): {
  median: number;
  p95: number;
  withRecommendations: { median: number; p95: number };
} {
  const battery = currentBattery();
  const items = formIndicators(battery, 'full');
  const answerSets = Array.from({ length: 64 }, (_, s) =>
    Object.fromEntries(
      items.map((ind, k) => {
        const options = scaleOf(battery, ind).options;
        return [ind.id, options[(k * 7 + s) % options.length]?.id ?? 'skip'];
      }),
    ),
  );
  for (let i = 0; i < 500; i += 1) score(battery, answerSets[i % 64] ?? {}, 'full'); // warm up
  const plain: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const answers = answerSets[i % 64] ?? {};
    let t = performance.now();
    const result = score(battery, answers, 'full');
    plain.push(performance.now() - t);
    t = performance.now();
    recommend(battery, score(battery, answers, 'full'));
    full.push(performance.now() - t);
    if (result.categories.length !== 5) throw new Error('bad result');
  }
  plain.sort((a, b) => a - b);
  full.sort((a, b) => a - b);
  return {
    median: percentile(plain, 0.5),
    p95: percentile(plain, 0.95),
    withRecommendations: { median: percentile(full, 0.5), p95: percentile(full, 0.95) },
  };
}

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const sizes = measureSizes();
const scoring = timeScoring();

const rows: { figure: string; value: string; budget: string; ok: boolean }[] = [
  {
    figure: 'first-load JS (gzip)',
    value: `${(sizes.entryJsGzip / 1024).toFixed(1)} kB`,
    budget: '150 kB',
    ok: sizes.entryJsGzip <= BUDGETS.entryJsGzip,
  },
  {
    figure: 'precache (raw)',
    value: `${(sizes.precacheBytes / 1024).toFixed(1)} kB`,
    budget: '1024 kB',
    ok: sizes.precacheBytes <= BUDGETS.precacheBytes,
  },
  { figure: 'precache (gzip)', value: `${(sizes.precacheGzip / 1024).toFixed(1)} kB`, budget: '—', ok: true },
  {
    figure: 'score() full battery, median',
    value: `${scoring.median.toFixed(3)} ms`,
    budget: '1 ms',
    ok: scoring.median < 1,
  },
  {
    figure: 'score() full battery, p95',
    value: `${scoring.p95.toFixed(3)} ms`,
    budget: '1 ms',
    ok: scoring.p95 < 1,
  },
  {
    figure: 'score()+recommend(), p95',
    value: `${scoring.withRecommendations.p95.toFixed(3)} ms`,
    budget: '—',
    ok: true,
  },
];

const report = { date: new Date().toISOString(), node: process.version, sizes, scoring, rows };
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nSecure, Here and Now — benchmark (DESIGN.md §9)\n');
for (const r of rows)
  console.log(
    `${r.ok ? 'ok  ' : 'OVER'}  ${r.figure.padEnd(30)} ${r.value.padStart(12)}   budget ${r.budget}`,
  );
console.log('\nlargest chunks (gzip):');
for (const c of sizes.largestChunks)
  console.log(`      ${c.file.padEnd(48)} ${(c.gzip / 1024).toFixed(1)} kB`);
console.log('\nwritten: bench/report.json');
