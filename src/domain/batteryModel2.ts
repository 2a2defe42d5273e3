/**
 * The checks a model-2 battery must pass beyond its shape (indicators/MODEL-2-DESIGN.md §5.7): so
 * that a follow-up never depends on a later answer, a worse answer can never lower a level, every
 * red flag reaches urgent steps for "now", the crisis block stays apart, every action that needs an
 * organisation has a fallback, and a form offered for real assessments reaches the same urgent
 * steps as the full form. Called by `parseBattery`.
 */
import type {
  Battery,
  BatteryIssue,
  BatteryIssueCode,
  Condition,
  FlagDef,
  Indicator,
  Text,
} from './battery.ts';
import { askingOrder } from './battery.ts';
import { depthOf, itemsOf } from './conditions.ts';

type Add = (path: BatteryIssue['path'], code: BatteryIssueCode, params?: BatteryIssue['params']) => void;
type CheckText = (text: Text | undefined, path: BatteryIssue['path']) => void;

const MAX_DEPTH = 3;

export function checkModel2(b: Battery, add: Add, checkText: CheckText): void {
  const indicators = new Map(b.indicators.map((i) => [i.id, i]));
  const scales = new Map(b.scales.map((s) => [s.id, s]));
  const flags = new Map((b.flags ?? []).map((f) => [f.id, f]));
  const actions = new Map(b.actions.map((a) => [a.id, a]));
  const guidance = new Map((b.guidance ?? []).map((g) => [g.id, g]));
  const isScored = (ind: Indicator) => ind.role !== 'context' && ind.scored !== false;

  b.scales.forEach((scale, i) => {
    const values = scale.options.map((o) => o.value);
    const ok =
      scale.ordered === false
        ? values.every((v) => v === 0)
        : values.every((v, j) => j === 0 || v >= (values[j - 1] ?? 0));
    if (!ok) add(['scales', i, 'options'], 'scaleOrder', { scale: scale.id });
  });

  b.indicators.forEach((ind, i) => {
    const at = ['indicators', i];
    checkText(ind.care, [...at, 'care']);
    if (ind.redFlags.length > 0) add([...at, 'redFlags'], 'redFlagsInModel2');
    if (ind.role === 'context') {
      if (ind.severity !== undefined) add([...at, 'severity'], 'contextScored');
      if (scales.get(ind.scale)?.ordered !== false) add([...at, 'scale'], 'contextScored');
      return;
    }
    if (ind.scored === false && ind.role !== 'capacity')
      add([...at, 'scored'], 'notAllowed', { allowed: 'true' });
    if (isScored(ind) && ind.severity === undefined) add([...at, 'severity'], 'severityMissing');
    if (ind.window === undefined) add([...at, 'window'], 'windowMissing');
    if (scales.get(ind.scale)?.ordered === false) add([...at, 'scale'], 'scaleOrder', { scale: ind.scale });
    // A protection revealed by a worse answer could lower a level: only context may open it.
    if (ind.role === 'capacity' && ind.scored !== false && ind.showIf && !onlyContext(ind.showIf)) {
      add([...at, 'showIf'], 'followUpLowers');
    }
  });

  /** Unknown ids, options not in the item's scale, and too deep nesting. */
  const checkCondition = (c: Condition | undefined, path: BatteryIssue['path']) => {
    if (!c) return;
    if (depthOf(c) > MAX_DEPTH) add(path, 'conditionDepth', { maximum: MAX_DEPTH });
    const walk = (node: Condition) => {
      if ('item' in node) {
        const ind = indicators.get(node.item);
        if (!ind) {
          add(path, 'conditionUnknown', { id: node.item });
          return;
        }
        const scale = scales.get(ind.scale);
        for (const o of node.in) {
          if (scale && !scale.options.some((opt) => opt.id === o))
            add(path, 'conditionUnknown', { id: `${node.item}: ${o}` });
        }
      } else if ('flag' in node) {
        if (!flags.has(node.flag)) add(path, 'conditionUnknown', { id: node.flag });
      } else if ('any' in node) node.any.forEach(walk);
      else if ('all' in node) node.all.forEach(walk);
    };
    walk(c);
  };
  function onlyContext(c: Condition): boolean {
    if ('item' in c) return indicators.get(c.item)?.role === 'context';
    if ('any' in c) return c.any.every(onlyContext);
    if ('all' in c) return c.all.every(onlyContext);
    return false;
  }

  b.indicators.forEach((ind, i) => {
    checkCondition(ind.showIf, ['indicators', i, 'showIf']);
  });

  // Flags: known guidance, upward-closed answers (a worse answer keeps every floor), no cycles.
  if ((b.flags ?? []).length === 0) add(['flags'], 'missing', { expected: 'array' });
  (b.flags ?? []).forEach((flag, i) => {
    const at = ['flags', i];
    checkText(flag.summary, [...at, 'summary']);
    checkCondition(flag.when, [...at, 'when']);
    checkUpward(flag.when, [...at, 'when']);
    flag.floors.forEach((floor, j) => {
      checkCondition(floor.when, [...at, 'floors', j, 'when']);
      if (floor.when) checkUpward(floor.when, [...at, 'floors', j, 'when']);
    });
    flag.guidance.forEach((g, j) => {
      if (!guidance.has(g)) add([...at, 'guidance', j], 'unknownReference', { kind: 'guidance', id: g });
    });
    if (reachesItself(flag, flags)) add([...at, 'when'], 'conditionUnknown', { id: flag.id });
    const crisis = flag.guidance.some((g) => guidance.get(g)?.crisis);
    if (crisis && flag.floors.some((f) => f.category !== 'emotional')) add([...at, 'floors'], 'crisisMixed');
  });

  function checkUpward(c: Condition, path: BatteryIssue['path']) {
    if ('item' in c) {
      const ind = indicators.get(c.item);
      const scale = ind ? scales.get(ind.scale) : undefined;
      if (!ind || !scale || ind.role === 'context' || scale.ordered === false) return;
      const risk = (v: number) => (ind.role === 'capacity' ? 1 - v : v);
      const chosen = scale.options.filter((o) => c.in.includes(o.id));
      const least = Math.min(...chosen.map((o) => risk(o.value)));
      if (scale.options.some((o) => risk(o.value) > least && !c.in.includes(o.id))) {
        add(path, 'flagNotUpward', { id: c.item });
      }
    } else if ('any' in c) c.any.forEach((x) => checkUpward(x, path));
    else if ('all' in c) c.all.forEach((x) => checkUpward(x, path));
  }

  // Guidance blocks: known actions for now or this week, at least one for now.
  if ((b.guidance ?? []).length === 0) add(['guidance'], 'missing', { expected: 'array' });
  const crisisActions = new Set<string>();
  const otherActions = new Set<string>();
  (b.guidance ?? []).forEach((block, i) => {
    const at = ['guidance', i];
    checkText(block.title, [...at, 'title']);
    checkText(block.intro, [...at, 'intro']);
    block.steps.forEach((step, j) => {
      checkCondition(step.when, [...at, 'steps', j, 'when']);
      checkCondition(step.unless, [...at, 'steps', j, 'unless']);
      const action = actions.get(step.action);
      if (!action) {
        add([...at, 'steps', j, 'action'], 'unknownReference', { kind: 'action', id: step.action });
        return;
      }
      if (action.horizon === 'ongoing')
        add([...at, 'steps', j, 'action'], 'stepHorizon', { id: step.action });
      for (const id of withFallbacks(step.action)) (block.crisis ? crisisActions : otherActions).add(id);
    });
    if (!block.steps.some((step) => actions.get(step.action)?.horizon === 'now')) {
      add([...at, 'steps'], 'guidanceNoNow');
    }
    block.suppresses.forEach((id, j) => {
      if (!actions.has(id) && !b.routines.some((r) => r.id === id)) {
        add([...at, 'suppresses', j], 'unknownReference', { kind: 'action', id });
      }
    });
  });
  for (const id of crisisActions) {
    if (otherActions.has(id)) add(['guidance'], 'crisisMixed', { id });
  }
  for (const flag of b.flags ?? []) {
    if (flag.guidance.length === 0) add(['flags'], 'guidanceMissing', { id: flag.id });
  }

  function withFallbacks(id: string): string[] {
    const out: string[] = [];
    let next: string | undefined = id;
    while (next && !out.includes(next)) {
      out.push(next);
      next = actions.get(next)?.fallback;
    }
    return out;
  }

  // Actions: fallbacks for what needs an organisation; triggers unless reached only through guidance.
  b.actions.forEach((action, i) => {
    const at = ['actions', i];
    checkCondition(action.requires, [...at, 'requires']);
    if (action.triggers.length === 0 && !action.urgentOnly) add([...at, 'triggers'], 'triggersMissing');
    const needs = action.who === 'organisation' || action.requires !== undefined;
    if (needs && !action.fallback) add([...at, 'fallback'], 'fallbackMissing');
    if (action.fallback) {
      const fallback = actions.get(action.fallback);
      if (!fallback) add([...at, 'fallback'], 'unknownReference', { kind: 'action', id: action.fallback });
      else if (fallback.requires || fallback.who === 'organisation')
        add([...at, 'fallback'], 'fallbackCycle', { id: fallback.id });
    }
  });

  // Forms: follow-ups only after what they depend on; an assessment form must reach the same urgent steps.
  b.forms.forEach((form, i) => {
    const position = new Map(form.indicators.map((id, j) => [id, j]));
    const asked = new Map(askingOrder(b, form.id).map((ind, j) => [ind.id, j]));
    form.indicators.forEach((id, j) => {
      const gate = indicators.get(id)?.showIf;
      if (!gate) return;
      const self = asked.get(id) ?? j;
      for (const read of itemsOf(gate, flags)) {
        const at = asked.get(read);
        if (at === undefined || at >= self)
          add(['forms', i, 'indicators', j], 'showIfOrder', { id, gate: read });
      }
    });
    if (form.id !== 'full' && form.use === 'assessment') {
      const missing = [...closureOf(b)].filter((id) => !position.has(id));
      for (const id of form.indicators) {
        const gate = indicators.get(id)?.showIf;
        if (gate) for (const read of itemsOf(gate, flags)) if (!position.has(read)) missing.push(read);
      }
      if (missing.length > 0) add(['forms', i], 'formClosure', { ids: [...new Set(missing)].join(', ') });
    }
  });
}

