/** Start-up: read settings, pick the language, load its strings, draw the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { initI18n } from './i18n/i18n.ts';
import { pickLanguage } from './i18n/languages.ts';
import { startUp } from './services/settings.ts';
import { wantBatteryTexts } from './services/batteryLanguages.ts';
import { listenForInstallPrompt } from './ui/installPrompt.ts';
import './app/app.css';

async function start(): Promise<void> {
  const { settings, isStorageAvailable } = await startUp();
  const lng = pickLanguage(settings.language, navigator.languages);
  // Her language's battery texts join the English ones when a battery first loads.
  void wantBatteryTexts(lng);
  const i18n = await initI18n(lng);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App settings={settings} storageFailed={!isStorageAvailable} />
      </I18nextProvider>
    </StrictMode>,
  );
}

// The browser's offer to install the app may come before any screen is drawn.
listenForInstallPrompt();
void start();
