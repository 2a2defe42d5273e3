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
  type IndicatorRole,
  type Level,
  type Role,
  type Scoring1,
} from './battery.ts';
import { scoreModel2 } from './scoring2.ts';

/** "Prefer not to say": a real choice, kept apart from "not answered yet". */
export const SKIPPED = 'skip';

/** Indicator id → option id, or `SKIPPED`. */
export type Answers = Readonly<Record<string, string>>;

/** A category's level, or "not enough answers" to say anything. */
export type CategoryLevel = Level | 'insufficient';

export interface ScoredAnswer {
  indicatorId: string;
  optionId: string;
  /** `context` only in model 2 (asked, never scored). */
  role: IndicatorRole;
  /**
   * Model 1: this answer's share of the category score (the parts' contributions add up to it).
   * Model 2: its strength — severity × value (threats, vulnerabilities) or severity × (1 − value)
   * (capacities: the protection missing).
   */
  contribution: number;
  /** Model 1: the floor this answer forces, when it is a red flag. */
  redFlag?: 'high' | 'severe';
  /** Model 2: the answer adds risk, is one of her strengths, or neither. */
  effect?: 'adds' | 'protects' | 'none';
  /** Model 2: ids of the fired flags and combinations this answer is part of. */
  flags?: string[];
}

/** Whether a level comes from what is done against her, or only from what exposes her. */
export type LevelKind = 'threats' | 'exposure';

export interface RoleCoverage {
  asked: number;
  answered: number;
  skipped: number;
}

/** A red flag or combination that fired (model 2). */
export interface FiredFlag {
  /** "r1", "c3"… as the battery names it. */
  id: string;
  type: 'flag' | 'combination';
  /** The floors it set, one per category. */
  floors: { category: CategoryId; level: 'high' | 'severe' }[];
  /** The answers that made it fire. */
  answers: { indicatorId: string; optionId: string }[];
  /** Its urgent guidance blocks. */
  guidance: string[];
}

export interface CategoryResult {
  category: CategoryId;
  /** Absent in model-1 results. */
  model?: 1 | 2;
  level: CategoryLevel;
  /** Model 2, for moderate, high and severe only. */
  kind?: LevelKind;
  /** Model 2, when the level is "not enough answers": nothing at all, or nothing about threats. */
  insufficient?: 'all' | 'threats';
  /** Model 2: what her exposure answers alone give, when threats were not answered. */
  exposureOnly?: Level;
  /** Model 2: threat-driven risk R_T and exposure E, 0–1. */
  paths?: { threat: number; exposure: number };
  /** Model 2: per role, how many questions were asked, answered and skipped. */
  roleCoverage?: Record<Role, RoleCoverage>;
  /** Model 2: fired flags and combinations that set a floor on this category. */
  flags?: FiredFlag[];
  /** Model 2: her own sense of danger, whenever she answered it. */
  selfRated?: ScoredAnswer;
  /** Model 2: "what protects you": capacities answered at or above the strength mark. */
  strengths?: ScoredAnswer[];
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
  /** Absent in model-1 results. */
  model?: 1 | 2;
  /** Model 2: every fired flag and combination, in battery order. */
  flags?: FiredFlag[];
  /** Model 2: categories high from exposure alone with no flag: "look after this soon". */
  soon?: CategoryId[];
}

/** The levels alone: what history and its trends need, kept with a completed assessment. */
export interface LevelSummary {
  overall: CategoryLevel;
  categories: { category: CategoryId; level: CategoryLevel; kind?: LevelKind }[];
  /** Absent for model 1. */
  model?: 2;
}

export function levelSummary(result: AssessmentResult): LevelSummary {
  return {
    overall: result.overall,
    categories: result.categories.map((c) => ({
      category: c.category,
      level: c.level,
      ...(c.kind ? { kind: c.kind } : {}),
    })),
    ...(result.model === 2 ? { model: 2 as const } : {}),
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
export function bandOf(score: number, bands: Scoring1['bands']): Level {
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
  return battery.scoring.model === 2
    ? scoreModel2(battery, answers, formId)
    : scoreModel1(battery, answers, formId);
}

/** Model 1 (battery 1.0.0), unchanged: a weighted average of three parts, banded. */
function scoreModel1(battery: Battery, answers: Answers, formId: string): AssessmentResult {
  const indicators = formIndicators(battery, formId).filter(
    (i): i is typeof i & { role: Role } => i.role !== 'context',
  );
  const { roleWeights, bands, minCoverage, maxDrivers } = battery.scoring as Scoring1;

  const categories = CATEGORY_IDS.map((category): CategoryResult => {
    const items = indicators.filter((i) => i.category === category);
    const roleTotal: Record<Role, number> = { threat: 0, vulnerability: 0, capacity: 0 };
    for (const item of items) roleTotal[item.role] += item.weight ?? 1;
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
      answeredWeight += item.weight ?? 1;
      const exposure = item.role === 'capacity' ? 1 - option.value : option.value;
      const share = ((item.weight ?? 1) * exposure) / roleTotal[item.role];
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
    const totalWeight = items.reduce((sum, i) => sum + (i.weight ?? 1), 0);
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
  if (result.model === 2) return (result.flags ?? []).length > 0;
  return result.categories.some((c) => c.redFlags.length > 0 || c.level === 'severe');
}
