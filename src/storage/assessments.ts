/**
 * Assessments repository: every answer is saved the moment it is given (P3), sealed when a
 * passphrase is set (P4). Rows are mapped to and from the domain's shapes here and nowhere else;
 * encryption happens before each transaction opens.
 *
 * Finding "the one completed before" without a readable index on dates: each completed
 * assessment names, inside its sealed value, the completed one just before it (`previousId`), so
 * `getPreviousCompleted` opens two rows instead of all of them. Completing one (and restoring a
 * backup) opens every row once anyway, to find its place; it then corrects every link the new
 * place makes wrong (completed earlier than the latest one, completed again), in the same write.
 * So a link that is there is right; a link to a row deleted since is noticed (the row is gone)
 * and, like a row completed before links existed, sends the search through every row.
 *
 * A completed assessment is sealed for good: every write re-reads the row inside its transaction
 * and is refused (AssessmentStateError) when it was finished or deleted since — in this window or
 * in another one of the app, which a message on a BroadcastChannel tells too (changes.ts). Its
 * levels are worked out from its answers as they are written, in that same write.
 */
import { z } from './zod.ts';
import type { Answers, LevelSummary } from '../domain/index.ts';
import { announce } from './changes.ts';
import { heldUntilChange } from './heldUntilChange.ts';
import { AssessmentStateError, guarded, StorageError } from './errors.ts';
import { sealedRepository, type SealedRecord } from './sealedRepository.ts';
import { database, type ShnDatabase } from './db.ts';
import {
  forgetSummary,
  LevelSummarySchema,
  readSummaries,
  writeSummaries,
  type SummaryEntry,
} from './summaries.ts';

/** What a sealed assessment row holds (the same fields version 1 stored in the clear). */
export const AssessmentDataSchema = z.object({
  batteryId: z.string(),
  batteryVersion: z.string(),
  formId: z.string(),
  answers: z.record(z.string(), z.string()),
  position: z.int().check(z.minimum(0)),
  startedAt: z.number(),
  updatedAt: z.number(),
  completedAt: z.optional(z.number()),
  /**
   * Its levels, worked out once when it was completed (the battery version and its formula do not
   * change), so history need not score every assessment again. Older rows have none.
   */
  levels: z.optional(LevelSummarySchema),
  /**
   * The completed assessment just before this one (by completion date, then id), set when it is
   * completed; null: none before it. Absent on rows completed before it existed, on assessments
   * not completed, and when a row could not be read at completion (its date was unknown).
   */
  previousId: z.optional(z.nullable(z.string())),
});
export type AssessmentData = z.infer<typeof AssessmentDataSchema>;

export interface Assessment {
  id: string;
  batteryId: string;
  batteryVersion: string;
  formId: string;
  answers: Answers;
  position: number;
  startedAt: Date;
  updatedAt: Date;
  completedAt?: Date;
  levels?: LevelSummary;
}

function toDomain(id: string, data: AssessmentData): Assessment {
  return {
    id,
    batteryId: data.batteryId,
    batteryVersion: data.batteryVersion,
    formId: data.formId,
    answers: { ...data.answers },
    position: data.position,
    startedAt: new Date(data.startedAt),
    updatedAt: new Date(data.updatedAt),
    ...(data.completedAt !== undefined ? { completedAt: new Date(data.completedAt) } : {}),
    ...(data.levels ? { levels: data.levels } : {}),
  };
}

const repository = sealedRepository('assessments', AssessmentDataSchema);

/** The few fields that place a row among the completed ones: what a search parses of each row. */
const CompletionSchema = z.object({
  completedAt: z.optional(z.number()),
  previousId: z.optional(z.nullable(z.string())),
});

interface Completion {
  id: string;
  completedAt: number;
}

/** Completion order: by date, then by id (two completed in the same millisecond keep one order). */
function isBefore(a: Completion, b: Completion): boolean {
  return a.completedAt < b.completedAt || (a.completedAt === b.completedAt && a.id < b.id);
}

/** For sort: completion order. */
const byCompletion = (a: Completion, b: Completion): number => (isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0);

/** The completed one just before each completed one (null: the first). */
function chainOf(completions: readonly Completion[]): Map<string, string | null> {
  const sorted = [...completions].sort(byCompletion);
  return new Map(sorted.map((c, i) => [c.id, sorted[i - 1]?.id ?? null]));
}

