/** Every completed assessment with its scored result, oldest first. */
import { score, type AssessmentResult, type Battery } from '../../domain/index.ts';
import { loadBattery, loadCurrentBattery } from '../../app/batteries.ts';
import { listCompleted, type Assessment } from '../../storage/assessments.ts';

export interface HistoryEntry {
  assessment: Assessment;
  /** Undefined when its battery version cannot be loaded: the entry still lists, and can be deleted. */
  result?: AssessmentResult;
}

export async function loadHistory(): Promise<{ entries: HistoryEntry[]; battery?: Battery }> {
  // The current battery (almost always the one her assessments used) loads while they are read:
  // with 1,000 stored, each takes tens of milliseconds (bench/scale.ts). loadBattery caches it.
  const [completed] = await Promise.all([listCompleted(), loadCurrentBattery().catch(() => undefined)]);
  const batteries = new Map<string, Battery | undefined>();
  const entries: HistoryEntry[] = [];
  for (const assessment of completed) {
    const key = `${assessment.batteryId}@${assessment.batteryVersion}`;
    if (!batteries.has(key)) {
      batteries.set(
        key,
        await loadBattery(assessment.batteryId, assessment.batteryVersion).catch(() => undefined),
      );
    }
    const battery = batteries.get(key);
    entries.push(
      battery
        ? { assessment, result: score(battery, assessment.answers, assessment.formId) }
        : { assessment },
    );
  }
  const newest = [...batteries.values()].filter((b): b is Battery => b !== undefined).at(-1);
  return { entries, ...(newest ? { battery: newest } : {}) };
}
