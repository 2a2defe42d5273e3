/**
 * History's sealed cache (issue 21): what History and home list of each completed assessment —
 * id, battery version, form, dates and the levels kept at completion — sealed as ONE row of the
 * `summaries` table, so History opens one row, however many assessments she has, instead of every
 * assessment (1,000 sealed rows take about 270 ms to open on a cheap phone; one row of 1,000
 * summaries, a few ms).
 *
 * It is derived data and is never trusted alone: every read compares it with the ids stored in
 * `assessments` (keys only, nothing opened). An id it lists that is no longer stored is left out; a
 * stored id it does not list (in progress, completed since, restored, or a database of an earlier
 * version with no cache yet) is opened and, once completed, added. A cache that is missing or
 * cannot be opened (sealed under an earlier key) is rebuilt from the assessments. A completed
 * assessment never changes (issue 22), so what the cache holds of one stays true while it is stored.
 * Never backed up; a restore and "delete all" clear it; a deletion removes its entry at once.
 */
import { z } from './zod.ts';
import { CATEGORY_IDS, LEVELS } from '../domain/index.ts';
import { database, SUMMARIES_TABLE } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';

/** The one row of the cache. */
const ROW_ID = 'history';

/** The levels kept with a completed assessment (its record and this cache both hold them). */
export const LevelSummarySchema = z.object({
  overall: z.enum([...LEVELS, 'insufficient']),
  categories: z.array(
    z.object({
      category: z.enum(CATEGORY_IDS),
      level: z.enum([...LEVELS, 'insufficient']),
      /** Risk model 2: from threats, or from what exposes her only. */
      kind: z.optional(z.enum(['threats', 'exposure'])),
    }),
  ),
  /** Risk model 2; absent for model 1. */
  model: z.optional(z.literal(2)),
});

const EntrySchema = z.object({
  id: z.string(),
  batteryId: z.string(),
  batteryVersion: z.string(),
  formId: z.string(),
  startedAt: z.number(),
  completedAt: z.number(),
  levels: LevelSummarySchema,
});

const CacheSchema = z.object({ entries: z.array(EntrySchema) });

/** What the cache keeps of a completed assessment (times in ms). */
export type SummaryEntry = z.infer<typeof EntrySchema>;

/**
 * The cached entries, or undefined when there is no cache or it cannot be opened or parsed (then
 * it is rebuilt). Throws StorageError "locked".
 */
export async function readSummaries(): Promise<SummaryEntry[] | undefined> {
  const row = await guarded(() => database().summaries.get(ROW_ID));
  if (!row) return undefined;
  let value: unknown;
  try {
    value = await openRow(SUMMARIES_TABLE, row);
  } catch (error) {
    if (error instanceof StorageError && error.code === 'locked') throw error;
    return undefined;
  }
  const parsed = CacheSchema.safeParse(value);
  return parsed.success ? parsed.data.entries : undefined;
}

/** Seals and writes the cache (sealed before the write's transaction opens). */
export async function writeSummaries(entries: readonly SummaryEntry[]): Promise<void> {
  const row = await toRow(SUMMARIES_TABLE, ROW_ID, { entries });
  await guarded(() => database().summaries.put(row));
}

/** Leaves `id` out of the cache (a deleted assessment: nothing of it stays, sealed or not). */
export async function forgetSummary(id: string): Promise<void> {
  const entries = await readSummaries().catch(() => undefined);
  if (!entries) {
    await clearSummaries();
    return;
  }
  if (entries.some((e) => e.id === id)) await writeSummaries(entries.filter((e) => e.id !== id));
}

export async function clearSummaries(): Promise<void> {
  await guarded(() => database().summaries.clear());
}
