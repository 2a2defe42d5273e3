/**
 * What the app reads before its first screen (services/settings.ts `startUp`): her settings and
 * whether a passphrase locks her data, read side by side (issue 21), with the same outcomes as
 * before for a first start, a locked phone, a wipe that stopped half-way and a broken store.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { startUp } from '../../src/services/settings.ts';
import { updateSettings, DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import { listAssessments, startAssessment } from '../../src/storage/assessments.ts';
import { initVault, lock, resetVault, setPassphrase, vaultState } from '../../src/storage/vault.ts';
import { secretStore } from '../../src/storage/secrets.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('start-up', () => {
  it('opens a first start with the default settings and no passphrase', async () => {
    expect(await startUp()).toEqual({ settings: DEFAULT_SETTINGS, isStorageAvailable: true });
    expect(vaultState()).toBe('open');
  });

  it('gives her settings and opens her data when no passphrase is set', async () => {
    await initVault();
    await updateSettings({ language: 'ar', hasOnboarded: true });
    await startAssessment({ batteryId: 'shn-core', batteryVersion: '2.0.0', formId: 'full' });
    resetVault();
    const { settings, isStorageAvailable } = await startUp();
    expect(isStorageAvailable).toBe(true);
    expect(settings).toMatchObject({ language: 'ar', hasOnboarded: true });
    expect(vaultState()).toBe('open');
    expect(await listAssessments()).toHaveLength(1);
  });

  it('says locked, with her settings, when a passphrase is set', async () => {
    await initVault();
    await updateSettings({ language: 'fr' });
    await setPassphrase('correct horse battery staple');
    lock();
    resetVault();
    const { settings } = await startUp();
    expect(settings.language).toBe('fr');
    expect(vaultState()).toBe('locked');
  });

  it('finishes a wipe that stopped half-way (device secret gone): nothing of hers is left', async () => {
    await initVault();
    await updateSettings({ language: 'es' });
    await startAssessment({ batteryId: 'shn-core', batteryVersion: '2.0.0', formId: 'full' });
    for (const id of await secretStore().list()) await secretStore().remove(id);
    resetVault();
    const result = await startUp();
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, isStorageAvailable: true });
    expect(vaultState()).toBe('open');
    expect(await listAssessments()).toEqual([]);
  });

  it('opens with the defaults and says so when the store is broken', async () => {
    const db = freshDatabase();
    const broken = () => Dexie.Promise.reject(new DOMException('broken store', 'UnknownError'));
    vi.spyOn(db.settings, 'toArray').mockImplementation(broken);
    vi.spyOn(db.meta, 'get').mockImplementation(broken);
    expect(await startUp()).toEqual({ settings: DEFAULT_SETTINGS, isStorageAvailable: false });
  });

  it('does not make the vault wait for the settings', async () => {
    const db = freshDatabase();
    let release: () => void = () => undefined;
    const settingsHeld = new Promise<void>((ok) => (release = ok));
    const readSettings = db.settings.toArray.bind(db.settings);
    vi.spyOn(db.settings, 'toArray').mockImplementation(() =>
      Dexie.Promise.resolve(settingsHeld).then(() => readSettings()),
    );
    const opened = new Promise<void>((ok) => {
      const readMeta = db.meta.get.bind(db.meta);
      vi.spyOn(db.meta, 'get').mockImplementation((key) => {
        ok();
        return readMeta(key);
      });
    });
    const started = startUp();
    // The vault reads its key row while the settings are still held back.
    await opened;
    release();
    expect((await started).isStorageAvailable).toBe(true);
  });
});
