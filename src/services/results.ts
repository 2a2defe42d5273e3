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
 * Results read ahead (issue 21): her newest assessment's while she reads History, and the one
 * under her finger as she presses "Open" on any other. One assessment's at most; forgotten as
 * storage/heldUntilChange.ts says. `prepared` holds a finished read (the screen draws it at once);
 * `underWay` the read while it runs, so that the visit it was started for waits for it instead of
 * reading the same assessment a second time beside it.
 */
const prepared = heldUntilChange<{ id: string; value: LoadedResult }>();
const noop = () => undefined;
const underWay = heldUntilChange<{ id: string; read: Promise<LoadedResult | undefined>; settled: boolean }>();

/**
 * Reads ahead the results of an assessment: its battery version loaded, then the assessment read
 * and scored. Resolves when that is done; a failure is left to the visit. Asked again for the
 * assessment being read, it waits for that read.
 */
export function prepareResultsOf(
  assessment: Pick<Assessment, 'id' | 'batteryId' | 'batteryVersion'>,
): Promise<void> {
  const running = underWay.value();
  if (running?.id === assessment.id && !running.settled) return running.read.then(noop, noop);
  const keep = prepared.reading();
  const read = batteryOf(assessment).then(() => loadResult(assessment.id));
  const entry = { id: assessment.id, read, settled: false };
  underWay.reading()(entry);
  return read
    .then((value) => {
      if (value) keep({ id: assessment.id, value });
    }, noop)
    .finally(() => {
      entry.settled = true;
    });
}

/**
 * Her results, for the screen: the read `prepareResultsOf` has under way for this assessment when
 * nothing has changed since it started (a failed one is read again), else a read of its own.
 */
export function readResult(id: string): Promise<LoadedResult | undefined> {
  const running = underWay.value();
  if (running?.id === id && !running.settled) return running.read.catch(() => loadResult(id));
  return loadResult(id);
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
