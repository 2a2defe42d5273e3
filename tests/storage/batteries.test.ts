import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAdaptedBattery,
  deleteAdaptedBattery,
  getAdaptedBattery,
  listAdaptedBatteries,
} from '../../src/storage/batteries.ts';
import { freshDatabase } from '../helpers/db.ts';

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
