/** The shell: header with quick exit, the current screen, the update banner. */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider, useRouter } from './router.tsx';
import { SettingsProvider } from './settingsContext.tsx';
import { listenForDoubleEscape, onQuickExit, quickExit } from './quickExit.ts';
import { useVaultState } from './vaultContext.tsx';
import { useAutoLock } from './useAutoLock.ts';
import { useSettings } from './settingsContext.tsx';
import { lock } from '../storage/vault.ts';
import { LockScreen } from '../features/lock/LockScreen.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import type { Settings } from '../storage/settings.ts';

const SettingsPage = lazy(() => import('../features/settings/SettingsPage.tsx'));
const SecurityPage = lazy(() => import('../features/security/SecurityPage.tsx'));
const OnboardingPage = lazy(() => import('../features/onboarding/OnboardingPage.tsx'));
const AssessmentPage = lazy(() => import('../features/assessment/AssessmentPage.tsx'));
const ResultsPage = lazy(() => import('../features/results/ResultsPage.tsx'));
const HistoryPage = lazy(() => import('../features/history/HistoryPage.tsx'));
const HowItWorksPage = lazy(() => import('../features/results/HowItWorksPage.tsx'));
const ShareHubPage = lazy(() => import('../features/share/ShareHubPage.tsx'));
const ShareSummaryPage = lazy(() => import('../features/share/ShareSummaryPage.tsx'));
const OpenSummaryPage = lazy(() => import('../features/share/OpenSummaryPage.tsx'));
const ReceivePage = lazy(() => import('../features/share/ReceivePage.tsx'));
const BackupPage = lazy(() => import('../features/backup/BackupPage.tsx'));
const WorkshopPage = lazy(() => import('../features/workshop/WorkshopPage.tsx'));
const PracticePage = lazy(() => import('../features/workshop/PracticePage.tsx'));
const PresenterPage = lazy(() => import('../features/workshop/PresenterPage.tsx'));
const GuidePage = lazy(() => import('../features/workshop/GuidePage.tsx'));
const HandoutsPage = lazy(() => import('../features/workshop/HandoutsPage.tsx'));
const BatteriesPage = lazy(() => import('../features/workshop/BatteriesPage.tsx'));
const PlanPage = lazy(() => import('../features/plan/PlanPage.tsx'));
const LibraryPage = lazy(() => import('../features/plan/LibraryPage.tsx'));
const TodayPage = lazy(() => import('../features/plan/TodayPage.tsx'));
const ContactsPage = lazy(() => import('../features/contacts/ContactsPage.tsx'));
const PrintPlanPage = lazy(() => import('../features/plan/PrintPlanPage.tsx'));
const CalendarPage = lazy(() => import('../features/plan/CalendarPage.tsx'));

function Screen() {
  const { route } = useRouter();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return <SettingsPage />;
    case 'security':
      return <SecurityPage />;
    case 'onboarding':
      return <OnboardingPage />;
    case 'assessment':
      return <AssessmentPage id={route.id} />;
    case 'results':
      return <ResultsPage id={route.id} />;
    case 'history':
      return <HistoryPage />;
    case 'how':
      return <HowItWorksPage />;
    case 'share':
      return <ShareHubPage />;
    case 'shareSummary':
      return <ShareSummaryPage />;
    case 'openSummary':
      return <OpenSummaryPage />;
    case 'receive':
      return <ReceivePage />;
    case 'backup':
      return <BackupPage />;
    case 'workshop':
      return <WorkshopPage />;
    case 'practice':
      return <PracticePage batteryKey={route.battery} />;
    case 'presenter':
      return <PresenterPage />;
    case 'guide':
      return <GuidePage />;
    case 'handouts':
      return <HandoutsPage />;
    case 'batteries':
      return <BatteriesPage />;
    case 'plan':
      return <PlanPage />;
    case 'library':
      return <LibraryPage />;
    case 'today':
      return <TodayPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'printPlan':
      return <PrintPlanPage />;
    case 'calendar':
      return <CalendarPage />;
  }
}

function Shell({ storageFailed }: { storageFailed: boolean }) {
  const { t } = useTranslation();
  const { route, navigate } = useRouter();

  const vault = useVaultState();
  const { settings } = useSettings();
  useAutoLock(vault, settings.autoLockMinutes);
  useEffect(() => listenForDoubleEscape(), []);
  useEffect(() => onQuickExit(lock), []);
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
          <span aria-hidden="true">✕</span> {t('quickExit.short')}
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
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <Screen />
          </Suspense>
        )}
      </main>
      <UpdateBanner />
    </>
  );
}

export function App({ settings, storageFailed }: { settings: Settings; storageFailed: boolean }) {
  return (
    <SettingsProvider initial={settings}>
      <RouterProvider>
        <Shell storageFailed={storageFailed} />
      </RouterProvider>
    </SettingsProvider>
  );
}
