/**
 * A practice session (workshop mode) lives in memory only; this is the one way it reaches storage:
 * she chooses, at the end, to keep its answers as her own assessment.
 */
import type { Answers, Battery } from '../domain/index.ts';
import { levelsOf } from './results.ts';
import { startAssessment, type Assessment } from '../storage/assessments.ts';

/**
 * Saves the answers as a completed assessment of hers, with its levels, in one write: never
 * half-saved. Throws `StorageError` and then nothing was saved.
 */
export function keepPractice(battery: Battery, formId: string, answers: Answers): Promise<Assessment> {
  return startAssessment({
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId,
    answers,
    isComplete: true,
    summarize: (given, form) => levelsOf(battery, given, form),
  });
}
