/** Every completed assessment with its levels, oldest first. */
import { levelSummary, type Battery, type LevelSummary } from '../domain/index.ts';
import { loadCurrentBattery } from './batteries.ts';
import { scoreAssessment } from './results.ts';
import { listCompleted, type Assessment } from '../storage/assessments.ts';

export interface HistoryEntry {
  assessment: Assessment;
  /** Undefined when its battery version cannot be loaded: the entry still lists, and can be deleted. */
  result?: LevelSummary;
}

export async function loadHistory(): Promise<{ entries: HistoryEntry[]; battery?: Battery }> {
  // The current battery (for the names of the categories) loads while the assessments are read.
  const [completed, current] = await Promise.all([
    listCompleted(),
    loadCurrentBattery().catch(() => undefined),
  ]);
  const batteries = new Map<string, Battery | undefined>();
  const entries: HistoryEntry[] = [];
  for (const assessment of completed) {
    // Levels kept at completion: no battery to load and nothing to score again.
    if (assessment.levels) {
      entries.push({ assessment, result: assessment.levels });
      continue;
    }
    // Older assessments: scored now, with the battery version they were made with.
    const key = `${assessment.batteryId}@${assessment.batteryVersion}`;
    // A version that could not be loaded is not tried again for the next assessment.
    if (batteries.has(key) && !batteries.get(key)) {
      entries.push({ assessment });
      continue;
    }
    const scored = await scoreAssessment(assessment).catch(() => undefined);
    if (!batteries.has(key)) batteries.set(key, scored?.battery);
    entries.push(scored ? { assessment, result: levelSummary(scored.result) } : { assessment });
  }
  const newest = [...batteries.values()].filter((b): b is Battery => b !== undefined).at(-1) ?? current;
  return { entries, ...(newest ? { battery: newest } : {}) };
}
