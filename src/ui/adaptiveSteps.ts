/**
 * Steps that change as she answers (model 2: follow-ups appear and disappear). Where she is is a
 * step's identity, not its place in the list, so the question on screen stays put when a
 * follow-up is added or removed elsewhere.
 */
import { buildSteps, type Answers, type Battery, type Step } from '../domain/index.ts';

/** A step's identity: its question, its category's introduction, or the end. */
export function stepKey(step: Step | undefined): string {
  if (!step || step.type === 'finish') return 'finish';
  return step.type === 'intro' ? `intro:${step.category}` : `question:${step.indicator.id}`;
}

/** Where the step `key` is in `steps`; `fallback` (kept within the list) when it is not there. */
export function indexOfStep(steps: Step[], key: string, fallback: number): number {
  const at = steps.findIndex((s) => stepKey(s) === key);
  return at >= 0 ? at : Math.min(Math.max(fallback, 0), steps.length - 1);
}

/**
 * After an answer to the step `key`: the steps for the new answers and the place of the step that
 * follows it (the follow-ups it opens come right after it).
 */
export function stepAfterAnswer(
  battery: Battery,
  formId: string,
  answers: Answers,
  key: string,
  fallback: number,
): { steps: Step[]; next: number } {
  const steps = buildSteps(battery, formId, answers);
  const at = indexOfStep(steps, key, fallback);
  return { steps, next: Math.min(at + 1, steps.length - 1) };
}
