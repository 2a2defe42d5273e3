/**
 * Assessments repository: every answer is saved the moment it is given (P3).
 * Rows are mapped to and from the domain's shapes here and nowhere else.
 */
import type { Answers } from '../domain/index.ts';
import { database, type AssessmentRow } from './db.ts';
import { guarded } from './errors.ts';

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
}

function fromRow(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    batteryId: row.batteryId,
    batteryVersion: row.batteryVersion,
    formId: row.formId,
    answers: { ...row.answers },
    position: row.position,
    startedAt: new Date(row.startedAt),
    updatedAt: new Date(row.updatedAt),
    ...(row.completedAt !== undefined ? { completedAt: new Date(row.completedAt) } : {}),
  };
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
}): Promise<Assessment> {
  const now = (input.now ?? new Date()).getTime();
  const row: AssessmentRow = {
    id: newId(),
    batteryId: input.batteryId,
    batteryVersion: input.batteryVersion,
    formId: input.formId,
    answers: { ...(input.answers ?? {}) },
    position: 0,
    startedAt: now,
    updatedAt: now,
  };
  await guarded(() => database().assessments.add(row));
  return fromRow(row);
}

/**
 * Saves one answer (an option id or "skip") and where she is, in one transaction.
 * Returns the assessment as saved. Throws `StorageError` (e.g. "quota") and then nothing changed.
 */
export async function saveAnswer(
  id: string,
  indicatorId: string,
  value: string,
  position: number,
  now = new Date(),
): Promise<Assessment> {
  const db = database();
  return guarded(() =>
    db.transaction('rw', db.assessments, async () => {
      const row = await db.assessments.get(id);
      if (!row) throw new Error('assessment not found');
      const next: AssessmentRow = {
        ...row,
        answers: { ...row.answers, [indicatorId]: value },
        position,
        updatedAt: now.getTime(),
      };
      await db.assessments.put(next);
      return fromRow(next);
    }),
  );
}

/** Records where she is without changing an answer (moving back and forth). */
export async function savePosition(id: string, position: number): Promise<void> {
  await guarded(() => database().assessments.update(id, { position }));
}

/** Marks an assessment completed. */
export async function completeAssessment(id: string, now = new Date()): Promise<Assessment | undefined> {
  const db = database();
  return guarded(() =>
    db.transaction('rw', db.assessments, async () => {
      const row = await db.assessments.get(id);
      if (!row) return undefined;
      const next: AssessmentRow = { ...row, completedAt: now.getTime(), updatedAt: now.getTime() };
      await db.assessments.put(next);
      return fromRow(next);
    }),
  );
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const row = await guarded(() => database().assessments.get(id));
  return row ? fromRow(row) : undefined;
}

/** Every assessment, newest first. Sorted in memory: no readable index on dates. */
export async function listAssessments(): Promise<Assessment[]> {
  const rows = await guarded(() => database().assessments.toArray());
  return rows.map(fromRow).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
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
