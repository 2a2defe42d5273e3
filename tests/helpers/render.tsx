/** Renders the whole app, as the browser would start it, on a fresh database. */
import { fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';
import { getSettings, updateSettings, type Settings } from '../../src/storage/settings.ts';

export async function renderApp(options: { language?: LanguageCode; settings?: Partial<Settings> } = {}) {
  if (options.settings) await updateSettings(options.settings);
  const settings = await getSettings();
  const i18n = await initI18n(options.language ?? 'en');
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App settings={settings} storageFailed={false} />
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

/**
 * Opens every folded part (details) under `root`, as her taps on each summary would, and those
 * that appear once their parent is open: a folded part's content is drawn when it first opens
 * (src/ui/drawnWhenOpen.ts).
 */
export function openEveryFold(root: ParentNode = document.body): void {
  for (let round = 0; round < 10; round += 1) {
    const closed = [...root.querySelectorAll('details:not([open]) > summary')];
    if (closed.length === 0) return;
    for (const summary of closed) fireEvent.click(summary);
  }
  throw new Error('folded parts kept appearing');
}
