/**
 * Issue 21: before the home screen is drawn, only home's part of the `app` strings is loaded
 * (src/i18n/homeStrings.ts). Every screen that can be the first one — home (with and without a
 * passphrase, with the storage notice), the lock screen with "forgot my passphrase" open — is
 * drawn here with only those strings, in every shipped language: a string it
 * uses that is not in that part fails the test.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { LANGUAGES, type LanguageCode } from '../../src/i18n/languages.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { initVault, resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { HOME_STRINGS, pickStrings } from '../../src/i18n/homeStrings.ts';
import { freshDatabase } from '../helpers/db.ts';
import en from '../../locales/en/app.json';

beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(() => {
  cleanup();
});

/** The app as start-up draws it on the home screen, with the strings it has then; missing keys noted. */
async function drawFirstScreen(lng: LanguageCode, storageFailed = false) {
  const i18n = await initI18n(lng, { firstScreen: 'home' });
  const missing: string[] = [];
  i18n.options.saveMissing = true;
  i18n.options.missingKeyHandler = (_lngs, ns, key) => missing.push(`${ns}:${key}`);
  await initVault();
  render(
    <I18nextProvider i18n={i18n}>
      <App settings={await getSettings()} storageFailed={storageFailed} />
    </I18nextProvider>,
  );
  return { i18n, missing };
}

describe('the first screen with only home’s strings', () => {
  it('has every part it names, and far less than the whole file', () => {
    const part = JSON.stringify(pickStrings(en, HOME_STRINGS));
    expect(part.length).toBeLessThan(JSON.stringify(en).length / 3);
    expect(() => pickStrings(en, ['home.noSuchKey'])).toThrow(/home.noSuchKey/);
  });

  for (const { code } of LANGUAGES) {
    it(`draws home and its notices in ${code}`, async () => {
      const { i18n, missing } = await drawFirstScreen(code, true);
      await screen.findByRole('button', { name: i18n.t('home.start') });
      screen.getByText(i18n.t('errors.storage.unavailable'));
      screen.getByText(i18n.t('home.noLockYet'));
      expect(i18n.t('results.title')).toBe('results.title'); // the rest is not loaded
      expect(missing.filter((k) => k !== 'app:results.title')).toEqual([]);
    });
  }

  // A wrong passphrase's message is in `lock`, which is there whole.
  it('draws the lock screen and "forgot my passphrase"', async () => {
    await setPassphrase('river stone candle morning');
    resetVault();
    const { i18n, missing } = await drawFirstScreen('ar');
    await screen.findByLabelText(i18n.t('lock.passphrase'));
    screen.getByRole('button', { name: i18n.t('lock.unlock') });
    fireEvent.click(screen.getByText(i18n.t('lock.forgot')));
    fireEvent.click(screen.getByRole('button', { name: i18n.t('security.wipe') }));
    screen.getByText(i18n.t('security.wipeExplain'));
    expect(missing).toEqual([]);
  });
});
