/** Loads an assessment with its own battery version, scores it, and finds the one before it. */
import {
  recommend,
  score,
  type AssessmentResult,
  type Battery,
  type Recommendations,
} from '../domain/index.ts';
import { loadBattery } from './batteries.ts';
import { useAsync } from '../ui/useAsync.ts';
import { getAssessment, listCompleted, type Assessment } from '../storage/assessments.ts';

export interface LoadedResult {
  assessment: Assessment;
  battery: Battery;
  result: AssessmentResult;
  recommendations: Recommendations;
  previous?: { assessment: Assessment; result: AssessmentResult };
}

export async function loadResult(id: string): Promise<LoadedResult | undefined> {
  const assessment = await getAssessment(id);
  if (!assessment) return undefined;
  const battery = await loadBattery(assessment.batteryId, assessment.batteryVersion);
  const result = score(battery, assessment.answers, assessment.formId);
  const completed = await listCompleted();
  const at = completed.findIndex((a) => a.id === id);
  const before = at > 0 ? completed[at - 1] : undefined;
  let previous: LoadedResult['previous'];
  if (before) {
    try {
      const b = await loadBattery(before.batteryId, before.batteryVersion);
      previous = { assessment: before, result: score(b, before.answers, before.formId) };
    } catch {
      // An unreadable older assessment only loses the comparison.
    }
  }
  return { assessment, battery, result, recommendations: recommend(battery, result), previous };
}

export function useResult(id: string) {
  return useAsync(() => loadResult(id), [id]);
}
