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
import {
  CATEGORY_IDS,
  LEVELS,
  type CategoryLevel,
  type LevelKind,
  type LevelSummary,
} from '../domain/index.ts';
import { database, SUMMARIES_TABLE } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';

/** The one row of the cache. */
const ROW_ID = 'history';

/** The levels kept with a completed assessment (its record holds them; checked when it is opened). */
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

/** What the cache keeps of a completed assessment (times in ms). */
export interface SummaryEntry {
  id: string;
  batteryId: string;
  batteryVersion: string;
  formId: string;
  startedAt: number;
  completedAt: number;
  levels: LevelSummary;
}

/*
 * The row's format (issue 21). With 1,000 assessments, a list of objects was about 500 kB to
 * decrypt, copy and parse, and zod took ~30 ms at CPU x4 to check it. Packed, it is about 90 kB,
 * checked by hand in a few ms:
 *   { format: 2, groups: [[batteryId, batteryVersion, formId], ...],
 *     entries: [[id, group, startedAt, completedAt, levels], ...] }
 * `levels` is one short string: the model ("1" or "2"), the overall level's letter, then for each
 * category its index in CATEGORY_IDS, its level's letter and its kind's ("-": none), e.g.
 * "2h0mt1he…". Any other shape (an earlier format too) reads as no cache: it is rebuilt.
 */
const FORMAT = 2;
type Group = [batteryId: string, batteryVersion: string, formId: string];
type PackedEntry = [id: string, group: number, startedAt: number, completedAt: number, levels: string];

const LEVEL_LETTERS: Record<CategoryLevel, string> = {
  low: 'l',
  moderate: 'm',
  high: 'h',
  severe: 's',
  insufficient: 'i',
};
const KIND_LETTERS: Record<LevelKind, string> = { threats: 't', exposure: 'e' };
const levelOfLetter = new Map(Object.entries(LEVEL_LETTERS).map(([l, c]) => [c, l as CategoryLevel]));
const kindOfLetter = new Map(Object.entries(KIND_LETTERS).map(([k, c]) => [c, k as LevelKind]));

/** Levels as the packed row writes them. */
export function packLevels(levels: LevelSummary): string {
  let out = `${levels.model === 2 ? 2 : 1}${LEVEL_LETTERS[levels.overall]}`;
  for (const c of levels.categories) {
    const index = CATEGORY_IDS.indexOf(c.category);
    out += `${index.toString(36)}${LEVEL_LETTERS[c.level]}${c.kind ? KIND_LETTERS[c.kind] : '-'}`;
  }
  return out;
}

/** What `packLevels` wrote; undefined for anything else. */
export function unpackLevels(code: unknown): LevelSummary | undefined {
  if (typeof code !== 'string' || code.length % 3 !== 2) return undefined;
  const model = code[0];
  const overall = levelOfLetter.get(code[1] ?? '');
  if ((model !== '1' && model !== '2') || !overall) return undefined;
  const categories: LevelSummary['categories'] = [];
  for (let i = 2; i < code.length; i += 3) {
    const category = CATEGORY_IDS[parseInt(code[i] ?? '', 36)];
    const level = levelOfLetter.get(code[i + 1] ?? '');
    const kindLetter = code[i + 2] ?? '';
    const kind = kindOfLetter.get(kindLetter);
    if (!category || !level || (kind === undefined && kindLetter !== '-')) return undefined;
    categories.push(kind ? { category, level, kind } : { category, level });
  }
  return model === '2' ? { overall, categories, model: 2 } : { overall, categories };
}

/** The row's content for `entries` (what `unpack` reads). */
export function pack(entries: readonly SummaryEntry[]): object {
  const groups: Group[] = [];
  const groupIndex = new Map<string, number>();
  const packed = entries.map((e): PackedEntry => {
    const key = JSON.stringify([e.batteryId, e.batteryVersion, e.formId]);
    let group = groupIndex.get(key);
    if (group === undefined) {
      group = groups.push([e.batteryId, e.batteryVersion, e.formId]) - 1;
      groupIndex.set(key, group);
    }
    return [e.id, group, e.startedAt, e.completedAt, packLevels(e.levels)];
  });
  return { format: FORMAT, groups, entries: packed };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The entries of a packed row; undefined when it is not one, in any detail. */
export function unpack(value: unknown): SummaryEntry[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { format, groups, entries } = value as Record<string, unknown>;
  if (format !== FORMAT || !Array.isArray(groups) || !Array.isArray(entries)) return undefined;
  if (!groups.every((g) => Array.isArray(g) && g.length === 3 && g.every((s) => typeof s === 'string')))
    return undefined;
  const out: SummaryEntry[] = [];
  for (const e of entries) {
    if (!Array.isArray(e) || e.length !== 5) return undefined;
    const [id, group, startedAt, completedAt, code] = e as unknown[];
    const g = Number.isInteger(group) ? (groups[group as number] as Group | undefined) : undefined;
    const levels = unpackLevels(code);
    if (typeof id !== 'string' || !g || !isTime(startedAt) || !isTime(completedAt) || !levels)
      return undefined;
    out.push({ id, batteryId: g[0], batteryVersion: g[1], formId: g[2], startedAt, completedAt, levels });
  }
  return out;
}

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
  return unpack(value);
}

/** Seals and writes the cache (sealed before the write's transaction opens). */
export async function writeSummaries(entries: readonly SummaryEntry[]): Promise<void> {
  const row = await toRow(SUMMARIES_TABLE, ROW_ID, pack(entries));
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
