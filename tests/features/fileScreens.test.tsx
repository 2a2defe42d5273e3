/**
 * Each file/paste screen — open a summary, restore a backup, load a battery — starts over when she
 * chooses another file or removes it (issue 22): no message about the earlier file stays, and no
 * button stays enabled for a file that is no longer there.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { encryptToPassphrase } from '../../src/crypto/age.ts';
import { exportBackup, serializeBackup } from '../../src/storage/backup.ts';

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

const PASS = 'acorn-bison-cedar-dune-eagle-fern';
const summaryText = readFileSync('tests/fixtures/summary-v1.json', 'utf8');
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

it('open a summary: another file clears the message; "Open another" and "Remove this file" start over', async () => {
  history.replaceState({ name: 'openSummary' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  const paste = await screen.findByTestId<HTMLTextAreaElement>('paste-input');

  // A file that does not open: its message shows.
  picked = new TextEncoder().encode('not an age file');
  await userEvent.upload(screen.getByTestId('summary-file'), new File(['x'], 'bad.age'));
  expect(paste.disabled).toBe(true);
  await userEvent.click(button('Open'));
  await screen.findByTestId('share-error');

  // Another file: the message about the first one goes at once.
  picked = await encryptToPassphrase(summaryText, PASS);
  await userEvent.upload(screen.getByTestId('summary-file'), new File(['y'], 'good.age'));
  expect(screen.queryByTestId('share-error')).toBeNull();
  expect(screen.getByTestId('summary-file-chosen').textContent).toBe('good.age');

  // Removing it: nothing chosen, the paste box open, "Open" disabled.
  await userEvent.click(button('Remove this file'));
  expect(screen.getByTestId('summary-file-chosen').textContent).toBe('No file chosen yet.');
  expect(paste.disabled).toBe(false);
  expect(button('Open').disabled).toBe(true);

  // Opened, then "Open another": a fresh form.
  await userEvent.upload(screen.getByTestId('summary-file'), new File(['y'], 'good.age'));
  await userEvent.type(screen.getByLabelText(/Passphrase/), PASS);
  await userEvent.click(button('Open'));
  await screen.findByRole('heading', { name: 'Summary received' }, { timeout: 10_000 });
  await userEvent.click(button('Open another'));
  const fresh = await screen.findByTestId<HTMLTextAreaElement>('paste-input');
  expect(screen.getByTestId('summary-file-chosen').textContent).toBe('No file chosen yet.');
  expect(fresh.disabled).toBe(false);
  expect(fresh.value).toBe('');
  expect(button('Open').disabled).toBe(true);
  expect(screen.getByLabelText<HTMLInputElement>(/Passphrase/).value).toBe('');
  expect(screen.queryByRole('button', { name: 'Remove this file' })).toBeNull();

  // Pasting is possible at once, and changing the text clears an earlier message.
  await userEvent.type(fresh, 'garbage');
  await userEvent.click(button('Open'));
  await screen.findByTestId('share-error');
  await userEvent.type(fresh, '!');
  expect(screen.queryByTestId('share-error')).toBeNull();
}, 40_000);

it('restore: another file clears the message at once; "Choose another file" starts over', async () => {
  history.replaceState({ name: 'backup' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  picked = await encryptToPassphrase(serializeBackup(await exportBackup('0.1.0')), PASS);

  await userEvent.upload(await screen.findByTestId('restore-file'), new File(['x'], 'b.age'));
  await userEvent.type(screen.getByTestId('restore-passphrase'), 'a wrong passphrase');
  await userEvent.click(button('Open and check'));
  await screen.findByTestId('share-error', {}, { timeout: 10_000 });

  // Another file: no message about the first one, before she taps anything.
  await userEvent.upload(screen.getByTestId('restore-file'), new File(['y'], 'c.age'));
  expect(screen.queryByTestId('share-error')).toBeNull();
  expect(screen.getByTestId('restore-file-chosen').textContent).toBe('c.age');

  // Removed: nothing to open.
  await userEvent.click(button('Remove this file'));
  expect(button('Open and check').disabled).toBe(true);
  expect(screen.getByTestId('restore-file-chosen').textContent).toBe('No file chosen yet.');

  // Checked, then "Choose another file": an empty form, nothing enabled.
  await userEvent.upload(screen.getByTestId('restore-file'), new File(['y'], 'c.age'));
  await userEvent.clear(screen.getByTestId('restore-passphrase'));
  await userEvent.type(screen.getByTestId('restore-passphrase'), PASS);
  await userEvent.click(button('Open and check'));
  await screen.findByTestId('backup-contents', {}, { timeout: 10_000 });
  expect(screen.getByTestId('restore-report').textContent).toContain('Your last backup will show');
  await userEvent.click(button('Choose another file'));
  expect(screen.getByTestId('restore-file-chosen').textContent).toBe('No file chosen yet.');
  expect(screen.getByTestId<HTMLInputElement>('restore-passphrase').value).toBe('');
  expect(button('Open and check').disabled).toBe(true);
  expect(screen.queryByTestId('share-error')).toBeNull();
}, 40_000);

it('load a battery: another file or removing it clears the report of the earlier one', async () => {
  history.replaceState({ name: 'batteries' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  const input = await screen.findByTestId('battery-file', {}, { timeout: 10_000 });

  await userEvent.upload(input, new File(['{ not json'], 'broken.json', { type: 'application/json' }));
  await screen.findByText('This file was not loaded.', { exact: false });
  const report = () => document.querySelector('.battery-report');
  expect(report()).not.toBeNull();

  // Removing it: the report goes.
  await userEvent.click(button('Remove this file'));
  expect(report()).toBeNull();
  expect(screen.getByTestId('battery-file-chosen').textContent).toBe('No file chosen yet.');

  // The same broken file again is checked again (the input was emptied), then another file.
  await userEvent.upload(input, new File(['{ not json'], 'broken.json', { type: 'application/json' }));
  await waitFor(() => expect(report()).not.toBeNull());
  await userEvent.upload(input, new File(['[]'], 'other.json', { type: 'application/json' }));
  await waitFor(() => expect(screen.getByTestId('battery-file-chosen').textContent).toBe('other.json'));
  // The report shown now is about other.json, never the earlier one: it names no JSON syntax error.
  await waitFor(() => expect(report()).not.toBeNull());
}, 40_000);
