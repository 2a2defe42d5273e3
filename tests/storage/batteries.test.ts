import { beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createDatabase, setDatabase, type AssessmentRow } from '../../src/storage/db.ts';
import {
  addAdaptedBattery,
  deleteAdaptedBattery,
  getAdaptedBattery,
  listAdaptedBatteries,
} from '../../src/storage/batteries.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { getAssessment, listAssessments } from '../../src/storage/assessments.ts';
import { freshDatabase } from '../helpers/db.ts';

describe('database version 2', () => {
  it('opens a version-1 database with data and finds every record intact, with the new table empty', async () => {
    const name = `v1-fixture-${Date.now()}`;
    // The version-1 schema exactly as it shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: '&key', assessments: '&id' });
    const assessment: AssessmentRow = {
      id: 'a-1',
      batteryId: 'shn-core',
      batteryVersion: '1.0.0',
      formId: 'short',
      answers: { 'emo.exhaustion': 'quite', 'phy.followed': 'skip' },
      position: 7,
      startedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      completedAt: 1_700_000_200_000,
    };
    const inProgress: AssessmentRow = { ...assessment, id: 'a-2', answers: {}, position: 0 };
    delete inProgress.completedAt;
    await v1.table('settings').bulkPut([
      { key: 'language', value: 'ar' },
      { key: 'hasOnboarded', value: true },
      { key: 'preferredForm', value: 'short' },
      { key: 'persistence', value: 'granted' },
    ]);
    await v1.table('assessments').bulkPut([assessment, inProgress]);
    v1.close();

    const db = createDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await getSettings()).toEqual({
      language: 'ar',
      hasOnboarded: true,
      preferredForm: 'short',
      persistence: 'granted',
    });
    expect(await db.assessments.get('a-1')).toEqual(assessment);
    expect(await db.assessments.get('a-2')).toEqual(inProgress);
    expect((await getAssessment('a-1'))?.answers).toEqual(assessment.answers);
    expect(await listAssessments()).toHaveLength(2);
    expect(await db.batteries.count()).toBe(0);
    db.close();
  });
});

describe('adapted batteries repository', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('keeps the text as loaded, under its id and version, and lists oldest first', async () => {
    expect(
      await addAdaptedBattery({ id: 'org-b', version: '2.0.0', text: '{"b":1}', now: new Date(2000) }),
    ).toBe(true);
    expect(
      await addAdaptedBattery({ id: 'org-a', version: '1.0.1', text: '{"a":1}', now: new Date(1000) }),
    ).toBe(true);
    const got = await getAdaptedBattery('org-b', '2.0.0');
    expect(got).toEqual({ id: 'org-b', version: '2.0.0', text: '{"b":1}', addedAt: new Date(2000) });
    expect((await listAdaptedBatteries()).map((b) => `${b.id}@${b.version}`)).toEqual([
      'org-a@1.0.1',
      'org-b@2.0.0',
    ]);
  });

  it('refuses the same id and version twice and keeps the first text', async () => {
    await addAdaptedBattery({ id: 'org', version: '1.0.0', text: 'first' });
    expect(await addAdaptedBattery({ id: 'org', version: '1.0.0', text: 'second' })).toBe(false);
    expect((await getAdaptedBattery('org', '1.0.0'))?.text).toBe('first');
  });

  it('deletes one battery and nothing else', async () => {
    await addAdaptedBattery({ id: 'org', version: '1.0.0', text: 'one' });
    await addAdaptedBattery({ id: 'org', version: '1.1.0', text: 'two' });
    await deleteAdaptedBattery('org', '1.0.0');
    expect(await getAdaptedBattery('org', '1.0.0')).toBeUndefined();
    expect((await listAdaptedBatteries()).map((b) => b.version)).toEqual(['1.1.0']);
  });
});
