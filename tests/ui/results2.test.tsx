/**
 * Model-2 results on screen: a level says where it comes from, exposure is never worded as danger,
 * the crisis box comes first and apart, "not enough answers about threats" shows what exposure
 * alone gives, and what protects her is listed apart from the answers that add risk.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { recommend, score, type Answers } from '../../src/domain/index.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import { RouterProvider } from '../../src/ui/navigation.tsx';
import { ResultBody } from '../../src/ui/ResultBody.tsx';
import { HowItWorks } from '../../src/features/results/HowItWorksPage.tsx';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery } from '../helpers/battery.ts';
import { openEveryFold } from '../helpers/render.tsx';
import { model2Battery } from './model2Battery.ts';

const battery = model2Battery();

/** A threat to life (twice), her own sense of danger, a crisis answer, exposure without threats. */
const ANSWERS: Answers = {
  'pol.organisation': 'none',
  'emotional.t': 'never',
  'emo.not-want-to-live': 'yes',
  'physical.t': 'never',
  'phy.death-threat': 'few',
  'phy.feel-endangered': 'quite',
  'physical.c': 'fully',
  'economic.t': 'never',
  'economic.v': 'very',
  'economic.c': 'none',
  'political.t': 'skip',
  'political.v': 'quite',
};

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(cleanup);

function show(answers: Answers) {
  const result = score(battery, answers);
  const recommendations = recommend(battery, result);
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider initial={{ name: 'home' }}>
        <ResultBody battery={battery} result={result} recommendations={recommendations} />
      </RouterProvider>
    </I18nextProvider>,
  );
  return result;
}

const card = (name: string) => screen.getByRole('article', { name });

