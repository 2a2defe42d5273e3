/**
 * Issue 21: on a first visit the home screen loads no assessment code (the storage of assessments
 * and the question set's schemas); once anything is stored, it shows what is in progress.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { homeGlance } from '../../src/services/glance.ts';
import { startAssessment } from '../../src/storage/assessments.ts';
import { freshDatabase } from '../helpers/db.ts';

const loaded = vi.hoisted(() => ({ times: 0 }));
vi.mock('../../src/services/assessments.ts', async (importOriginal) => {
  loaded.times += 1;
  return importOriginal();
});

beforeEach(() => {
  freshDatabase();
});

describe('homeGlance', () => {
  it('says nothing is stored without loading the assessments’ code', async () => {
    expect(await homeGlance()).toEqual({ inProgress: [], completed: [] });
    expect(loaded.times).toBe(0);
  });

  it('loads it once something is stored, and lists what is in progress', async () => {
    const a = await startAssessment({ batteryId: 'shn-core', batteryVersion: '2.0.0', formId: 'full' });
    const glance = await homeGlance();
    expect(loaded.times).toBe(1);
    expect(glance.inProgress.map((x) => x.id)).toEqual([a.id]);
    expect(glance.completed).toEqual([]);
  });
});
