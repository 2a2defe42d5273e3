/**
 * Lighthouse (mobile profile: Moto G Power-like screen, simulated slow 4G and 4× CPU slowdown) on
 * the built app served on 127.0.0.1, in Debian's Chromium launched by chrome-launcher. Several
 * runs, each in a fresh headless Chromium with its own empty profile; the report keeps the median
 * of each figure. Nothing leaves the machine: the page is local, and Chromium's background
 * networking, component updates and sync are off.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from '../tests/e2e/harness.ts';
import { median } from './stats.ts';

export const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint, simulated, ms. */
  lcp: number;
  /** First Contentful Paint, simulated, ms. */
  fcp: number;
  /** Performance score as Lighthouse gives it (0…1, two decimals), beside the rounded percentage. */
  score: number;
  /** Total Blocking Time, simulated, ms. */
  tbt: number;
  /** Audits below a full score, by id (to find out why a category is under budget). */
  failing: string[];
  /** Requests the page made to anything but the local server (must be none). */
  foreignRequests: string[];
}

export type LighthouseSummary = Omit<LighthouseRun, 'failing' | 'foreignRequests'> & {
  foreignRequests: number;
  runs: LighthouseRun[];
};

async function runOnce(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: LIGHTHOUSE_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile',
    });
    if (!result) throw new Error('lighthouse returned nothing');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const pct = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => `${c.id}/${a?.id ?? '?'} (${a?.score ?? '?'})`),
    );
    const origin = new URL(url).origin;
    const requests = (audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)
      ?.items;
    const foreignRequests = (requests ?? [])
      .map((r) => r.url ?? '')
      .filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));
    return {
      performance: pct('performance'),
      accessibility: pct('accessibility'),
      bestPractices: pct('best-practices'),
      lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      fcp: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      score: categories.performance?.score ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      failing,
      foreignRequests,
    };
  } finally {
    chrome.kill();
  }
}

/** Runs Lighthouse `runs` times on `url` and keeps the median of each figure. */
export async function measureLighthouse(url: string, runs = 3): Promise<LighthouseSummary> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await runOnce(url));
  const pick = (f: (r: LighthouseRun) => number) => median(all.map(f));
  return {
    performance: pick((r) => r.performance),
    accessibility: pick((r) => r.accessibility),
    bestPractices: pick((r) => r.bestPractices),
    lcp: pick((r) => r.lcp),
    fcp: pick((r) => r.fcp),
    score: pick((r) => r.score),
    tbt: pick((r) => r.tbt),
    foreignRequests: all.reduce((n, r) => n + r.foreignRequests.length, 0),
    runs: all,
  };
}
