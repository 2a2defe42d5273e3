/**
 * Delivering an encrypted file: a failed share (other than her closing the sheet) says so and
 * points to saving; the file share is offered only when the browser accepts this very file; a
 * backup is never offered as text.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Delivery } from '../../src/ui/Delivery.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { shareFile } from '../../src/ui/deliver.ts';

// The real shareFile, watched: a test can await the very promise the screen acts on.
vi.mock(import('../../src/ui/deliver.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, shareFile: vi.fn(original.shareFile) };
});

const file = new TextEncoder().encode('age-encryption.org/v1\n-> X25519 abc\nxyz\n--- mac\nbody');

async function show(kind: 'summary' | 'backup') {
  const i18n = await initI18n('en');
  const onDelivered = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <Delivery file={file} name="summary-2025-01-01.age" kind={kind} onDelivered={onDelivered} />
    </I18nextProvider>,
  );
  return { onDelivered };
}

function stubShare(share: (data: ShareData) => Promise<void>, canShare: (data: ShareData) => boolean) {
  Object.defineProperty(navigator, 'share', { configurable: true, value: vi.fn(share) });
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: vi.fn(canShare) });
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
});

it('says a failed share failed, and offers saving the file', async () => {
  stubShare(
    () => Promise.reject(new DOMException('no', 'NotAllowedError')),
    () => true,
  );
  const { onDelivered } = await show('summary');
  await userEvent.click(screen.getByRole('button', { name: 'Share the file' }));
  await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toMatch(/Could not share/));
  expect(onDelivered).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Save the file' })).toBeTruthy();
});

it('stays quiet when she closes the share sheet', async () => {
  stubShare(
    () => Promise.reject(new DOMException('closed', 'AbortError')),
    () => true,
  );
  await show('summary');
  await userEvent.click(screen.getByRole('button', { name: 'Share the file' }));
  // Signal: the promise the screen acts on (shareFile's) has settled — to false, "she closed it".
  // The screen's own reaction to it was attached first, so it has run by the time this await
  // returns, and act renders whatever status it set. No timer involved.
  const sharing = vi.mocked(shareFile).mock.results.at(-1)?.value as Promise<boolean>;
  await act(async () => {
    await expect(sharing).resolves.toBe(false);
  });
  expect(screen.getByTestId('delivery-status').textContent).toBe('');
});

it('offers the file share only when the browser accepts this file; text share where it can', async () => {
  // Like Chrome on Android: files of this type refused, text accepted.
  stubShare(
    () => Promise.resolve(),
    (data) => !data.files,
  );
  await show('summary');
  expect(screen.queryByRole('button', { name: 'Share the file' })).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: 'Share as text' }));
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a mock, read only for its calls
  const share = vi.mocked(navigator.share);
  expect(share).toHaveBeenCalledWith({ text: expect.stringContaining('-----BEGIN AGE ENCRYPTED FILE-----') });
  await waitFor(() => expect(screen.getByTestId('delivery-status').textContent).toBe('Shared.'));
});

it('never offers a backup as text', async () => {
  stubShare(
    () => Promise.resolve(),
    () => true,
  );
  await show('backup');
  expect(screen.getByRole('button', { name: 'Share the file' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Copy as text' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Share as text' })).toBeNull();
  expect(screen.queryByTestId('armored-output')).toBeNull();
});
