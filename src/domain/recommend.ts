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
import { contextOfResult, resolveAction, urgentGuidance, type UrgentGuidance } from './urgent.ts';

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
  /** Model 2: the urgent steps come first (isUrgent), in the urgent box's order, each once. */
  actions: Recommendation[];
  routines: Recommendation[];
  /** Model 2: the urgent guidance of what fired; absent when nothing fired (and in model 1). */
  urgent?: UrgentGuidance;
}

const RED_FLAG_BONUS = 10;

/** Ranks the battery's actions and routines for a scored assessment. Pure. */
export function recommend(battery: Battery, result: AssessmentResult): Recommendations {
  if (result.model === 2) return recommendModel2(battery, result);
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

/**
 * Model 2: the urgent steps of what fired first (in the box's order), then the ordinary
 * suggestions ranked as in model 1, without what the box already shows, without what a fired
 * block suppresses, and with fallbacks for actions that need an organisation she does not have.
 */
function recommendModel2(battery: Battery, result: AssessmentResult): Recommendations {
  const urgent = urgentGuidance(battery, result);
  const ctx = contextOfResult(battery, result);
  const answered = new Map<string, ScoredAnswer>();
  for (const category of result.categories) {
    for (const answer of category.answers) answered.set(answer.indicatorId, answer);
  }
  const suppressed = new Set(urgent?.suppressed ?? []);
  const urgentSteps = [...(urgent?.crisis?.steps ?? []), ...(urgent?.steps ?? [])];
  const shown = new Set(urgentSteps.map((s) => s.actionId));
  const actionsById = new Map(battery.actions.map((a) => [a.id, a]));

  const urgentRecs: Recommendation[] = urgentSteps.flatMap((step) => {
    const action = actionsById.get(step.actionId);
    if (!action) return [];
    const reasons: ScoredAnswer[] = [];
    for (const flag of result.flags ?? []) {
      if (!flag.guidance.some((g) => step.blocks.includes(g))) continue;
      for (const a of flag.answers) {
        const answer = answered.get(a.indicatorId);
        if (answer && !reasons.includes(answer)) reasons.push(answer);
      }
    }
    return [
      {
        kind: 'action' as const,
        id: action.id,
        categories: action.categories,
        horizon: step.horizon,
        weight: RED_FLAG_BONUS + reasons.reduce((sum, r) => sum + r.contribution, 0),
        isUrgent: true,
        reasons,
      },
    ];
  });

  const matches = (item: Action | Routine) => {
    const reasons: ScoredAnswer[] = [];
    for (const trigger of item.triggers) {
      const answer = answered.get(trigger.indicator);
      if (answer && trigger.options.includes(answer.optionId) && !reasons.includes(answer))
        reasons.push(answer);
    }
    return reasons.sort((a, b) => b.contribution - a.contribution);
  };

  const ordinary: { rec: Recommendation; order: number }[] = [];
  battery.actions.forEach((item, order) => {
    if (item.urgentOnly || suppressed.has(item.id)) return;
    const reasons = matches(item);
    if (reasons.length === 0) return;
    const resolved = resolveAction(battery, item.id, ctx);
    if (!resolved || suppressed.has(resolved.action.id) || shown.has(resolved.action.id)) return;
    const action = resolved.action;
    const existing = ordinary.find((o) => o.rec.id === action.id);
    if (existing) {
      for (const r of reasons) if (!existing.rec.reasons.includes(r)) existing.rec.reasons.push(r);
      existing.rec.weight += reasons.reduce((sum, r) => sum + r.contribution, 0);
      return;
    }
    ordinary.push({
      rec: {
        kind: 'action',
        id: action.id,
        categories: action.categories,
        horizon: action.horizon,
        weight: reasons.reduce((sum, r) => sum + r.contribution, 0),
        isUrgent: false,
        reasons,
      },
      order,
    });
  });
  const routines: { rec: Recommendation; order: number }[] = [];
  battery.routines.forEach((item, order) => {
    if (suppressed.has(item.id)) return;
    const reasons = matches(item);
    if (reasons.length === 0) return;
    routines.push({
      rec: {
        kind: 'routine',
        id: item.id,
        categories: item.categories,
        horizon: 'ongoing',
        weight: reasons.reduce((sum, r) => sum + r.contribution, 0),
        isUrgent: false,
        reasons,
      },
      order,
    });
  });
  const rank = (list: { rec: Recommendation; order: number }[]) =>
    list
      .sort(
        (a, b) =>
          b.rec.weight - a.rec.weight ||
          HORIZONS.indexOf(a.rec.horizon) - HORIZONS.indexOf(b.rec.horizon) ||
          a.order - b.order,
      )
      .map((x) => x.rec);

  return {
    actions: [...urgentRecs, ...rank(ordinary)],
    routines: rank(routines),
    ...(urgent ? { urgent } : {}),
  };
}
