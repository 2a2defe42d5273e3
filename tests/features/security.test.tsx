/**
 * Protection, with a passphrase set: the emergency passphrase's fields ask the browser not to save
 * or fill them (filled in at the lock screen, a saved one would delete everything; issue 15 asks
 * autocomplete="off" on passphrase fields), and the screen says to refuse a browser's offer to
 * save it. The app's own lock keeps the browser's usual help.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { resetVault, setPassphrase } from '../../src/storage/vault.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '');
});

it('asks the browser not to save or fill the emergency passphrase, and tells her to refuse', async () => {
  await setPassphrase('river stone candle morning');
  history.replaceState({ name: 'security' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  const emergency = (await screen.findByRole('heading', { name: 'Emergency passphrase' })).closest(
    'section',
  )!;
  const fields = await within(emergency).findAllByLabelText(/New passphrase|Type it again/);
  expect(fields.map((f) => f.getAttribute('autocomplete'))).toEqual(['off', 'off']);
  expect(within(emergency).getByText(/If your browser offers to save this passphrase, say no/)).toBeTruthy();
  // Her own passphrase too: nothing the browser could keep or sync (issue 15).
  const change = screen.getByRole('heading', { name: 'Passphrase' }).closest('section')!;
  expect(
    within(change)
      .getAllByLabelText(/New passphrase|Type it again/)
      .map((f) => f.getAttribute('autocomplete')),
  ).toEqual(['off', 'off']);
});
