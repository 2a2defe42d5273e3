/**
 * Urgent guidance (model 2): the steps that belong to what fired. Each red flag or combination
 * names its guidance blocks; the box lists only the steps of those blocks, each action once, "now"
 * before "this week". A crisis block (thoughts of not wanting to live) is kept apart and shares no
 * step with any other. A block may suppress actions that would do harm in its situation (when the
 * danger is at home, "agree steps with your family" is removed everywhere). An action that needs
 * an organisation she does not have is replaced by its fallback. No flag, no box.
 */
import { type Action, type Battery, type GuidanceBlock } from './battery.ts';
import { holds, type ConditionContext } from './conditions.ts';
import type { AssessmentResult } from './scoring.ts';

export interface UrgentStep {
  actionId: string;
  horizon: 'now' | 'week';
  /** The blocks that call for this step. */
  blocks: string[];
  /** When this step stands in for an action that needs what she does not have (an organisation). */
  fallbackOf?: string;
}

export interface UrgentGuidance {
  /** The crisis block, shown first and apart. */
  crisis?: { block: string; steps: UrgentStep[] };
  /** The other fired blocks, in priority order. */
  blocks: string[];
  /** Their steps merged: each action once, every "now" before every "this week". */
  steps: UrgentStep[];
  /** Action ids removed everywhere, by the blocks that fired. */
  suppressed: string[];
}

/** The condition context of a scored result: the answers it kept (skips and hidden items are out). */
export function contextOfResult(battery: Battery, result: AssessmentResult): ConditionContext {
  const answers: Record<string, string> = {};
  for (const category of result.categories) {
    for (const a of category.answers) answers[a.indicatorId] = a.optionId;
  }
  const order = battery.indicators.filter((i) => answers[i.id] !== undefined);
  return {
    battery,
    answers,
    visible: new Set(Object.keys(answers)),
    order,
    flags: new Map((battery.flags ?? []).map((f) => [f.id, f])),
  };
}

const actionMaps = new WeakMap<Battery, ReadonlyMap<string, Action>>();

/** The battery's actions by id, built once per battery. */
function actionsOf(battery: Battery): ReadonlyMap<string, Action> {
  let map = actionMaps.get(battery);
  if (!map) {
    map = new Map(battery.actions.map((a) => [a.id, a]));
    actionMaps.set(battery, map);
  }
  return map;
}

/** The action to show for `id`: itself, or its fallback when what it requires does not hold. */
export function resolveAction(
  battery: Battery,
  id: string,
  ctx: ConditionContext,
): { action: Action; fallbackOf?: string } | undefined {
  const byId = actionsOf(battery);
  let action = byId.get(id);
  let fallbackOf: string | undefined;
  for (let hops = 0; action && hops < 4; hops++) {
    if (!action.requires || holds(action.requires, ctx))
      return { action, ...(fallbackOf ? { fallbackOf } : {}) };
    fallbackOf ??= action.id;
    action = action.fallback ? byId.get(action.fallback) : undefined;
  }
  return undefined;
}

function stepsOf(battery: Battery, blocks: GuidanceBlock[], ctx: ConditionContext, suppressed: Set<string>) {
  const steps: UrgentStep[] = [];
  for (const block of blocks) {
    for (const step of block.steps) {
      if (step.when && !holds(step.when, ctx)) continue;
      if (step.unless && holds(step.unless, ctx)) continue;
      if (suppressed.has(step.action)) continue;
      const resolved = resolveAction(battery, step.action, ctx);
      if (!resolved || suppressed.has(resolved.action.id)) continue;
      const horizon = resolved.action.horizon === 'week' ? 'week' : 'now';
      const existing = steps.find((s) => s.actionId === resolved.action.id);
      if (existing) {
        if (!existing.blocks.includes(block.id)) existing.blocks.push(block.id);
        continue;
      }
      steps.push({
        actionId: resolved.action.id,
        horizon,
        blocks: [block.id],
        ...(resolved.fallbackOf ? { fallbackOf: resolved.fallbackOf } : {}),
      });
    }
  }
  // Stable: every "now" before every "this week", the blocks' order kept inside each.
  return [...steps.filter((s) => s.horizon === 'now'), ...steps.filter((s) => s.horizon === 'week')];
}

/** The urgent box of a model-2 result, or undefined when nothing fired. Pure. */
export function urgentGuidance(battery: Battery, result: AssessmentResult): UrgentGuidance | undefined {
  const fired = result.flags ?? [];
  if (fired.length === 0) return undefined;
  const ctx = contextOfResult(battery, result);
  const byId = new Map((battery.guidance ?? []).map((g) => [g.id, g]));
  const ids = [...new Set(fired.flatMap((f) => f.guidance))];
  const blocks = ids
    .map((id) => byId.get(id))
    .filter((b): b is GuidanceBlock => b !== undefined)
    .sort((a, b) => a.priority - b.priority);
  const suppressed = new Set(blocks.flatMap((b) => b.suppresses));
  const crisisBlock = blocks.find((b) => b.crisis);
  const others = blocks.filter((b) => !b.crisis);
  return {
    ...(crisisBlock
      ? { crisis: { block: crisisBlock.id, steps: stepsOf(battery, [crisisBlock], ctx, suppressed) } }
      : {}),
    blocks: others.map((b) => b.id),
    steps: stepsOf(battery, others, ctx, suppressed),
    suppressed: [...suppressed].sort(),
  };
}
