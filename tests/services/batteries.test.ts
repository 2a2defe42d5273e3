import { beforeEach, describe, expect, it } from 'vitest';
import {
  addBatteryFromText,
  BatteryLoadError,
  listAvailableBatteries,
  loadBattery,
  removeAdaptedBattery,
} from '../../src/services/batteries.ts';
import { addAdaptedBattery, listAdaptedBatteries } from '../../src/storage/batteries.ts';
import { tinyBatteryJson } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
});

const adapted = (change: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...tinyBatteryJson(),
    id: 'org-adapted',
    version: '1.2.0',
    author: 'Our network',
    ...change,
  });

describe('adapted batteries', () => {
  it('stores a valid file and loads it like a shipped battery', async () => {
    const result = await addBatteryFromText(adapted());
    expect(result.ok).toBe(true);
    const battery = await loadBattery('org-adapted', '1.2.0');
    expect(battery.author).toBe('Our network');
    const available = await listAvailableBatteries();
    expect(available.map((a) => [a.battery.id, a.source])).toEqual([
      ['shn-core', 'shipped'],
      ['org-adapted', 'adapted'],
    ]);
  });

  it('refuses a broken file with every problem and its path, and stores nothing', async () => {
    const json = tinyBatteryJson();
    (json.scoring as { roleWeights: { threat: number } }).roleWeights.threat = 0.9;
    const result = await addBatteryFromText(JSON.stringify({ ...json, id: 'org-adapted', version: 'one' }));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([['version', 'badFormat']]),
    );
    expect(await listAdaptedBatteries()).toEqual([]);
    const notJson = await addBatteryFromText('{ "format": ');
    expect(!notJson.ok && notJson.reason === 'invalid' && notJson.issues[0]?.code).toBe('notJson');
    expect(await listAdaptedBatteries()).toEqual([]);
  });

  it('refuses a shipped id (any version), and the same id and version twice', async () => {
    const shipped = await addBatteryFromText(adapted({ id: 'shn-core', version: '1.0.0' }));
    expect(!shipped.ok && shipped.reason).toBe('shipped');
    // A later release could ship shn-core 1.0.1 itself and silently take the adapted one's place.
    const nextVersion = await addBatteryFromText(adapted({ id: 'shn-core', version: '1.0.1' }));
    expect(!nextVersion.ok && nextVersion.reason).toBe('shipped');
    // An id that merely starts like a shipped one is its own.
    expect((await addBatteryFromText(adapted({ id: 'shn', version: '1.0.0' }))).ok).toBe(true);
    expect((await addBatteryFromText(adapted())).ok).toBe(true);
    const again = await addBatteryFromText(adapted({ author: 'Someone else' }));
    expect(!again.ok && again.reason).toBe('exists');
    expect((await loadBattery('org-adapted', '1.2.0')).author).toBe('Our network');
  });

  it('never loads a stored text under another id or version', async () => {
    await addAdaptedBattery({ id: 'org-other', version: '1.0.0', text: adapted() });
    await expect(loadBattery('org-other', '1.0.0')).rejects.toBeInstanceOf(BatteryLoadError);
    await expect(loadBattery('nowhere', '1.0.0')).rejects.toBeInstanceOf(BatteryLoadError);
  });

  it('forgets a removed battery', async () => {
    await addBatteryFromText(adapted());
    await loadBattery('org-adapted', '1.2.0');
    await removeAdaptedBattery('org-adapted', '1.2.0');
    await expect(loadBattery('org-adapted', '1.2.0')).rejects.toBeInstanceOf(BatteryLoadError);
  });
});
