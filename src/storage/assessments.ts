/**
 * Assessments repository: every answer is saved the moment it is given (P3), sealed when a
 * passphrase is set (P4). Rows are mapped to and from the domain's shapes here and nowhere else;
 * encryption happens before each transaction opens.
 */
import { z } from './zod.ts';
import { CATEGORY_IDS, LEVELS, type Answers, type LevelSummary } from '../domain/index.ts';
import { database, type SealedRow } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';
import { serially } from './serially.ts';

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
  levels: z.optional(
    z.object({
      overall: z.enum([...LEVELS, 'insufficient']),
      categories: z.array(
        z.object({ category: z.enum(CATEGORY_IDS), level: z.enum([...LEVELS, 'insufficient']) }),
      ),
    }),
  ),
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

async function readData(row: SealedRow): Promise<AssessmentData> {
  const parsed = AssessmentDataSchema.safeParse(await openRow('assessments', row));
  if (!parsed.success) throw new StorageError('unreadable', parsed.error);
  return parsed.data;
}

async function write(id: string, data: AssessmentData): Promise<void> {
  const row = await toRow('assessments', id, data);
  await guarded(() => database().assessments.put(row));
}

async function readOne(id: string): Promise<AssessmentData | undefined> {
  const row = await guarded(() => database().assessments.get(id));
  return row ? readData(row) : undefined;
}

/** A random id that says nothing about its content. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Starts an assessment and saves it. */
export async function startAssessment(input: {
  batteryId: string;
  batteryVersion: string;
  formId: string;
  answers?: Answers;
  now?: Date;
  /** Saved already complete (a practice session she keeps), in one write: never half-saved. */
  isComplete?: boolean;
  /** The levels of a complete one (see `completeAssessment`). */
  levels?: LevelSummary;
}): Promise<Assessment> {
  const now = (input.now ?? new Date()).getTime();
  const id = newId();
  const data: AssessmentData = {
    batteryId: input.batteryId,
    batteryVersion: input.batteryVersion,
    formId: input.formId,
    answers: { ...(input.answers ?? {}) },
    position: 0,
    startedAt: now,
    updatedAt: now,
    ...(input.isComplete ? { completedAt: now } : {}),
    ...(input.isComplete && input.levels ? { levels: input.levels } : {}),
  };
  await write(id, data);
  return toDomain(id, data);
}

/**
 * Saves one answer (an option id or "skip") and where she is. Returns the assessment as saved.
 * Throws `StorageError` (e.g. "quota") and then nothing changed.
 */
export async function saveAnswer(
  id: string,
  indicatorId: string,
  value: string,
  position: number,
  now = new Date(),
): Promise<Assessment> {
  return serially('assessments', async () => {
    const data = await readOne(id);
    if (!data) throw new StorageError('unknown');
    const next: AssessmentData = {
      ...data,
      answers: { ...data.answers, [indicatorId]: value },
      position,
      updatedAt: now.getTime(),
    };
    await write(id, next);
    return toDomain(id, next);
  });
}

/** Records where she is without changing an answer (moving back and forth). */
export async function savePosition(id: string, position: number): Promise<void> {
  return serially('assessments', async () => {
    const data = await readOne(id);
    if (data) await write(id, { ...data, position });
  });
}

/** Marks an assessment completed. */
export async function completeAssessment(
  id: string,
  now = new Date(),
  /** Works out the levels of the answers as stored, to keep with the completed assessment. */
  summarize?: (answers: Answers, formId: string) => LevelSummary,
): Promise<Assessment | undefined> {
  return serially('assessments', async () => {
    const data = await readOne(id);
    if (!data) return undefined;
    const next: AssessmentData = {
      ...data,
      completedAt: now.getTime(),
      updatedAt: now.getTime(),
      ...(summarize ? { levels: summarize(data.answers, data.formId) } : {}),
    };
    await write(id, next);
    return toDomain(id, next);
  });
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const data = await readOne(id);
  return data ? toDomain(id, data) : undefined;
}

/** Every assessment, newest first. Sorted in memory: no readable index on dates. */
export async function listAssessments(): Promise<Assessment[]> {
  const rows = await guarded(() => database().assessments.toArray());
  const all = await Promise.all(rows.map(async (row) => toDomain(row.id, await readData(row))));
  return all.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
}

/** Completed assessments, oldest first (for trends). */
export async function listCompleted(): Promise<Assessment[]> {
  return (await listAssessments()).filter((a) => a.completedAt).reverse();
}

/** The assessment she has started and not finished, if any (the newest). */
export async function findInProgress(): Promise<Assessment | undefined> {
  return (await listAssessments()).find((a) => !a.completedAt);
}

export async function deleteAssessment(id: string): Promise<void> {
  await guarded(() => database().assessments.delete(id));
}

export async function deleteAllAssessments(): Promise<void> {
  await guarded(() => database().assessments.clear());
}
