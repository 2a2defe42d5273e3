import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  completeAssessment,
  deleteAllAssessments,
  deleteAssessment,
  findInProgress,
  getAssessment,
  getLatestCompleted,
  getPreviousCompleted,
  listAssessments,
  listCompleted,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments.ts';
import { StorageError } from '../../src/storage/errors.ts';
import { openRow, resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';
import type { ShnDatabase } from '../../src/storage/db.ts';

let db: ShnDatabase;
beforeEach(() => {
  db = freshDatabase();
  resetVault();
});

const start = (at = new Date('2026-01-01T10:00:00Z')) =>
  startAssessment({ batteryId: 'shn-core', batteryVersion: '1.0.0', formId: 'full', now: at });

describe('assessments repository', () => {
  it('saves each answer and where she is, so a reload finds both', async () => {
    const a = await start();
    await saveAnswer(a.id, 'emo.exhaustion', 'quite', 3);
    await saveAnswer(a.id, 'emo.sleep', 'skip', 4);
    const again = await getAssessment(a.id);
    expect(again?.answers).toEqual({ 'emo.exhaustion': 'quite', 'emo.sleep': 'skip' });
    expect(again?.position).toBe(4);
    expect(await findInProgress()).toMatchObject({ id: a.id });
  });

  it('lists newest first, completed oldest first, and deletes one or all', async () => {
    const first = await start(new Date('2026-01-01'));
    const second = await start(new Date('2026-02-01'));
    await completeAssessment(first.id);
    expect((await listAssessments()).map((x) => x.id)).toEqual([second.id, first.id]);
    expect((await listCompleted()).map((x) => x.id)).toEqual([first.id]);
    await deleteAssessment(first.id);
    expect((await listAssessments()).map((x) => x.id)).toEqual([second.id]);
    await deleteAllAssessments();
    expect(await listAssessments()).toEqual([]);
  });

  it('keeps no readable index: the only index is the random primary key', () => {
    const schema = db.assessments.schema;
    expect(schema.indexes).toEqual([]);
    expect(schema.primKey.name).toBe('id');
  });

  it('on a full disk, says "quota" and keeps every answer saved before', async () => {
    const a = await start();
    await saveAnswer(a.id, 'emo.exhaustion', 'quite', 1);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db.assessments, 'put').mockRejectedValueOnce(quota);
    const failure = await saveAnswer(a.id, 'emo.sleep', 'often', 2).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('quota');
    spy.mockRestore();
    const kept = await getAssessment(a.id);
    expect(kept?.answers).toEqual({ 'emo.exhaustion': 'quite' });
    expect(kept?.position).toBe(1);
  });
});

describe('a practice session she keeps', () => {
  it('is saved complete in one write, or not at all', async () => {
    const answers = { 'emo.exhaustion': 'quite' };
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db.assessments, 'put').mockRejectedValueOnce(quota);
    const failure = await startAssessment({
      batteryId: 'shn-core',
      batteryVersion: '1.0.0',
      formId: 'short',
      answers,
      isComplete: true,
    }).catch((e: unknown) => e);
    expect((failure as StorageError).code).toBe('quota');
    expect(await listAssessments()).toEqual([]); // nothing half-saved to resume or duplicate
    put.mockRestore();
    const kept = await startAssessment({
      batteryId: 'shn-core',
      batteryVersion: '1.0.0',
      formId: 'short',
      answers,
      isComplete: true,
    });
    expect(kept.completedAt).toBeInstanceOf(Date);
    expect(await findInProgress()).toBeUndefined();
    expect((await listCompleted()).map((a) => a.answers)).toEqual([answers]);
  });
});

