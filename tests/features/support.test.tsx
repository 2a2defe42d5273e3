/**
 * Who can help (issue 20) in the app: one tap from home, in her language, with the directory's
 * entries and their links; a screen that draws from the app's own files only.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { resetVault } from '../../src/storage/vault.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState(null, '');
});
afterEach(() => cleanup());

it.each([
  { language: 'en' as const, button: 'Who can help', call: 'Call +353 1 21 00 489', traces: /leaves traces/ },
  {
    language: 'ar' as const,
    button: 'من يمكنه المساعدة',
    call: 'اتصلي بالرقم +353 1 21 00 489',
    traces: /يترك أثرًا/,
  },
])(
  'opens from home in one tap ($language), the note on traces first, links that leave the app',
  async (c) => {
    const user = userEvent.setup();
    await renderApp({ language: c.language, settings: { hasOnboarded: true } });
    await user.click(await screen.findByRole('button', { name: c.button }));
    await screen.findByRole('heading', { level: 1, name: c.button });
    const note = await screen.findByRole('complementary');
    expect(note.textContent).toMatch(c.traces);
    const call = await screen.findByRole('link', { name: new RegExp(`^${c.call.replace(/[+]/g, '\\+')}`) });
    expect(call.getAttribute('href')).toBe('tel:+35312100489');
    expect(call.getAttribute('rel')).toBe('noopener noreferrer');
    // The note comes before any way to call or write.
    expect(note.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const card = call.closest('article')!;
    expect(within(card).getByText(/2026/)).toBeTruthy();
  },
);
