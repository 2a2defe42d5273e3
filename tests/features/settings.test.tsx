/**
 * Settings, when the browser has not promised to keep her data: what she can do, one button for
 * each — add the app to her home screen (the browser's own dialog where it offers one, else how to
 * do it by hand), and make a backup now.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { listenForInstallPrompt } from '../../src/ui/installPrompt.ts';

let stopListening: () => void = () => undefined;
beforeAll(() => {
  stopListening = listenForInstallPrompt();
});
afterAll(() => stopListening());
beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState({ name: 'settings' }, '');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const card = () => screen.getByRole('region', { name: 'Keeping your data on this phone' });

describe('keeping her data', () => {
  it('says what she can do when the browser has not promised, and explains how to install by hand', async () => {
    const user = userEvent.setup();
    await renderApp({ settings: { hasOnboarded: true, persistence: 'denied' } });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(within(card()).getByText(/has not promised to keep your data/)).toBeTruthy();
    expect(within(card()).getByRole('heading', { name: 'What you can do' })).toBeTruthy();
    // No offer from this browser: the button shows how to do it from the browser's menu.
    const add = within(card()).getByRole('button', { name: 'Add to my home screen' });
    expect(add.getAttribute('aria-expanded')).toBe('false');
    await user.click(add);
    expect(add.getAttribute('aria-expanded')).toBe('true');
    expect(within(card()).getByText(/On iPhone, in Safari: tap Share/)).toBeTruthy();
    // Backup: straight to the backup screen.
    await user.click(within(card()).getByRole('button', { name: 'Make a backup now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Backup' })).toBeTruthy();
  });

  it("uses the browser's own install dialog when it offers one, then asks again to keep the data", async () => {
    const user = userEvent.setup();
    const persist = vi.fn(() => Promise.resolve(true));
    const before = Object.getOwnPropertyDescriptor(navigator, 'storage');
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.resolve(false), persist },
    });
    onTestFinished(() => {
      if (before) Object.defineProperty(navigator, 'storage', before);
      else Reflect.deleteProperty(navigator, 'storage');
    });
    await renderApp({ settings: { hasOnboarded: true, persistence: 'denied' } });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const prompt = vi.fn(() => Promise.resolve({ outcome: 'accepted' as const }));
    window.dispatchEvent(Object.assign(new Event('beforeinstallprompt'), { prompt }));
    const add = within(card()).getByRole('button', { name: 'Add to my home screen' });
    await waitFor(() => expect(add.getAttribute('aria-expanded')).toBeNull());
    await user.click(add);
    expect(prompt).toHaveBeenCalledOnce();
    // Installed: the browser is asked again, and promises this time.
    await waitFor(() => expect(persist).toHaveBeenCalled());
    await waitFor(async () => expect((await getSettings()).persistence).toBe('granted'));
    expect(await screen.findByText('The browser has agreed to keep your data.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'What you can do' })).toBeNull();
  });

  it('offers nothing to do once the browser has promised', async () => {
    await renderApp({ settings: { hasOnboarded: true, persistence: 'granted' } });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(within(card()).queryByRole('button', { name: 'Make a backup now' })).toBeNull();
    expect(within(card()).queryByRole('button', { name: 'Add to my home screen' })).toBeNull();
  });
});

describe('languages', () => {
  it('says beside each translation whether native speakers have reviewed it', async () => {
    await renderApp({ settings: { hasOnboarded: true } });
    const picker = await screen.findByRole('group', { name: 'Language' });
    const english = within(picker).getByRole('radio', { name: 'English' });
    expect(english).toBeTruthy();
    for (const name of ['Español', 'Français', 'العربية']) {
      const choice = within(picker).getByRole('radio', { name: new RegExp(`^${name}`) });
      expect(choice.closest('label')?.textContent).toMatch(/Awaiting review by native speakers$/);
    }
    // The language's name is marked as that language, for screen readers and fonts.
    expect(within(picker).getByText('العربية').getAttribute('lang')).toBe('ar');
  });
});
