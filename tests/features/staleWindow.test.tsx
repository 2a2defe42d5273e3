/**
 * The assessment screen in a window left open while another window of the app finished, deleted
 * or answered the same assessment (issue 22): it is told — by the message another window sends,
 * or, if the message never comes, by storage refusing the write — says so in her language with
 * one button (its results, or home), and the finished assessment is unchanged. Answers given in
 * another window are taken in.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import {
  AssessmentDataSchema,
  completeAssessment,
  getAssessment,
  startAssessment,
} from '../../src/storage/assessments.ts';
import { database } from '../../src/storage/db.ts';
import { openRow, resetVault, toRow } from '../../src/storage/vault.ts';
import { levelsOf } from '../../src/services/results.ts';
import { currentBattery } from '../helpers/battery.ts';

const battery = currentBattery();

beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState(null, '');
});
afterEach(() => cleanup());

const FIRST_QUESTION = /^In the last three months/;

async function openOnFirstQuestion() {
  const a = await startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: 'full' });
  history.replaceState({ name: 'assessment', id: a.id }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  // The category's introduction, then its first question.
  await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 1, name: FIRST_QUESTION });
  return a;
}

/** Another window's write: straight into the table, with no message to this one. */
async function writeSilently(
  id: string,
  change: (data: ReturnType<typeof AssessmentDataSchema.parse>) => object,
) {
  const row = await database().assessments.get(id);
  if (!row) throw new Error('no row');
  const data = AssessmentDataSchema.parse(await openRow('assessments', row));
  await database().assessments.put(await toRow('assessments', id, change(data)));
}

const hex = (b: ArrayBuffer | Uint8Array | undefined) =>
  b ? Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex') : '';
async function sealedBytes(id: string) {
  const row = await database().assessments.get(id);
  return row && hex(row.iv) + hex(row.ct);
}

it('finished in another window, which says so: this one tells her, with one button to its results', async () => {
  const a = await openOnFirstQuestion();
  const other = new BroadcastChannel('shn-assessments');
  try {
    await writeSilently(a.id, (d) => ({
      ...d,
      completedAt: 5,
      updatedAt: 5,
      levels: levelsOf(battery, d.answers, d.formId),
    }));
    other.postMessage({ type: 'completed', id: a.id });
    expect(
      await screen.findByRole('heading', { name: 'This assessment was finished in another window' }),
    ).toBeTruthy();
  } finally {
    other.close();
  }
  const screenNow = screen.getByTestId('assessment-elsewhere');
  expect(
    within(screenNow)
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['See its results']);
  await userEvent.click(within(screenNow).getByRole('button', { name: 'See its results' }));
  await screen.findByText(/results/i, {}, { timeout: 10_000 });
});

it('finished in another window that never said so: her answer here is refused, the record unchanged', async () => {
  const a = await openOnFirstQuestion();
  await writeSilently(a.id, (d) => ({
    ...d,
    completedAt: 5,
    updatedAt: 5,
    levels: levelsOf(battery, d.answers, d.formId),
  }));
  const before = await sealedBytes(a.id);

  const answers = screen.getByRole('group', { name: 'Answers' });
  await userEvent.click(within(answers).getAllByRole('button')[0] as HTMLElement);
  expect(
    await screen.findByRole('heading', { name: 'This assessment was finished in another window' }),
  ).toBeTruthy();
  expect(screen.getByText('The answer you just gave here was not saved.')).toBeTruthy();
  expect(await sealedBytes(a.id)).toBe(before);
  expect((await getAssessment(a.id))?.answers).toEqual({});
});

it('deleted in another window: one button home', async () => {
  const a = await openOnFirstQuestion();
  await database().assessments.delete(a.id);
  const answers = screen.getByRole('group', { name: 'Answers' });
  await userEvent.click(within(answers).getAllByRole('button')[0] as HTMLElement);
  const title = await screen.findByRole('heading', { name: 'This assessment was deleted in another window' });
  expect(title).toBeTruthy();
  const buttons = within(screen.getByTestId('assessment-elsewhere')).getAllByRole('button');
  expect(buttons.map((b) => b.textContent)).toEqual(['Home']);
  expect(await getAssessment(a.id)).toBeUndefined();
});

it('answered in another window: the answer is taken in here, and hers here keeps both', async () => {
  const a = await openOnFirstQuestion();
  const other = new BroadcastChannel('shn-assessments');
  const [, second] = battery.indicators.filter((i) => i.category === 'emotional');
  if (!second) throw new Error('two emotional questions');
  try {
    await writeSilently(a.id, (d) => ({ ...d, answers: { ...d.answers, [second.id]: 'skip' } }));
    other.postMessage({ type: 'answered', id: a.id });
    await screen.findByTestId('merged-notice');
  } finally {
    other.close();
  }
  const answers = screen.getByRole('group', { name: 'Answers' });
  await userEvent.click(within(answers).getAllByRole('button')[0] as HTMLElement);
  await waitFor(async () => expect(Object.keys((await getAssessment(a.id))?.answers ?? {})).toHaveLength(2));
  expect((await getAssessment(a.id))?.answers[second.id]).toBe('skip');
});

it('an assessment opened after it was finished says so, and offers its results', async () => {
  const a = await startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: 'full' });
  await completeAssessment(a.id, new Date(), (answers, formId) => levelsOf(battery, answers, formId));
  history.replaceState({ name: 'assessment', id: a.id }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  expect(await screen.findByRole('heading', { name: 'This assessment is finished' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'See its results' })).toBeTruthy();
});
