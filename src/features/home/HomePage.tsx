/** Home: what the app is, what it promises, a clear way to start or continue. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useVaultState } from '../../ui/vaultContext.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { formatDate, prepareDateFormats } from '../../i18n/format.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { whenIdle } from '../../ui/whenIdle.ts';
import { homeGlance } from '../../services/glance.ts';
import { EARLY_ATTRIBUTE, takeEarlyTap, type EarlyAction } from '../../ui/earlyTaps.ts';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { navigate, preload } = useRouter();
  const { settings } = useSettings();
  const vault = useVaultState();
  const [error, setError] = useState<unknown>();
  // Loaded after the first paint (and the assessments' code only when something is stored).
  // History's cache holds the completed ones in one sealed row: home opens only those in progress.
  const [assessments] = useAsync(homeGlance, []);

  const inProgress = assessments.status === 'ready' ? assessments.value.inProgress[0] : undefined;
  const completed = assessments.status === 'ready' ? assessments.value.completed : [];
  // With past assessments, History's code loads as soon as its button is drawn, and the date
  // formats it draws with are made once the page is idle, while she reads this screen (not on a
  // first visit, which has none and where every byte and task before the home screen counts).
  // Loaded only at idle, the code was often not there yet for a tap soon after the button came: that
  // tap then waited for it (~250 ms more on a slow phone).
  const hasHistory = completed.length > 0;
  const lng = i18n.language;
  useEffect(() => {
    if (!hasHistory) return;
    preload('history');
    return whenIdle(() => prepareDateFormats(lng));
  }, [hasHistory, preload, lng]);

  // One assessment begun at a time: a second tap (hers, or a kept one: below) while the first is
  // being stored begins nothing more.
  const starting = useRef(false);
  const start = async () => {
    if (!settings.hasOnboarded) {
      navigate({ name: 'onboarding' });
      return;
    }
    if (starting.current) return;
    starting.current = true;
    try {
      const { beginAssessment } = await import('../../services/assessments.ts');
      const a = await beginAssessment(settings.preferredForm);
      navigate({ name: 'assessment', id: a.id });
    } catch (e) {
      setError(e);
    } finally {
      starting.current = false;
    }
  };

  // A button of index.html's first paint tapped before this screen was drawn (src/ui/earlyTaps.ts):
  // the same button here is tapped for her (none when it is not drawn). Start waits for what home
  // reads: with an assessment in progress (or when that read failed) nothing new is started, and
  // home offers to continue it.
  const screen = useRef<HTMLDivElement>(null);
  const earlyTap = useRef<EarlyAction>(undefined);
  useEffect(() => {
    earlyTap.current ??= takeEarlyTap();
  }, []);
  const glanced = assessments.status !== 'loading';
  useEffect(() => {
    const tapped = earlyTap.current;
    if (tapped === undefined || (tapped === 'start' && !glanced)) return;
    earlyTap.current = undefined;
    if (tapped === 'start' && (inProgress || assessments.status === 'error')) return;
    screen.current?.querySelector<HTMLButtonElement>(`button[${EARLY_ATTRIBUTE}="${tapped}"]`)?.click();
  }, [glanced, inProgress, assessments.status]);
  const early = (action: EarlyAction) => ({ [EARLY_ATTRIBUTE]: action });

  return (
    <div className="stack home" ref={screen}>
      <ScreenTitle>{t('app.name')}</ScreenTitle>
      <p className="lead">{t('home.what')}</p>
      <p className="lead promise">
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" className="inline-icon">
          <path d="M10 1.5 3 4.5v5c0 4.2 3 7.7 7 9 4-1.3 7-4.8 7-9v-5z" />
        </svg>
        {t('home.promise')}
      </p>
      {vault === 'open' && (
        <div className="notice notice-warning stack">
          <p>{t('home.noLockYet')}</p>
          <button
            type="button"
            className="button"
            {...early('security')}
            onClick={() => navigate({ name: 'security' })}
          >
            {t('home.protect')}
          </button>
        </div>
      )}

      {inProgress && (
        <section className="card" aria-labelledby="continue-title">
          <h2 id="continue-title">{t('home.continueTitle')}</h2>
          <p>
            {t('home.continueText', {
              date: formatDate(inProgress.startedAt, i18n.language),
              count: Object.keys(inProgress.answers).length,
            })}
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => navigate({ name: 'assessment', id: inProgress.id })}
          >
            {t('home.continue')}
          </button>
        </section>
      )}

      <div className="stack">
        <button
          type="button"
          className={inProgress ? 'button home-start' : 'button primary home-start'}
          {...early('start')}
          onClick={() => void start()}
        >
          {inProgress ? t('home.startNew') : t('home.start')}
        </button>
        {error !== undefined && <ErrorMessage error={error} />}
        {completed.length > 0 && (
          <button type="button" className="button home-history" onClick={() => navigate({ name: 'history' })}>
            {t('home.history', { count: completed.length })}
          </button>
        )}
        <button
          type="button"
          className="button home-support"
          {...early('support')}
          onClick={() => navigate({ name: 'support' })}
        >
          {t('home.whoCanHelp')}
        </button>
        <button
          type="button"
          className="button home-plan"
          {...early('plan')}
          onClick={() => navigate({ name: 'plan' })}
        >
          {t('home.myPlan')}
        </button>
        <button
          type="button"
          className="button home-today"
          {...early('today')}
          onClick={() => navigate({ name: 'today' })}
        >
          {t('home.todayRoutines')}
        </button>
        <button
          type="button"
          className="button home-share"
          {...early('share')}
          onClick={() => navigate({ name: 'share' })}
        >
          {t('home.shareAndBackUp')}
        </button>
        <button
          type="button"
          className="button home-how"
          {...early('how')}
          onClick={() => navigate({ name: 'how' })}
        >
          {t('how.title')}
        </button>
        <button
          type="button"
          className="button home-workshop"
          {...early('workshop')}
          onClick={() => navigate({ name: 'workshop' })}
        >
          {t('home.workshop')}
        </button>
        <button
          type="button"
          className="button home-settings"
          {...early('settings')}
          onClick={() => navigate({ name: 'settings' })}
        >
          {t('settings.title')}
        </button>
      </div>
    </div>
  );
}
