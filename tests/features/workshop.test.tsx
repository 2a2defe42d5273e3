import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery, tinyBatteryJson } from '../helpers/battery.ts';
import { pickText, score, scaleOf, SKIPPED, type Battery } from '../../src/domain/index.ts';
import { listAssessments } from '../../src/storage/assessments.ts';
import { getSettings } from '../../src/storage/settings.ts';
import { listAdaptedBatteries } from '../../src/storage/batteries.ts';
import { addToPlan } from '../../src/storage/plan.ts';
import { addBatteryFromText } from '../../src/services/batteries.ts';
import type { ShnDatabase } from '../../src/storage/db.ts';

let db: ShnDatabase;
beforeEach(() => {
  db = freshDatabase();
  history.replaceState(null, '');
});
afterEach(() => cleanup());

const LEVEL_WORDS = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  severe: 'Severe',
  insufficient: 'Not enough answers',
} as const;

/** Everything the database holds, table by table. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function openPractice(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Workshop mode' }));
  await user.click(await screen.findByRole('button', { name: 'Start a practice session' }));
  await screen.findByRole('heading', { level: 1, name: 'Practice session' });
}

/**
 * Answers every question of a practice session, option `pick(k, n)` for question k (or "prefer not
 * to say" for -1), and returns the answers given, by indicator id.
 */
async function answerAll(
  user: UserEvent,
  battery: Battery,
  pick: (k: number, n: number) => number,
): Promise<Record<string, string>> {
  const given: Record<string, string> = {};
  for (let k = 0, guard = 0; guard < 100; guard += 1) {
    if (screen.queryByRole('button', { name: 'See the practice results' })) return given;
    const group = screen.queryByRole('group', { name: 'Answers' });
    if (!group) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      continue;
    }
    const title = screen.getByRole('heading', { level: 1 }).textContent;
    const indicator = battery.indicators.find((i) => pickText(i.question, 'en', battery) === title);
    if (!indicator) throw new Error(`no indicator for ${title}`);
    const options = scaleOf(battery, indicator).options;
    const choice = pick(k, options.length);
    const option = options[choice];
    await user.click(
      within(group).getByRole('button', {
        name: option ? pickText(option.label, 'en', battery) : 'Prefer not to say',
      }),
    );
    given[indicator.id] = option?.id ?? SKIPPED;
    k += 1;
  }
  throw new Error('the practice never ended');
}

describe('practice session', () => {
  it('is marked as practice, uses the short form, shows the same levels as score(), and writes nothing', async () => {
    const user = userEvent.setup();
    const battery = currentBattery();
    await renderApp({ settings: { hasOnboarded: true, preferredForm: 'full' } });
    await screen.findByRole('heading', { level: 1 });
    const before = await dump();

    await openPractice(user);
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Short form/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    expect(await screen.findByRole('heading', { name: 'Emotional and cognitive security' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();

    const given = await answerAll(user, battery, (k, n) => (k % 4 === 3 ? -1 : (k * 3 + 1) % n));
    expect(Object.keys(given)).toHaveLength(15);
    await user.click(screen.getByRole('button', { name: 'See the practice results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice results' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();

    const expected = score(battery, given, 'short');
    for (const c of expected.categories) {
      const name = pickText(battery.categories.find((x) => x.id === c.category)!.name, 'en', battery);
      const card = screen.getByRole('article', { name });
      expect(within(card).getByText(LEVEL_WORDS[c.level])).toBeTruthy();
      expect(
        within(card).getByText(new RegExp(`^You answered ${c.answered} of ${c.total} questions\\.`)),
      ).toBeTruthy();
    }
    expect(await dump()).toEqual(before);

    // Keep nothing: back to an empty start, and still nothing written.
    await user.click(screen.getByRole('button', { name: 'Keep nothing and clear' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/was cleared/),
    );
    expect(screen.queryByRole('heading', { name: 'Practice results' })).toBeNull();
    expect(await dump()).toEqual(before);
  });

  it('"Next participant" clears every answer from the screen', async () => {
    const user = userEvent.setup();
    const battery = currentBattery();
    await renderApp({ settings: { hasOnboarded: true } });
    await openPractice(user);
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const group = screen.getByRole('group', { name: 'Answers' });
    await user.click(within(group).getAllByRole('button')[2]!);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      within(screen.getByRole('group', { name: 'Answers' })).getAllByRole('button', { pressed: true }),
    ).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Next participant' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice session' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const fresh = screen.getByRole('group', { name: 'Answers' });
    expect(within(fresh).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    // Without an answer there is no "Next": the first question is new again.
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      pickText(battery.indicators.find((i) => i.category === 'emotional')!.question, 'en', battery),
    );
    expect(await listAssessments()).toEqual([]);
  });

  it('saves the answers as her own completed assessment only when she chooses to', async () => {
    const user = userEvent.setup();
    const battery = currentBattery();
    await renderApp({ settings: { hasOnboarded: true } });
    await openPractice(user);
    await user.click(screen.getByRole('radio', { name: /Full form/ }));
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    const given = await answerAll(user, battery, (k, n) => k % n);
    await user.click(screen.getByRole('button', { name: 'See the practice results' }));
    await screen.findByRole('heading', { name: 'Practice results' });
    expect(await listAssessments()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save as my own assessment' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your results' })).toBeTruthy();
    const [saved, ...rest] = await listAssessments();
    expect(rest).toEqual([]);
    expect(saved).toMatchObject({ batteryId: 'shn-core', formId: 'full', answers: given });
    expect(saved?.completedAt).toBeInstanceOf(Date);
    expect(screen.queryByRole('note', { name: 'Practice' })).toBeNull();
  });
});

describe('presenter view', () => {
  it('moves with the keyboard and a clicker, and shows what each question means', async () => {
    const user = userEvent.setup();
    const battery = currentBattery();
    history.replaceState({ name: 'presenter' }, '');
    await renderApp();
    const slide = await screen.findByRole('region', { name: /^Slide 1 of / });
    expect(within(slide).getByRole('heading', { name: 'Five kinds of security' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('region', { name: /^Slide 2 of / })).toBeTruthy();
    await user.keyboard('{PageDown}');
    const category = screen.getByRole('region', { name: /^Slide 3 of / });
    expect(within(category).getByRole('heading', { name: 'Emotional and cognitive security' })).toBeTruthy();
    await user.keyboard(' ');
    const question = screen.getByRole('region', { name: /^Slide 4 of / });
    const first = battery.forms.find((f) => f.id === 'short')!.indicators[0]!;
    const indicator = battery.indicators.find((i) => i.id === first)!;
    expect(
      within(question).getByRole('heading', { name: pickText(indicator.question, 'en', battery) }),
    ).toBeTruthy();
    expect(within(question).getByText('What it means')).toBeTruthy();
    expect(within(question).getByText('Why it matters')).toBeTruthy();
    await user.keyboard('{PageUp}{ArrowLeft}');
    expect(screen.getByRole('region', { name: /^Slide 2 of / })).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByRole('region', { name: /^Slide 23 of 23/ })).toBeTruthy();
  });

  it('the clicker still moves the slides after she sets up the form or language; "b" blanks the screen', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'presenter' }, '');
    await renderApp();
    await screen.findByRole('region', { name: /^Slide 1 of / });
    // Setting up: the full form, then focus stays on that radio and on the language list.
    await user.click(screen.getByRole('radio', { name: /Full form/ }));
    await user.keyboard('{PageDown}{PageDown}');
    expect(screen.getByRole('region', { name: /^Slide 3 of / })).toBeTruthy();
    const language = screen.getByRole<HTMLSelectElement>('combobox', { name: /Language of the slides/ });
    language.focus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('region', { name: /^Slide 4 of / })).toBeTruthy();
    expect(language.value).toBe('en');
    language.blur();
    await user.keyboard('b');
    expect(screen.queryByRole('region', { name: /^Slide 4 of / })).toBeNull();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('region', { name: /^Slide 5 of / })).toBeTruthy();
  });
});

