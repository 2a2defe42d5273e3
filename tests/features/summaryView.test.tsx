/**
 * The reader's view of a shared plan: titles come from the reader's battery in the reader's
 * language; an action or routine no battery knows shows its id; notes only when they were sent.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { SummaryView } from '../../src/features/share/SummaryView.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { pickText, type Summary } from '../../src/domain/index.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';
import { currentBattery } from '../helpers/battery.ts';

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

it('names plan items in the reader’s language, and by id when the battery does not know them', async () => {
  const i18n = await initI18n('es');
  render(
    <I18nextProvider i18n={i18n}>
      <SummaryView summary={summary} />
    </I18nextProvider>,
  );
  const actions = await screen.findByTestId('summary-plan-actions');
  expect(await within(actions).findByText(pickText(action.title, 'es', battery))).toBeTruthy();
  expect(within(actions).getByText('act.theirs.only')).toBeTruthy();
  expect(within(actions).getByText(/En marcha/)).toBeTruthy();
  const routines = screen.getByTestId('summary-plan-routines');
  expect(within(routines).getByText(pickText(routine.title, 'es', battery))).toBeTruthy();
  expect(within(routines).getByText('con mi hermana')).toBeTruthy();
});
