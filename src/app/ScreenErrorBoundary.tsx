/**
 * Around the current screen: if its code cannot be loaded (a screen never opened before, offline,
 * before the app was kept on this phone) or it fails while drawing, she sees what happened in her
 * language and a way on — never a blank page. Nothing about the error is logged or shown: it may
 * hold what she entered.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Browsers' messages when a module of the page cannot be fetched (Chromium, Firefox, Safari). */
const NOT_FETCHED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i;

export function isNotFetched(error: unknown): boolean {
  return error instanceof Error && NOT_FETCHED.test(error.message);
}

function ScreenFailed({ offline, onHome }: { offline: boolean; onHome: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title">{t('errors.screen.title')}</h1>
      <p role="alert">{offline ? t('errors.screen.needsConnection') : t('errors.screen.failed')}</p>
      <div className="stack">
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {t('common.tryAgain')}
        </button>
        <button type="button" className="button" onClick={onHome}>
          {t('app.home')}
        </button>
      </div>
    </section>
  );
}

interface Props {
  children: ReactNode;
  /** Back to the home screen (its code is part of the first load). */
  onHome: () => void;
}

export class ScreenErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ScreenFailed
        offline={isNotFetched(this.state.error)}
        onHome={() => {
          this.setState({ error: undefined });
          this.props.onHome();
        }}
      />
    );
  }
}
