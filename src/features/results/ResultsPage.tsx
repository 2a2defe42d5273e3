/** Results: urgent steps first when needed, then each category's level and why, the chart, and what to do. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byHorizon, HORIZONS, isUrgent } from '../../domain/index.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { loadResult } from '../../services/results.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { Pending } from '../../ui/Pending.tsx';
import { CategoryCard } from '../../ui/CategoryCard.tsx';
import { LevelChart } from '../../ui/LevelChart.tsx';
import { RecommendationList } from '../../ui/RecommendationList.tsx';
import { UrgentSteps } from '../../ui/UrgentSteps.tsx';
import { usePlanMembership } from '../../ui/usePlanMembership.ts';

const SHOWN_PER_GROUP = 4;

export default function ResultsPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const [state, reload] = useAsync(() => loadResult(id), [id]);
  const [isShowingAll, setShowingAll] = useState(false);
  const assessment = state.status === 'ready' ? state.value?.assessment : undefined;
  const plan = usePlanMembership(
    assessment ? { id: assessment.id, date: assessment.completedAt ?? assessment.updatedAt } : undefined,
  );

  if (state.status !== 'ready') {
    return (
      <Pending state={state} title={t('results.title')} onRetry={reload}>
        <p>{t('assessment.answersKept')}</p>
      </Pending>
    );
  }
  if (!state.value) {
    return (
      <div className="stack">
        <ScreenTitle>{t('assessment.notFound')}</ScreenTitle>
      </div>
    );
  }
  const { battery, result, recommendations, previous } = state.value;
  const actionGroups = byHorizon(recommendations.actions);
  const categoriesInOrder = result.order.flatMap((c) => result.categories.filter((x) => x.category === c));

  return (
    <div className="stack results">
      <ScreenTitle>{t('results.title')}</ScreenTitle>
      <p className="hint">
        {t('results.dated', {
          date: formatDate(
            state.value.assessment.completedAt ?? state.value.assessment.updatedAt,
            i18n.language,
          ),
          form: t(`forms.${state.value.assessment.formId === 'short' ? 'short' : 'full'}`),
        })}
      </p>
      <p className="notice">{t('results.notAPrediction')}</p>

      {isUrgent(result) && <UrgentSteps battery={battery} recommendations={recommendations} plan={plan} />}

      <section className="stack" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('results.levelsTitle')}</h2>
        <LevelChart battery={battery} result={result} previous={previous?.result} />
        {categoriesInOrder.map((c) => (
          <CategoryCard key={c.category} battery={battery} result={c} />
        ))}
      </section>

      <section className="stack" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('results.actionsTitle')}</h2>
        {recommendations.actions.length === 0 && <p>{t('results.noActions')}</p>}
        {HORIZONS.map((h) => {
          const recs = actionGroups[h];
          if (recs.length === 0) return null;
          return (
            <div key={h} className="stack">
              <h3>{t(`horizons.${h}`)}</h3>
              <RecommendationList
                battery={battery}
                recs={isShowingAll ? recs : recs.slice(0, SHOWN_PER_GROUP)}
                plan={plan}
              />
            </div>
          );
        })}
        {!isShowingAll && HORIZONS.some((h) => actionGroups[h].length > SHOWN_PER_GROUP) && (
          <button type="button" className="button" onClick={() => setShowingAll(true)}>
            {t('results.showAll')}
          </button>
        )}
      </section>

      {recommendations.routines.length > 0 && (
        <section className="stack" aria-labelledby="routines-title">
          <h2 id="routines-title">{t('results.routinesTitle')}</h2>
          <p className="hint">{t('results.routinesIntro')}</p>
          <RecommendationList battery={battery} recs={recommendations.routines.slice(0, 6)} plan={plan} />
        </section>
      )}

      <section className="card" aria-labelledby="reassess-title">
        <h2 id="reassess-title">{t('results.reassessTitle')}</h2>
        <p>{t('results.reassessText')}</p>
      </section>

      {plan.error !== undefined && <ErrorMessage error={plan.error} />}

      <div className="stack">
        <button type="button" className="button" onClick={() => navigate({ name: 'how' })}>
          {t('how.title')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'history' })}>
          {t('history.title')}
        </button>
        <button type="button" className="button primary" onClick={() => navigate({ name: 'plan' })}>
          {t('plan:home.plan')}
        </button>
      </div>
    </div>
  );
}
