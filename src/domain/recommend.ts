/**
 * Recommendations: which protective actions and care routines her answers call for (DESIGN.md §4).
 *
 * An action or routine is suggested when one of its triggers matches an answer she gave. It is
 * ranked by how much the matching answers drove their category's score; anything answering a red
 * flag comes first (when a threat is clear and present, reducing it and reaching people who can act
 * come before building long-term capacity), then actions for "now" before "this week" before
 * "ongoing", then the battery's own order.
 */
import {
  HORIZONS,
  type Action,
  type Battery,
  type CategoryId,
  type Horizon,
  type Routine,
} from './battery.ts';
import type { AssessmentResult, ScoredAnswer } from './scoring.ts';

export interface Recommendation {
  kind: 'action' | 'routine';
  id: string;
  categories: CategoryId[];
  /** Routines are ongoing by nature. */
  horizon: Horizon;
  /** Sum of the contributions of the answers that call for it (red flags count far more). */
  weight: number;
  /** True when a red-flag answer calls for it. */
  isUrgent: boolean;
  /** The answers that call for it, most important first: the "why" shown to her. */
  reasons: ScoredAnswer[];
}

export interface Recommendations {
  actions: Recommendation[];
  routines: Recommendation[];
}

const RED_FLAG_BONUS = 10;

/** Ranks the battery's actions and routines for a scored assessment. Pure. */
export function recommend(battery: Battery, result: AssessmentResult): Recommendations {
  const answered = new Map<string, ScoredAnswer>();
  for (const category of result.categories) {
    for (const answer of category.answers) answered.set(answer.indicatorId, answer);
  }

  const rank = (item: Action | Routine, kind: Recommendation['kind'], order: number) => {
    const reasons: ScoredAnswer[] = [];
    for (const trigger of item.triggers) {
      const answer = answered.get(trigger.indicator);
      if (answer && trigger.options.includes(answer.optionId) && !reasons.includes(answer))
        reasons.push(answer);
    }
    if (reasons.length === 0) return undefined;
    reasons.sort((a, b) => Number(!!b.redFlag) - Number(!!a.redFlag) || b.contribution - a.contribution);
    const isUrgent = reasons.some((r) => r.redFlag !== undefined);
    const weight = reasons.reduce((sum, r) => sum + r.contribution + (r.redFlag ? RED_FLAG_BONUS : 0), 0);
    const horizon: Horizon = 'horizon' in item ? item.horizon : 'ongoing';
    return {
      rec: { kind, id: item.id, categories: item.categories, horizon, weight, isUrgent, reasons },
      order,
    };
  };

  const sortAll = (list: ({ rec: Recommendation; order: number } | undefined)[]) =>
    list
      .filter((x): x is { rec: Recommendation; order: number } => x !== undefined)
      .sort(
        (a, b) =>
          Number(b.rec.isUrgent) - Number(a.rec.isUrgent) ||
          b.rec.weight - a.rec.weight ||
          HORIZONS.indexOf(a.rec.horizon) - HORIZONS.indexOf(b.rec.horizon) ||
          a.order - b.order,
      )
      .map((x) => x.rec);

  return {
    actions: sortAll(battery.actions.map((a, i) => rank(a, 'action', i))),
    routines: sortAll(battery.routines.map((r, i) => rank(r, 'routine', i))),
  };
}

/** Groups recommendations by horizon, keeping their rank inside each group. */
export function byHorizon(recs: Recommendation[]): Record<Horizon, Recommendation[]> {
  const groups: Record<Horizon, Recommendation[]> = { now: [], week: [], ongoing: [] };
  for (const rec of recs) groups[rec.horizon].push(rec);
  return groups;
}
