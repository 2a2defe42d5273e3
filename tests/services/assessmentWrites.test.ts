/**
 * Every service function that writes an assessment keeps "the levels kept with it equal score()
 * of its answers", and none changes a finished one (issue 22). Restoring is covered in
 * backupSettings.test.ts; the storage functions themselves, with fast-check, in
 * tests/storage/sealedAssessment.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formIndicators, levelSummary, scaleOf, score } from '../../src/domain/index.ts';
import {
  beginAssessment,
  beginAssessmentWith,
  saveAnswer,
  savePosition,
} from '../../src/services/assessments.ts';
import { keepPractice } from '../../src/services/practice.ts';
import { finishAssessment } from '../../src/services/results.ts';
import { getAssessment } from '../../src/storage/assessments.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { appBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

const battery = appBattery();

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'written',
    (e: unknown) => (e instanceof Error ? `${e.name}:${String((e as { code?: unknown }).code)}` : String(e)),
  );

/** Answers to the first `n` questions everyone is asked: the last option of each. */
function answers(n: number): Record<string, string> {
  return Object.fromEntries(
    formIndicators(battery, 'full')
      .filter((i) => !i.showIf)
      .slice(0, n)
      .map((i) => [i.id, scaleOf(battery, i).options.at(-1)?.id ?? 'skip']),
  );
}

describe('service functions that write an assessment', () => {
  it('beginAssessment and beginAssessmentWith start one with no answers and no levels', async () => {
    for (const a of [await beginAssessment('full'), await beginAssessmentWith(battery)]) {
      const stored = await getAssessment(a.id);
      expect(stored?.answers).toEqual({});
      expect(stored?.levels).toBeUndefined();
      expect(stored?.completedAt).toBeUndefined();
    }
  });

  it('saveAnswer then finishAssessment: the levels are score() of the answers; afterwards nothing changes', async () => {
    const a = await beginAssessment('full');
    const given = answers(8);
    for (const [k, v] of Object.entries(given)) await saveAnswer(a.id, k, v, 1);
    const done = await finishAssessment(a.id);
    expect(done?.levels).toEqual(levelSummary(score(battery, given, 'full')));

    const [first] = Object.keys(given);
    expect(await refusal(saveAnswer(a.id, first ?? '', 'skip', 2))).toBe('AssessmentStateError:completed');
    expect(await refusal(savePosition(a.id, 0))).toBe('AssessmentStateError:completed');
    expect(await refusal(finishAssessment(a.id))).toBe('AssessmentStateError:completed');
    const kept = await getAssessment(a.id);
    expect(kept).toEqual(done);
    expect(kept?.levels).toEqual(levelSummary(score(battery, kept?.answers ?? {}, 'full')));
  });

  it('keepPractice stores a finished assessment whose levels are score() of its answers, and it never changes', async () => {
    const given = answers(12);
    const kept = await keepPractice(battery, 'full', given);
    expect((await getAssessment(kept.id))?.levels).toEqual(levelSummary(score(battery, given, 'full')));
    expect(await refusal(saveAnswer(kept.id, Object.keys(given)[0] ?? '', 'skip', 0))).toBe(
      'AssessmentStateError:completed',
    );
  });

  it('an answer to a deleted assessment is refused as "deleted", and nothing is written back', async () => {
    const a = await beginAssessment('full');
    const { deleteAssessment } = await import('../../src/services/assessments.ts');
    await deleteAssessment(a.id);
    expect(await refusal(saveAnswer(a.id, 'emo.exhaustion', 'skip', 1))).toBe('AssessmentStateError:deleted');
    expect(await getAssessment(a.id)).toBeUndefined();
  });
});
