/**
 * The contact's view of a summary: whose it is and from when, about her in the third person, with
 * what a contact can do. Plan titles come from the reader's battery in the reader's language; an
 * action or routine no battery knows shows its id; notes only when they were sent.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ContactSteps, SummaryView } from '../../src/features/share/SummaryView.tsx';
import { changeLanguage, initI18n, loadNamespace } from '../../src/i18n/i18n.ts';
import { pickText, type Summary } from '../../src/domain/index.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';
import { appBattery, currentBattery, shippedBatteries } from '../helpers/battery.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(cleanup);

const battery = currentBattery();
const action = battery.actions[0]!;
const routine = battery.routines[0]!;

const summary: Summary = {
  type: 'shn-summary',
  version: 3,
  source: 'secure-here-and-now',
  appVersion: '0.1.0',
  createdAt: '2025-04-02T09:30:00.000Z',
  assessedAt: '2025-04-01T18:00:00.000Z',
  battery: { id: battery.id, version: battery.version },
  plan: {
    actions: [
      { actionId: action.id, batteryId: battery.id, batteryVersion: battery.version, status: 'doing' },
      { actionId: 'act.theirs.only', batteryId: 'their-own', batteryVersion: '9.9.9', status: 'todo' },
    ],
    routines: [
      {
        routineId: routine.id,
        batteryId: battery.id,
        batteryVersion: battery.version,
        rhythm: { kind: 'daily' },
        note: 'con mi hermana',
      },
    ],
  },
};

it('names plan items in the reader’s language, quoted as her steps, and by id when the battery does not know them', async () => {
  const i18n = await initI18n('es');
  render(
    <I18nextProvider i18n={i18n}>
      <SummaryView summary={summary} />
    </I18nextProvider>,
  );
  const actions = await screen.findByTestId('summary-plan-actions');
  expect(await within(actions).findByText(`«${pickText(action.title, 'es', battery)}»`)).toBeTruthy();
  expect(within(actions).getByText('act.theirs.only')).toBeTruthy();
  expect(within(actions).getByText(/En marcha/)).toBeTruthy();
  const routines = screen.getByTestId('summary-plan-routines');
  expect(within(routines).getByText(`«${pickText(routine.title, 'es', battery)}»`)).toBeTruthy();
  expect(within(routines).getByText('con mi hermana')).toBeTruthy();
});

describe('the contact’s view', () => {
  const core = appBattery();
  const about: Summary = {
    type: 'shn-summary',
    version: 3,
    source: 'secure-here-and-now',
    appVersion: '0.1.0',
    from: 'Amal',
    reach: 'Signal only. Never call.',
    createdAt: '2026-03-02T09:30:00.000Z',
    assessedAt: '2026-03-01T18:00:00.000Z',
    battery: { id: core.id, version: core.version },
    scoringModel: 2,
    levels: [
      { category: 'physical', level: 'severe', kind: 'threats' },
      { category: 'economic', level: 'moderate', kind: 'exposure' },
    ],
    concerns: [
      {
        category: 'physical',
        indicatorId: 'phy.death-threat',
        optionId: 'once',
        isRedFlag: true,
        topic: 'Threats to kill or seriously hurt you',
        choice: 'Yes, once',
      },
      {
        category: 'political',
        indicatorId: 'pol.smear',
        optionId: 'once',
        isRedFlag: false,
        topic: 'Lies spread about you',
        choice: 'Once',
      },
    ],
    note: 'Please check on me on Friday.',
  };

  async function show(summary: Summary, lng: 'en' | 'ar' = 'en') {
    const i18n = await initI18n(lng);
    render(
      <I18nextProvider i18n={i18n}>
        <SummaryView summary={summary} />
        <ContactSteps summary={summary} />
      </I18nextProvider>,
    );
    return screen.findByTestId('summary-view');
  }

  it('says whose summary it is, from when and which questions, and speaks of her, never to her', async () => {
    const view = await show(about);
    const from = within(view).getByTestId('summary-from');
    await waitFor(() =>
      expect(from.textContent).toBe(
        `Summary from Amal · made on Mar 2, 2026 · questions version ${core.version}`,
      ),
    );
    await within(view).findByText('Threats to kill or seriously hurt her — her answer: “Yes, once”');
    expect(within(view).getByText('Lies spread about her — her answer: “Once”')).toBeTruthy();
    expect(within(view).getByText('Severe — from what is being done against her')).toBeTruthy();
    expect(within(view).getByText('Moderate — from what exposes her')).toBeTruthy();
    expect(within(view).getByText('Signal only. Never call.')).toBeTruthy();
    // Nothing in it is worded as the reader's own ("threats to your life").
    expect(view.textContent).not.toMatch(/\byou(r|rs|rself)?\b/i);
  });

  it('lists her levels led by the highest, as her own results do', async () => {
    const view = await show({
      ...about,
      levels: [
        { category: 'emotional', level: 'low' },
        { category: 'physical', level: 'severe', kind: 'threats' },
        { category: 'spiritual', level: 'low' },
        { category: 'economic', level: 'high', kind: 'exposure' },
        { category: 'political', level: 'moderate', kind: 'exposure' },
      ],
    });
    const rows = await waitFor(() => {
      const found = [...view.querySelectorAll('.summary-levels .level-badge')];
      expect(found).toHaveLength(5);
      return found;
    });
    expect(rows.map((r) => /\blevel-(low|moderate|high|severe)\b/.exec(r.className)?.[1])).toEqual([
      'severe',
      'high',
      'moderate',
      'low',
      'low',
    ]);
  });

  it('tells the contact what to do and what not to do, and reaches her as she asked', async () => {
    await show(about);
    const steps = screen.getByRole('region', { name: 'How to help her safely' });
    for (const text of [
      'Reach her only the way she asked, above.',
      'She shared something urgent. If she wants it, help her reach people who can act today.',
      'Do not forward this file or its passphrase, and do not take screenshots of it.',
      'Do not call her if she asked you not to, and leave no voice message about this.',
      /^Do not post about it/,
    ]) {
      expect(within(steps).getByText(text)).toBeTruthy();
    }
    cleanup();
    // No way to reach her given, nothing urgent: the way agreed, and no urgent line.
    await show({ ...about, reach: undefined, concerns: undefined, levels: undefined, from: undefined });
    const again = screen.getByRole('region', { name: 'How to help her safely' });
    expect(within(again).getByText(/^Reach her only the way you have agreed/)).toBeTruthy();
    expect(within(again).queryByText(/something urgent/)).toBeNull();
    expect(screen.getByTestId('summary-from').textContent).toMatch(/^Summary \(no name given\) · made on/);
  });

  it('names a question of another battery neutrally, by its category, and never in her second person', async () => {
    const view = await show({ ...about, battery: { id: 'their-own', version: '1.2.0' } });
    await waitFor(() =>
      expect(within(view).getByTestId('summary-from').textContent).toMatch(/their-own 1\.2\.0$/),
    );
    // Their battery is not on this phone: her answer is quoted from the file.
    // (Category ids are shared: a reader with the core battery names it; one without shows its id.)
    expect(
      within(view).getByText(
        /^One of her answers \((physical|Physical security)\) — her answer: “Yes, once”$/,
      ),
    ).toBeTruthy();
    expect(view.textContent).not.toContain('Threats to kill or seriously hurt you');
  });

  it('has it in Arabic, about her, with her name kept as she wrote it', async () => {
    const view = await show({ ...about, from: 'أمل' }, 'ar');
    await within(view).findByText('تهديدات بقتلها أو إيذائها بشدة — إجابتها: «نعم، مرة واحدة»');
    expect(within(view).getByTestId('summary-from').textContent).toContain('ملخّص من أمل');
    expect(view.textContent).not.toMatch(/[ك]ِ/); // no feminine "you" suffix addressed to the reader
  });

  it('loads its words only when a summary is shown, and again in a language she switches to', async () => {
    const i18n = await initI18n('en');
    expect(i18n.hasResourceBundle('en', 'contact')).toBe(false);
    render(
      <I18nextProvider i18n={i18n}>
        <SummaryView summary={about} />
      </I18nextProvider>,
    );
    await screen.findByText('Threats to kill or seriously hurt her — her answer: “Yes, once”');
    await act(() => changeLanguage(i18n, 'es'));
    expect(i18n.hasResourceBundle('es', 'contact')).toBe(true);
    expect(
      await screen.findByText(/^Amenazas de matarla o de hacerle daño grave — su respuesta: «Sí, una vez»$/),
    ).toBeTruthy();
  });

  it('has words about her for every question of the core batteries, in every language', async () => {
    for (const lng of ['en', 'es', 'fr', 'ar', 'fa', 'ur', 'sw'] as const) {
      const i18n = await initI18n(lng);
      await loadNamespace(i18n, 'contact');
      for (const { battery } of shippedBatteries().filter((b) => b.battery.id === 'shn-core')) {
        for (const indicator of battery.indicators) {
          const key = `contact:topics.${indicator.id}`;
          expect(i18n.exists(key, { lng, fallbackLng: [] }), `${lng} ${key}`).toBe(true);
        }
      }
    }
    const en = await initI18n('en');
    await loadNamespace(en, 'contact');
    const topics = en.t('contact:topics', { returnObjects: true }) as Record<string, Record<string, string>>;
    for (const group of Object.values(topics)) {
      for (const text of Object.values(group)) expect(text).not.toMatch(/\byou(r|rs|rself)?\b/i);
    }
  });
});
