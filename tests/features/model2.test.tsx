/**
 * The screens with a model-2 battery: follow-up questions appear and disappear as she answers while
 * the question on screen stays put, progress counts the questions now asked, a hard question has
 * its gentle line first, the first questions are counted apart, the presenter shows follow-ups,
 * history marks where the questions changed (its trends with labelled axes, each category named),
 * and only assessment forms are offered to her.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery } from '../helpers/battery.ts';
import { formIndicators, scaleOf } from '../../src/domain/index.ts';
import { completeAssessment, getAssessment, startAssessment } from '../../src/storage/assessments.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { addBatteryFromText } from '../../src/services/batteries.ts';
import { formsForAssessment } from '../../src/services/assessments.ts';
import { buildSlides } from '../../src/features/workshop/slides.ts';
import { model2Battery, model2BatteryJson } from '../ui/model2Battery.ts';

const battery = model2Battery();

beforeEach(async () => {
  freshDatabase();
  history.replaceState(null, '');
  const added = await addBatteryFromText(JSON.stringify(model2BatteryJson()));
  if (!added.ok) throw new Error('the test battery was refused');
});
afterEach(() => cleanup());

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const choose = (user: UserEvent, label: string) =>
  user.click(within(screen.getByRole('group', { name: 'Answers' })).getByRole('button', { name: label }));
/** Answers and waits for the next screen (the answer is saved first). */
async function answer(user: UserEvent, label: string): Promise<void> {
  const before = heading();
  await choose(user, label);
  await waitFor(() => expect(heading()).not.toBe(before));
}
const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Next' }));
const back = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Back' }));
const progressOf = (category: string) =>
  screen.getByText(new RegExp(`^${category}: \\d+ of \\d+ answered$`)).textContent;

describe('a model-2 assessment', () => {
  it('asks the first questions apart, then opens and closes a follow-up while she stays on her question', async () => {
    const user = userEvent.setup();
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
    });
    history.replaceState({ name: 'assessment', id: a.id }, '');
    await renderApp({ settings: { hasOnboarded: true } });

    // The question about her situation comes first, counted apart from the five parts.
    expect(
      await screen.findByRole('heading', { name: 'Right now, do you work with an organisation?' }),
    ).toBeTruthy();
    expect(screen.getByText('First questions · 1 of 1')).toBeTruthy();
    await answer(user, 'No, I mostly work on my own');
    expect(await screen.findByRole('heading', { name: 'emotional security' })).toBeTruthy();
    await next(user);
    for (const label of ['Never', 'A little', 'Mostly']) await answer(user, label);

    // A hard question: its gentle line comes first, and is read with the question.
    const care = screen.getByText(
      'The next question is about thoughts of not wanting to live. You can skip it.',
    );
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toBe('In the last two weeks, have you had thoughts of not wanting to live?');
    expect(title.getAttribute('aria-describedby')).toBe(care.closest('[id]')?.id);
    expect(care.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await answer(user, 'No');

    expect(await screen.findByRole('heading', { name: 'physical security' })).toBeTruthy();
    await next(user);
    for (const label of ['Never', 'A little', 'Mostly']) await answer(user, label);
    expect(heading()).toBe('In the last three months, were you threatened with death?');
    await answer(user, 'No');
    expect(heading()).toBe('Right now, how much danger do you feel you are in?');
    await answer(user, 'I feel safe');
    // No threat reported: no follow-up; physical has its five questions, all answered.
    expect(await screen.findByRole('heading', { name: 'spiritual security' })).toBeTruthy();
    expect(progressOf('physical security')).toBe('physical security: 5 of 5 answered');

    // Back to the threat to life, and a different answer: the follow-up appears after the next question.
    await back(user);
    await back(user);
    expect(heading()).toBe('In the last three months, were you threatened with death?');
    await answer(user, 'Yes, once');
    expect(heading()).toBe('Right now, how much danger do you feel you are in?');
    expect(progressOf('physical security')).toBe('physical security: 5 of 6 answered');
    await next(user);
    expect(heading()).toBe('In the last three months, were you followed or watched?');
    expect(screen.getByText('physical security · question 6 of 6')).toBeTruthy();

    // And back again to "no": the follow-up is gone, her place is kept.
    await back(user);
    await back(user);
    await answer(user, 'No');
    expect(heading()).toBe('Right now, how much danger do you feel you are in?');
    await next(user);
    expect(await screen.findByRole('heading', { name: 'spiritual security' })).toBeTruthy();
    expect(progressOf('physical security')).toBe('physical security: 5 of 5 answered');

    // Where she is was saved as she went: a reload brings her back here.
    await waitFor(async () => expect((await getAssessment(a.id))?.answers['phy.death-threat']).toBe('no'));
    await waitFor(async () => expect((await getAssessment(a.id))?.position).toBe(12));
    cleanup();
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'spiritual security' })).toBeTruthy();
  });

  it('says once, kindly, that a saved choice of a workshop-only form now uses the full form', async () => {
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
    });
    history.replaceState({ name: 'assessment', id: a.id }, '');
    await renderApp({ settings: { hasOnboarded: true, preferredForm: 'short' } });
    expect(await screen.findByText(/short form is now used only in workshops/)).toBeTruthy();
    // Her choice is saved as the full form before the app is opened again.
    await waitFor(async () => expect((await getSettings()).preferredForm).toBe('full'));
    cleanup();
    // Her choice is now the full form: not said again.
    await renderApp();
    await screen.findByRole('heading', { name: 'Right now, do you work with an organisation?' });
    expect(screen.queryByText(/short form is now used only in workshops/)).toBeNull();
  });
});

