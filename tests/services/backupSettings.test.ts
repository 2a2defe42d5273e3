/**
 * A backup holds every setting she set, and a restore brings them back — or says which it left
 * as they were and why (issue 22). The last-backup date after a restore is the date the restored
 * backup was made. Old backups (without the settings added since) still restore. Restoring is a
 * write path of assessments too: the levels kept with a completed one are worked out again from
 * its answers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { levelSummary, scaleOf, score, type LevelSummary } from '../../src/domain/index.ts';
import {
  makeBackup,
  openBackup,
  restoreBackup,
  settingsReport,
  shouldAskToKeep,
} from '../../src/services/backup.ts';
import {
  BACKUP_TYPE,
  SETTINGS_ON_RESTORE,
  exportBackup,
  parseBackup,
  type Backup,
} from '../../src/storage/backup.ts';
import { getAssessment, listAssessments } from '../../src/storage/assessments.ts';
import { database } from '../../src/storage/db.ts';
import { DEFAULT_SETTINGS, getSettings, updateSettings, type Settings } from '../../src/storage/settings.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { appBattery, currentBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const PASS = 'acorn-bison-cedar-dune-eagle';

/** Every setting set to something other than its default. */
const everySetting: Settings = {
  language: 'fr',
  persistence: 'granted',
  hasOnboarded: true,
  preferredForm: 'short',
  autoLockMinutes: 15,
  lastBackupAt: Date.parse('2026-10-01T10:00:00Z'),
  planSuggestionsSeenFor: 'a1b2c3',
};

