/**
 * Risk model 2 (battery 2.0.0; indicators/README.md "Model 2"). Per category:
 *
 * - each answer has a strength: severity × value for threats (t) and vulnerabilities (e), and
 *   severity × (1 − value) for capacities (g, the protection missing); skips give nothing;
 * - threats: the most serious one counts fully, the others add a bounded bonus —
 *   T = min(1, m + min(B, β × (Σt − m))) — so "never" answers can never dilute a serious threat;
 * - exposure: E = 1 − (1 − Vn)(1 − Gn), each a noisy-OR of its answers, as a share of the most
 *   this category's questions (those asked of everyone) can show;
 * - threat-driven risk, after Protection International (threats × vulnerabilities ÷ capacities):
 *   R_T = min(1, T × (1 + a × v̂) × (1 − b × p));
 * - level = the higher of band(R_T) and exposureBand(E), which tops at "high", then the floors of
 *   the red flags and combinations that fired (the only way to "severe"). Capacities act inside
 *   R_T and E, so they can lower a band but never a floor.
 */
import {
  CATEGORY_IDS,
  LEVELS,
  type Battery,
  type CategoryId,
  type FlagDef,
  type Indicator,
  type Level,
  type Scoring2,
} from './battery.ts';
import { answerValue, contextFor, holds, type ConditionContext } from './conditions.ts';
import type {
  AssessmentResult,
  Answers,
  CategoryLevel,
  CategoryResult,
  FiredFlag,
  RoleCoverage,
  ScoredAnswer,
} from './scoring.ts';

const SKIP = 'skip';

function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

function band(value: number, limits: { moderate: number; high: number }): Level {
  if (value >= limits.high) return 'high';
  if (value >= limits.moderate) return 'moderate';
  return 'low';
}

/** 1 − Π(1 − x): many small parts add up, none is averaged away, the whole stays below 1. */
function noisyOr(values: number[]): number {
  return 1 - values.reduce((acc, v) => acc * (1 - v), 1);
}

/** The threat total: the most serious threat, plus a bounded bonus for the others. */
export function combineThreats(strengths: number[], scoring: Pick<Scoring2, 'threat'>): number {
  if (strengths.length === 0) return 0;
  const m = Math.max(...strengths);
  const rest = strengths.reduce((s, t) => s + t, 0) - m;
  return Math.min(1, m + Math.min(scoring.threat.bonusCap, scoring.threat.bonusRate * rest));
}

function isScored(ind: Indicator): boolean {
  return ind.role !== 'context' && ind.scored !== false;
}

/** Each leaf of a condition that holds, read through flag leaves: the answers that made it fire. */
function matchingLeaves(
  condition: FlagDef['when'],
  ctx: ConditionContext,
  out: { indicatorId: string; optionId: string }[],
  depth = 0,
): void {
  if (depth > 8) return;
  if ('item' in condition) {
    if (holds(condition, ctx)) {
      const optionId = ctx.answers[condition.item];
      if (optionId !== undefined && !out.some((a) => a.indicatorId === condition.item)) {
        out.push({ indicatorId: condition.item, optionId });
      }
    }
  } else if ('flag' in condition) {
    const flag = ctx.flags.get(condition.flag);
    if (flag && holds(flag.when, ctx)) matchingLeaves(flag.when, ctx, out, depth + 1);
  } else if ('any' in condition) {
    condition.any.forEach((c) => {
      matchingLeaves(c, ctx, out, depth + 1);
    });
  } else if ('all' in condition) {
    condition.all.forEach((c) => {
      matchingLeaves(c, ctx, out, depth + 1);
    });
  }
}

