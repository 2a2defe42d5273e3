/** Start-up: read settings, pick the language, load its strings, draw the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { initI18n, loadRestOfStrings, prefetchStrings, rememberChosenLanguage } from './i18n/i18n.ts';
import { isLanguage, pickLanguage } from './i18n/languages.ts';
import { startUp } from './services/settings.ts';
import { wantBatteryTexts } from './services/batteryLanguages.ts';
import { keepProtectedHint } from './app/protectedHint.ts';

async function start(): Promise<void> {
  // On the home screen (not a screen a reload brings her back to) only its own words load first.
  const state = history.state as { name?: unknown } | null;
  const firstScreen = state === null || state.name === 'home' ? { firstScreen: 'home' as const } : {};
  // Her strings load while her settings are read, in the language index.html's first paint chose.
  const painted = document.documentElement.dataset.firstPaint;
  if (isLanguage(painted)) prefetchStrings(painted, firstScreen);
  const { settings, isStorageAvailable } = await startUp();
  const lng = pickLanguage(settings.language, navigator.languages);
  rememberChosenLanguage(settings.language);
  // Whether the next start's first paint is of a phone that opens on the lock screen.
  keepProtectedHint();
  // Her language's battery texts join the English ones when a battery first loads.
  void wantBatteryTexts(lng);
  const i18n = await initI18n(lng, firstScreen);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App settings={settings} storageFailed={!isStorageAvailable} />
      </I18nextProvider>
    </StrictMode>,
  );
  // The other screens' words once the first screen is drawn (a screen opened sooner waits for them).
  requestAnimationFrame(() => setTimeout(loadRestOfStrings, 0));
}

// Started by boot.ts once index.html's first paint is drawn.
void start();
