/** The assessment as a list of steps: each category's introduction, its questions, then the end. */
import { CATEGORY_IDS, askingOrder, type Battery, type CategoryId, type Indicator } from './battery.ts';
import { visibleIndicators, type AnswerMap } from './conditions.ts';

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
  answered: number;
  total: number;
}

/** How many of the questions now asked in each category have an answer (skips count as answered). */
export function progressByCategory(
  steps: Step[],
  answers: Readonly<Record<string, string>>,
): CategoryProgress[] {
  const byCategory = new Map<CategoryId, CategoryProgress>();
  for (const step of steps) {
    if (step.type !== 'question') continue;
    const p = byCategory.get(step.category) ?? { category: step.category, answered: 0, total: 0 };
    p.total += 1;
    if (answers[step.indicator.id] !== undefined) p.answered += 1;
    byCategory.set(step.category, p);
  }
  return [...byCategory.values()];
}
