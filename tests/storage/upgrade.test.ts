/** Database upgrades keep every record (P3): open a version-1 fixture with the current schema. */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDatabase, setDatabase } from '../../src/storage/db.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { listAssessments } from '../../src/storage/assessments.ts';
import { resetVault } from '../../src/storage/vault.ts';

interface Fixture {
  settings: { key: string; value: unknown }[];
  assessments: Record<string, unknown>[];
}

it('upgrades a version-1 database and finds every setting and assessment intact', async () => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/db-v1.json', 'utf8')) as Fixture;
  const name = `upgrade-${Date.now()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ settings: '&key', assessments: '&id' });
  await v1.table('settings').bulkPut(fixture.settings);
  await v1.table('assessments').bulkPut(fixture.assessments);
  v1.close();

  resetVault();
  const db = createDatabase(name);
  setDatabase(db);
  await db.open();
  expect(db.verno).toBe(3);
  expect(await getSettings()).toMatchObject({
    language: 'ar',
    hasOnboarded: true,
    preferredForm: 'short',
    persistence: 'granted',
  });
  const assessments = await listAssessments();
  expect(assessments).toHaveLength(2);
  for (const row of fixture.assessments) {
    const found = assessments.find((a) => a.id === row.id);
    expect(found?.answers).toEqual(row.answers);
    expect(found?.position).toBe(row.position);
    expect(found?.startedAt.getTime()).toBe(row.startedAt);
    expect(found?.completedAt?.getTime()).toBe(row.completedAt);
  }
  // Rows now have the sealed-table shape: only the id at the top level.
  const raw = await db.assessments.toArray();
  expect(raw.every((r) => Object.keys(r).sort().join() === 'id,plain')).toBe(true);
  db.close();
});
