/**
 * The counts she sees while answering agree with the results (issue 16): "prefer not to say" is
 * never counted as answered. For every shipped battery and every form, whatever she answers or
 * skips, the counts over the questions asked equal the sums of the result's answered, skipped and
 * total; and per category the progress bar counts what the result counts, the first questions
 * (about her situation, shown before any category) apart.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  SKIPPED,
  answerCounts,
  buildSteps,
  progressByCategory,
  scaleOf,
  score,
  type Battery,
} from '../../src/domain/index.ts';
import { shippedBatteries } from '../helpers/battery.ts';

function answersArb(battery: Battery): fc.Arbitrary<Record<string, string>> {
  const entries = battery.indicators.map((ind) => {
    const options = scaleOf(battery, ind).options.map((o) => o.id);
    return [ind.id, fc.option(fc.constantFrom(...options, SKIPPED), { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((r) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string') out[k] = v;
    return out;
  });
}

const cases = shippedBatteries().flatMap(({ file, battery }) =>
  battery.forms.map((form) => [`${file} ${form.id}`, battery, form.id] as const),
);

describe.each(cases)('%s', (_, battery, formId) => {
  test.prop([answersArb(battery)], { numRuns: 60 })('counts agree with the results', (answers) => {
    const steps = buildSteps(battery, formId, answers);
    const result = score(battery, answers, formId);
    const sum = (key: 'answered' | 'skipped' | 'total') => result.categories.reduce((n, c) => n + c[key], 0);
    expect(answerCounts(steps, answers)).toEqual({
      answered: sum('answered'),
      skipped: sum('skipped'),
      total: sum('total'),
    });
    // Per category, the first questions apart: the progress bar's counts are the result's.
    const firstIntro = steps.findIndex((s) => s.type !== 'question');
    const lead = steps.slice(0, firstIntro);
    for (const p of progressByCategory(steps.slice(firstIntro), answers)) {
      const c = result.categories.find((x) => x.category === p.category)!;
      const leadHere = progressByCategory(lead, answers).find((x) => x.category === p.category);
      expect({
        answered: p.answered + (leadHere?.answered ?? 0),
        skipped: p.skipped + (leadHere?.skipped ?? 0),
        total: p.total + (leadHere?.total ?? 0),
      }).toEqual({ answered: c.answered, skipped: c.skipped, total: c.total });
    }
  });
});

describe('a skipped question', () => {
  it('is counted as "preferred not to say", never as answered', () => {
    const { battery } = shippedBatteries().find((b) => b.file === 'shn-core-2.0.0.json')!;
    const steps = buildSteps(battery, 'full', {});
    const questions = steps.flatMap((s) => (s.type === 'question' ? [s.indicator.id] : []));
    const answers = Object.fromEntries(questions.slice(0, 10).map((id, i) => [id, i === 3 ? SKIPPED : 'x']));
    const counts = answerCounts(steps, answers);
    expect(counts.answered).toBe(9);
    expect(counts.skipped).toBe(1);
  });
});
