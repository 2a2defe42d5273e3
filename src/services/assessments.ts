/**
 * Her assessments: begin one, answer it question by question, find, delete. Finishing one (its
 * levels are worked out and kept) is `finishAssessment` in results.ts, where scoring lives.
 */
import { formIndicators, formUse, modelOf, type Battery } from '../domain/index.ts';
import { getAssessment, startAssessment, type Assessment } from '../storage/assessments.ts';

export type { Assessment };

/**
 * Saves one answer and where she is, onto the answers as stored now (any given in another window
 * meanwhile are kept); returns the assessment as saved. Throws AssessmentStateError ("completed",
 * "deleted": a finished assessment never changes) or `StorageError` (e.g. "quota"), and then
 * nothing changed.
 */
export { saveAnswer } from '../storage/assessments.ts';
/** Records where she is without changing an answer (moving back and forth); refused once finished. */
export { savePosition } from '../storage/assessments.ts';
/** The assessment as stored now (undefined: deleted), without its battery. */
export { getAssessment as readAssessment } from '../storage/assessments.ts';
/** Why a change was refused: finished or deleted, here or in another window. */
export { AssessmentStateError, type AssessmentStateCode } from '../storage/errors.ts';
/** Changes made in the app's other windows (tabs): answered, finished, deleted. */
export { subscribeChanges, type AssessmentChange } from '../storage/changes.ts';
/** Every assessment, newest first; the one she has not finished; deleting one or all. */
export {
  deleteAllAssessments,
  deleteAssessment,
  findInProgress,
  listAssessments,
} from '../storage/assessments.ts';
/**
 * Home's glance: the completed ones from History's sealed cache (one row for all) and those in
 * progress, newest first — without opening every assessment.
 */
export { readOverview as assessmentsAtAGlance } from '../storage/assessments.ts';

// The battery and its checks (zod) load on demand: the home screen lists her assessments without them.

/** A form she can choose for her own assessment, with about how long it takes. */
export interface FormOffer {
  id: 'full' | 'short';
  minutes: number;
}

/** Minutes of the 1.0.0 forms, at about 20 seconds a question. */
const MODEL_1_MINUTES = { full: 15, short: 5 } as const;

/**
 * The forms offered for her own assessment with this battery. A model-2 battery offers only forms
 * meant for assessments (`formUse`: they reach every red flag and urgent step); a model-1 battery
 * (1.0.0) keeps offering its full and short forms as it always did.
 */
export function formsForAssessment(battery: Battery): FormOffer[] {
  return (['full', 'short'] as const).flatMap((id) => {
    if (!battery.forms.some((f) => f.id === id)) return [];
    if (modelOf(battery) === 1) return [{ id, minutes: MODEL_1_MINUTES[id] }];
    if (formUse(battery, id) !== 'assessment') return [];
    // Questions everyone is asked, at about 20 seconds each; follow-ups add a little.
    const asked = formIndicators(battery, id).filter((i) => !i.showIf).length;
    return [{ id, minutes: Math.max(1, Math.round((asked * 20) / 60)) }];
  });
}

/** The forms offered for her own assessment with the current battery. */
export async function assessmentForms(): Promise<FormOffer[]> {
  const { loadCurrentBattery } = await import('./batteries.ts');
  return formsForAssessment(await loadCurrentBattery());
}

/**
 * Starts an assessment with the current battery and her chosen form: the full one if the battery
 * has no such form, or keeps it for workshops only.
 */
export async function beginAssessment(formId: 'full' | 'short'): Promise<Assessment> {
  const { loadCurrentBattery } = await import('./batteries.ts');
  const battery = await loadCurrentBattery();
  const form = formsForAssessment(battery).some((f) => f.id === formId) ? formId : 'full';
  return startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: form });
}

/** Starts an assessment with a battery she chose (an adapted one): its full form, else its first. */
export async function beginAssessmentWith(battery: Battery): Promise<Assessment> {
  const form = battery.forms.some((f) => f.id === 'full') ? 'full' : (battery.forms[0]?.id ?? 'full');
  return startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: form });
}

/**
 * An assessment with the battery version it was made with, to carry on answering; undefined when
 * there is no such assessment. Throws `BatteryLoadError` when that version cannot be loaded.
 */
export async function loadAssessment(
  id: string,
): Promise<{ assessment: Assessment; battery: Battery } | undefined> {
  const assessment = await getAssessment(id);
  if (!assessment) return undefined;
  const { loadBattery } = await import('./batteries.ts');
  const battery = await loadBattery(assessment.batteryId, assessment.batteryVersion);
  return { assessment, battery };
}