/** `data` naming `previousId` as the one before it; undefined: naming none (unknown). */
function linked(data: AssessmentData, previousId: string | null | undefined): AssessmentData {
  const next = { ...data };
  delete next.previousId;
  return previousId === undefined ? next : { ...next, previousId };
}

/**
 * `placed` (about to be written, completed or not) with their links set, and the stored rows
 * whose link that makes wrong, corrected (`hasStored` false: nothing stored stays, as in a
 * "replace" restore). Opens every stored row and parses only its date and link. When a row cannot
 * be read its date is unknown: the links this writes are then left out rather than guessed.
 */
async function relink(
  placed: readonly SealedRecord<AssessmentData>[],
  hasStored: boolean,
): Promise<{ placed: SealedRecord<AssessmentData>[]; corrected: SealedRecord<AssessmentData>[] }> {
  const placedIds = new Set(placed.map((r) => r.id));
  const here = hasStored ? await repository.glance(CompletionSchema) : { records: [], unreadable: [] };
  const stored = here.records.filter((r) => !placedIds.has(r.id));
  const isKnown = here.unreadable.every((id) => placedIds.has(id));
  const chain = chainOf(
    [...stored, ...placed].flatMap((r) =>
      r.data.completedAt === undefined ? [] : [{ id: r.id, completedAt: r.data.completedAt }],
    ),
  );
  const linkOf = (id: string) => (isKnown ? chain.get(id) : undefined);
  const corrected: SealedRecord<AssessmentData>[] = [];
  for (const { id, data } of stored) {
    if (data.previousId === undefined || data.previousId === chain.get(id)) continue;
    // A row that opens but is not a whole assessment cannot be rewritten; reading it fails anyway.
    const full = await repository.get(id).catch((error: unknown) => {
      if (error instanceof StorageError && error.code === 'locked') throw error;
      return undefined;
    });
    if (full) corrected.push({ id, data: linked(full, linkOf(id)) });
  }
  return { placed: placed.map(({ id, data }) => ({ id, data: linked(data, linkOf(id)) })), corrected };
}

/**
 * A completed row with its link set, and the stored rows whose link its place makes wrong. Run
 * inside `repository.serially`: two completions in this window must not place themselves at once.
 */
async function placeCompleted(
  id: string,
  data: AssessmentData,
): Promise<{ next: AssessmentData; writes: SealedRecord<AssessmentData>[]; ifStored: Set<string> }> {
  const { placed, corrected } = await relink([{ id, data }], true);
  const next = placed[0]?.data ?? data;
  return {
    next,
    writes: [{ id, data: next }, ...corrected],
    ifStored: new Set(corrected.map((r) => r.id)),
  };
}

/** What a read-change-write writes (nothing: an empty list), and what it returns. */
interface Planned<R> {
  writes: SealedRecord<AssessmentData>[];
  ifStored?: Set<string>;
  result: R;
}

/** Tries of a read-change-write before giving up: each retry means another window wrote meanwhile. */
const MAX_TRIES = 8;

/**
 * Read-change-write of one assessment that holds across windows (tabs) of the app. `plan` gets the
 * stored value (undefined: none) and returns what to write, or throws (then nothing is written).
 * The write happens in one transaction that re-reads the row and writes only if it is still the
 * one `plan` saw; otherwise `plan` runs again on what is stored now — so an answer given in
 * another window is never lost, and a row finished or deleted there is never written over.
 * Runs in this table's queue (never interleaved with another write of this window).
 */
function changeAssessment<R>(
  id: string,
  plan: (current: AssessmentData | undefined) => Planned<R> | Promise<Planned<R>>,
): Promise<R> {
  return repository.serially(async () => {
    for (let tries = 0; tries < MAX_TRIES; tries += 1) {
      const { row, data } = await repository.snapshot(id);
      const { writes, ifStored, result } = await plan(data);
      if (await repository.putIfUnchanged({ id, row }, writes, ifStored)) return result;
    }
    throw new StorageError('unknown');
  });
}

/** The stored value of an assessment she can still answer; throws AssessmentStateError if none. */
function inProgress(id: string, data: AssessmentData | undefined): AssessmentData {
  if (!data) throw new AssessmentStateError('deleted', id);
  if (data.completedAt !== undefined) throw new AssessmentStateError('completed', id);
  return data;
}