describe('the completed one before, and the latest', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  /** Starts and completes one; started and completed on day `d`. */
  const completed = async (d: number) => {
    const a = await start(day(d));
    await completeAssessment(a.id, day(d));
    return a.id;
  };
  /** How many rows a call opens by id, and whether it reads the whole table. */
  const reads = () => {
    const get = vi.spyOn(db.assessments, 'get');
    const toArray = vi.spyOn(db.assessments, 'toArray');
    return {
      get count() {
        return { gets: get.mock.calls.length, scans: toArray.mock.calls.length };
      },
      restore: () => {
        get.mockRestore();
        toArray.mockRestore();
      },
    };
  };
  const storedPreviousId = async (id: string) => {
    const row = await db.assessments.get(id);
    return row
      ? ((await openRow('assessments', row)) as { previousId?: string | null }).previousId
      : undefined;
  };

  it('with none completed: undefined for both; an unknown or unfinished one has no previous', async () => {
    expect(await getLatestCompleted()).toBeUndefined();
    const open = await start();
    expect(await getLatestCompleted()).toBeUndefined();
    expect(await getPreviousCompleted(open.id)).toBeUndefined();
    expect(await getPreviousCompleted('no-such-id')).toBeUndefined();
  });

  it('follows the link each completion keeps: two rows opened, no scan', async () => {
    const first = await completed(1);
    const second = await completed(2);
    const third = await completed(3);
    await start(day(4)); // in progress: never "completed"
    expect(await storedPreviousId(first)).toBeNull();
    expect(await storedPreviousId(third)).toBe(second);

    const counter = reads();
    expect((await getPreviousCompleted(third))?.id).toBe(second);
    expect(counter.count).toEqual({ gets: 2, scans: 0 });
    counter.restore();
    expect((await getPreviousCompleted(second))?.id).toBe(first);
    expect(await getPreviousCompleted(first)).toBeUndefined();
    expect((await getLatestCompleted())?.id).toBe(third);
    expect((await getLatestCompleted())?.completedAt).toEqual(day(3));
  });

  it('works the same on sealed rows, still opening two', async () => {
    const first = await completed(1);
    await setPassphrase('correct horse battery staple');
    const second = await completed(2);
    expect((await db.assessments.get(second))?.plain).toBeUndefined();
    const counter = reads();
    expect((await getPreviousCompleted(second))?.id).toBe(first);
    expect(counter.count).toEqual({ gets: 2, scans: 0 });
    counter.restore();
    expect((await getLatestCompleted())?.id).toBe(second);
  });

  it('rows completed before links existed: found by looking through all of them', async () => {
    const old = (id: string, d: number, completed: boolean) =>
      db.assessments.put({
        id,
        plain: {
          batteryId: 'shn-core',
          batteryVersion: '1.0.0',
          formId: 'full',
          answers: {},
          position: 0,
          startedAt: day(d).getTime(),
          updatedAt: day(d).getTime(),
          ...(completed ? { completedAt: day(d).getTime() } : {}),
        },
      });
    await old('old-1', 1, true);
    await old('old-2', 3, true);
    await old('old-open', 5, false);
    const counter = reads();
    expect((await getPreviousCompleted('old-2'))?.id).toBe('old-1');
    expect(counter.count.scans).toBe(1);
    counter.restore();
    expect(await getPreviousCompleted('old-1')).toBeUndefined();
    expect((await getLatestCompleted())?.id).toBe('old-2');
    // A new completion names the old one before it; the old rows are left as they were.
    const fresh = await completed(6);
    expect(await storedPreviousId(fresh)).toBe('old-2');
    expect(await storedPreviousId('old-2')).toBeUndefined();
    expect((await getPreviousCompleted(fresh))?.id).toBe('old-2');
  });

  it('the one it names deleted since: the one before that, by a scan', async () => {
    const first = await completed(1);
    const second = await completed(2);
    const third = await completed(3);
    await deleteAssessment(second);
    expect((await getPreviousCompleted(third))?.id).toBe(first);
    await deleteAssessment(third);
    expect((await getLatestCompleted())?.id).toBe(first);
  });

  it('completed out of order (an earlier date): links corrected in the same write; never completed twice', async () => {
    const a = await start(day(1));
    const late = await completed(5);
    const early = await completed(2);
    // `late` named `early`'s predecessor (none); now `early` sits between.
    await completeAssessment(a.id, day(3));
    expect((await getPreviousCompleted(late))?.id).toBe(a.id);
    expect(await storedPreviousId(late)).toBe(a.id);
    expect((await getPreviousCompleted(a.id))?.id).toBe(early);
    expect(await getPreviousCompleted(early)).toBeUndefined();
    // Completed again (a stale window): refused, and nothing moves.
    const again = await completeAssessment(a.id, day(9)).catch((e: unknown) => e);
    expect(again).toMatchObject({ name: 'AssessmentStateError', code: 'completed' });
    expect((await getPreviousCompleted(late))?.id).toBe(a.id);
    expect((await getPreviousCompleted(a.id))?.id).toBe(early);
    expect((await getLatestCompleted())?.id).toBe(late);
  });

  it('a practice session saved complete is linked too', async () => {
    const first = await completed(1);
    const practice = await startAssessment({
      batteryId: 'shn-core',
      batteryVersion: '1.0.0',
      formId: 'short',
      isComplete: true,
      now: day(2),
    });
    expect((await getPreviousCompleted(practice.id))?.id).toBe(first);
    expect((await getLatestCompleted())?.id).toBe(practice.id);
  });

  it('a row that cannot be read does not stop a completion; its link is left out, and a search says "unreadable"', async () => {
    await completed(1);
    // Its date is not a date: it could be the latest, or sit anywhere.
    await db.assessments.put({ id: 'broken', plain: { completedAt: 'yesterday' } });
    const next = await completed(2);
    expect(await storedPreviousId(next)).toBeUndefined();
    await expect(getPreviousCompleted(next)).rejects.toMatchObject({ code: 'unreadable' });
    await expect(getLatestCompleted()).rejects.toMatchObject({ code: 'unreadable' });
  });
});
