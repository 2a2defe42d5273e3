/** The assessment as a list of steps: each category's introduction, its questions, then the end. */
import { CATEGORY_IDS, askingOrder, type Battery, type CategoryId, type Indicator } from './battery.ts';
import { visibleIndicators, type AnswerMap } from './conditions.ts';
import { SKIPPED } from './scoring.ts';

export type Step =
  | { type: 'intro'; category: CategoryId }
  | { type: 'question'; category: CategoryId; indicator: Indicator }
  | { type: 'finish' };

/**
 * The steps for the answers so far: questions in asking order (context questions first, then
 * categories in the fixed order), each category after its introduction. A follow-up question is a
 * step only while what opens it holds, so the list grows and shrinks as she answers; every
 * follow-up comes after the answers that open it, so the steps before the current one never move.
 */
export function buildSteps(battery: Battery, formId: string, answers: AnswerMap = {}): Step[] {
  const visible = new Set(visibleIndicators(battery, formId, answers).map((i) => i.id));
  const items = askingOrder(battery, formId).filter((i) => visible.has(i.id));
  const lead = items.filter((i) => i.role === 'context' && !i.showIf);
  const steps: Step[] = lead.map((indicator) => ({
    type: 'question',
    category: indicator.category,
    indicator,
  }));
  for (const category of CATEGORY_IDS) {
    const inCategory = items.filter((i) => i.category === category && !lead.includes(i));
    if (inCategory.length === 0) continue;
    steps.push({ type: 'intro', category });
    for (const indicator of inCategory) steps.push({ type: 'question', category, indicator });
  }
  steps.push({ type: 'finish' });
  return steps;
}

export interface CategoryProgress {
  category: CategoryId;
  /** Questions she answered (not "prefer not to say"). */
  answered: number;
  /** Questions where she chose "prefer not to say". */
  skipped: number;
  /** Questions now asked. */
  total: number;
}

/** How many questions are answered, skipped ("prefer not to say") and asked, in `steps`. */
export interface AnswerCounts {
  answered: number;
  skipped: number;
  total: number;
}

function count(into: AnswerCounts, value: string | undefined): void {
  into.total += 1;
  if (value === SKIPPED) into.skipped += 1;
  else if (value !== undefined) into.answered += 1;
}

/**
 * Per category, how many of the questions now asked she answered and how many she preferred not
 * to say: "9 of 10 answered, 1 preferred not to say", as the results count them.
 */
export function progressByCategory(
  steps: Step[],
  answers: Readonly<Record<string, string>>,
): CategoryProgress[] {
  const byCategory = new Map<CategoryId, CategoryProgress>();
  for (const step of steps) {
    if (step.type !== 'question') continue;
    const p = byCategory.get(step.category) ?? { category: step.category, answered: 0, skipped: 0, total: 0 };
    count(p, answers[step.indicator.id]);
    byCategory.set(step.category, p);
  }
  return [...byCategory.values()];
}

/**
 * Over every question now asked (the first questions included): answered, skipped, asked. At the
 * end these are the sums of the result's `answered`, `skipped` and `total` over its categories.
 */
export function answerCounts(steps: Step[], answers: Readonly<Record<string, string>>): AnswerCounts {
  const counts = { answered: 0, skipped: 0, total: 0 };
  for (const step of steps) if (step.type === 'question') count(counts, answers[step.indicator.id]);
  return counts;
}