describe('adapted batteries', () => {
  const file = (json: unknown) =>
    new File([typeof json === 'string' ? json : JSON.stringify(json)], 'ours.json', {
      type: 'application/json',
    });

  it('loads a valid file, shows its name, version and author, and offers it for practice', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'batteries' }, '');
    await renderApp();
    const input = await screen.findByLabelText('Question set file (JSON)');
    await user.upload(input, file({ ...tinyBatteryJson(), id: 'our-network', author: 'Our network' }));
    expect(await screen.findByText('Loaded: “Tiny”, version 1.0.0, by Our network.')).toBeTruthy();
    const item = await screen.findByRole('heading', { level: 3, name: 'Tiny' });
    expect(item.parentElement?.textContent).toMatch(/Version 1\.0\.0 · by Our network/);
    expect(await listAdaptedBatteries()).toHaveLength(1);

    await user.click(within(item.parentElement!).getByRole('button', { name: 'Practise with it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice session' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Tiny/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'emotional' })).toBeTruthy();
  });

  it('keeps a set that her plan still uses: it cannot be removed from under her plan', async () => {
    const json: Record<string, unknown> = { ...tinyBatteryJson(), id: 'our-network' };
    expect((await addBatteryFromText(JSON.stringify(json))).ok).toBe(true);
    const actionId = (json.actions as { id: string }[])[0]!.id;
    await addToPlan(actionId, { batteryId: 'our-network', batteryVersion: json.version as string });
    history.replaceState({ name: 'batteries' }, '');
    await renderApp();
    const item = (await screen.findByRole('heading', { level: 3, name: 'Tiny' })).parentElement!;
    expect(
      await within(item).findByText('Your plan has actions or routines from it, so it is kept.'),
    ).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('refuses a file that is not UTF-8 text instead of loading it with replaced letters', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'batteries' }, '');
    await renderApp();
    const input = await screen.findByLabelText('Question set file (JSON)');
    const json = JSON.stringify({ ...tinyBatteryJson(), id: 'our-network', author: 'AUTHORX' });
    const bytes = new TextEncoder().encode(json);
    bytes[json.indexOf('AUTHORX') + 6] = 0xff; // not valid UTF-8 anywhere
    await user.upload(input, new File([bytes], 'ours.json', { type: 'application/json' }));
    expect(await screen.findByText(/could not be read as text/)).toBeTruthy();
    expect(await listAdaptedBatteries()).toEqual([]);
  });

  it('refuses a broken file with its report and the path, in her language, and changes nothing', async () => {
    const user = userEvent.setup();
    history.replaceState({ name: 'batteries' }, '');
    await renderApp({ language: 'es' });
    const input = await screen.findByLabelText('Archivo de preguntas (JSON)');
    const json = tinyBatteryJson();
    (json.indicators as { weight: number }[])[4]!.weight = 9;
    await user.upload(input, file({ ...json, id: 'our-network' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Este archivo no se cargó\. No cambió nada\./);
    expect(alert.textContent).toMatch(/indicators\[4\] \(physical\.v\)\.weight/);
    expect(await listAdaptedBatteries()).toEqual([]);
    expect((await getSettings()).language).toBeUndefined();
  });
});
