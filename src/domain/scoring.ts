/**
 * Scoring: answers → a level per category, with the reasons (DESIGN.md §3).
 *
 * For each category and role, the part is the weighted share of what she reported:
 *   part(role) = Σ weight × value over the answered items of that role
 *                / Σ weight over every item of that role in the form
 * where value is the answer's value for threats and vulnerabilities (0 none … 1 most) and
 * 1 − value for capacities (the gap in protection). A skipped or unanswered item adds nothing:
 * the result is built only from what she chose to tell.
 *   score = Σ roleWeight × part / Σ roleWeight (over the roles the form asks about)  ∈ [0, 1]
 * The score falls into a band (low, moderate, high, severe) by the battery's limits; a red-flag
 * answer sets a floor on the level. Below the minimum coverage, and with no red flag, the category
 * says "not enough answers" rather than "low".
 */
import {
  CATEGORY_IDS,
  LEVELS,
  ROLES,
  formIndicators,
  scaleOf,
  type Battery,
  type CategoryId,
  type Level,
  type Role,
  type ScoringParameters,
} from './battery.ts';

/** "Prefer not to say": a real choice, kept apart from "not answered yet". */
export const SKIPPED = 'skip';

/** Indicator id → option id, or `SKIPPED`. */
export type Answers = Readonly<Record<string, string>>;

/** A category's level, or "not enough answers" to say anything. */
export type CategoryLevel = Level | 'insufficient';

export interface ScoredAnswer {
  indicatorId: string;
  optionId: string;
  role: Role;
  /** This answer's share of the category score (0–1); the parts' contributions add up to it. */
  contribution: number;
  /** The floor this answer forces, when it is a red flag. */
  redFlag?: 'high' | 'severe';
}

export interface CategoryResult {
  category: CategoryId;
  level: CategoryLevel;
  /** 0 (no risk reported) … 1 (every risk at its most, every protection missing). */
  score: number;
  /** Each role's part, 0–1; for capacity this is the gap in protection. */
  parts: Record<Role, number>;
  /** Share of the category's weight she answered (skips and unanswered items excluded), 0–1. */
  coverage: number;
  answered: number;
  skipped: number;
  total: number;
  redFlags: ScoredAnswer[];
  /** The answers that drove the level most: red flags first, then by contribution. */
  drivers: ScoredAnswer[];
  /** Every scored answer, in form order. */
  answers: ScoredAnswer[];
}

export interface AssessmentResult {
  batteryId: string;
  batteryVersion: string;
  formId: string;
  categories: CategoryResult[];
  /** The highest level of all categories; never an average. */
  overall: CategoryLevel;
  /** Category ids, highest level first (ties keep the battery's order). */
  order: CategoryId[];
}

/** The levels alone: what history and its trends need, kept with a completed assessment. */
export interface LevelSummary {
  overall: CategoryLevel;
  categories: { category: CategoryId; level: CategoryLevel }[];
}

export function levelSummary(result: AssessmentResult): LevelSummary {
  return {
    overall: result.overall,
    categories: result.categories.map((c) => ({ category: c.category, level: c.level })),
  };
}

const LEVEL_RANK: Record<CategoryLevel, number> = {
  insufficient: -1,
  low: 0,
  moderate: 1,
  high: 2,
  severe: 3,
};

/** Orders levels: "not enough answers" is below "low". */
export function levelRank(level: CategoryLevel): number {
  return LEVEL_RANK[level];
}

/** The band a score falls in. */
export function bandOf(score: number, bands: ScoringParameters['bands']): Level {
  if (score >= bands.severe) return 'severe';
  if (score >= bands.high) return 'high';
  if (score >= bands.moderate) return 'moderate';
  return 'low';
}

function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/**
 * Scores one assessment. Pure and deterministic: the same battery, form and answers always give
 * the same result. Answers to indicators the form does not hold, or with options the scale does
 * not know (an older battery's), are left out.
 */
export function score(battery: Battery, answers: Answers, formId = 'full'): AssessmentResult {
  const indicators = formIndicators(battery, formId);
  const { roleWeights, bands, minCoverage, maxDrivers } = battery.scoring;

  const categories = CATEGORY_IDS.map((category): CategoryResult => {
    const items = indicators.filter((i) => i.category === category);
    const roleTotal: Record<Role, number> = { threat: 0, vulnerability: 0, capacity: 0 };
    for (const item of items) roleTotal[item.role] += item.weight;
    const presentRoles = ROLES.filter((r) => roleTotal[r] > 0);
    const weightSum = presentRoles.reduce((sum, r) => sum + roleWeights[r], 0);

    const scored: ScoredAnswer[] = [];
    const parts: Record<Role, number> = { threat: 0, vulnerability: 0, capacity: 0 };
    let answeredWeight = 0;
    let skipped = 0;
    for (const item of items) {
      const optionId = answers[item.id];
      if (optionId === undefined) continue;
      if (optionId === SKIPPED) {
        skipped += 1;
        continue;
      }
      const option = scaleOf(battery, item).options.find((o) => o.id === optionId);
      if (!option) continue;
      answeredWeight += item.weight;
      const exposure = item.role === 'capacity' ? 1 - option.value : option.value;
      const share = (item.weight * exposure) / roleTotal[item.role];
      parts[item.role] += share;
      const contribution = weightSum > 0 ? (roleWeights[item.role] / weightSum) * share : 0;
      const flag = item.redFlags.find((f) => f.option === optionId);
      scored.push({
        indicatorId: item.id,
        optionId,
        role: item.role,
        contribution,
        ...(flag ? { redFlag: flag.floor } : {}),
      });
    }

    const rawScore = scored.reduce((sum, s) => sum + s.contribution, 0);
    const categoryScore = Math.min(1, Math.max(0, rawScore));
    const totalWeight = items.reduce((sum, i) => sum + i.weight, 0);
    const coverage = totalWeight > 0 ? answeredWeight / totalWeight : 0;
    const redFlags = scored.filter((s) => s.redFlag !== undefined);

    let level: CategoryLevel;
    const floor = redFlags.reduce<Level | undefined>(
      (acc, s) => (s.redFlag ? (acc ? maxLevel(acc, s.redFlag) : s.redFlag) : acc),
      undefined,
    );
    if (coverage < minCoverage || scored.length === 0) {
      level = floor ?? 'insufficient';
    } else {
      const band = bandOf(categoryScore, bands);
      level = floor ? maxLevel(band, floor) : band;
    }

    const drivers = [
      ...redFlags,
      ...scored
        .filter((s) => s.redFlag === undefined && s.contribution > 0)
        .sort((a, b) => b.contribution - a.contribution),
    ].slice(0, Math.max(maxDrivers, redFlags.length));

    return {
      category,
      level,
      score: categoryScore,
      parts: {
        threat: clamp01(parts.threat),
        vulnerability: clamp01(parts.vulnerability),
        capacity: clamp01(parts.capacity),
      },
      coverage,
      answered: scored.length,
      skipped,
      total: items.length,
      redFlags,
      drivers,
      answers: scored,
    };
  });

  const order = [...categories]
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.score - a.score)
    .map((c) => c.category);
  const overall = categories.reduce<CategoryLevel>(
    (acc, c) => (levelRank(c.level) > levelRank(acc) ? c.level : acc),
    'insufficient',
  );

  return { batteryId: battery.id, batteryVersion: battery.version, formId, categories, overall, order };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Whether a result calls for the "urgent steps" section: a red flag fired, or a category is severe. */
export function isUrgent(result: AssessmentResult): boolean {
  return result.categories.some((c) => c.redFlags.length > 0 || c.level === 'severe');
}
