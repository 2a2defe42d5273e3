/**
 * The results page's layout with the shipped batteries: every action once on the whole page
 * (urgent steps, "look after this soon", suggestions by horizon), for model 2 (battery 2.0.0) and
 * model 1 (battery 1.0.0, whose results keep opening with the same layout).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { renderToString } from 'react-dom/server';
import type { i18n as I18n } from 'i18next';
import {
  formIndicators,
  recommend,
  scaleOf,
  score,
  SKIPPED,
  type Answers,
  type Battery,
  type CategoryId,
} from '../../src/domain/index.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import { RouterProvider } from '../../src/ui/navigation.tsx';
import { ResultBody } from '../../src/ui/ResultBody.tsx';
import { resultSections } from '../../src/ui/resultSections.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';
import { appBattery, currentBattery } from '../helpers/battery.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(cleanup);

/** Every question of the full form answered with `pick`: an option id, 'LAST', or skipped. */
function answersOf(battery: Battery, pick: (id: string) => string | undefined): Answers {
  const answers: Record<string, string> = {};
  for (const ind of formIndicators(battery, 'full')) {
    const options = scaleOf(battery, ind).options;
    const want = pick(ind.id);
    answers[ind.id] =
      want === 'skip' ? SKIPPED : want === 'LAST' ? options.at(-1)!.id : (want ?? options[0]!.id);
  }
  return answers;
}

/** A recent threat to life, no organisation, worn out economically, political threats skipped. */
const LIFE: Record<string, string> = {
  'pol.organisation': 'none',
  'phy.death-threat': 'few',
  'phy.feel-endangered': 'quite',
  'phy.threat-source': 'armed-group',
  'eco.single-income': 'LAST',
  'eco.dependants': 'LAST',
  'eco.emergency-savings': 'none',
  'pol.smear': 'skip',
  'pol.surveillance': 'skip',
  'pol.open-devices': 'LAST',
};

function show(battery: Battery, answers: Answers) {
  const result = score(battery, answers, 'full');
  const recommendations = recommend(battery, result);
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider initial={{ name: 'home' }}>
        <ResultBody battery={battery} result={result} recommendations={recommendations} />
      </RouterProvider>
    </I18nextProvider>,
  );
  return { result, recommendations };
}

const shownIds = () => [...document.querySelectorAll('li.rec')].map((li) => li.getAttribute('data-id'));

describe.each([
  ['battery 2.0.0, a threat to life', () => appBattery(), (id: string) => LIFE[id]],
  ['battery 2.0.0, the worst answers', () => appBattery(), () => 'LAST'],
  ['battery 1.0.0, the worst answers', () => currentBattery(), () => 'LAST'],
])('%s', (_name, battery, pick) => {
  it('shows every action it suggests once on the page, the urgent steps first', () => {
    const b = battery();
    const { recommendations } = show(b, answersOf(b, pick));
    const ids = shownIds();
    expect(new Set(ids).size).toBe(ids.length);
    // Nothing suggested is lost: every action is on the page (folded), and every routine.
    expect(new Set(ids)).toEqual(
      new Set([...recommendations.actions, ...recommendations.routines].map((r) => r.id)),
    );
    const urgent = screen.getByRole('region', { name: 'First, some urgent steps' });
    const actions = screen.getByRole('region', { name: 'Protective actions' });
    expect(urgent.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The first screen: five levels and one line to the urgent steps.
    const glance = screen.getByRole('region', { name: 'Your five kinds of security' });
    expect(within(glance).getAllByRole('button')).toHaveLength(5);
    expect(
      screen.getAllByRole('button', { name: /^Some of your answers call for urgent steps/ }),
    ).toHaveLength(1);
  });
});

describe('the first draw', () => {
  it('is the first screen; the urgent steps and the rest follow right after it', async () => {
    const b = appBattery();
    const result = score(
      b,
      answersOf(b, (id) => LIFE[id]),
      'full',
    );
    const recommendations = recommend(b, result);
    const body = (
      <I18nextProvider i18n={i18n}>
        <RouterProvider initial={{ name: 'home' }}>
          <ResultBody battery={b} result={result} recommendations={recommendations} />
        </RouterProvider>
      </I18nextProvider>
    );
    // A first draw without its effects: what the browser paints before the rest is drawn.
    const first = document.createElement('div');
    first.innerHTML = renderToString(body);
    expect(first.querySelector('.at-a-glance')).not.toBeNull();
    expect(first.querySelector('.urgent-lead')).not.toBeNull(); // the line to the urgent steps
    expect(first.querySelector('.results-rest')).toBeNull();
    expect(first.querySelector('section.crisis, section.urgent, .why-levels')).toBeNull();

    render(body);
    const urgent = await screen.findByRole('region', { name: 'First, some urgent steps' });
    expect(urgent.closest('.results-rest')).not.toBeNull();
    expect(
      screen.getByRole('region', { name: 'Protective actions' }).closest('.results-rest'),
    ).not.toBeNull();
  });
});

describe('resultSections', () => {
  it('model 1: leaves the urgent box’s steps and outside support out of the suggestions below', () => {
    const b = currentBattery();
    const result = score(
      b,
      answersOf(b, () => 'LAST'),
      'full',
    );
    const sections = resultSections(b, result, recommend(b, result));
    const above = [...sections.urgent1!.steps, ...sections.urgent1!.support].map((r) => r.id);
    expect(above.length).toBeGreaterThan(0);
    const below = Object.values(sections.actions)
      .flat()
      .map((r) => r.id);
    expect(below.filter((id) => above.includes(id))).toEqual([]);
  });

  it('model 2: an action for two "look after this soon" categories is listed under the first only', () => {
    const b = appBattery();
    const scored = score(
      b,
      answersOf(b, (id) => LIFE[id]),
      'full',
    );
    const result = { ...scored, soon: ['economic', 'political'] as CategoryId[] };
    const reasonIn = (category: string) =>
      result.categories.find((c) => c.category === category)!.answers.find((a) => a.contribution > 0)!;
    // One first step that both categories call for.
    const shared = {
      ...recommend(b, scored).actions.find((r) => r.horizon === 'week' && !r.isUrgent)!,
      reasons: [reasonIn('economic'), reasonIn('political')],
    };
    const sections = resultSections(b, result, { actions: [shared], routines: [] });
    expect(sections.soon.map((s) => [s.category, s.recs.map((r) => r.id)])).toEqual([
      ['economic', [shared.id]],
      ['political', []],
    ]);
    expect(Object.values(sections.actions).flat()).toEqual([]);
  });
});
