import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openEveryFold, renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery, shippedBatteries } from '../helpers/battery.ts';
import { buildSteps, formIndicators, score, pickText, type Battery } from '../../src/domain/index.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
import { formatDate } from '../../src/i18n/format.ts';
import {
  completeAssessment,
  listAssessments,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments.ts';

/** The battery new assessments use: the app's current one. */
function appBattery(): Battery {
  const found = shippedBatteries().find(
    (b) => b.battery.id === CURRENT_BATTERY.id && b.battery.version === CURRENT_BATTERY.version,
  );
  if (!found) throw new Error('the current battery is not shipped');
  return found.battery;
}

/** Short assessments completed on each of `days` at 9:30, in that order; their ids. */
async function completedOn(days: readonly Date[]): Promise<string[]> {
  const battery = currentBattery();
  const ids: string[] = [];
  for (const day of days) {
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'short',
    });
    await completeAssessment(a.id, day);
    ids.push(a.id);
  }
  return ids;
}

beforeEach(() => {
  freshDatabase();
  history.replaceState(null, '');
});
afterEach(() => cleanup());

describe('home', () => {
  it('says what the app is and what it promises, and warns that the phone is unprotected', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Secure, Here and Now' })).toBeTruthy();
    expect(screen.getByText(/not a prediction or a diagnosis/)).toBeTruthy();
    expect(screen.getByText('Nothing you enter leaves this phone.')).toBeTruthy();
    expect(screen.getByText(/Anyone who can open this phone can read your answers/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Quick exit/ })).toBeTruthy();
  });

  it('leads a first-time user through the introduction to the first question', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start an assessment' }));
    expect(await screen.findByRole('heading', { name: 'What this app is' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Protect it with a passphrase' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: /Short form/ }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // The first step of the current battery's short form: a question about her situation (model 2).
    const battery = appBattery();
    const [first] = buildSteps(battery, 'short');
    const name =
      first?.type === 'question'
        ? pickText(first.indicator.question, 'en', battery)
        : first?.type === 'intro'
          ? pickText(battery.categories.find((c) => c.id === first.category)!.name, 'en', battery)
          : '';
    expect(await screen.findByRole('heading', { name })).toBeTruthy();
    const [a] = await listAssessments();
    expect(a?.formId).toBe('short');
  });
});

