/**
 * Practice results: the same score, reasons and suggested actions as a real assessment, drawn by
 * the same components, from answers held in memory.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  byHorizon,
  HORIZONS,
  isUrgent,
  recommend,
  score,
  type Answers,
  type Battery,
} from '../../domain/index.ts';
import { CategoryCard } from '../../ui/CategoryCard.tsx';
import { LevelChart } from '../../ui/LevelChart.tsx';
import { RecommendationList } from '../../ui/RecommendationList.tsx';
import { UrgentSteps } from '../../ui/UrgentSteps.tsx';

const SHOWN_PER_GROUP = 4;

export function PracticeResults({
  battery,
  formId,
  answers,
}: {
  battery: Battery;
  formId: string;
  answers: Answers;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const [isShowingAll, setShowingAll] = useState(false);
  const result = useMemo(() => score(battery, answers, formId), [battery, answers, formId]);
  const recommendations = useMemo(() => recommend(battery, result), [battery, result]);
  const actionGroups = byHorizon(recommendations.actions);
  const categoriesInOrder = result.order.flatMap((c) => result.categories.filter((x) => x.category === c));

  return (
    <>
      <p className="notice">{t('app:results.notAPrediction')}</p>
      {isUrgent(result) && <UrgentSteps battery={battery} recommendations={recommendations} />}

      <section className="stack" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('app:results.levelsTitle')}</h2>
        <LevelChart battery={battery} result={result} />
        {categoriesInOrder.map((c) => (
          <CategoryCard key={c.category} battery={battery} result={c} />
        ))}
      </section>

      <section className="stack" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('app:results.actionsTitle')}</h2>
        {recommendations.actions.length === 0 && <p>{t('app:results.noActions')}</p>}
        {HORIZONS.map((h) => {
          const recs = actionGroups[h];
          if (recs.length === 0) return null;
          return (
            <div key={h} className="stack">
              <h3>{t(`app:horizons.${h}`)}</h3>
              <RecommendationList
                battery={battery}
                recs={isShowingAll ? recs : recs.slice(0, SHOWN_PER_GROUP)}
              />
            </div>
          );
        })}
        {!isShowingAll && HORIZONS.some((h) => actionGroups[h].length > SHOWN_PER_GROUP) && (
          <button type="button" className="button" onClick={() => setShowingAll(true)}>
            {t('app:results.showAll')}
          </button>
        )}
      </section>

      {recommendations.routines.length > 0 && (
        <section className="stack" aria-labelledby="routines-title">
          <h2 id="routines-title">{t('app:results.routinesTitle')}</h2>
          <p className="hint">{t('app:results.routinesIntro')}</p>
          <RecommendationList battery={battery} recs={recommendations.routines.slice(0, 6)} />
        </section>
      )}
    </>
  );
}
