/**
 * Urgent steps, first when a red flag fired or a category is severe: calm and practical.
 * Reduce the immediate threat, reach people who can act, and know the outside support there is.
 */
import { useTranslation } from 'react-i18next';
import { SUPPORT_AREAS, type Battery, type Recommendations } from '../../domain/index.ts';
import { RecommendationList } from './RecommendationList.tsx';

export function UrgentSteps({
  battery,
  recommendations,
}: {
  battery: Battery;
  recommendations: Recommendations;
}) {
  const { t } = useTranslation();
  const urgent = recommendations.actions.filter((r) => r.isUrgent || r.horizon === 'now').slice(0, 4);
  const supportIds = new Set(urgent.map((r) => r.id));
  const support = recommendations.actions.filter((r) => {
    const action = battery.actions.find((a) => a.id === r.id);
    return action?.support !== undefined && !supportIds.has(r.id);
  });
  return (
    <section className="card urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{t('results.urgentTitle')}</h2>
      <p>{t('results.urgentIntro')}</p>
      <ol className="urgent-steps">
        <li>{t('results.urgentStep1')}</li>
        <li>{t('results.urgentStep2')}</li>
        <li>{t('results.urgentStep3')}</li>
      </ol>
      {urgent.length > 0 && <RecommendationList battery={battery} recs={urgent} />}
      {support.length > 0 && (
        <>
          <h3>{t('results.outsideSupport')}</h3>
          <p className="hint">{SUPPORT_AREAS.map((a) => t(`support.${a}`)).join(' · ')}</p>
          <RecommendationList battery={battery} recs={support.slice(0, 3)} />
        </>
      )}
    </section>
  );
}
