/**
 * `npm run bench`: builds the production app and measures it against DESIGN.md §9. Writes
 * bench/report.json and prints a table of each figure, its budget and whether it is within it,
 * then the history-at-scale table. Timings are reported here only, never asserted in tests.
 *
 * Options: `--no-build` (measure dist/ as it is); `--only=sizes,scoring,lighthouse,answers,scale,cold`
 * (a subset). Each part is its own module: size.ts, scoring.ts, lighthouse.ts, browser.ts, scale.ts.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { serve } from '../tests/e2e/harness.ts';
import { measureAnswering, measureColdStartOffline } from './browser.ts';
import { measureLighthouse } from './lighthouse.ts';
import { measureHistoryScale } from './scale.ts';
import { timeScoring } from './scoring.ts';
import { BUDGETS, measureSizes } from './size.ts';

const PARTS = ['sizes', 'scoring', 'lighthouse', 'answers', 'scale', 'cold'] as const;
type Part = (typeof PARTS)[number];
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const parts = new Set<Part>(onlyArg ? (onlyArg.split(',') as Part[]) : PARTS);

interface Row {
  figure: string;
  value: string;
  budget: string;
  /** undefined: no budget, the figure is for information. */
  ok?: boolean;
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const rows: Row[] = [];
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const started = Date.now();
const step = (name: string) => console.log(`… ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

if (!process.argv.includes('--no-build')) {
  step('building');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

if (parts.has('sizes')) {
  const sizes = measureSizes();
  report.sizes = sizes;
  rows.push(
    {
      figure: 'first-load JS (gzip)',
      value: kB(sizes.entryJsGzip),
      budget: '≤ 150 kB',
      ok: sizes.entryJsGzip <= BUDGETS.entryJsGzip,
    },
    {
      figure: 'offline copy (raw)',
      value: kB(sizes.precacheBytes),
      budget: '≤ 1024 kB',
      ok: sizes.precacheBytes <= BUDGETS.precacheBytes,
    },
    { figure: 'precache (gzip)', value: kB(sizes.precacheGzip), budget: '—' },
  );
}

if (parts.has('scoring')) {
  step('scoring in Node');
  const scoring = timeScoring();
  report.scoring = scoring;
  rows.push(
    {
      figure: 'score() full battery, p50',
      value: ms(scoring.score.median),
      budget: '< 1 ms',
      ok: scoring.score.median < 1,
    },
    {
      figure: 'score() full battery, p95',
      value: ms(scoring.score.p95),
      budget: '< 1 ms',
      ok: scoring.score.p95 < 1,
    },
    { figure: 'score() + recommend(), p95', value: ms(scoring.withRecommendations.p95), budget: '—' },
  );
}

const needsServer = parts.has('lighthouse') || parts.has('answers') || parts.has('scale');
const server = needsServer ? await serve() : undefined;
try {
  if (server && parts.has('lighthouse')) {
    step('Lighthouse, mobile, 3 runs');
    const lh = await measureLighthouse(server.url, 3);
    report.lighthouse = lh;
    rows.push(
      {
        figure: 'Lighthouse performance',
        value: `${lh.performance}`,
        budget: '≥ 98',
        ok: lh.performance >= 98,
      },
      {
        figure: 'Lighthouse accessibility',
        value: `${lh.accessibility}`,
        budget: '100',
        ok: lh.accessibility === 100,
      },
      {
        figure: 'Lighthouse best practices',
        value: `${lh.bestPractices}`,
        budget: '100',
        ok: lh.bestPractices === 100,
      },
      {
        figure: 'Lighthouse LCP (simulated 4G)',
        value: ms(lh.lcp),
        budget: '≤ 2500 ms (good)',
        ok: lh.lcp <= 2500,
      },
      { figure: 'Lighthouse TBT', value: ms(lh.tbt), budget: '≤ 200 ms (good)', ok: lh.tbt <= 200 },
      {
        figure: 'requests off the device',
        value: `${lh.foreignRequests}`,
        budget: '0',
        ok: lh.foreignRequests === 0,
      },
    );
  }

  if (server && parts.has('answers')) {
    step('saving answers in Chromium: 200 plain, 200 encrypted, 7 unlocks');
    const answers = await measureAnswering(server.url, 200);
    report.answers = answers;
    rows.push(
      { figure: 'save answer → IndexedDB, p50', value: ms(answers.write.median), budget: '—' },
      { figure: 'save answer → IndexedDB, p95', value: ms(answers.write.p95), budget: '—' },
      {
        figure: 'save answer encrypted → IndexedDB, p50',
        value: ms(answers.writeEncrypted.median),
        budget: '—',
      },
      {
        figure: 'save answer encrypted → IndexedDB, p95',
        value: ms(answers.writeEncrypted.p95),
        budget: '< 20 ms',
        ok: answers.writeEncrypted.p95 < 20,
      },
      { figure: 'answer → next question, p50', value: ms(answers.ui.inDom.median), budget: '—' },
      { figure: 'answer → next question, p95', value: ms(answers.ui.inDom.p95), budget: '—' },
      { figure: 'answer → next question drawn, p95', value: ms(answers.ui.drawn.p95), budget: '—' },
      {
        figure: 'unlock (PBKDF2 600k + first screen), p50',
        value: ms(answers.unlock.median),
        budget: '< 2 s',
        ok: answers.unlock.median < 2000,
      },
      { figure: 'unlock, p95', value: ms(answers.unlock.p95), budget: '—' },
    );
  }

  if (server && parts.has('scale')) {
    step('history at scale: 10, 100, 1,000 assessments, CPU ×1 and ×4');
    const scale = await measureHistoryScale(server.url);
    report.historyScale = scale;
    const thousand = scale.find((r) => r.assessments === 1000 && r.cpuSlowdown === 1);
    if (thousand)
      rows.push({
        figure: 'history, 1,000 assessments, p50',
        value: ms(thousand.drawn.median),
        budget: '< 200 ms',
        ok: thousand.drawn.median < 200,
      });
  }
} finally {
  await server?.close();
}

if (parts.has('cold')) {
  step('cold start offline, 7 runs');
  const cold = await measureColdStartOffline(7);
  report.coldStartOffline = cold;
  rows.push(
    { figure: 'cold start offline → h1, p50', value: ms(cold.newProcess.median), budget: '—' },
    { figure: 'offline reload → h1, p50', value: ms(cold.reload.median), budget: '—' },
  );
}

report.rows = rows;
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `\nSecure, Here and Now — benchmark (DESIGN.md §9), ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
for (const r of rows) {
  const verdict = r.ok === undefined ? '    ' : r.ok ? 'ok  ' : 'OVER';
  console.log(`${verdict}  ${r.figure.padEnd(36)} ${r.value.padStart(18)}   ${r.budget}`);
}
const scale = report.historyScale as Awaited<ReturnType<typeof measureHistoryScale>> | undefined;
if (scale) {
  console.log('\nhistory screen: tap → drawn with 5 trend charts (ms, median / p95 of 7 fresh loads)');
  console.log(`  ${'assessments'.padEnd(12)} ${'CPU ×1'.padStart(14)} ${'CPU ×4'.padStart(14)}`);
  for (const n of [...new Set(scale.map((r) => r.assessments))]) {
    const cell = (slow: number) => {
      const r = scale.find((x) => x.assessments === n && x.cpuSlowdown === slow);
      return r ? `${r.drawn.median.toFixed(0)} / ${r.drawn.p95.toFixed(0)}` : '—';
    };
    console.log(`  ${String(n).padEnd(12)} ${cell(1).padStart(14)} ${cell(4).padStart(14)}`);
  }
}
const sizes = report.sizes as ReturnType<typeof measureSizes> | undefined;
if (sizes) {
  console.log('\nlargest chunks (gzip):');
  for (const c of sizes.largestChunks) console.log(`      ${c.file.padEnd(48)} ${kB(c.gzip)}`);
}
console.log('\nwritten: bench/report.json');
if (rows.some((r) => r.ok === false)) console.log('some figures are over budget: see README "Performance"');
