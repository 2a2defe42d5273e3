import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openEveryFold, renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery } from '../helpers/battery.ts';
import { formIndicators, pickText, scaleOf } from '../../src/domain/index.ts';
import { completeAssessment, saveAnswer, startAssessment } from '../../src/storage/assessments.ts';
import { addToPlan, listPlan } from '../../src/storage/plan.ts';
import { addRoutine, listRoutines } from '../../src/storage/routines.ts';
import { listContacts, saveContact } from '../../src/storage/contacts.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { database } from '../../src/storage/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState(null, '');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const battery = currentBattery();
/** Titles only one action or routine has (two actions share "Tell people who can act, today"). */
const isUniqueTitle = (text: string) =>
  [...battery.actions, ...battery.routines].filter((x) => pickText(x.title, 'en', battery) === text)
    .length === 1;
const title = (id: string) =>
  pickText([...battery.actions, ...battery.routines].find((x) => x.id === id)!.title, 'en', battery);

/** A completed full assessment with every answer at its riskiest: red flags, urgent steps. */
async function riskyAssessment() {
  const a = await startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: 'full' });
  for (const [i, ind] of formIndicators(battery, 'full').entries()) {
    const options = scaleOf(battery, ind).options;
    const worst = ind.role === 'capacity' ? options[0]! : options.at(-1)!;
    await saveAnswer(a.id, ind.id, worst.id, i);
  }
  return (await completeAssessment(a.id))!;
}