/** The red flags and combinations that fired, in battery order, with the floors they set. */
export function firedFlags(battery: Battery, ctx: ConditionContext): FiredFlag[] {
  const fired: FiredFlag[] = [];
  for (const flag of battery.flags ?? []) {
    if (!holds(flag.when, ctx)) continue;
    const floors = new Map<CategoryId, 'high' | 'severe'>();
    for (const floor of flag.floors) {
      if (floor.when && !holds(floor.when, ctx)) continue;
      const had = floors.get(floor.category);
      floors.set(floor.category, had ? (maxLevel(had, floor.level) as 'high' | 'severe') : floor.level);
    }
    if (floors.size === 0) continue;
    const answers: FiredFlag['answers'] = [];
    matchingLeaves(flag.when, ctx, answers);
    fired.push({
      id: flag.id,
      type: flag.type,
      floors: [...floors].map(([category, level]) => ({ category, level })),
      answers,
      guidance: flag.guidance,
    });
  }
  return fired;
}

export function scoreModel2(battery: Battery, answers: Answers, formId: string): AssessmentResult {
  const scoring = battery.scoring as Scoring2;
  const ctx = contextFor(battery, formId, answers);
  const visible = ctx.order;
  const byId = new Map(battery.indicators.map((i) => [i.id, i]));
  const flags = firedFlags(battery, ctx);
  const formOrder = new Map(visible.map((ind, i) => [ind.id, i]));

  const categories = CATEGORY_IDS.map((category): CategoryResult => {
    const items = visible.filter((i) => i.category === category);
    const roleCoverage: Record<'threat' | 'vulnerability' | 'capacity', RoleCoverage> = {
      threat: { asked: 0, answered: 0, skipped: 0 },
      vulnerability: { asked: 0, answered: 0, skipped: 0 },
      capacity: { asked: 0, answered: 0, skipped: 0 },
    };
    const scored: ScoredAnswer[] = [];
    const threats: number[] = [];
    const exposures: number[] = [];
    const gaps: number[] = [];
    let anyAnswered = false;
    let skipped = 0;
    let uThreatsAsked = 0;
    let uThreatsAnswered = 0;
    let threatAnswered = false;
    let exposureAnswered = false;

    for (const item of items) {
      const optionId = answers[item.id];
      if (item.role !== 'context') {
        roleCoverage[item.role].asked += 1;
        if (item.role === 'threat' && !item.showIf) uThreatsAsked += 1;
      }
      if (optionId === undefined) continue;
      if (optionId === SKIP) {
        skipped += 1;
        if (item.role !== 'context') roleCoverage[item.role].skipped += 1;
        continue;
      }
      const option = battery.scales.find((s) => s.id === item.scale)?.options.find((o) => o.id === optionId);
      if (!option) continue;
      anyAnswered = true;
      if (item.role === 'context') {
        scored.push({ indicatorId: item.id, optionId, role: 'context', contribution: 0, effect: 'none' });
        continue;
      }
      roleCoverage[item.role].answered += 1;
      const severity = isScored(item) ? (item.severity ?? 0) : 0;
      let strength: number;
      let effect: ScoredAnswer['effect'];
      if (item.role === 'capacity') {
        strength = severity * (1 - option.value);
        const isStrength = option.value >= scoring.strengthFrom;
        effect = isStrength ? 'protects' : strength > 0 ? 'adds' : 'none';
        if (isScored(item)) gaps.push(strength);
        exposureAnswered ||= isScored(item);
      } else {
        strength = severity * option.value;
        effect = strength > 0 ? 'adds' : 'none';
        if (item.role === 'threat') {
          threats.push(strength);
          threatAnswered = true;
          if (!item.showIf) uThreatsAnswered += 1;
        } else {
          exposures.push(strength);
          exposureAnswered = true;
        }
      }
      scored.push({ indicatorId: item.id, optionId, role: item.role, contribution: strength, effect });
    }

    // Scale of "how much of the worst" for the multiplier: the questions everyone is asked.
    const base = items.filter((i) => !i.showIf && isScored(i));
    const vMax = noisyOr(base.filter((i) => i.role === 'vulnerability').map((i) => i.severity ?? 0));
    const gMax = noisyOr(base.filter((i) => i.role === 'capacity').map((i) => i.severity ?? 0));
    const T = combineThreats(threats, scoring);
    const Vn = noisyOr(exposures);
    const Gn = noisyOr(gaps);
    // Exposure as a share of the worst this category's questions can show, like v̂ and p: a
    // category is not judged more exposed because it asks more questions.
    const eMax = 1 - (1 - vMax) * (1 - gMax);
    const E = eMax > 0 ? Math.min(1, (1 - (1 - Vn) * (1 - Gn)) / eMax) : 0;
    const vHat = vMax > 0 ? Math.min(1, Vn / vMax) : 0;
    const protection = gMax > 0 ? 1 - Math.min(1, Gn / gMax) : 0;
    const RT = Math.min(
      1,
      T * (1 + scoring.multiplier.vulnerability * vHat) * (1 - scoring.multiplier.capacity * protection),
    );

    const categoryFlags = flags.filter((f) => f.floors.some((fl) => fl.category === category));
    const floor = categoryFlags.reduce<Level | undefined>((acc, f) => {
      const l = f.floors.find((fl) => fl.category === category)?.level;
      return l ? (acc ? maxLevel(acc, l) : l) : acc;
    }, undefined);
    // Exposure and threats add up on the exposure scale too: a woman insulted every week who is
    // also worn out and unsupported is more at risk than either alone (a share k of the
    // threat-driven risk joins what exposes her). Without a threat this is E itself.
    const together = 1 - (1 - scoring.exposureWithThreat * RT) * (1 - E);
    const computed = maxLevel(band(RT, scoring.bands), band(together, scoring.exposureBands));
    const exposureLevel = band(E, scoring.exposureBands);

    let level: CategoryLevel;
    let insufficient: CategoryResult['insufficient'];
    let exposureOnly: Level | undefined;
    if (floor) {
      level = maxLevel(computed, floor);
    } else if (!anyAnswered) {
      level = 'insufficient';
      insufficient = 'all';
    } else if (!threatAnswered && roleCoverage.threat.asked > 0) {
      level = 'insufficient';
      insufficient = 'threats';
      if (exposureAnswered) exposureOnly = exposureLevel;
    } else if (
      computed === 'low' &&
      uThreatsAsked > 0 &&
      uThreatsAnswered / uThreatsAsked < scoring.minThreatCoverage
    ) {
      level = 'insufficient';
      insufficient = 'threats';
      if (exposureAnswered) exposureOnly = exposureLevel;
    } else {
      level = computed;
    }

    // Kind: danger wording only when something is done or said against her.
    const threatFlag = categoryFlags.some((f) =>
      f.answers.some((a) => byId.get(a.indicatorId)?.role === 'threat'),
    );
    const reportedThreat = scored.some((s) => s.role === 'threat' && s.contribution > 0);
    const kind: CategoryResult['kind'] =
      level === 'moderate' || level === 'high' || level === 'severe'
        ? reportedThreat || threatFlag
          ? 'threats'
          : 'exposure'
        : undefined;

    // The why: forced drivers (what fired a floor here) first, then the rest by strength.
    const allAnswers = new Map<string, ScoredAnswer>();
    const selfItem = items.find((i) => i.selfRated);
    const selfRated = selfItem ? scored.find((s) => s.indicatorId === selfItem.id) : undefined;
    const forced: ScoredAnswer[] = [];
    const pushForced = (indicatorId: string, flagId: string) => {
      const existing = scored.find((s) => s.indicatorId === indicatorId) ?? allAnswers.get(indicatorId);
      const answer = existing ?? answerFromOtherCategory(indicatorId);
      if (!answer || answer.effect !== 'adds') return;
      answer.flags = [...new Set([...(answer.flags ?? []), flagId])];
      if (!forced.includes(answer)) forced.push(answer);
    };
    const answerFromOtherCategory = (indicatorId: string): ScoredAnswer | undefined => {
      const ind = byId.get(indicatorId);
      const optionId = answers[indicatorId];
      if (!ind || optionId === undefined || optionId === SKIP || ind.role === 'context') return undefined;
      const value = answerValue(battery, ind, optionId);
      const severity = ind.severity ?? 0;
      const strength = ind.role === 'capacity' ? severity * (1 - value) : severity * value;
      const answer: ScoredAnswer = {
        indicatorId,
        optionId,
        role: ind.role,
        contribution: strength,
        effect: strength > 0 ? 'adds' : 'none',
      };
      allAnswers.set(indicatorId, answer);
      return answer;
    };
    if (
      selfRated &&
      categoryFlags.some((f) => f.answers.some((a) => a.indicatorId === selfRated.indicatorId))
    ) {
      const flag = categoryFlags.find((f) => f.answers.some((a) => a.indicatorId === selfRated.indicatorId));
      if (flag) pushForced(selfRated.indicatorId, flag.id);
    }
    // Single-item flags: their trigger answers of this category first. A trigger from another
    // category is forced only when it alone explains the level shown (extortion flooring physical
    // with no physical flag), not when this category's own flags already do.
    const single = categoryFlags.filter((f) => f.type === 'flag');
    const ownFlag = single.some((f) => f.answers.some((a) => byId.get(a.indicatorId)?.category === category));
    for (const f of single) {
      const floorHere = f.floors.find((fl) => fl.category === category)?.level;
      for (const a of f.answers) {
        const own = byId.get(a.indicatorId)?.category === category;
        if (own || (!ownFlag && floorHere === level)) pushForced(a.indicatorId, f.id);
      }
    }
    for (const f of categoryFlags) {
      for (const a of f.answers) {
        const s = scored.find((x) => x.indicatorId === a.indicatorId);
        if (s) s.flags = [...new Set([...(s.flags ?? []), f.id])];
      }
    }
    // Her own sense of danger has its own line at the top of the why (`selfRated`): it is a
    // driver only when it fired a floor ("in great danger"), so it is never shown twice.
    const rest = scored
      .filter((s) => s.effect === 'adds' && !forced.includes(s) && s !== selfRated)
      .sort(
        (a, b) =>
          b.contribution - a.contribution ||
          (formOrder.get(a.indicatorId) ?? 0) - (formOrder.get(b.indicatorId) ?? 0),
      );
    const drivers = [...forced, ...rest].slice(0, Math.max(scoring.maxDrivers, forced.length));
    const strengths = scored
      .filter((s) => s.effect === 'protects')
      .sort(
        (a, b) =>
          answerValue(battery, byId.get(b.indicatorId) as Indicator, b.optionId) -
            answerValue(battery, byId.get(a.indicatorId) as Indicator, a.optionId) ||
          (formOrder.get(a.indicatorId) ?? 0) - (formOrder.get(b.indicatorId) ?? 0),
      );

    const answeredCount = scored.length;
    return {
      category,
      model: 2,
      level,
      ...(kind ? { kind } : {}),
      ...(insufficient ? { insufficient } : {}),
      ...(exposureOnly ? { exposureOnly } : {}),
      score: Math.max(RT, E),
      paths: { threat: RT, exposure: E },
      parts: { threat: T, vulnerability: vHat, capacity: 1 - protection },
      coverage: items.length > 0 ? answeredCount / items.length : 0,
      roleCoverage,
      answered: answeredCount,
      skipped,
      total: items.length,
      redFlags: forced.filter((s) => (s.flags ?? []).length > 0),
      drivers,
      answers: scored,
      flags: categoryFlags,
      ...(selfRated ? { selfRated } : {}),
      strengths,
    };
  });

  const rank = (l: CategoryLevel) => ['insufficient', ...LEVELS].indexOf(l);
  const order = [...categories]
    .sort((a, b) => rank(b.level) - rank(a.level) || b.score - a.score)
    .map((c) => c.category);
  const overall = categories.reduce<CategoryLevel>(
    (acc, c) => (rank(c.level) > rank(acc) ? c.level : acc),
    'insufficient',
  );
  const soon = categories
    .filter((c) => c.level === 'high' && c.kind === 'exposure' && (c.flags ?? []).length === 0)
    .map((c) => c.category);

  return {
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId,
    model: 2,
    categories,
    overall,
    order,
    flags,
    soon,
  };
}
