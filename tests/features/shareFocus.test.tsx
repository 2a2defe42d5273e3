/**
 * When a button gives way to new content (a made backup, a checked backup file, a new key), focus
 * moves to that content, so a screen reader announces it and the keyboard is not lost.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { encryptToPassphrase } from '../../src/crypto/age.ts';
import { exportBackup, serializeBackup } from '../../src/storage/backup.ts';
import { listContacts, saveContact } from '../../src/storage/contacts.ts';

// jsdom's File gives bytes from another realm than the age library's; hand the bytes over as is.
let picked: Uint8Array = new Uint8Array();
vi.mock('../../src/ui/deliver.ts', async (original) => ({
  ...(await original<typeof import('../../src/ui/deliver.ts')>()),
  readPickedFile: () => Promise.resolve(picked),
}));

beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(() => cleanup());

it('"Make my key" moves focus to the new key', async () => {
  history.replaceState({ name: 'receive' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  await userEvent.click(await screen.findByRole('button', { name: 'Make my key' }));
  const heading = await screen.findByRole('heading', { name: 'Your key to give out' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

it('"Make the backup" and "Open and check" move focus to what appears', async () => {
  history.replaceState({ name: 'backup' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  // The button waits for the suggested passphrase (its word list loads the first time).
  const field = await screen.findByTestId<HTMLTextAreaElement>('backup-passphrase');
  await waitFor(() => expect(field.value).not.toBe(''));
  await userEvent.click(await screen.findByRole('button', { name: 'Make the backup' }));
  const ready = await screen.findByText('The backup is ready. Its passphrase:', {}, { timeout: 10_000 });
  await waitFor(() => expect(document.activeElement).toBe(ready));

  const pass = 'acorn-bison-cedar-dune-eagle-fern';
  picked = await encryptToPassphrase(serializeBackup(await exportBackup('0.1.0')), pass);
  await userEvent.upload(screen.getByTestId('restore-file'), new File(['x'], 'b.age'));
  await userEvent.type(screen.getByTestId('restore-passphrase'), pass);
  await userEvent.click(screen.getByRole('button', { name: 'Open and check' }));
  const contents = await screen.findByTestId('backup-contents', {}, { timeout: 10_000 });
  await waitFor(() => expect(document.activeElement).toBe(contents));
}, 30_000);

it('restoring in "replace" mode asks first, and "Cancel" changes nothing', async () => {
  history.replaceState({ name: 'backup' }, '');
  const pass = 'acorn-bison-cedar-dune-eagle-fern';
  picked = await encryptToPassphrase(serializeBackup(await exportBackup('0.1.0')), pass);
  await saveContact({ name: 'Zainab', reach: '', helpsWith: '', note: '', isEmergencyNumber: false });
  await renderApp({ settings: { hasOnboarded: true } });
  await userEvent.upload(await screen.findByTestId('restore-file'), new File(['x'], 'b.age'));
  await userEvent.type(screen.getByTestId('restore-passphrase'), pass);
  await userEvent.click(screen.getByRole('button', { name: 'Open and check' }));
  await screen.findByTestId('backup-contents', {}, { timeout: 10_000 });
  expect(screen.getByText('No contacts')).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
  const question = screen.getByRole('group', { name: /Replace everything on this phone with the backup\?/ });
  await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
  expect((await listContacts()).map((c) => c.name)).toEqual(['Zainab']);
}, 30_000);