describe('results → plan', () => {
  it('adds a suggested action and routine from results, once, with the assessment it came from', async () => {
    const user = userEvent.setup();
    const a = await riskyAssessment();
    history.replaceState({ name: 'results', id: a.id }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    // Drawn just after the first screen (src/ui/ResultBody.tsx).
    const actionsSection = await screen.findByRole('region', { name: 'Protective actions' });
    openEveryFold(actionsSection); // her taps on the suggestions' titles
    const firstAction = within(actionsSection).getAllByRole('listitem')[0]!;
    const actionTitle = within(firstAction).getByRole('heading').textContent;
    await user.click(within(firstAction).getByRole('button', { name: 'Add to my plan' }));
    // Said in the step's folded title and where the button was.
    expect(await within(firstAction).findAllByText('In my plan')).toHaveLength(2);
    const routinesSection = screen.getByRole('region', { name: 'Care routines' });
    openEveryFold(routinesSection);
    await user.click(within(routinesSection).getAllByRole('button', { name: 'Keep this routine' })[0]!);
    await within(routinesSection).findAllByText('In my routines');

    const [item, ...others] = await listPlan();
    expect(others).toEqual([]);
    expect(title(item!.actionId)).toBe(actionTitle);
    expect(item).toMatchObject({ assessmentId: a.id, status: 'todo', batteryVersion: battery.version });
    expect(await listRoutines()).toHaveLength(1);
  });

  it('shows the people she trusts in urgent steps, or a way to add them', async () => {
    const user = userEvent.setup();
    const a = await riskyAssessment();
    history.replaceState({ name: 'results', id: a.id }, '');
    const first = await renderApp({ settings: { hasOnboarded: true } });
    const urgent = await screen.findByRole('region', { name: 'First, some urgent steps' });
    await within(urgent).findByText('You have not recorded anyone yet.');
    await user.click(within(urgent).getByRole('button', { name: 'Add people you trust' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People I trust' })).toBeTruthy();
    first.unmount();

    await saveContact({
      name: 'Amina',
      reach: '+254 700 000 000',
      helpsWith: '',
      note: '',
      isEmergencyNumber: false,
    });
    history.replaceState({ name: 'results', id: a.id }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const again = await screen.findByRole('region', { name: 'First, some urgent steps' });
    const people = await within(again).findByRole('list', { name: 'People you trust' });
    expect(people.textContent).toContain('Amina');
    expect(people.textContent).toContain('+254 700 000 000');
  });
});

describe('my plan', () => {
  it('changes status with its date, keeps a note, and folds done actions away without losing them', async () => {
    const user = userEvent.setup();
    await addToPlan('act.pol.lock-phone', { batteryId: battery.id, batteryVersion: battery.version });
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    expect(screen.getByText('Chosen from all actions and routines')).toBeTruthy();
    const card = screen.getByRole('listitem', { name: title('act.pol.lock-phone') });
    await user.type(within(card).getByLabelText('My note'), 'Ask Leila');
    await user.click(within(card).getByRole('button', { name: 'Save note' }));
    await within(card).findByText('Saved.');
    await user.selectOptions(within(card).getByLabelText('Where you are with it'), 'done');
    const folded = await screen.findByText('Done, or not for me (1)');
    expect(folded.closest('details')?.open).toBe(false);
    expect(screen.getByText('Nothing left to do for now.')).toBeTruthy();
    const [saved] = await listPlan();
    expect(saved).toMatchObject({ status: 'done', note: 'Ask Leila' });
    // The card moved into the folded list: focus follows it rather than falling to the page.
    await waitFor(() => expect(document.activeElement).toBe(folded.closest('summary')));
  });

  it('says when a note could not be saved, keeps the text, and lets her try again', async () => {
    const user = userEvent.setup();
    await addToPlan('act.pol.lock-phone', { batteryId: battery.id, batteryVersion: battery.version });
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const card = await screen.findByRole('listitem', { name: title('act.pol.lock-phone') });
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(database().plan, 'put').mockRejectedValue(quota); // the disk is full
    await user.type(within(card).getByLabelText('My note'), 'Ask Leila');
    await user.click(within(card).getByRole('button', { name: 'Save note' }));
    await within(card).findByText('Not saved yet. Your text is still here: try again.');
    expect(within(card).getByLabelText<HTMLTextAreaElement>('My note').value).toBe('Ask Leila');
    expect((await listPlan())[0]?.note).toBe('');
    const again = within(card).getByRole<HTMLButtonElement>('button', { name: 'Save note' });
    expect(again.disabled).toBe(false);
    put.mockRestore(); // room again
    await user.click(again);
    await within(card).findByText('Saved.');
    expect((await listPlan())[0]?.note).toBe('Ask Leila');
  });

  it('offers what a newer assessment suggests that her plan does not hold yet', async () => {
    const user = userEvent.setup();
    await riskyAssessment();
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const fresh = await screen.findByRole('region', { name: /New suggestions from your assessment of/ });
    const first = within(fresh)
      .getAllByRole('listitem')
      .find((li) => isUniqueTitle(within(li).getByRole('heading').textContent))!;
    const name = within(first).getByRole('heading').textContent;
    await user.click(within(first).getByRole('button', { name: 'Add to my plan' }));
    await within(first).findByText('In my plan');
    await screen.findByRole('listitem', { name });
    // Back later without saying she is done: the rest is offered again, never what she has.
    cleanup();
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const again = await screen.findByRole('region', { name: /New suggestions/ });
    expect(within(again).queryByRole('heading', { name })).toBeNull();
    // Done choosing: this assessment's suggestions are not offered again.
    await user.click(within(again).getByRole('button', { name: 'Done choosing' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /New suggestions/ })).toBeNull());
    cleanup();
    history.replaceState({ name: 'plan' }, '');
    await renderApp();
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    expect(screen.queryByRole('region', { name: /New suggestions/ })).toBeNull();
  });

  it('shows what she chose first, grouped by status, and what she did not choose folded after', async () => {
    const user = userEvent.setup();
    await riskyAssessment();
    const from = { batteryId: battery.id, batteryVersion: battery.version };
    await addToPlan('act.pol.lock-phone', from);
    const ids = battery.actions
      .map((a) => a.id)
      .filter((id) => id !== 'act.pol.lock-phone' && isUniqueTitle(title(id)));
    await addToPlan(ids[0]!, from);
    await addToPlan(ids[1]!, from);
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    const card = screen.getByRole('listitem', { name: title(ids[0]!) });
    await user.selectOptions(within(card).getByLabelText('Where you are with it'), 'doing');
    // Doing first, then to do: each under its own heading, the moved card keeping her focus.
    const doing = await screen.findByRole('region', { name: 'Doing (1)' });
    const moved = within(doing).getByRole('listitem', { name: title(ids[0]!) });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(moved).getByLabelText('Where you are with it')),
    );
    expect(screen.getByText(`“${title(ids[0]!)}” moved to “Doing”.`)).toBeTruthy();
    const todo = screen.getByRole('region', { name: 'To do (2)' });
    expect(doing.compareDocumentPosition(todo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Her suggestions come after everything she chose, folded.
    const suggestions = screen.getByText(/New suggestions from your assessment of/).closest('details')!;
    expect(suggestions.open).toBe(false);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Protective actions', 'Care routines']);
    for (const list of [doing, todo]) {
      expect(list.compareDocumentPosition(suggestions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    // Unfolded, they are there to choose from.
    await user.click(within(suggestions).getByText(/New suggestions/));
    expect(suggestions.open).toBe(true);
    expect(within(suggestions).getAllByRole('button', { name: 'Add to my plan' }).length).toBeGreaterThan(0);
  });

  it('opens the suggestions at first when her plan is still empty', async () => {
    await riskyAssessment();
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    expect(
      screen.getByText('Your plan has no actions yet. Add them from your results, or from all actions.'),
    ).toBeTruthy();
    const suggestions = screen.getByText(/New suggestions from your assessment of/).closest('details')!;
    expect(suggestions.open).toBe(true);
    // Adding the first one does not fold them under her finger.
    const user = userEvent.setup();
    await user.click(within(suggestions).getAllByRole('button', { name: 'Add to my plan' })[0]!);
    await within(suggestions).findByText('In my plan');
    await screen.findByRole('region', { name: 'To do (1)' });
    expect(suggestions.open).toBe(true);
  });

  it('keeps a routine on some days of the week', async () => {
    const user = userEvent.setup();
    await addRoutine(
      'rtn.emo.evening-check-in',
      { kind: 'daily' },
      { batteryId: battery.id, batteryVersion: battery.version },
    );
    history.replaceState({ name: 'plan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    await user.click(screen.getByRole('radio', { name: 'Some days of the week' }));
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await waitFor(async () => expect((await listRoutines())[0]?.rhythm.days).toContain(5));
    // Down to Friday alone; the last day cannot be unticked, and she is told why.
    const weekdays = within(screen.getByRole('group', { name: 'Which days' }));
    for (const box of weekdays.getAllByRole<HTMLInputElement>('checkbox')) {
      if (
        box.checked &&
        box.getAttribute('aria-label') !== 'Friday' &&
        !box.closest('label')?.textContent.includes('Friday')
      ) {
        await user.click(box);
      }
    }
    await waitFor(async () => expect((await listRoutines())[0]?.rhythm.days).toEqual([5]));
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    expect(await screen.findByText(/Keep at least one day/)).toBeTruthy();
    expect((await listRoutines())[0]?.rhythm.days).toEqual([5]);
  });
});

describe('today', () => {
  it('marks a routine done with one tap, gently, and shows the last two weeks', async () => {
    const user = userEvent.setup();
    await addRoutine(
      'rtn.emo.evening-check-in',
      { kind: 'daily' },
      { batteryId: battery.id, batteryVersion: battery.version },
    );
    history.replaceState({ name: 'today' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const box = await screen.findByRole('checkbox', {
      name: `Done today: ${title('rtn.emo.evening-check-in')}`,
    });
    // Kept since today: no "planned" days before she began, and nothing to look back on yet.
    expect(screen.getByText('Not marked yet. That is fine.')).toBeTruthy();
    expect(document.querySelectorAll('.look-back .day')).toHaveLength(1);
    await user.click(box);
    await screen.findByText('In the last two weeks: done on 1 day.');
    expect((box as HTMLInputElement).checked).toBe(true);
    expect((await listRoutines())[0]?.doneDays).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/streak|missed/i);
  });
});

it('looks back two weeks at a routine kept for longer, without blame', async () => {
  await addRoutine(
    'rtn.emo.evening-check-in',
    { kind: 'daily' },
    { batteryId: battery.id, batteryVersion: battery.version },
    new Date(Date.now() - 20 * 86_400_000),
  );
  history.replaceState({ name: 'today' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  expect(await screen.findByText('Not marked in the last two weeks. That is fine.')).toBeTruthy();
  expect(document.querySelectorAll('.look-back .day')).toHaveLength(14);
});

describe('trusted people', () => {
  it('adds, changes and deletes a person; a name is required', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'contacts' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await user.click(await screen.findByRole('button', { name: 'Add a person or a number' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write a name, or a word only you will understand.')).toBeTruthy();
    expect(await listContacts()).toEqual([]);
    await user.type(screen.getByLabelText('Name'), 'Amina');
    await user.type(screen.getByLabelText('How to reach them'), '+254 700');
    await user.click(screen.getByRole('checkbox', { name: /emergency number/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Amina' });
    expect(await listContacts()).toEqual([
      expect.objectContaining({ name: 'Amina', isEmergencyNumber: true }),
    ]);
    // Saved: focus is back on the button that opens the form.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person or a number' }));
    // "Change" opens the form above the list and takes her to it.
    await user.click(screen.getByRole('button', { name: /^Change/ }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Change this contact' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Delete: Amina' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await listContacts()).toEqual([]));
  });
});

describe('print and calendar', () => {
  it('prints only what she chooses: names and notes stay off paper unless she ticks them', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const item = await addToPlan('act.pol.lock-phone', {
      batteryId: battery.id,
      batteryVersion: battery.version,
    });
    const { updatePlanItem } = await import('../../src/storage/plan.ts');
    await updatePlanItem(item.id, { note: 'secret note' });
    await saveContact({ name: 'Amina', reach: '', helpsWith: '', note: '', isEmergencyNumber: false });
    history.replaceState({ name: 'printPlan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    const sheet = await screen.findByRole('article', { name: 'What will be printed' });
    expect(sheet.textContent).toContain(title('act.pol.lock-phone'));
    expect(sheet.textContent).not.toMatch(/Amina|secret note/);
    await user.click(screen.getByRole('checkbox', { name: 'People I trust' }));
    await user.click(screen.getByRole('checkbox', { name: 'My notes' }));
    expect(sheet.textContent).toContain('Amina');
    expect(sheet.textContent).toContain('secret note');
    await user.click(screen.getByRole('checkbox', { name: 'Protective actions' }));
    expect(sheet.textContent).not.toContain(title('act.pol.lock-phone'));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(document.title).toBe('My plan');
    vi.unstubAllGlobals();
  });

  it('keeps any single item off paper; an action marked "not for me" starts off paper', async () => {
    const user = userEvent.setup();
    const { updatePlanItem } = await import('../../src/storage/plan.ts');
    const source = { batteryId: battery.id, batteryVersion: battery.version };
    await addToPlan('act.pol.lock-phone', source);
    const declined = await addToPlan('act.emo.reach-someone-now', source);
    await updatePlanItem(declined.id, { status: 'notForMe' });
    history.replaceState({ name: 'printPlan' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByRole('article', { name: 'What will be printed' });
    const box = (id: string) =>
      screen.getByRole<HTMLInputElement>('checkbox', { name: `On paper: ${title(id)}` });
    const line = (id: string) => box(id).closest('li');
    expect(box('act.emo.reach-someone-now').checked).toBe(false);
    expect(line('act.emo.reach-someone-now')?.className).toBe('left-out');
    expect(box('act.pol.lock-phone').checked).toBe(true);
    await user.click(box('act.pol.lock-phone'));
    expect(line('act.pol.lock-phone')?.className).toBe('left-out');
    await user.click(box('act.emo.reach-someone-now'));
    expect(line('act.emo.reach-someone-now')?.className).not.toBe('left-out');
  });

  it('makes a calendar file with neutral titles she can change, and warns first', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
        revokeObjectURL: () => undefined,
      }),
    );
    await addRoutine(
      'rtn.emo.evening-check-in',
      { kind: 'days', days: [1, 3] },
      { batteryId: battery.id, batteryVersion: battery.version },
    );
    await addRoutine(
      'rtn.emo.weekly-circle',
      { kind: 'weekly' },
      { batteryId: battery.id, batteryVersion: battery.version },
    );
    history.replaceState({ name: 'calendar' }, '');
    await renderApp({ settings: { hasOnboarded: true } });
    await screen.findByText('A calendar is often less private than this app.');
    const titles = screen.getAllByLabelText('Title in the calendar');
    expect(titles.map((x) => (x as HTMLInputElement).value)).toEqual(['Personal time', 'Personal time']);
    await user.clear(titles[0]!);
    await user.type(titles[0]!, 'Tea');
    await user.click(screen.getByRole('button', { name: 'Make the calendar file (2 routines)' }));
    const link = await screen.findByRole('link', { name: 'Download the calendar file' });
    expect(link.getAttribute('download')).toBe('calendar.ics');
    const text = await new Promise<string>((ok) => {
      const reader = new FileReader();
      reader.onload = () => ok(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    expect(text).toContain('SUMMARY:Tea');
    expect(text).toContain('SUMMARY:Personal time');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE');
    expect(text).not.toMatch(/check in|circle/i);
    vi.unstubAllGlobals();
  });
});
