/**
 * Results of an assessment: loaded with the battery version it was made with, scored, and with
 * what it suggests. "Load the battery of an assessment, then score it" lives here and nowhere else.
 */
import {
  levelSummary,
  recommend,
  score,
  type Answers,
  type AssessmentResult,
  type Battery,
  type LevelSummary,
  type Recommendations,
} from '../domain/index.ts';
import { loadBattery } from './batteries.ts';
import {
  completeAssessment,
  getAssessment,
  getLatestCompleted,
  getPreviousCompleted,
  type Assessment,
} from '../storage/assessments.ts';
import { heldUntilChange } from '../storage/heldUntilChange.ts';

export type { Assessment };

/** An assessment scored with its own battery version. */
export interface Scored {
  assessment: Assessment;
  battery: Battery;
  result: AssessmentResult;
}

/**
 * Scores an assessment with the battery version it was made with. Throws `BatteryLoadError` when
 * that version can no longer be loaded.
 */
export async function scoreAssessment(assessment: Assessment): Promise<Scored> {
  const battery = await batteryOf(assessment);
  return { assessment, battery, result: score(battery, assessment.answers, assessment.formId) };
}

function batteryOf(assessment: Pick<Assessment, 'batteryId' | 'batteryVersion'>): Promise<Battery> {
  return loadBattery(assessment.batteryId, assessment.batteryVersion);
}

/**
 * The levels kept with a completed assessment, worked out from answers and the battery they were
 * given with (already loaded: a practice session she keeps).
 */
export function levelsOf(battery: Battery, answers: Answers, formId: string): LevelSummary {
  return levelSummary(score(battery, answers, formId));
}

/**
 * Marks an assessment completed and keeps its levels, scored with its own battery version from
 * the answers as stored. Returns it as saved; undefined when there is no such assessment. Throws
 * `BatteryLoadError` (and then nothing changed) when that version cannot be loaded.
 */
export async function finishAssessment(id: string, now = new Date()): Promise<Assessment | undefined> {
  const assessment = await getAssessment(id);
  if (!assessment) return undefined;
  const battery = await batteryOf(assessment);
  return completeAssessment(id, now, (answers, formId) => levelsOf(battery, answers, formId));
}

/**
 * Her newest assessment's results, read ahead while she reads History (issue 21), so that "Open" on
 * it draws them at once. One assessment's at most; forgotten as storage/heldUntilChange.ts says.
 */
const prepared = heldUntilChange<{ id: string; value: LoadedResult }>();

/**
 * Reads ahead the results of an assessment (History does, for the newest one, once she is reading
 * it): its battery version loaded, then the assessment read and scored. Resolves when that is
 * done; a failure is left to the visit.
 */
export function prepareResultsOf(
  assessment: Pick<Assessment, 'id' | 'batteryId' | 'batteryVersion'>,
): Promise<void> {
  const keep = prepared.reading();
  return batteryOf(assessment)
    .then(() => loadResult(assessment.id))
    .then((value) => {
      if (value) keep({ id: assessment.id, value });
    })
    .catch(() => undefined);
}

/** The results `prepareResultsOf` read ahead for `id`, while nothing has changed since. */
export function preparedResult(id: string): LoadedResult | undefined {
  const held = prepared.value();
  return held?.id === id ? held.value : undefined;
}

/** Whether two reads of one assessment's results are the same (a completed one never changes). */
export function sameResult(a: LoadedResult | undefined, b: LoadedResult | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.assessment.id === b.assessment.id);
}

export interface LoadedResult extends Scored {
  recommendations: Recommendations;
}

/** One assessment's result and what it suggests; undefined when there is no such assessment. */
export async function loadResult(id: string): Promise<LoadedResult | undefined> {
  const assessment = await getAssessment(id);
  if (!assessment) return undefined;
  const scored = await scoreAssessment(assessment);
  return { ...scored, recommendations: recommend(scored.battery, scored.result) };
}

/**
 * The completed assessment before this one, scored, for "since last time": read on its own, so her
 * results do not wait for it (only the chart below the first screen compares). Undefined when
 * there is none or it cannot be read: an unreadable older assessment only loses the comparison.
 */
export async function loadPreviousResult(
  id: string,
): Promise<{ assessment: Assessment; result: AssessmentResult } | undefined> {
  try {
    // Follows the link kept at completion: two rows opened, not every assessment she has made.
    const before = await getPreviousCompleted(id);
    if (!before) return undefined;
    const { assessment, result } = await scoreAssessment(before);
    return { assessment, result };
  } catch {
    return undefined;
  }
}

/** Her latest completed assessment, scored, with what it suggests; undefined when she has none. */
export async function loadLatestResult(): Promise<
  (Scored & { recommendations: Recommendations }) | undefined
> {
  const latest = await getLatestCompleted();
  if (!latest) return undefined;
  const scored = await scoreAssessment(latest);
  return { ...scored, recommendations: recommend(scored.battery, scored.result) };
}
