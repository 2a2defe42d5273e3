import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { openEveryFold, renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { shippedBatteries, tinyBatteryJson } from '../helpers/battery.ts';
import {
  buildSteps,
  pickText,
  score,
  scaleOf,
  SKIPPED,
  visibleIndicators,
  type Battery,
  type CategoryResult,
  type Step,
} from '../../src/domain/index.ts';
import { buildSlides } from '../../src/features/workshop/slides.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
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

/** The battery new assessments and practice sessions use: the app's current one. */
function appBattery(): Battery {
  const found = shippedBatteries().find(
    (b) => b.battery.id === CURRENT_BATTERY.id && b.battery.version === CURRENT_BATTERY.version,
  );
  if (!found) throw new Error('the current battery is not shipped');
  return found.battery;
}

/** What a step shows as its heading: a category's name, or a question. */
function stepHeading(battery: Battery, step: Step | undefined): string {
  if (step?.type === 'intro')
    return pickText(battery.categories.find((c) => c.id === step.category)!.name, 'en', battery);
  if (step?.type === 'question') return pickText(step.indicator.question, 'en', battery);
  return '';
}

/** A level as a category's card says it (model 2 says where it comes from). */
function levelWords(c: CategoryResult): string {
  if (c.level === 'insufficient')
    return c.insufficient === 'threats' ? 'Not enough answers about threats' : LEVEL_WORDS.insufficient;
  const from = { threats: 'from what is being done against you', exposure: 'from what exposes you' };
  return c.kind ? `${LEVEL_WORDS[c.level]} — ${from[c.kind]}` : LEVEL_WORDS[c.level];
}

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
    const battery = appBattery();
    await renderApp({ settings: { hasOnboarded: true, preferredForm: 'full' } });
    await screen.findByRole('heading', { level: 1 });
    const before = await dump();

    await openPractice(user);
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Short form/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    const first = stepHeading(battery, buildSteps(battery, 'short')[0]);
    expect(await screen.findByRole('heading', { name: first })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();

    const given = await answerAll(user, battery, (k, n) => (k % 4 === 3 ? -1 : (k * 3 + 1) % n));
    // Every question asked was answered (follow-ups only when what opens them was).
    expect(Object.keys(given).sort()).toEqual(
      visibleIndicators(battery, 'short', given)
        .map((i) => i.id)
        .sort(),
    );
    await user.click(screen.getByRole('button', { name: 'See the practice results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice results' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Practice' })).toBeTruthy();
    openEveryFold(); // each category's why

    const expected = score(battery, given, 'short');
    for (const c of expected.categories) {
      const name = pickText(battery.categories.find((x) => x.id === c.category)!.name, 'en', battery);
      const card = screen.getByRole('article', { name });
      expect(within(card).getByText(levelWords(c))).toBeTruthy();
      const threats = c.roleCoverage?.threat;
      expect(
        within(card).getByText(
          threats
            ? `You answered ${threats.answered} of ${threats.asked} questions about threats.`
            : new RegExp(`^You answered ${c.answered} of ${c.total} questions\\.`),
        ),
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
    const battery = appBattery();
    const steps = buildSteps(battery, 'short');
    const toFirstQuestion = async () => {
      await screen.findByRole('heading', { level: 1, name: stepHeading(battery, steps[0]) });
      if (steps[0]?.type === 'intro') await user.click(screen.getByRole('button', { name: 'Next' }));
    };
    await renderApp({ settings: { hasOnboarded: true } });
    await openPractice(user);
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    await toFirstQuestion();
    const group = screen.getByRole('group', { name: 'Answers' });
    await user.click(within(group).getAllByRole('button')[2]!);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      within(screen.getByRole('group', { name: 'Answers' })).getAllByRole('button', { pressed: true }),
    ).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Next participant' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice session' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));
    await toFirstQuestion();
    const fresh = screen.getByRole('group', { name: 'Answers' });
    expect(within(fresh).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    // Without an answer there is no "Next": the first question is new again.
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      stepHeading(
        battery,
        steps.find((step) => step.type === 'question'),
      ),
    );
    expect(await listAssessments()).toEqual([]);
  });

  it('saves the answers as her own completed assessment only when she chooses to', async () => {
    const user = userEvent.setup();
    const battery = appBattery();
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
    const battery = appBattery();
    const slides = buildSlides(battery, 'short');
    history.replaceState({ name: 'presenter' }, '');
    await renderApp();
    const slide = await screen.findByRole('region', { name: /^Slide 1 of / });
    expect(within(slide).getByRole('heading', { name: 'Five kinds of security' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('region', { name: /^Slide 2 of / })).toBeTruthy();
    await user.keyboard('{PageDown}');
    // Slide 3 opens the questions: the first questions about her situation (model 2), or a category.
    const third = slides[2];
    const opening = screen.getByRole('region', { name: /^Slide 3 of / });
    expect(
      within(opening).getByRole('heading', {
        name:
          third?.type === 'category'
            ? pickText(third.category.name, 'en', battery)
            : third?.type === 'about'
              ? 'First questions'
              : '',
      }),
    ).toBeTruthy();
    await user.keyboard(' ');
    const question = screen.getByRole('region', { name: /^Slide 4 of / });
    const fourth = slides[3];
    if (fourth?.type !== 'question') throw new Error('slide 4 is not a question');
    expect(
      within(question).getByRole('heading', { name: pickText(fourth.indicator.question, 'en', battery) }),
    ).toBeTruthy();
    expect(within(question).getByText('What it means')).toBeTruthy();
    expect(within(question).getByText('Why it matters')).toBeTruthy();
    await user.keyboard('{PageUp}{ArrowLeft}');
    expect(screen.getByRole('region', { name: /^Slide 2 of / })).toBeTruthy();
    await user.keyboard('{End}');
    const last = `Slide ${slides.length} of ${slides.length}`;
    expect(screen.getByRole('region', { name: new RegExp(`^${last}`) })).toBeTruthy();
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
