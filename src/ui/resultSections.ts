/**
 * What each part of the results page shows, so that every action appears once on the whole page:
 * the urgent steps first (model 2: those of what fired; model 1: the first steps for now and the
 * outside support), then "look after this soon" (model 2), then the other suggestions by horizon.
 * An action shown in an earlier part is left out of every later one. Pure.
 */
import {
  byHorizon,
  isUrgent,
  type AssessmentResult,
  type Battery,
  type CategoryId,
  type Horizon,
  type Recommendation,
  type Recommendations,
} from '../domain/index.ts';

/** How many first steps "look after this soon" shows for each category. */
export const SOON_PER_CATEGORY = 2;

export interface ResultSections {
  /** Model 1: the urgent box's first steps and outside support, when the result is urgent. */
  urgent1?: { steps: Recommendation[]; support: Recommendation[] };
  /** Model 2: "look after this soon", category by category (a category may have no step left). */
  soon: { category: CategoryId; recs: Recommendation[] }[];
  /** The other protective actions, by horizon. */
  actions: Record<Horizon, Recommendation[]>;
  routines: Recommendation[];
  /** Ids of every action shown above the suggestions (urgent steps, "look after this soon"). */
  shownAbove: Set<string>;
}

/** Model 1's urgent box: the first steps for now, and outside support not already among them. */
export function model1Urgent(battery: Battery, recommendations: Recommendations) {
  const steps = recommendations.actions.filter((r) => r.isUrgent || r.horizon === 'now').slice(0, 4);
  const ids = new Set(steps.map((r) => r.id));
  const support = recommendations.actions
    .filter((r) => !ids.has(r.id) && battery.actions.find((a) => a.id === r.id)?.support !== undefined)
    .slice(0, 3);
  return { steps, support };
}

export function resultSections(
  battery: Battery,
  result: AssessmentResult,
  recommendations: Recommendations,
): ResultSections {
  const shown = new Set<string>();
  let urgent1: ResultSections['urgent1'];
  if (result.model === 2) {
    const urgent = recommendations.urgent;
    for (const step of [...(urgent?.crisis?.steps ?? []), ...(urgent?.steps ?? [])]) shown.add(step.actionId);
    for (const r of recommendations.actions) if (r.isUrgent) shown.add(r.id);
  } else if (isUrgent(result)) {
    urgent1 = model1Urgent(battery, recommendations);
    for (const r of [...urgent1.steps, ...urgent1.support]) shown.add(r.id);
  }

  const categoryOf = new Map(battery.indicators.map((i) => [i.id, i.category]));
  const soon = (result.soon ?? []).map((category) => {
    const recs = recommendations.actions
      .filter(
        (r) =>
          !shown.has(r.id) &&
          (r.horizon === 'now' || r.horizon === 'week') &&
          r.reasons.some((a) => categoryOf.get(a.indicatorId) === category),
      )
      .slice(0, SOON_PER_CATEGORY);
    // An action that helps in two of these categories is shown under the first only.
    for (const r of recs) shown.add(r.id);
    return { category, recs };
  });

  return {
    ...(urgent1 ? { urgent1 } : {}),
    soon,
    actions: byHorizon(recommendations.actions.filter((r) => !shown.has(r.id))),
    routines: recommendations.routines,
    shownAbove: shown,
  };
}
