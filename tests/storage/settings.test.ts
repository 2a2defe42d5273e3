import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../src/storage/settings.ts';
import { requestPersistence } from '../../src/storage/persistence.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
});

describe('settings repository', () => {
  it('gives defaults for what was never set, and remembers changes', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ language: 'ar', preferredForm: 'short' });
    expect(await getSettings()).toMatchObject({
      language: 'ar',
      preferredForm: 'short',
      hasOnboarded: false,
    });
    await updateSettings({ language: undefined });
    expect((await getSettings()).language).toBeUndefined();
  });

  it('asks for persistent storage once and records the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a stand-in navigator
      ...navigator,
      storage: { persist, persisted: () => Promise.resolve(false) },
    });
    expect(await requestPersistence()).toBe('granted');
    expect((await getSettings()).persistence).toBe('granted');
    expect(await requestPersistence()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('records "unsupported" where the browser has no storage manager', async () => {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a stand-in navigator
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    expect(await requestPersistence()).toBe('unsupported');
    vi.unstubAllGlobals();
  });
});
