/** The shell: header with quick exit, the current screen, the update banner. */
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider, useRouter } from '../ui/navigation.tsx';
import { SettingsProvider } from '../ui/settingsContext.tsx';
import {
  listenForDoubleEscape,
  onQuickExit,
  quickExit,
  reloadWhenRestoredAfterExit,
} from '../ui/quickExit.ts';
import { useVaultState } from '../ui/vaultContext.tsx';
import { useAutoLock } from '../ui/autoLock.ts';
import { useSettings } from '../ui/settingsContext.tsx';
import { lock } from '../services/vault.ts';
import { LockScreen } from '../features/lock/index.ts';
import { parseRoute, preloadScreen, screenOf } from './routes.ts';
import type { Settings } from '../services/settings.ts';
import { CloseIcon } from '../ui/icons.tsx';
import { ScreenErrorBoundary } from './ScreenErrorBoundary.tsx';
import { endEarlyTaps } from '../ui/earlyTaps.ts';

// Loaded just after the first screen: it registers the service worker and says what waits or changed.
const UpdateBanner = lazy(() => import('./UpdateBanner.tsx'));

function Screen() {
  const { route } = useRouter();
  const { Screen: Page, props } = screenOf(route);
  return <Page {...props} />;
}

function Shell({ storageFailed }: { storageFailed: boolean }) {
  const { t } = useTranslation();
  const { route, navigate } = useRouter();

  const vault = useVaultState();
  const { settings } = useSettings();
  useAutoLock(vault, settings.autoLockMinutes);
  useEffect(() => listenForDoubleEscape(), []);
  useEffect(() => onQuickExit(lock), []);
  useEffect(() => reloadWhenRestoredAfterExit(), []);
  // After the first screen's own effects (home takes a tap made on the first paint): a tap meant
  // for home is forgotten when the app opened elsewhere (src/ui/earlyTaps.ts).
  useEffect(() => endEarlyTaps(), []);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <>
      <header className="app-header">
        {route.name === 'home' || vault === 'locked' ? (
          <span className="brand" aria-hidden="true">
            {t('app.name')}
          </span>
        ) : (
          <button type="button" className="brand" onClick={() => navigate({ name: 'home' })}>
            {t('app.home')}
          </button>
        )}
        <button
          type="button"
          className="quick-exit"
          onClick={quickExit}
          aria-keyshortcuts="Escape Escape"
          aria-label={t('quickExit.label')}
        >
          <CloseIcon /> {t('quickExit.short')}
        </button>
      </header>
      {storageFailed && (
        <p className="notice notice-warning" role="alert">
          {t('errors.storage.unavailable')}
        </p>
      )}
      <main id="main">
        {vault === 'locked' ? (
          // Locked: nothing of hers is mounted; the screen she was on comes back after unlocking.
          <LockScreen />
        ) : (
          // A new boundary for each screen: an error on one does not follow her to the next.
          <ScreenErrorBoundary key={route.name} onHome={() => navigate({ name: 'home' })}>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <Screen />
            </Suspense>
          </ScreenErrorBoundary>
        )}
      </main>
      <Suspense fallback={null}>
        <UpdateBanner />
      </Suspense>
    </>
  );
}

export function App({ settings, storageFailed }: { settings: Settings; storageFailed: boolean }) {
  return (
    <SettingsProvider initial={settings}>
      <RouterProvider parse={parseRoute} preload={preloadScreen}>
        <Shell storageFailed={storageFailed} />
      </RouterProvider>
    </SettingsProvider>
  );
}
