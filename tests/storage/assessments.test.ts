import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  completeAssessment,
  deleteAllAssessments,
  deleteAssessment,
  findInProgress,
  getAssessment,
  listAssessments,
  listCompleted,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments.ts';
import { StorageError } from '../../src/storage/errors.ts';
import { freshDatabase } from '../helpers/db.ts';
import type { ShnDatabase } from '../../src/storage/db.ts';

let db: ShnDatabase;
beforeEach(() => {
  db = freshDatabase();
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
