/** Suggested actions or routines, each with who does it, why it is suggested, and "Add to my plan". */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type Battery, type Recommendation } from '../domain/index.ts';
import { answerWords } from './answerWords.ts';
import { AddToPlanButton } from './AddToPlanButton.tsx';
import type { PlanMembership } from './usePlanMembership.ts';

export function RecommendationItem({
  battery,
  rec,
  plan,
  note,
  showReason = true,
}: {
  battery: Battery;
  rec: Recommendation;
  plan?: PlanMembership;
  /** A line under the title: e.g. the step this one stands in for. */
  note?: string;
  /** False to leave out "suggested because of" (a crisis step: her answer is not repeated). */
  showReason?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const lng = i18n.language;
  const item =
    rec.kind === 'action'
      ? battery.actions.find((a) => a.id === rec.id)
      : battery.routines.find((r) => r.id === rec.id);
  if (!item) return null;
  const reason = showReason ? rec.reasons[0] : undefined;
  const words = reason ? answerWords(battery, reason, lng) : undefined;
  const held = plan?.held;
  return (
    <li className="rec">
      <h4 id={titleId}>{pickText(item.title, lng, battery)}</h4>
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
          isHeld={(rec.kind === 'action' ? held.actionIds : held.routineIds).has(rec.id)}
          onAdd={() => plan.add(rec.kind, rec.id, battery)}
          describedBy={titleId}
        />
      )}
    </li>
  );
}

export function RecommendationList({
  battery,
  recs,
  plan,
}: {
  battery: Battery;
  recs: Recommendation[];
  plan?: PlanMembership;
}) {
  return (
    <ul className="recs">
      {recs.map((rec) => (
        <RecommendationItem key={rec.id} battery={battery} rec={rec} plan={plan} />
      ))}
    </ul>
  );
}
