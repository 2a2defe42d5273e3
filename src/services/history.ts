/**
 * Every completed assessment with its levels, oldest first — read from History's sealed cache
 * (storage/summaries.ts): one row for all of them, not one per assessment (issue 21). No answers
 * are read and no battery is loaded; only an assessment from before levels were kept is opened and
 * scored, once, with the battery version it was made with.
 */
import { levelSummary, type LevelSummary } from '../domain/index.ts';
import { readOverview, type Assessment, type CompletedSummary } from '../storage/assessments.ts';

export type { CompletedSummary };

export interface HistoryEntry {
  assessment: CompletedSummary;
  /** Undefined when its battery version cannot be loaded: the entry still lists, and can be deleted. */
  result?: LevelSummary;
}

/**
 * Levels of an assessment that keeps none (completed before levels were kept), scored with its
 * own battery version; undefined when that version cannot be loaded (not tried twice in one read).
 */
function scorer(): (assessment: Assessment) => Promise<LevelSummary | undefined> {
  const failed = new Set<string>();
  return async (assessment) => {
    const key = `${assessment.batteryId}@${assessment.batteryVersion}`;
    if (failed.has(key)) return undefined;
    // The battery and scoring load only for such an assessment.
    const { scoreAssessment } = await import('./results.ts');
    const scored = await scoreAssessment(assessment).catch(() => undefined);
    if (!scored) failed.add(key);
    return scored && levelSummary(scored.result);
  };
}

/**
 * Every completed assessment, oldest first, with its levels. No battery is loaded (History names
 * the five categories with the app's own words), except to score an assessment from before levels
 * were kept.
 */
export async function loadHistory(): Promise<{ entries: HistoryEntry[] }> {
  const { completed } = await readOverview(scorer());
  const entries = completed.map((assessment) =>
    assessment.levels ? { assessment, result: assessment.levels } : { assessment },
  );
  return { entries };
}