describe('forms for her own assessment', () => {
  it('offers only forms meant for assessments with a model-2 battery; 1.0.0 keeps its two forms', () => {
    expect(formsForAssessment(battery).map((f) => f.id)).toEqual(['full']);
    expect(formsForAssessment(currentBattery()).map((f) => f.id)).toEqual(['full', 'short']);
  });
});

describe('a model-2 practice session', () => {
  it('opens the follow-up in memory too', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'practice', battery: `${battery.id}@${battery.version}` }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await user.click(await screen.findByRole('radio', { name: /Full form/ }));
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    // Everything skipped up to the threat to life.
    for (let guard = 0; guard < 30; guard += 1) {
      if (heading() === 'In the last three months, were you threatened with death?') break;
      if (screen.queryByRole('group', { name: 'Answers' })) await choose(user, 'Prefer not to say');
      else await next(user);
    }
    await choose(user, 'Yes, 2–3 times');
    await choose(user, 'Prefer not to say');
    expect(heading()).toBe('In the last three months, were you followed or watched?');
  });
});

describe('presenter slides with a model-2 battery', () => {
  it('shows the first questions apart, and every follow-up, marked', () => {
    const slides = buildSlides(battery, 'full');
    expect(slides.slice(0, 4).map((s) => (s.type === 'question' ? s.indicator.id : s.type))).toEqual([
      'title',
      'model',
      'about',
      'pol.organisation',
    ]);
    const watched = slides.find((s) => s.type === 'question' && s.indicator.id === 'phy.watched');
    expect(watched).toMatchObject({ followUp: true, number: 6, total: 6 });
    const physical = slides.find((s) => s.type === 'category' && s.category.id === 'physical');
    expect(physical).toMatchObject({ count: 6 });
    expect(slides.filter((s) => s.type === 'question')).toHaveLength(formIndicators(battery, 'full').length);
  });
});

describe('history across battery versions', () => {
  it('marks where the questions changed, and says where a level comes from', async () => {
    const old = currentBattery();
    const first = await startAssessment({
      batteryId: old.id,
      batteryVersion: old.version,
      formId: 'full',
      answers: Object.fromEntries(
        formIndicators(old, 'full').map((i) => [i.id, scaleOf(old, i).options[0]!.id]),
      ),
      now: new Date('2026-01-10T10:00:00Z'),
    });
    await completeAssessment(first.id, new Date('2026-01-10T10:00:00Z'));
    const second = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
      answers: { 'economic.t': 'never', 'economic.v': 'very', 'economic.c': 'none' },
      now: new Date('2026-03-10T10:00:00Z'),
    });
    await completeAssessment(second.id, new Date('2026-03-10T10:00:00Z'));

    history.replaceState({ name: 'history' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    expect(
      await screen.findByText('The questions changed here (shn-core 1.0.0 → model2-test 2.0.0).'),
    ).toBeTruthy();
    expect(
      screen.getByText(/^The questions changed on .* \(shn-core 1\.0\.0 → model2-test 2\.0\.0\)/),
    ).toBeTruthy();
    // The newest entry comes first, the marker between it and the one before.
    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.matches('.history-item, .history-change'));
    expect(items.map((li) => li.className)).toEqual([
      'card history-item',
      'history-change',
      'card history-item',
    ]);
    // Each category named beside its level, in words: never an icon alone.
    const newest = items[0]!;
    expect(within(newest).getByText(/^economic security$/i)).toBeTruthy();
    expect(within(newest).getByText('High — from what exposes you')).toBeTruthy();
    // Each trend has labelled axes: the levels, and the first and latest dates.
    const trend = screen
      .getByText(/^economic security$/i, { selector: 'figcaption strong' })
      .closest('figure')!;
    const plot = trend.querySelector('.trend-plot')!;
    expect([...plot.querySelectorAll('.trend-levels li')].map((li) => li.textContent)).toEqual([
      'Low',
      'Moderate',
      'High',
      'Severe',
    ]);
    expect([...plot.querySelectorAll('.trend-dates span')].map((d) => d.textContent)).toEqual([
      'Jan 10, 2026',
      'Mar 10, 2026',
    ]);
    // The same in words for everyone (the drawing is hidden from screen readers).
    expect(plot.getAttribute('aria-hidden')).toBe('true');
    expect(
      within(trend).getByText(
        /^2 assessments\. First: .* on Jan 10, 2026\. Latest: High — from what exposes you on Mar 10, 2026/,
      ),
    ).toBeTruthy();
  });
});
