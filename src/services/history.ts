/**
 * Every completed assessment with its levels, oldest first — read from History's sealed cache
 * (storage/summaries.ts): one row for all of them, not one per assessment (issue 21). No answers
 * are read and no battery is loaded; only an assessment from before levels were kept is opened and
 * scored, once, with the battery version it was made with.
 */
import { levelSummary, type LevelSummary } from '../domain/index.ts';
import {
  completedAsLastRead,
  readOverview,
  type Assessment,
  type CompletedSummary,
} from '../storage/assessments.ts';

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
  return historyOf((await readOverview(scorer())).completed);
}

function historyOf(completed: readonly CompletedSummary[]): { entries: HistoryEntry[] } {
  const entries = completed.map((assessment) =>
    assessment.levels ? { assessment, result: assessment.levels } : { assessment },
  );
  return { entries };
}

/**
 * History as this window last read it (home reads it to count her assessments), when nothing has
 * changed since: drawn at once while `loadHistory` reads it again (issue 21).
 */
export function historyAsLastRead(): { entries: HistoryEntry[] } | undefined {
  const completed = completedAsLastRead();
  return completed && historyOf(completed);
}

const sameLevels = (a?: LevelSummary, b?: LevelSummary): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.overall === b.overall &&
    a.model === b.model &&
    a.categories.length === b.categories.length &&
    a.categories.every((c, i) => {
      const d = b.categories[i];
      return d !== undefined && c.category === d.category && c.level === d.level && c.kind === d.kind;
    }));

/** Whether two reads of History list the same assessments with the same levels (nothing to redraw). */
export function sameHistory(a: { entries: HistoryEntry[] }, b: { entries: HistoryEntry[] }): boolean {
  return (
    a.entries.length === b.entries.length &&
    a.entries.every((e, i) => {
      const f = b.entries[i];
      const x = e.assessment;
      const y = f?.assessment;
      return (
        y !== undefined &&
        x.id === y.id &&
        x.batteryId === y.batteryId &&
        x.batteryVersion === y.batteryVersion &&
        x.formId === y.formId &&
        x.startedAt.getTime() === y.startedAt.getTime() &&
        x.completedAt.getTime() === y.completedAt.getTime() &&
        sameLevels(e.result, f?.result)
      );
    })
  );
}
