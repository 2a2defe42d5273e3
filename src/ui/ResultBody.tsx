/**
 * The body of a result, shared by her results and a practice session's. First, what fits on one
 * phone screen (AtAGlance): a line to the crisis box when there is one, the five levels, and a line
 * to the urgent steps when something fired. Then the crisis box and the urgent steps, "look after
 * this soon" (model 2), each category's why (folded, but for the highest), and the other
 * suggestions by horizon. Every action appears once on the page (resultSections), and each shows
 * its title until she opens it. Model-1 results get the same layout.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HORIZONS,
  isUrgent,
  pickText,
  type AssessmentResult,
  type Battery,
  type Recommendation,
  type Recommendations,
} from '../domain/index.ts';
import { AtAGlance } from './AtAGlance.tsx';
import { useDrawnAfterFirst, useDrawnWhenOpen } from './drawnWhenOpen.ts';
import { CategoryCard } from './CategoryCard.tsx';
import { Chevron } from './Chevron.tsx';
import { LevelChart } from './LevelChart.tsx';
import { RecommendationList } from './RecommendationList.tsx';
import { resultSections, type ResultSections } from './resultSections.ts';
import { UrgentSteps } from './UrgentSteps.tsx';
import type { PlanMembership } from './usePlanMembership.ts';
import './results.css';

export function ResultBody({
  battery,
  result,
  recommendations,
  previous,
  plan,
  afterLevels,
}: {
  battery: Battery;
  result: AssessmentResult;
  recommendations: Recommendations;
  previous?: AssessmentResult;
  plan?: PlanMembership;
  /** What comes right after the first screen (the date, "not a prediction"). */
  afterLevels?: ReactNode;
}) {
  const { t } = useTranslation();
  const chart = useDrawnWhenOpen(false);
  // The first screen first; the rest (about 1,000 elements with urgent steps) right after it, in
  // `.results-rest`. The first screen's lines to the crisis box and the urgent steps wait for them.
  const rest = useDrawnAfterFirst();
  const sections = resultSections(battery, result, recommendations);
  const categoriesInOrder = result.order.flatMap((c) => result.categories.filter((x) => x.category === c));
  const highest = categoriesInOrder[0]?.category;
  const actionCount = HORIZONS.reduce((n, h) => n + sections.actions[h].length, 0);

  return (
    <>
      <AtAGlance battery={battery} result={result} recommendations={recommendations} />

      {afterLevels}

      {rest && (
        <div className="stack results-rest">
          {isUrgent(result) && (
            <UrgentSteps battery={battery} recommendations={recommendations} result={result} plan={plan} />
          )}

          <LookAfterSoon battery={battery} soon={sections.soon} plan={plan} />

          <section className="stack why-levels" aria-labelledby="why-title">
            <h2 id="why-title">{t('results.whyTitle')}</h2>
            {categoriesInOrder.map((c) => (
              <CategoryCard key={c.category} battery={battery} result={c} isOpen={c.category === highest} />
            ))}
            <details className="card chart-details" {...chart.detailsProps}>
              <summary {...chart.summaryProps}>
                <span className="summary-text">
                  {previous ? t('results.chartCompareSummary') : t('results.chartSummary')}
                </span>
                <Chevron />
              </summary>
              {chart.drawn && <LevelChart battery={battery} result={result} previous={previous} />}
            </details>
          </section>

          <section className="stack" aria-labelledby="actions-title">
            <h2 id="actions-title">{t('results.actionsTitle')}</h2>
            {actionCount === 0 ? (
              <p>{sections.shownAbove.size > 0 ? t('results.noMoreActions') : t('results.noActions')}</p>
            ) : (
              <p className="hint">{t('results.openToRead')}</p>
            )}
            {HORIZONS.map((h) => {
              const recs = sections.actions[h];
              if (recs.length === 0) return null;
              return (
                <details key={h} className="group-details" open={h === 'now'}>
                  <summary>
                    <span className="summary-text">
                      <h3>{t(`horizons.${h}`)}</h3>
                      <span className="count">{t('results.count', { count: recs.length })}</span>
                    </span>
                    <Chevron />
                  </summary>
                  <RecommendationList battery={battery} recs={recs} plan={plan} folded />
                </details>
              );
            })}
          </section>

          {sections.routines.length > 0 && (
            <section aria-labelledby="routines-title">
              <details className="group-details">
                <summary>
                  <span className="summary-text">
                    <h2 id="routines-title">{t('results.routinesTitle')}</h2>
                    <span className="count">{t('results.count', { count: sections.routines.length })}</span>
                  </span>
                  <Chevron />
                </summary>
                <p className="hint">{t('results.routinesIntro')}</p>
                <RecommendationList battery={battery} recs={sections.routines} plan={plan} folded />
              </details>
            </section>
          )}
        </div>
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
  soon,
  plan,
}: {
  battery: Battery;
  soon: ResultSections['soon'];
  plan?: PlanMembership;
}) {
  const { t, i18n } = useTranslation();
  if (soon.length === 0) return null;
  const hasSteps = soon.some((s) => s.recs.length > 0);
  return (
    <section className="card soon stack" aria-labelledby="soon-title">
      <h2 id="soon-title">{t('results.soonTitle')}</h2>
      <p>{hasSteps ? t('results.soonLead') : t('results.soonLeadNoSteps')}</p>
      {soon.map(({ category: id, recs }: { category: string; recs: Recommendation[] }) => {
        const category = battery.categories.find((c) => c.id === id);
        return (
          <div key={id} className="stack soon-group" role="group" aria-labelledby={`soon-${id}`}>
            <h3 id={`soon-${id}`}>
              <bdi>{category ? pickText(category.name, i18n.language, battery) : id}</bdi>
            </h3>
            {recs.length > 0 && <RecommendationList battery={battery} recs={recs} plan={plan} folded />}
          </div>
        );
      })}
    </section>
  );
}
