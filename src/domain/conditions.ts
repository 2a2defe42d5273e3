/**
 * Conditions (model 2): which follow-up questions are asked, which red flags fire and which urgent
 * steps apply. Pure. A condition reads only answers to items that are visible in the form; a
 * skipped ("prefer not to say") or hidden answer never satisfies anything, so skipping can never
 * open a question or fire a flag.
 */
import {
  askingOrder,
  scaleOf,
  type Battery,
  type Condition,
  type FlagDef,
  type Indicator,
} from './battery.ts';

/** Indicator id → option id, or "skip". */
export type AnswerMap = Readonly<Record<string, string>>;

const SKIP = 'skip';

/** What conditions are evaluated against: the answers and which items are visible. */
export interface ConditionContext {
  battery: Battery;
  answers: AnswerMap;
  /** Items asked so far (or in the whole form), in form order. */
  visible: ReadonlySet<string>;
  /** Visible items in form order, for `reported` leaves. */
  order: readonly Indicator[];
  /** Flags by id, for `flag` leaves. */
  flags: ReadonlyMap<string, FlagDef>;
}

/** Whether a condition holds. Unknown items, options or flags never hold. */
export function holds(condition: Condition, ctx: ConditionContext, depth = 0): boolean {
  if (depth > 8) return false; // the validator refuses cycles; this only guards against a loop
  if ('item' in condition) {
    if (!ctx.visible.has(condition.item)) return false;
    const answer = ctx.answers[condition.item];
    return answer !== undefined && answer !== SKIP && condition.in.includes(answer);
  }
  if ('reported' in condition) {
    return ctx.order.some(
      (ind) =>
        ind.role === 'threat' &&
        (!condition.categories || condition.categories.includes(ind.category)) &&
        answerValue(ctx.battery, ind, ctx.answers[ind.id]) > 0,
    );
  }
  if ('flag' in condition) {
    const flag = ctx.flags.get(condition.flag);
    return flag !== undefined && holds(flag.when, ctx, depth + 1);
  }
  if ('any' in condition) return condition.any.some((c) => holds(c, ctx, depth + 1));
  return condition.all.every((c) => holds(c, ctx, depth + 1));
}

/** The value (0–1) of an answer, or 0 when skipped, unanswered or not an option of the scale. */
export function answerValue(battery: Battery, indicator: Indicator, optionId: string | undefined): number {
  if (optionId === undefined || optionId === SKIP) return 0;
  return scaleOf(battery, indicator).options.find((o) => o.id === optionId)?.value ?? 0;
}

/**
 * The items of a form that are asked, given the answers so far, in asking order (`askingOrder`).
 * An item with a `showIf` is asked when its condition holds over the items asked before it. A hidden item's answer is
 * kept in storage but ignored everywhere.
 */
export function visibleIndicators(battery: Battery, formId: string, answers: AnswerMap): Indicator[] {
  const flags = new Map((battery.flags ?? []).map((f) => [f.id, f]));
  const visible = new Set<string>();
  const order: Indicator[] = [];
  for (const indicator of askingOrder(battery, formId)) {
    if (!indicator.showIf || holds(indicator.showIf, { battery, answers, visible, order, flags })) {
      visible.add(indicator.id);
      order.push(indicator);
    }
  }
  return order;
}

/** A context over the visible items of a form, for flags and guidance. */
export function contextFor(battery: Battery, formId: string, answers: AnswerMap): ConditionContext {
  const order = visibleIndicators(battery, formId, answers);
  return {
    battery,
    answers,
    visible: new Set(order.map((i) => i.id)),
    order,
    flags: new Map((battery.flags ?? []).map((f) => [f.id, f])),
  };
}

/** Every item id a condition reads, through flag leaves too. */
export function itemsOf(
  condition: Condition,
  flags: ReadonlyMap<string, FlagDef>,
  seen = new Set<string>(),
): Set<string> {
  const out = new Set<string>();
  const walk = (c: Condition) => {
    if ('item' in c) out.add(c.item);
    else if ('flag' in c) {
      if (seen.has(c.flag)) return;
      seen.add(c.flag);
      const flag = flags.get(c.flag);
      if (flag) {
        walk(flag.when);
        for (const floor of flag.floors) if (floor.when) walk(floor.when);
      }
    } else if ('any' in c) c.any.forEach(walk);
    else if ('all' in c) c.all.forEach(walk);
  };
  walk(condition);
  return out;
}

/** How deep a condition nests (a leaf is 1). */
export function depthOf(condition: Condition): number {
  if ('any' in condition) return 1 + Math.max(...condition.any.map(depthOf));
  if ('all' in condition) return 1 + Math.max(...condition.all.map(depthOf));
  return 1;
}
