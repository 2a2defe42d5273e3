/** The mark on every practice screen: it is practice, nothing is saved, and the way to clear it. */
import { useTranslation } from 'react-i18next';

export function PracticeBanner({ onNextParticipant }: { onNextParticipant?: () => void }) {
  const { t } = useTranslation(['workshop', 'app']);
  return (
    <div className="practice-banner" role="note" aria-label={t('practice.badge')}>
      <p>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" className="inline-icon">
          <path d="M3 3h14v10H8l-5 4z" />
        </svg>
        <strong>{t('practice.badge')}</strong>
        <span>{t('practice.banner')}</span>
      </p>
      {onNextParticipant && (
        <button type="button" className="button small" onClick={onNextParticipant}>
          {t('practice.nextParticipant')}
        </button>
      )}
    </div>
  );
}
