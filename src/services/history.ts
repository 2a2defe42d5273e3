/**
 * Every completed assessment with its levels, oldest first — read from History's sealed cache
 * (storage/summaries.ts): one row for all of them, not one per assessment (issue 21). No answers
 * are read; only an assessment from before levels were kept is opened and scored, once, with the
 * battery version it was made with.
 */
import { levelSummary, type Battery, type LevelSummary } from '../domain/index.ts';
import { CURRENT_BATTERY, loadBattery, loadCurrentBattery } from './batteries.ts';
import { scoreAssessment } from './results.ts';
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
    const scored = await scoreAssessment(assessment).catch(() => undefined);
    if (!scored) failed.add(key);
    return scored && levelSummary(scored.result);
  };
}

/**
 * Every completed assessment, oldest first, with the battery whose category names History shows:
 * the version of the latest one with levels, or the current battery when that cannot be loaded.
 */
export async function loadHistory(): Promise<{ entries: HistoryEntry[]; battery?: Battery }> {
  // The current battery loads while the cache is read: most often it is the one needed.
  const current = loadCurrentBattery().catch(() => undefined);
  const { completed } = await readOverview(scorer());
  const latest = completed.findLast((a) => a.levels);
  const battery =
    !latest || (latest.batteryId === CURRENT_BATTERY.id && latest.batteryVersion === CURRENT_BATTERY.version)
      ? await current
      : await loadBattery(latest.batteryId, latest.batteryVersion).catch(() => current);
  const entries = completed.map((assessment) =>
    assessment.levels ? { assessment, result: assessment.levels } : { assessment },
  );
  return { entries, ...(battery ? { battery } : {}) };
}
