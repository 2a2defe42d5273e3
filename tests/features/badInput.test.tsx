/** Issue 4 edge cases and P7: bad input gets a clear message and changes nothing. */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery } from '../helpers/battery.ts';
import { getAssessment, startAssessment } from '../../src/storage/assessments.ts';
import { database } from '../../src/storage/db.ts';
import { resetVault } from '../../src/storage/vault.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState(null, '');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('a battery that cannot be loaded gives a clear message and keeps her answers', async () => {
  const a = await startAssessment({
    batteryId: 'shn-core',
    batteryVersion: '9.9.9',
    formId: 'full',
    answers: { 'pol.smear': 'often' },
  });
  history.replaceState({ name: 'assessment', id: a.id }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  expect(await screen.findByRole('heading', { name: 'The questions could not be loaded' })).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded/);
  expect(screen.getByText('Your answers are kept on this phone.')).toBeTruthy();
  expect((await getAssessment(a.id))?.answers).toEqual({ 'pol.smear': 'often' });
});

it('a full disk while answering says so, stays on the question, and keeps what was saved', async () => {
  const battery = currentBattery();
  const a = await startAssessment({
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId: 'short',
  });
  history.replaceState({ name: 'assessment', id: a.id }, '');
  const user = userEvent.setup();
  await renderApp({ settings: { hasOnboarded: true } });
  await user.click(await screen.findByRole('button', { name: 'Next' }));
  const question = await screen.findByRole('heading', { level: 1 });
  vi.spyOn(database().assessments, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
  await user.click(within(screen.getByRole('group', { name: 'Answers' })).getAllByRole('button')[0]!);
  expect((await screen.findByRole('alert')).textContent).toMatch(/out of space/);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(question.textContent);
  expect((await getAssessment(a.id))?.answers).toEqual({});
});
