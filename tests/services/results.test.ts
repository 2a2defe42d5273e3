/**
 * Results as the screens load them: scored with the assessment's own battery version, the levels
 * kept at completion equal to score() of the answers, and "the one before" in completion order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formIndicators, levelSummary, recommend, scaleOf, score } from '../../src/domain/index.ts';
import {
  finishAssessment,
  loadLatestResult,
  loadPreviousResult,
  loadResult,
  prepareResultsOf,
  preparedResult,
  readResult,
  sameResult,
} from '../../src/services/results.ts';
import { deleteAssessment, getAssessment, startAssessment } from '../../src/storage/assessments.ts';
import { lock, resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { currentBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

const battery = currentBattery();

function answers(seed: number): Record<string, string> {
  return Object.fromEntries(
    formIndicators(battery, 'full').map((ind, k) => {
      const options = scaleOf(battery, ind).options;
      return [ind.id, options[(k * 5 + seed) % options.length]?.id ?? 'skip'];
    }),
  );
}

async function started(at: string, seed: number) {
  return startAssessment({
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId: 'full',
    answers: answers(seed),
    now: new Date(at),
  });
}

beforeEach(() => {
  freshDatabase();
  resetVault();
});

describe('finishAssessment', () => {
  it('keeps with the assessment exactly the levels score() gives for its answers', async () => {
    const a = await started('2026-02-01T10:00:00Z', 3);
    const done = await finishAssessment(a.id, new Date('2026-02-01T10:20:00Z'));
    expect(done?.completedAt).toEqual(new Date('2026-02-01T10:20:00Z'));
    expect((await getAssessment(a.id))?.levels).toEqual(levelSummary(score(battery, answers(3), 'full')));
  });

  it('says nothing for an assessment that does not exist', async () => {
    expect(await finishAssessment('nowhere')).toBeUndefined();
  });
});

describe('loadResult', () => {
  it('scores with its own battery, recommends from that result, and finds the one completed before', async () => {
    // Started in one order, completed in another: "before" follows completion, as History does.
    const early = await started('2026-01-01T10:00:00Z', 1);
    const late = await started('2026-01-02T10:00:00Z', 2);
    await finishAssessment(late.id, new Date('2026-01-03T10:00:00Z'));
    await finishAssessment(early.id, new Date('2026-01-04T10:00:00Z'));

    const result = await loadResult(early.id);
    const expected = score(battery, answers(1), 'full');
    expect(result?.result).toEqual(expected);
    expect(result?.recommendations).toEqual(recommend(battery, expected));
    const previous = await loadPreviousResult(early.id);
    expect(previous?.assessment.id).toBe(late.id);
    expect(previous?.result).toEqual(score(battery, answers(2), 'full'));

    expect(await loadPreviousResult(late.id)).toBeUndefined();
    expect(await loadResult('nowhere')).toBeUndefined();
    expect(await loadPreviousResult('nowhere')).toBeUndefined();
  });
});

describe('loadLatestResult', () => {
  it('is the last completed, not the last started, and nothing before any is completed', async () => {
    expect(await loadLatestResult()).toBeUndefined();
    const first = await started('2026-01-01T10:00:00Z', 1);
    await started('2026-01-05T10:00:00Z', 4); // still in progress
    await finishAssessment(first.id, new Date('2026-01-06T10:00:00Z'));
    const latest = await loadLatestResult();
    expect(latest?.assessment.id).toBe(first.id);
    expect(latest?.result).toEqual(score(battery, answers(1), 'full'));
  });
});

describe('results read ahead (History, for her newest)', () => {
  async function finished(seed: number) {
    const a = await started('2026-01-01T10:00:00Z', seed);
    return (await finishAssessment(a.id, new Date('2026-01-01T10:20:00Z')))!;
  }

  it('are what loadResult gives, for that assessment only, until another is read ahead', async () => {
    const a = await finished(1);
    const b = await finished(2);
    await prepareResultsOf(a);
    expect(sameResult(preparedResult(a.id), await loadResult(a.id))).toBe(true);
    expect(preparedResult(a.id)?.result).toEqual((await loadResult(a.id))?.result);
    expect(preparedResult(b.id)).toBeUndefined();
    await prepareResultsOf(b);
    expect(preparedResult(b.id)).toBeDefined();
    expect(preparedResult(a.id)).toBeUndefined(); // one assessment's at most
  });

  it('are forgotten when an assessment is deleted and when the vault locks', async () => {
    const a = await finished(1);
    const b = await finished(2);
    await prepareResultsOf(a);
    expect(preparedResult(a.id)).toBeDefined();
    await deleteAssessment(b.id);
    expect(preparedResult(a.id)).toBeUndefined();

    await setPassphrase('correct horse battery staple');
    await prepareResultsOf(a);
    expect(preparedResult(a.id)).toBeDefined();
    lock();
    expect(preparedResult(a.id)).toBeUndefined();
  });

  it('are not kept from a read that a change overtook', async () => {
    const a = await finished(1);
    const b = await finished(2);
    const readingAhead = prepareResultsOf(a);
    await deleteAssessment(b.id);
    await readingAhead; // the read ahead has ended
    expect(preparedResult(a.id)).toBeUndefined();
  });

  it('tell a read of another assessment, or of none, from the same one', async () => {
    const a = await finished(1);
    const b = await finished(2);
    const ra = await loadResult(a.id);
    expect(sameResult(ra, await loadResult(a.id))).toBe(true);
    expect(sameResult(ra, await loadResult(b.id))).toBe(false);
    expect(sameResult(ra, undefined)).toBe(false);
    expect(sameResult(undefined, undefined)).toBe(true);
  });

  it('are shared with the visit started while they are read: one read, not two', async () => {
    const a = await finished(1);
    const readingAhead = prepareResultsOf(a);
    const visit = readResult(a.id);
    await readingAhead;
    // The very object the read ahead kept: the visit waited for that read, it did not make its own.
    expect(await visit).toBe(preparedResult(a.id));
    // Once that read has ended, a visit reads anew (the screen's check at idle).
    const later = await readResult(a.id);
    expect(later).not.toBe(preparedResult(a.id));
    expect(sameResult(later, preparedResult(a.id))).toBe(true);
  });

  it('are not shared with a visit to another assessment, nor after a change', async () => {
    const a = await finished(1);
    const b = await finished(2);
    const c = await finished(3);
    const readingAhead = prepareResultsOf(a);
    const other = readResult(b.id);
    await deleteAssessment(c.id);
    const afterChange = readResult(a.id);
    await readingAhead;
    expect((await other)?.assessment.id).toBe(b.id);
    expect(await afterChange).not.toBe(preparedResult(a.id));
    expect((await afterChange)?.assessment.id).toBe(a.id);
  });

  it('pressed twice on the same assessment, read it once', async () => {
    const a = await finished(1);
    const first = prepareResultsOf(a);
    const visit = readResult(a.id);
    const again = prepareResultsOf(a);
    await Promise.all([first, again]);
    expect(await visit).toBe(preparedResult(a.id));
  });
});
