/**
 * The passphrase field of a summary or a backup (issue 18): it fills itself with a suggestion in
 * her language, never over what she has typed meanwhile; when her word list cannot be loaded
 * (offline before it was kept), the suggestion is digit groups, as strong; after locking, the
 * passphrase is shown in pieces that lines never cut, with its 0–9 form when she reads other digits.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';
import { FilePassphraseField } from '../../src/ui/FilePassphraseField.tsx';
import { PassphraseShown } from '../../src/ui/PassphraseShown.tsx';
import { suggestPassphrase } from '../../src/services/passphrases.ts';
import { wordListText } from '../../src/crypto/passphrase.ts';

// The real word-list loader, watched: a test can make it fail as it does offline.
vi.mock(import('../../src/crypto/passphrase.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, wordListText: vi.fn(original.wordListText) };
});

afterEach(() => {
  cleanup();
  vi.mocked(wordListText).mockRestore();
});

function Field() {
  const [value, setValue] = useState('');
  return <FilePassphraseField label="Passphrase" hint="hint" value={value} onChange={setValue} testId="pp" />;
}

async function show(lng: LanguageCode, node: React.ReactNode) {
  const i18n = await initI18n(lng);
  render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

it('fills itself with 7 words of her list (Spanish), and suggests another on request', async () => {
  await show('es', <Field />);
  const field = screen.getByTestId('pp');
  await waitFor(() => expect(field).toHaveProperty('value', expect.stringMatching(/^[a-z]+( [a-z]+){6}$/)));
  const first = (field as HTMLTextAreaElement).value;
  await userEvent.click(screen.getByRole('button'));
  await waitFor(() => expect((field as HTMLTextAreaElement).value).not.toBe(first));
  expect((field as HTMLTextAreaElement).value).toMatch(/^[a-z]+( [a-z]+){6}$/);
});

it('in Arabic: groups of Arabic-Indic digits, laid out right to left', async () => {
  await show('ar', <Field />);
  const field = screen.getByTestId('pp');
  await waitFor(() =>
    expect(field).toHaveProperty('value', expect.stringMatching(/^[٠-٩]{4}( [٠-٩]{4}){5}$/)),
  );
  expect(field.getAttribute('dir')).toBe('rtl');
});

it('a suggestion that arrives after she typed does not replace her text', async () => {
  let release: (text: string) => void = () => undefined;
  vi.mocked(wordListText).mockImplementationOnce(
    () =>
      new Promise((resolve) => {
        release = resolve;
      }),
  );
  await show('fr', <Field />);
  const field = screen.getByTestId('pp');
  await userEvent.type(field, 'ma propre phrase');
  const { default: list } = await import('../../src/crypto/wordlists/fr.txt?raw');
  release(list);
  // The suggestion has been made (and dropped) once the next one, from the same list, resolves.
  await suggestPassphrase('fr');
  expect((field as HTMLTextAreaElement).value).toBe('ma propre phrase');
});

it('when her word list cannot be loaded, suggests digit groups (79.7 bits), and tries the list again next time', async () => {
  vi.mocked(wordListText).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
  // A language not loaded before in this file, so nothing is cached.
  vi.resetModules();
  const { suggestPassphrase: suggestFresh } = await import('../../src/services/passphrases.ts');
  expect(await suggestFresh('en')).toMatch(/^[0-9]{4}( [0-9]{4}){5}$/);
  expect(await suggestFresh('en')).toMatch(/^[a-z]+( [a-z]+){6}$/);
});

it('shows the passphrase in pieces, text exactly the passphrase, with the 0–9 form for Arabic digits', async () => {
  await show('ar', <PassphraseShown passphrase=" ٤٨٢١ ٩٣٠٢ ٠٠٥٧ ٦٦١٨ ٢٤٠٩ ٧٣٣٥ " testId="shown" />);
  const shown = screen.getByTestId('shown');
  expect(shown.textContent).toBe('٤٨٢١ ٩٣٠٢ ٠٠٥٧ ٦٦١٨ ٢٤٠٩ ٧٣٣٥');
  expect(shown.querySelectorAll('.passphrase-part')).toHaveLength(6);
  expect(shown.getAttribute('dir')).toBe('rtl');
  const latin = screen.getByTestId('shown-latin');
  expect(latin.textContent).toBe('4821 9302 0057 6618 2409 7335');
  expect(latin.getAttribute('dir')).toBe('ltr');
  cleanup();
  await show(
    'en',
    <PassphraseShown passphrase="knife coach suggest tiger jeans average pact" testId="shown" />,
  );
  expect(screen.getByTestId('shown').querySelectorAll('.passphrase-part')).toHaveLength(7);
  expect(screen.queryByTestId('shown-latin')).toBeNull();
});