function reachesItself(flag: FlagDef, flags: ReadonlyMap<string, FlagDef>): boolean {
  const seen = new Set<string>();
  const visit = (c: Condition): boolean => {
    if ('flag' in c) {
      if (c.flag === flag.id) return true;
      if (seen.has(c.flag)) return false;
      seen.add(c.flag);
      const next = flags.get(c.flag);
      return next ? visit(next.when) : false;
    }
    if ('any' in c) return c.any.some(visit);
    if ('all' in c) return c.all.some(visit);
    return false;
  };
  return visit(flag.when);
}

/**
 * Every item the fired flags and the urgent steps can depend on: what the flags and their floors
 * read, what guidance steps and the actions they use require, and the gates of those items. A form
 * holding all of them (and the gates of its own items) reaches the same urgent steps as the full
 * form for the same answers.
 */
export function closureOf(b: Battery): Set<string> {
  const flags = new Map((b.flags ?? []).map((f) => [f.id, f]));
  const actions = new Map(b.actions.map((a) => [a.id, a]));
  const indicators = new Map(b.indicators.map((i) => [i.id, i]));
  const out = new Set<string>();
  const addCondition = (c: Condition | undefined) => {
    if (c) for (const id of itemsOf(c, flags)) out.add(id);
  };
  for (const flag of b.flags ?? []) {
    addCondition(flag.when);
    for (const floor of flag.floors) addCondition(floor.when);
  }
  for (const block of b.guidance ?? []) {
    for (const step of block.steps) {
      addCondition(step.when);
      addCondition(step.unless);
      let next: string | undefined = step.action;
      const seen = new Set<string>();
      while (next && !seen.has(next)) {
        seen.add(next);
        addCondition(actions.get(next)?.requires);
        next = actions.get(next)?.fallback;
      }
    }
  }
  // The gates of everything in the set, recursively.
  const queue = [...out];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const gate = indicators.get(id)?.showIf;
    if (!gate) continue;
    for (const read of itemsOf(gate, flags)) {
      if (!out.has(read)) {
        out.add(read);
        queue.push(read);
      }
    }
  }
  return out;
}