/** A random id that says nothing about its content. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Works out the levels of a completed assessment from its answers as stored (results.ts `levelsOf`). */
export type Summarize = (answers: Answers, formId: string) => LevelSummary;

/** Where she is, for the answers as stored: a number, or worked out from them (the steps asked depend on them). */
export type PositionFor = number | ((answers: Answers) => number);

/** Starts an assessment and saves it. */
export async function startAssessment(input: {
  batteryId: string;
  batteryVersion: string;
  formId: string;
  answers?: Answers;
  now?: Date;
  /** Saved already complete (a practice session she keeps), in one write: never half-saved. */
  isComplete?: boolean;
  /** The levels of a complete one, from its answers (see `completeAssessment`). */
  summarize?: Summarize;
}): Promise<Assessment> {
  const now = (input.now ?? new Date()).getTime();
  const id = newId();
  const answers = { ...(input.answers ?? {}) };
  const data: AssessmentData = {
    batteryId: input.batteryId,
    batteryVersion: input.batteryVersion,
    formId: input.formId,
    answers,
    position: 0,
    startedAt: now,
    updatedAt: now,
    ...(input.isComplete ? { completedAt: now } : {}),
    ...(input.isComplete && input.summarize ? { levels: input.summarize(answers, input.formId) } : {}),
  };
  if (input.isComplete) {
    const saved = await changeAssessment(id, async (current) => {
      // A random id is new; were it taken, writing over another would lose it.
      if (current) throw new StorageError('unknown');
      const { next, writes, ifStored } = await placeCompleted(id, data);
      return { writes, ifStored, result: toDomain(id, next) };
    });
    announce({ type: 'completed', id });
    return saved;
  }
  await repository.put(id, data);
  return toDomain(id, data);
}

/**
 * Saves one answer (an option id or "skip") and where she is, onto the answers as stored now —
 * with any given meanwhile in another window. `position` may be worked out from those answers,
 * so it always names a step that exists. Returns the assessment as saved.
 * Throws AssessmentStateError ("completed", "deleted": here or in another window) or
 * `StorageError` (e.g. "quota"), and then nothing changed.
 */
export async function saveAnswer(
  id: string,
  indicatorId: string,
  value: string,
  position: PositionFor,
  now = new Date(),
): Promise<Assessment> {
  const saved = await changeAssessment(id, (current) => {
    const data = inProgress(id, current);
    const answers = { ...data.answers, [indicatorId]: value };
    const next: AssessmentData = {
      ...data,
      answers,
      position: typeof position === 'number' ? position : position(answers),
      updatedAt: now.getTime(),
    };
    return { writes: [{ id, data: next }], result: toDomain(id, next) };
  });
  announce({ type: 'answered', id });
  return saved;
}

/**
 * Records where she is without changing an answer (moving back and forth); `position` may be
 * worked out from the answers as stored. Does nothing when the assessment is gone; throws
 * AssessmentStateError "completed" when it was finished (a finished one never changes).
 */
export async function savePosition(id: string, position: PositionFor): Promise<void> {
  await changeAssessment(id, (current) => {
    if (!current) return { writes: [], result: undefined };
    const data = inProgress(id, current);
    const at = typeof position === 'number' ? position : position(data.answers);
    return { writes: [{ id, data: { ...data, position: at } }], result: undefined };
  });
}

/**
 * Marks an assessment completed and keeps its levels, worked out by `summarize` from the answers
 * as stored at that moment (none kept without it: they are worked out when shown). From then on
 * its answers never change. Returns undefined when there is no such assessment. Throws
 * AssessmentStateError "completed" when it already was (here or in another window): it is not
 * completed twice.
 */
export async function completeAssessment(
  id: string,
  now = new Date(),
  summarize?: Summarize,
): Promise<Assessment | undefined> {
  const saved = await changeAssessment(id, async (current) => {
    if (!current) return { writes: [], result: undefined };
    const data = inProgress(id, current);
    const base = { ...data };
    delete base.levels;
    const completed: AssessmentData = {
      ...base,
      completedAt: now.getTime(),
      updatedAt: now.getTime(),
      ...(summarize ? { levels: summarize(data.answers, data.formId) } : {}),
    };
    const { next, writes, ifStored } = await placeCompleted(id, completed);
    return { writes, ifStored, result: toDomain(id, next) };
  });
  if (saved) announce({ type: 'completed', id });
  return saved;
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const data = await repository.get(id);
  return data ? toDomain(id, data) : undefined;
}