/** The settings table as stored: key → value. */
async function storedSettings(): Promise<Record<string, unknown>> {
  const rows = await database().settings.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

describe('every setting is in a backup', () => {
  it('each setting of the app is classified: restored, about the browser, or the backup date', () => {
    const keys = new Set([...Object.keys(DEFAULT_SETTINGS), ...Object.keys(everySetting)]);
    expect(new Set(Object.keys(SETTINGS_ON_RESTORE))).toEqual(keys);
  });

  it('a backup holds every setting stored, and a "replace" restore on an empty phone brings them back', async () => {
    await updateSettings(everySetting);
    const { file, createdAt } = await makeBackup(PASS);
    const backup = await openBackup(file, PASS);
    expect(backup.settings).toEqual(everySetting);

    // A new phone (or after "delete everything").
    freshDatabase();
    await restoreBackup(backup, 'replace');
    const after = await getSettings();
    expect(after).toEqual({
      ...everySetting,
      // About this browser: not copied (the restore screen asks this browser again).
      persistence: DEFAULT_SETTINGS.persistence,
      // When the restored backup was made.
      lastBackupAt: createdAt,
    });
    expect(shouldAskToKeep(backup, 'replace')).toBe(true);
  });

  it('after a backup is delivered and restored, the last-backup date is the same', async () => {
    await updateSettings({ language: 'es' });
    const { file, createdAt } = await makeBackup(PASS);
    // What the backup screen records once the file is delivered.
    await updateSettings({ lastBackupAt: createdAt });
    const before = await storedSettings();
    freshDatabase();
    await restoreBackup(await openBackup(file, PASS), 'replace');
    expect(await storedSettings()).toEqual(before);
  });

  it('"add" keeps this phone\'s settings; the last-backup date only moves forward', async () => {
    await updateSettings(everySetting);
    const backup = await exportBackup('0.1.0', new Date('2026-11-01T10:00:00Z'));
    freshDatabase();
    await updateSettings({
      language: 'ar',
      autoLockMinutes: 1,
      lastBackupAt: Date.parse('2026-11-05T00:00:00Z'),
    });
    const here = await storedSettings();
    await restoreBackup(backup, 'add');
    expect(await storedSettings()).toEqual(here);
    expect(settingsReport(backup, 'add', { lastBackupAt: here.lastBackupAt as number })).toMatchObject({
      restored: [],
      lastBackupAt: Date.parse('2026-11-05T00:00:00Z'),
    });
  });
});

describe('the restore report', () => {
  it('says which settings come back, which stay and why, and the last-backup date', async () => {
    await updateSettings({ language: 'es', preferredForm: 'short', persistence: 'denied' });
    const backup = await exportBackup('0.1.0', new Date('2026-11-01T10:00:00Z'));
    const report = settingsReport(backup, 'replace', { lastBackupAt: null });
    expect(report.restored.sort()).toEqual(['language', 'preferredForm']);
    expect(report.kept).toEqual(
      expect.arrayContaining([
        { key: 'hasOnboarded', reason: 'notInBackup' },
        { key: 'autoLockMinutes', reason: 'notInBackup' },
        { key: 'planSuggestionsSeenFor', reason: 'notInBackup' },
        { key: 'persistence', reason: 'device' },
        { key: 'lock', reason: 'lock' },
      ]),
    );
    expect(report.lastBackupAt).toBe(Date.parse('2026-11-01T10:00:00Z'));
    // She had asked (and was refused): this browser is asked too.
    expect(shouldAskToKeep(backup, 'replace')).toBe(true);
    expect(shouldAskToKeep(backup, 'add')).toBe(false);
  });

  it('"add" says every setting stays', async () => {
    const backup = await exportBackup('0.1.0');
    const report = settingsReport(backup, 'add', { lastBackupAt: null });
    expect(report.restored).toEqual([]);
    expect(
      report.kept
        .filter((k) => k.reason === 'add')
        .map((k) => k.key)
        .sort(),
    ).toEqual(
      Object.keys(SETTINGS_ON_RESTORE)
        .filter((k) => k !== 'lastBackupAt')
        .sort(),
    );
  });
});

describe('old backups still restore', () => {
  it('a backup of this version made before settings were carried (no settings at all)', async () => {
    const backup = parseBackup(readFileSync('tests/fixtures/backup-v1-no-settings.json', 'utf8'));
    await updateSettings({ language: 'ar', preferredForm: 'short' });
    await restoreBackup(backup, 'replace');
    expect(await listAssessments()).toHaveLength(1);
    // Nothing to bring back: hers stay; the last-backup date is the backup's.
    expect(await getSettings()).toMatchObject({
      language: 'ar',
      preferredForm: 'short',
      lastBackupAt: Date.parse(backup.createdAt),
    });
    expect(settingsReport(backup, 'replace', { lastBackupAt: null }).restored).toEqual([]);
  });

  it('the first backup version (language, form, auto-lock, first steps only)', async () => {
    const backup = parseBackup(readFileSync('tests/fixtures/backup-v1.json', 'utf8'));
    await restoreBackup(backup, 'replace');
    expect(await getSettings()).toMatchObject({
      language: 'es',
      hasOnboarded: true,
      preferredForm: 'short',
      autoLockMinutes: 10,
      persistence: 'unknown',
      lastBackupAt: Date.parse(backup.createdAt),
    });
  });
});

describe('restoring keeps levels equal to score() of the answers', () => {
  const battery = appBattery();
  const exhaustion = battery.indicators.find((i) => i.id === 'emo.exhaustion');
  if (!exhaustion) throw new Error('battery 2.0.0 asks about exhaustion');
  const answers = { 'emo.exhaustion': scaleOf(battery, exhaustion).options.at(-1)?.id ?? 'skip' };

  function backupWith(data: { batteryVersion: string; completedAt?: number; levels?: LevelSummary }): Backup {
    return parseBackup(
      JSON.stringify({
        type: BACKUP_TYPE,
        version: 1,
        source: 'secure-here-and-now',
        appVersion: '0.1.0',
        createdAt: '2026-11-20T08:00:00.000Z',
        settings: {},
        tables: {
          assessments: [
            {
              id: 'a-1',
              data: {
                batteryId: 'shn-core',
                formId: 'full',
                answers,
                position: 3,
                startedAt: 1,
                updatedAt: 2,
                ...data,
              },
            },
          ],
          plan: [],
          routines: [],
          contacts: [],
          identities: [],
        },
        batteries: [],
      }),
    );
  }

  const wrong: LevelSummary = {
    overall: 'low',
    categories: [{ category: 'emotional', level: 'low', kind: 'exposure' }],
    model: 2,
  };

  it('levels that do not match the answers are worked out again', async () => {
    await restoreBackup(
      backupWith({ batteryVersion: battery.version, completedAt: 5, levels: wrong }),
      'replace',
    );
    expect((await getAssessment('a-1'))?.levels).toEqual(levelSummary(score(battery, answers, 'full')));
  });

  it('a completed one with no levels gets them; with a battery version not here, none are kept', async () => {
    await restoreBackup(backupWith({ batteryVersion: battery.version, completedAt: 5 }), 'replace');
    expect((await getAssessment('a-1'))?.levels).toEqual(levelSummary(score(battery, answers, 'full')));
    await restoreBackup(backupWith({ batteryVersion: '9.9.9', completedAt: 5, levels: wrong }), 'replace');
    expect((await getAssessment('a-1'))?.levels).toBeUndefined();
  });

  it('one not completed keeps none', async () => {
    await restoreBackup(backupWith({ batteryVersion: currentBattery().version, levels: wrong }), 'replace');
    expect((await getAssessment('a-1'))?.levels).toBeUndefined();
  });
});