describe('model-2 results', () => {
  it('says where a level comes from: what is done against her, or what exposes her', () => {
    show(ANSWERS);
    openEveryFold(); // what each folded part holds
    expect(
      within(card('physical security')).getByText('Severe — from what is being done against you'),
    ).toBeTruthy();
    expect(within(card('economic security')).getByText('High — from what exposes you')).toBeTruthy();
  });

  it('never words exposure as danger, and lists it under "Look after this soon" with its first steps', () => {
    show(ANSWERS);
    const economic = card('economic security');
    expect(economic.textContent).not.toMatch(/danger|urgent/i);
    const soon = screen.getByRole('region', { name: 'Look after this soon' });
    expect(soon.textContent).not.toMatch(/danger|urgent/i);
    const group = within(soon).getByRole('group', { name: 'economic security' });
    expect(within(group).getByRole('heading', { name: 'Put a little aside' })).toBeTruthy();
    expect(within(group).getByRole('heading', { name: 'Make a small budget' })).toBeTruthy();
    // Physical (from threats, with a red flag) is not "look after this soon".
    expect(within(soon).queryByRole('group', { name: 'physical security' })).toBeNull();
  });

  it('shows the crisis box first and apart, with its own steps only and "not a diagnosis"', () => {
    show(ANSWERS);
    const crisis = screen.getByRole('region', { name: 'Take care of yourself first' });
    const urgent = screen.getByRole('region', { name: 'First, some urgent steps' });
    // First: before the security steps in the page.
    expect(crisis.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(crisis).getByText('Such thoughts can ease with help.')).toBeTruthy();
    expect(within(crisis).getByText(/self-reflection aid, not a diagnosis/)).toBeTruthy();
    // Her answer is not repeated under each crisis step.
    expect(within(crisis).queryByText(/Suggested because of/)).toBeNull();
    const crisisSteps = within(crisis)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(crisisSteps).toEqual(['Title of act.crisis.reach-one', 'Title of act.crisis.counsellor']);
    // Apart: no crisis step among the security steps, and no security step in the crisis box.
    const securitySteps = within(urgent)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(securitySteps.some((s) => s.includes('crisis'))).toBe(false);
    expect(crisisSteps.some((s) => s.includes('act.u.'))).toBe(false);
  });

  it('shows each fired block with its words and what she said, the steps once, now before this week', () => {
    show(ANSWERS);
    openEveryFold(); // what each folded part holds
    const urgent = screen.getByRole('region', { name: 'First, some urgent steps' });
    const life = within(urgent).getByRole('region', { name: 'A threat to your life' });
    expect(within(life).getByText('Act on it today, one step at a time.')).toBeTruthy();
    expect(within(life).getByText('You were threatened with death')).toBeTruthy();
    const steps = within(urgent)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(steps).toEqual([
      'Title of act.u.go-safer-place',
      'Title of act.u.tell-friends',
      'Title of act.u.review-plan',
    ]);
    // Without an organisation, the step that needs one is replaced, and she is told so.
    expect(
      within(urgent).getByText(
        'In place of “Title of act.u.tell-people-today”, which needs an organisation behind you.',
      ),
    ).toBeTruthy();
    // The urgent steps are not repeated among the other suggestions.
    const actions = screen.getByRole('region', { name: 'Protective actions' });
    expect(within(actions).queryByRole('heading', { name: 'Title of act.u.go-safer-place' })).toBeNull();
  });

  it('says "not enough answers about threats", and what exposure alone gives, when threats were skipped', () => {
    show(ANSWERS);
    openEveryFold(); // what each folded part holds
    const political = card('political security');
    expect(within(political).getByText('Not enough answers about threats')).toBeTruthy();
    expect(within(political).getByText('From what exposes you only: Moderate')).toBeTruthy();
    expect(within(political).getByText(/leaves out threats/)).toBeTruthy();
    expect(within(political).getByText('You answered 0 of 1 questions about threats.')).toBeTruthy();
    const spiritual = card('spiritual security');
    expect(within(spiritual).getByText('Not enough answers')).toBeTruthy();
    expect(within(spiritual).queryByText('Not enough answers about threats')).toBeNull();
  });

  it('puts her own sense of danger first, lists what protects her apart, and the three parts in plain words', () => {
    show(ANSWERS);
    const physical = card('physical security');
    const why = within(physical).getByRole('heading', { name: 'Why' });
    const self = within(physical).getByText(/^You said: “Quite in danger”/);
    expect(why.compareDocumentPosition(self) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const drivers = within(physical)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(drivers.some((d) => d.startsWith('Threatened with death: Yes, 2–3 times'))).toBe(true);
    // Her own sense of danger is said once, at the top, not again among the answers.
    expect(drivers.some((d) => d.startsWith('How endangered you feel'))).toBe(false);

    const protects = within(physical).getByRole('heading', { name: 'What protects you' });
    const strengths = protects.nextElementSibling as HTMLElement;
    expect(within(strengths).getByText('physical protection: Yes, fully')).toBeTruthy();
    // A strength is never a reason for risk.
    const whyList = self.nextElementSibling as HTMLElement;
    expect(within(whyList).queryByText(/physical protection/)).toBeNull();

    expect(within(physical).getByText('What is done against you: a lot')).toBeTruthy();
    expect(within(physical).getByText('What protection is missing: none reported')).toBeTruthy();
    // The follow-up about being watched is asked (a threat was reported) but not answered yet.
    expect(within(physical).getByText('You answered 3 of 4 questions about threats.')).toBeTruthy();
  });

  it('points a flagged answer in an exposure category to the steps above, without danger words', () => {
    show(ANSWERS);
    openEveryFold(); // what each folded part holds
    const emotional = card('emotional security');
    expect(within(emotional).getByText('High — from what exposes you')).toBeTruthy();
    expect(within(emotional).getByText('(see the steps at the top)')).toBeTruthy();
    expect(within(emotional).queryByText('(urgent)')).toBeNull();
  });

  it('opens with the five levels, highest first, a calm line to the crisis box and one line to the urgent steps', async () => {
    const user = userEvent.setup();
    const result = show(ANSWERS);
    const glance = screen.getByRole('region', { name: 'Your five kinds of security' });
    const rows = within(glance)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe('physical securitySevere — from what is being done against you');
    result.order.forEach((c, i) => expect(rows[i]?.startsWith(`${c} security`)).toBe(true));
    expect(rows).toContain('economic securityHigh — from what exposes you');

    // The crisis line comes first on the page, and takes her to the crisis box.
    const crisisLead = screen.getByRole('button', { name: 'What can help now' });
    expect(crisisLead.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(crisisLead);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Take care of yourself first' }));

    // One line to the urgent steps, after the levels.
    const lead = screen.getByRole('button', { name: 'Some of your answers call for urgent steps. See them' });
    expect(glance.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(lead);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'First, some urgent steps' }));

    // A level opens its "why" below, and moves her there.
    const economic = card('economic security').querySelector('details')!;
    expect(economic.open).toBe(false);
    await user.click(within(glance).getByRole('button', { name: /^economic security/ }));
    expect(economic.open).toBe(true);
    expect(document.activeElement).toBe(economic.querySelector('summary'));
  });

  it('folds each category’s why but the highest’s, and each step under its title; the crisis steps for now stay open', () => {
    show(ANSWERS);
    const open = (name: string) => card(name).querySelector('details')!.open;
    expect(open('physical security')).toBe(true);
    for (const name of [
      'emotional security',
      'economic security',
      'political security',
      'spiritual security',
    ])
      expect(open(name)).toBe(false);
    const crisis = screen.getByRole('region', { name: 'Take care of yourself first' });
    const stepOpen = (region: HTMLElement, title: string) =>
      (within(region).getByRole('heading', { name: title }).closest('details') as HTMLDetailsElement).open;
    expect(stepOpen(crisis, 'Title of act.crisis.reach-one')).toBe(true);
    expect(stepOpen(crisis, 'Title of act.crisis.counsellor')).toBe(false);
    const urgent = screen.getByRole('region', { name: 'First, some urgent steps' });
    expect(stepOpen(urgent, 'Title of act.u.go-safer-place')).toBe(false);
  });

  it('shows every action once on the whole page', () => {
    show(ANSWERS);
    const ids = [...document.querySelectorAll('li.rec')].map((li) => li.getAttribute('data-id'));
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows no urgent box and no "look after this soon" when nothing fired and nothing is high', () => {
    show({ 'pol.organisation': 'registered', 'economic.t': 'never', 'economic.v': 'a-little' });
    expect(screen.queryByRole('region', { name: 'First, some urgent steps' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Look after this soon' })).toBeNull();
    expect(within(card('economic security')).getByText('Low')).toBeTruthy();
    // No line to urgent steps or to a crisis box on the first screen.
    expect(screen.queryByRole('button', { name: /urgent steps/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'What can help now' })).toBeNull();
  });
});

describe('"How is this worked out?"', () => {
  const renderHow = (b = battery) =>
    render(
      <I18nextProvider i18n={i18n}>
        <HowItWorks battery={b} />
      </I18nextProvider>,
    );

  it('explains model 2 with the battery’s own numbers and lists its red flags', () => {
    renderHow();
    expect(screen.getByText(/most serious threat counts fully.* adds 50% .* at most 15%/)).toBeTruthy();
    expect(screen.getByText(/raise this by at most 50%, .* lower it by at most 35%/)).toBeTruthy();
    expect(
      screen.getByText(/moderate from 32%, high from 55%, and never more than high.*at 50% of their weight/),
    ).toBeTruthy();
    expect(screen.getByText('You were threatened with death')).toBeTruthy();
    expect(screen.getByText(/“not enough answers about threats”/)).toBeTruthy();
    expect(screen.queryByText(/threats count/)).toBeNull();
  });

  it('keeps the model-1 explanation for battery 1.0.0', () => {
    renderHow(currentBattery());
    expect(screen.getByText(/The three parts are added up: threats count/)).toBeTruthy();
    expect(screen.queryByText(/most serious threat counts fully/)).toBeNull();
  });
});
