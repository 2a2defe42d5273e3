/**
 * What a screen shows until its data is ready: "Loading…", or what went wrong in her language with
 * a way to try again. Screens write `if (state.status !== 'ready') return <Pending … />`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage.tsx';
import { ScreenTitle } from './ScreenTitle.tsx';
import type { AsyncState } from './useAsync.ts';

export function Pending({
  state,
  title,
  onRetry,
  children,
}: {
  state: Exclude<AsyncState<unknown>, { status: 'ready' }>;
  /** The screen's title, kept above an error so she knows where she is. */
  title?: string;
  /** Offers "Try again" after an error. */
  onRetry?: () => void;
  /** Said under the error (e.g. that her answers are kept). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p className="loading">{t('app:app.loading')}</p>;
  if (title === undefined && onRetry === undefined && children === undefined) {
    return <ErrorMessage error={state.error} />;
  }
  return (
    <div className="stack">
      {title !== undefined && <ScreenTitle>{title}</ScreenTitle>}
      <ErrorMessage error={state.error} />
      {children}
      {onRetry && (
        <button type="button" className="button primary" onClick={onRetry}>
          {t('app:common.tryAgain')}
        </button>
      )}
    </div>
  );
}