/** Every assessment, newest first. Sorted in memory: no readable index on dates. */
export async function listAssessments(): Promise<Assessment[]> {
  const all = (await repository.list()).map((r) => toDomain(r.id, r.data));
  return all.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
}

/**
 * Completed assessments, oldest first (for trends), in completion order — the same order
 * `getPreviousCompleted` and `getLatestCompleted` follow, so History, "since last time" and the
 * latest result always agree.
 */
export async function listCompleted(): Promise<Assessment[]> {
  const completed = (await repository.list())
    .map((r) => toDomain(r.id, r.data))
    .filter((a): a is Assessment & { completedAt: Date } => a.completedAt !== undefined);
  const at = (a: Assessment & { completedAt: Date }) => ({ id: a.id, completedAt: a.completedAt.getTime() });
  return completed.sort((a, b) => byCompletion(at(a), at(b)));
}

/** The assessment she has started and not finished, if any (the newest). */
export async function findInProgress(): Promise<Assessment | undefined> {
  return (await listAssessments()).find((a) => !a.completedAt);
}

/**
 * The completed assessment completed just before `id` (by completion date, then id); undefined
 * when `id` is not there, not completed, or the first. Opens two rows when `id` names the one
 * before it (see the top of this file); otherwise — completed before links existed, or the one it
 * named deleted since — opens every row, parses the date of each and fully only the one returned.
 * Throws StorageError "locked", or "unreadable" when a row it needs cannot be read.
 */
export async function getPreviousCompleted(id: string): Promise<Assessment | undefined> {
  const data = await repository.get(id);
  if (data?.completedAt === undefined) return undefined;
  const self: Completion = { id, completedAt: data.completedAt };
  if (data.previousId === null) return undefined;
  if (data.previousId !== undefined) {
    const previous = await repository.get(data.previousId);
    if (
      previous?.completedAt !== undefined &&
      isBefore({ id: data.previousId, completedAt: previous.completedAt }, self)
    ) {
      return toDomain(data.previousId, previous);
    }
  }
  return lastCompleted(self);
}

/**
 * The assessment completed last (by completion date, then id), or undefined when none is. With no
 * readable index it opens every row, but parses only the date of each, and fully only the one it
 * returns. Throws StorageError "locked", or "unreadable" when a row does not open or has no
 * readable date (it could be the latest).
 */
export async function getLatestCompleted(): Promise<Assessment | undefined> {
  return lastCompleted(undefined);
}

/** The last completed one, of those completed before `bound` if given. */
async function lastCompleted(bound: Completion | undefined): Promise<Assessment | undefined> {
  const { records, unreadable } = await repository.glance(CompletionSchema);
  if (unreadable.length > 0) throw new StorageError('unreadable');
  let last: Completion | undefined;
  for (const { id, data } of records) {
    if (data.completedAt === undefined) continue;
    const completion = { id, completedAt: data.completedAt };
    if (bound && !isBefore(completion, bound)) continue;
    if (!last || isBefore(last, completion)) last = completion;
  }
  return last ? getAssessment(last.id) : undefined;
}

/**
 * For a restore (backup.ts): the backup's assessments with their links set for the set she will
 * have — the backup's alone (`isAdding` false), or with what stays here — and the rows here whose
 * link that makes wrong, corrected. Call it and write both in `serially('assessments')`, the
 * corrected rows only if still there.
 */
export function linkRestoredAssessments(
  incoming: readonly SealedRecord<AssessmentData>[],
  isAdding: boolean,
): Promise<{ placed: SealedRecord<AssessmentData>[]; corrected: SealedRecord<AssessmentData>[] }> {
  return relink(incoming, isAdding);
}

export async function deleteAssessment(id: string): Promise<void> {
  await repository.delete(id);
  // Nothing of a deleted assessment stays, not even sealed in History's cache.
  await forgetSummary(id);
  announce({ type: 'deleted', id });
}

export async function deleteAllAssessments(): Promise<void> {
  const db = database();
  await guarded(() =>
    db.transaction('rw', [db.assessments, db.summaries], async () => {
      await db.assessments.clear();
      await db.summaries.clear();
    }),
  );
  announce({ type: 'replaced' });
}

