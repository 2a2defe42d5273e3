/** Renders the whole app, as the browser would start it, on a fresh database. */
import { render } from '@testing-library/react';
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
