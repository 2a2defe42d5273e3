/** The assessment as a list of steps: each category's introduction, its questions, then the end. */
import { CATEGORY_IDS, formIndicators, type Battery, type CategoryId, type Indicator } from './battery.ts';

export type Step =
  | { type: 'intro'; category: CategoryId }
  | { type: 'question'; category: CategoryId; indicator: Indicator }
  | { type: 'finish' };

/** Categories in the battery's fixed order; questions in the form's order inside each. */
export function buildSteps(battery: Battery, formId: string): Step[] {
  const indicators = formIndicators(battery, formId);
  const steps: Step[] = [];
  for (const category of CATEGORY_IDS) {
    const items = indicators.filter((i) => i.category === category);
    if (items.length === 0) continue;
    steps.push({ type: 'intro', category });
    for (const indicator of items) steps.push({ type: 'question', category, indicator });
  }
  steps.push({ type: 'finish' });
  return steps;
}

export interface CategoryProgress {
  category: CategoryId;
  answered: number;
  total: number;
}

/** How many questions of each category have an answer (skips count as answered). */
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
