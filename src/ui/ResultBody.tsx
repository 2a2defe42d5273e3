/**
 * The body of a result, shared by her results and a practice session's: urgent steps first when
 * something fired, "look after this soon" (model 2), each category's level and why with the
 * chart, then the protective actions and care routines. Model-1 results look as they always did.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  byHorizon,
  HORIZONS,
  isUrgent,
  pickText,
  type AssessmentResult,
  type Battery,
  type Recommendations,
} from '../domain/index.ts';
import { CategoryCard } from './CategoryCard.tsx';
import { LevelChart } from './LevelChart.tsx';
import { RecommendationList } from './RecommendationList.tsx';
import { UrgentSteps } from './UrgentSteps.tsx';
import type { PlanMembership } from './usePlanMembership.ts';
import './results.css';

const SHOWN_PER_GROUP = 4;
const SOON_PER_CATEGORY = 3;

export function ResultBody({
  battery,
  result,
  recommendations,
  previous,
  plan,
}: {
  battery: Battery;
  result: AssessmentResult;
  recommendations: Recommendations;
  previous?: AssessmentResult;
  plan?: PlanMembership;
}) {
  const { t } = useTranslation();
  const [isShowingAll, setShowingAll] = useState(false);
  // Model 2: the urgent box already shows its steps; the list below holds the others.
  const actions =
    result.model === 2 ? recommendations.actions.filter((r) => !r.isUrgent) : recommendations.actions;
  const actionGroups = byHorizon(actions);
  const categoriesInOrder = result.order.flatMap((c) => result.categories.filter((x) => x.category === c));

  return (
    <>
      {isUrgent(result) && (
        <UrgentSteps battery={battery} recommendations={recommendations} result={result} plan={plan} />
      )}

      <LookAfterSoon battery={battery} result={result} recommendations={recommendations} plan={plan} />

      <section className="stack" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('results.levelsTitle')}</h2>
        <LevelChart battery={battery} result={result} previous={previous} />
        {categoriesInOrder.map((c) => (
          <CategoryCard key={c.category} battery={battery} result={c} />
        ))}
      </section>

      <section className="stack" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('results.actionsTitle')}</h2>
        {actions.length === 0 && <p>{t('results.noActions')}</p>}
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
    </>
  );
}

/**
 * Model 2: categories high from what exposes her, with no threat and no red flag, get their first
 * steps for now and this week, in words of care, never of danger.
 */
export function LookAfterSoon({
  battery,
  result,
  recommendations,
  plan,
}: {
  battery: Battery;
  result: AssessmentResult;
  recommendations: Recommendations;
  plan?: PlanMembership;
}) {
  const { t, i18n } = useTranslation();
  const soon = result.soon ?? [];
  if (soon.length === 0) return null;
  const categoryOf = new Map(battery.indicators.map((i) => [i.id, i.category]));
  return (
    <section className="card soon stack" aria-labelledby="soon-title">
      <h2 id="soon-title">{t('results.soonTitle')}</h2>
      {soon.map((id) => {
        const category = battery.categories.find((c) => c.id === id);
        const recs = recommendations.actions
          .filter(
            (r) =>
              !r.isUrgent &&
              (r.horizon === 'now' || r.horizon === 'week') &&
              r.reasons.some((a) => categoryOf.get(a.indicatorId) === id),
          )
          .slice(0, SOON_PER_CATEGORY);
        return (
          <div key={id} className="stack" role="group" aria-labelledby={`soon-${id}`}>
            <h3 id={`soon-${id}`}>
              <bdi>{category ? pickText(category.name, i18n.language, battery) : id}</bdi>
            </h3>
            {recs.length > 0 && (
              <>
                <p>{t('results.soonIntro')}</p>
                <RecommendationList battery={battery} recs={recs} plan={plan} />
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
