/**
 * Scoring a full battery in Node: `score()` alone and `score()` + `recommend()`, over many runs
 * of 64 different answer sets (after a warm-up), as median and 95th percentile in ms.
 */
import { performance } from 'node:perf_hooks';
import { formIndicators, recommend, scaleOf, score } from '../src/domain/index.ts';
import { appBattery } from '../tests/helpers/battery.ts';
import { summary } from './stats.ts';

export interface ScoringReport {
  score: ReturnType<typeof summary>;
  withRecommendations: ReturnType<typeof summary>;
}

export function timeScoring(runs = 5000): ScoringReport {
  const battery = appBattery(); // the battery new assessments use (2.0.0, risk model 2)
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
  return { score: summary(plain), withRecommendations: summary(full) };
}