/** What History and home list of a completed assessment (no answers). */
export interface CompletedSummary {
  id: string;
  batteryId: string;
  batteryVersion: string;
  formId: string;
  startedAt: Date;
  completedAt: Date;
  /** Undefined when it has none kept and its battery version cannot score it now. */
  levels?: LevelSummary;
}

/** Every assessment at a glance: the completed ones as History lists them, and those in progress. */
export interface Overview {
  /** Completed, oldest first, in completion order (as `listCompleted`). */
  completed: CompletedSummary[];
  /** Not completed, newest first. */
  inProgress: Assessment[];
}

const fromEntry = (e: SummaryEntry): CompletedSummary => ({
  id: e.id,
  batteryId: e.batteryId,
  batteryVersion: e.batteryVersion,
  formId: e.formId,
  startedAt: new Date(e.startedAt),
  completedAt: new Date(e.completedAt),
  levels: e.levels,
});

/**
 * The completed ones as this window last read them (issue 21): home reads them to count them, and
 * History draws from them at once, then reads them again (so a change that another window could not
 * announce shows a moment later). For this database only; forgotten as heldUntilChange.ts says.
 */
const lastRead = heldUntilChange<{ db: ShnDatabase; completed: CompletedSummary[] }>();

/** The completed ones as `readOverview` last gave them, when nothing has changed since. */
export function completedAsLastRead(): readonly CompletedSummary[] | undefined {
  const held = lastRead.value();
  return held?.db === database() ? held.completed : undefined;
}

/**
 * Every assessment at a glance, from History's sealed cache (summaries.ts): ONE row opened for all
 * completed assessments, plus the rows the cache does not list (those in progress, and any
 * completed since the cache was written, which join it). Completed rows that keep no levels (from
 * before levels were kept) are scored by `summarize` — with the battery version they were made
 * with — and cached with the levels it gives; undefined (that version cannot be loaded): listed
 * without levels and not cached, so it is tried again next time. Throws StorageError "locked", or
 * "unreadable" when a row it must open cannot be read.
 */
export async function readOverview(
  summarize?: (assessment: Assessment) => Promise<LevelSummary | undefined>,
): Promise<Overview> {
  const readFrom = database();
  const keep = lastRead.reading();
  const [ids, cached] = await Promise.all([
    guarded(() => database().assessments.toCollection().primaryKeys()),
    readSummaries(),
  ]);
  const stored = new Set(ids);
  const kept = (cached ?? []).filter((e) => stored.has(e.id));
  const known = new Set(kept.map((e) => e.id));
  const opened = await Promise.all(ids.filter((id) => !known.has(id)).map((id) => getAssessment(id)));
  const inProgress: Assessment[] = [];
  const added: SummaryEntry[] = [];
  const unscored: CompletedSummary[] = [];
  for (const a of opened) {
    if (!a) continue;
    if (!a.completedAt) {
      inProgress.push(a);
      continue;
    }
    const levels = a.levels ?? (summarize ? await summarize(a) : undefined);
    const { id, batteryId, batteryVersion, formId } = a;
    if (levels)
      added.push({
        id,
        batteryId,
        batteryVersion,
        formId,
        startedAt: a.startedAt.getTime(),
        completedAt: a.completedAt.getTime(),
        levels,
      });
    else
      unscored.push({
        id,
        batteryId,
        batteryVersion,
        formId,
        startedAt: a.startedAt,
        completedAt: a.completedAt,
      });
  }
  // The cache is kept in completion order (sorted when it is written), so a read only checks it.
  const entries = [...kept, ...added];
  const inOrder = entries.every((e, i) => i === 0 || !isBefore(e, entries[i - 1] as SummaryEntry));
  if (!inOrder) entries.sort(byCompletion);
  if (!inOrder || added.length > 0 || (cached !== undefined && kept.length !== cached.length)) {
    // A cache that cannot be written (a full disk) is only slower next time.
    await writeSummaries(entries).catch(() => undefined);
  }
  const completed = entries.map(fromEntry);
  if (unscored.length > 0) {
    const at = (c: CompletedSummary) => ({ id: c.id, completedAt: c.completedAt.getTime() });
    completed.push(...unscored);
    completed.sort((a, b) => byCompletion(at(a), at(b)));
  }
  inProgress.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  keep({ db: readFrom, completed });
  return { completed, inProgress };
}