describe('assessment', () => {
  it('saves each answer at once, offers "prefer not to say" on every question, and resumes where she was', async () => {
    const user = userEvent.setup();
    const battery = currentBattery();
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'short',
    });
    history.replaceState({ name: 'assessment', id: a.id }, '');
    const first = await renderApp({ settings: { hasOnboarded: true } });
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const items = formIndicators(battery, 'short');
    const q1 = pickText(items[0]!.question, 'en', battery);
    expect(await screen.findByRole('heading', { name: q1 })).toBeTruthy();
    const answers = screen.getByRole('group', { name: 'Answers' });
    await user.click(within(answers).getAllByRole('button')[1]!);
    const q2 = pickText(items[1]!.question, 'en', battery);
    expect(await screen.findByRole('heading', { name: q2 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Prefer not to say' }));
    await waitFor(async () => expect(Object.keys((await listAssessments())[0]!.answers)).toHaveLength(2));
    const saved = (await listAssessments())[0]!;
    expect(saved.answers[items[1]!.id]).toBe('skip');

    // A reload: a new app on the same database and history state comes back to the third question.
    first.unmount();
    await renderApp();
    const q3 = pickText(items[2]!.question, 'en', battery);
    expect(await screen.findByRole('heading', { name: q3 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const group = screen.getByRole('group', { name: 'Answers' });
    expect(within(group).getByRole('button', { name: 'Prefer not to say', pressed: true })).toBeTruthy();
  });
});

describe('history', () => {
  it('lists the newest ten first, and ten more at each "Show more"', async () => {
    const days = Array.from({ length: 23 }, (_, i) => new Date(2026, 0, 1 + i, 9, 30));
    await completedOn(days);
    history.replaceState({ name: 'history' }, '');
    const user = userEvent.setup();
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'Past assessments' });
    // The list is drawn just after the trends (the first screen).
    await screen.findByRole('button', { name: 'Show more' });
    const dates = () =>
      [...document.querySelectorAll('.history-item .history-date')].map((p) => p.firstChild?.textContent);
    const newest = (n: number) =>
      [...days]
        .reverse()
        .slice(0, n)
        .map((d) => formatDate(d, 'en', true));
    expect(dates()).toEqual(newest(10));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(dates()).toEqual(newest(20));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(dates()).toEqual(newest(23));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('starts reading the results of an assessment as her finger lands on its "Open", and opens them', async () => {
    const made = await completedOn([1, 2, 3].map((day) => new Date(2026, 0, day, 9, 30)));
    const { preparedResult } = await import('../../src/services/results.ts');
    history.replaceState({ name: 'history' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'Past assessments' });
    const open = await screen.findAllByRole('button', { name: 'Open' });
    // The oldest (the list is newest first): not the one History reads ahead by itself.
    const oldest = open.at(-1)!;
    fireEvent.pointerDown(oldest);
    await waitFor(() => expect(preparedResult(made[0]!)?.assessment.id).toBe(made[0]));
    fireEvent.click(oldest);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your results' })).toBeTruthy();
    expect(history.state).toEqual({ name: 'results', id: made[0] });
  });
});

describe('results', () => {
  it('shows the levels score() gives, with the answers that drove them', async () => {
    const battery = currentBattery();
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
    });
    const items = formIndicators(battery, 'full');
    const answers: Record<string, string> = {};
    for (const [i, ind] of items.entries()) {
      const options = battery.scales.find((s) => s.id === ind.scale)!.options;
      const option = options[i % options.length]!;
      answers[ind.id] = option.id;
      await saveAnswer(a.id, ind.id, option.id, i);
    }
    await completeAssessment(a.id);
    const expected = score(battery, answers, 'full');
    history.replaceState({ name: 'results', id: a.id }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your results' })).toBeTruthy();
    // Drawn just after the first screen (src/ui/ResultBody.tsx).
    await screen.findByRole('heading', { level: 2, name: 'Why each level' });
    openEveryFold(); // each category's why
    for (const c of expected.categories) {
      const name = pickText(battery.categories.find((x) => x.id === c.category)!.name, 'en', battery);
      const card = screen.getByRole('article', { name });
      const levelWord = {
        low: 'Low',
        moderate: 'Moderate',
        high: 'High',
        severe: 'Severe',
        insufficient: 'Not enough answers',
      }[c.level];
      expect(within(card).getByText(levelWord)).toBeTruthy();
      expect(within(card).getByText(`You answered ${c.answered} of ${c.total} questions.`)).toBeTruthy();
      for (const d of c.drivers) {
        const ind = battery.indicators.find((i) => i.id === d.indicatorId)!;
        expect(within(card).getByText(new RegExp(escape(pickText(ind.summary, 'en', battery))))).toBeTruthy();
      }
    }
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('compares with the assessment before once it is read, without waiting for it to draw her levels', async () => {
    const made = await completedOn([1, 2].map((day) => new Date(2026, 0, day, 9, 30)));
    history.replaceState({ name: 'results', id: made[1] }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    expect(await screen.findByText('Compare with your previous assessment')).toBeTruthy();
    cleanup();
    // The first one has none before it.
    history.replaceState({ name: 'results', id: made[0] }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    expect(await screen.findByText('The five levels as a chart')).toBeTruthy();
    expect(screen.queryByText('Compare with your previous assessment')).toBeNull();
  });

  it('reads nothing for the comparison when she leaves her results before the page is idle', async () => {
    const made = await completedOn([1, 2].map((day) => new Date(2026, 0, day, 9, 30)));
    history.replaceState({ name: 'results', id: made[1] }, '');
    // Idle callbacks are held here, never run: what the screen asked for at idle, and what it took back.
    const waiting = new Map<number, IdleRequestCallback>();
    let handles = 0;
    vi.stubGlobal('requestIdleCallback', (work: IdleRequestCallback) => {
      handles += 1;
      waiting.set(handles, work);
      return handles;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    try {
      await renderApp({ settings: { hasOnboarded: true } });
      await screen.findByRole('heading', { level: 1, name: 'Your results' });
      await screen.findByRole('heading', { level: 2, name: 'Why each level' });
      const asked = [...waiting.keys()];
      expect(asked.length).toBeGreaterThan(0);
      fireEvent.click(screen.getByRole('button', { name: 'Home' }));
      await screen.findByRole('heading', { level: 1, name: 'Secure, Here and Now' });
      // Every wait the results screen started ends with it.
      expect(asked.filter((handle) => waiting.has(handle))).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('settings and quick exit', () => {
  it('switches to Arabic and turns the whole page right-to-left, remembered', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: /^العربية/ }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    const { getSettings } = await import('../../src/storage/settings.ts');
    expect((await getSettings()).language).toBe('ar');
  });

  it('quick exit replaces the history entry and leaves for a neutral page, also on Escape twice', async () => {
    const replace = vi.fn();
    // A stand-in with `replace` recorded; spreading copies what the app reads of `location`.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    vi.stubGlobal('location', { ...location, replace });
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('{Escape}{Escape}');
    expect(replace).toHaveBeenCalledWith('about:blank');
    expect(document.body.textContent).toBe('');
    vi.unstubAllGlobals();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
