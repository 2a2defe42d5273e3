/**
 * Suggested actions or routines, each with who does it, why it is suggested, and "Add to my plan".
 * Folded (the results page): only the title shows, and a tap opens the rest.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type Battery, type Recommendation } from '../domain/index.ts';
import { answerWords } from './answerWords.ts';
import { AddToPlanButton } from './AddToPlanButton.tsx';
import { Chevron } from './Chevron.tsx';
import { useDrawnWhenOpen } from './drawnWhenOpen.ts';
import type { PlanMembership } from './usePlanMembership.ts';

export function RecommendationItem({
  battery,
  rec,
  plan,
  note,
  showReason = true,
  folded = false,
  open = false,
}: {
  battery: Battery;
  rec: Recommendation;
  plan?: PlanMembership;
  /** A line under the title: e.g. the step this one stands in for. */
  note?: string;
  /** False to leave out "suggested because of" (a crisis step: her answer is not repeated). */
  showReason?: boolean;
  /** Only the title shows until she opens it (a details element). */
  folded?: boolean;
  /** Folded, but open at first. */
  open?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { drawn, detailsProps, summaryProps } = useDrawnWhenOpen(open);
  const lng = i18n.language;
  const item =
    rec.kind === 'action'
      ? battery.actions.find((a) => a.id === rec.id)
      : battery.routines.find((r) => r.id === rec.id);
  if (!item) return null;
  const reason = showReason && (!folded || drawn) ? rec.reasons[0] : undefined;
  const words = reason ? answerWords(battery, reason, lng) : undefined;
  const held = plan?.held;
  const isHeld = held ? (rec.kind === 'action' ? held.actionIds : held.routineIds).has(rec.id) : false;
  const title = <h4 id={titleId}>{pickText(item.title, lng, battery)}</h4>;
  const rest = (
    <>
      {note && <p className="hint fallback-note">{note}</p>}
      <p>{pickText(item.detail, lng, battery)}</p>
      <p className="tags">
        <span className="tag">{t(`who.${item.who}`)}</span>
        {'rhythm' in item && <span className="tag">{t(`rhythm.${item.rhythm}`)}</span>}
        {'support' in item && item.support && <span className="tag">{t(`support.${item.support}`)}</span>}
      </p>
      {words && (
        <p className="hint why">
          {t('results.becauseYouSaid', { topic: words.topic, choice: words.choice })}
          {rec.reasons.length > 1 && ` ${t('results.andMore', { count: rec.reasons.length - 1 })}`}
        </p>
      )}
      {plan && held && (
        <AddToPlanButton
          kind={rec.kind}
          isHeld={isHeld}
          onAdd={() => plan.add(rec.kind, rec.id, battery)}
          describedBy={titleId}
        />
      )}
    </>
  );
  if (!folded) {
    return (
      <li className="rec" data-id={rec.id}>
        {title}
        {rest}
      </li>
    );
  }
  return (
    <li className="rec rec-folded" data-id={rec.id}>
      <details open={open} {...detailsProps}>
        <summary {...summaryProps}>
          <span className="summary-text">
            {title}
            {isHeld && (
              <span className="in-plan-mark">
                {rec.kind === 'action' ? t('plan:add.inPlan') : t('plan:add.inRoutines')}
              </span>
            )}
          </span>
          <Chevron />
        </summary>
        {drawn && <div className="rec-body">{rest}</div>}
      </details>
    </li>
  );
}

export function RecommendationList({
  battery,
  recs,
  plan,
  folded = false,
}: {
  battery: Battery;
  recs: Recommendation[];
  plan?: PlanMembership;
  /** Only the titles show until she opens one. */
  folded?: boolean;
}) {
  return (
    <ul className="recs">
      {recs.map((rec) => (
        <RecommendationItem key={rec.id} battery={battery} rec={rec} plan={plan} folded={folded} />
      ))}
    </ul>
  );
}
