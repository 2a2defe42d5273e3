/**
 * Her care routines: the ones she chose to keep, each with her rhythm, a note, and the days she
 * marked it done. Sealed like every personal record (P4). Only the last eight weeks of done days
 * are kept: the app shows two weeks, and keeps no longer record of how she spends her days.
 */
import { z } from './zod.ts';
import {
  PLAN_NOTE_MAX,
  isIsoDay,
  isoDay,
  keepRecentDoneDays,
  normalizeRhythm,
  RHYTHM_KINDS,
  type Rhythm,
  type Weekday,
} from '../domain/index.ts';
import { StorageError } from './errors.ts';
import { newId } from './assessments.ts';
import { sealedRepository } from './sealedRepository.ts';

const RhythmSchema = z.object({
  kind: z.enum(RHYTHM_KINDS),
  days: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.maxLength(7))),
});

/** What a sealed routine row holds. */
export const RoutineDataSchema = z.object({
  routineId: z.string().check(z.minLength(1)),
  batteryId: z.string().check(z.minLength(1)),
  batteryVersion: z.string().check(z.minLength(1)),
  assessmentId: z.optional(z.string()),
  assessmentDate: z.optional(z.number()),
  rhythm: RhythmSchema,
  note: z.string().check(z.maxLength(PLAN_NOTE_MAX)),
  /** ISO days (`YYYY-MM-DD`, her own calendar) she marked it done. */
  doneDays: z.array(z.string().check(z.refine(isIsoDay))),
  addedAt: z.number(),
});
type RoutineData = z.infer<typeof RoutineDataSchema>;

export interface KeptRoutineItem {
  id: string;
  routineId: string;
  batteryId: string;
  batteryVersion: string;
  assessmentId?: string;
  assessmentDate?: Date;
  rhythm: Rhythm;
  note: string;
  doneDays: string[];
  addedAt: Date;
}

export interface RoutineSource {
  batteryId: string;
  batteryVersion: string;
  assessment?: { id: string; date: Date };
}

const KEEP_DAYS = 56;

function toDomain(id: string, data: RoutineData): KeptRoutineItem {
  return {
    id,
    routineId: data.routineId,
    batteryId: data.batteryId,
    batteryVersion: data.batteryVersion,
    ...(data.assessmentId !== undefined ? { assessmentId: data.assessmentId } : {}),
    ...(data.assessmentDate !== undefined ? { assessmentDate: new Date(data.assessmentDate) } : {}),
    rhythm: normalizeRhythm({ kind: data.rhythm.kind, days: (data.rhythm.days ?? []) as Weekday[] }),
    note: data.note,
    doneDays: [...data.doneDays],
    addedAt: new Date(data.addedAt),
  };
}

const repository = sealedRepository('routines', RoutineDataSchema);

/** The stored routine; StorageError "unknown" when it is not there. */
function found(data: RoutineData | undefined): RoutineData {
  if (!data) throw new StorageError('unknown');
  return data;
}

/** Every routine she keeps, oldest first. */
export async function listRoutines(): Promise<KeptRoutineItem[]> {
  const all = (await repository.list()).map((r) => toDomain(r.id, r.data));
  return all.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
}

/** Starts keeping a routine. If she already keeps it, returns that one unchanged. */
export async function addRoutine(
  routineId: string,
  rhythm: Rhythm,
  source: RoutineSource,
  now = new Date(),
): Promise<KeptRoutineItem> {
  return repository.serially(async () => {
    const existing = (await listRoutines()).find((r) => r.routineId === routineId);
    if (existing) return existing;
    const id = newId();
    const data: RoutineData = {
      routineId,
      batteryId: source.batteryId,
      batteryVersion: source.batteryVersion,
      ...(source.assessment
        ? { assessmentId: source.assessment.id, assessmentDate: source.assessment.date.getTime() }
        : {}),
      rhythm: normalizeRhythm(rhythm),
      note: '',
      doneDays: [],
      addedAt: now.getTime(),
    };
    await repository.put(id, data);
    return toDomain(id, data);
  });
}

/** Changes a routine's rhythm and/or note. Throws StorageError "unknown" when it is not there. */
export async function updateRoutine(
  id: string,
  change: { rhythm?: Rhythm; note?: string },
): Promise<KeptRoutineItem> {
  const next = await repository.update(id, (stored) => {
    const data = found(stored);
    return {
      ...data,
      ...(change.rhythm ? { rhythm: normalizeRhythm(change.rhythm) } : {}),
      ...(change.note !== undefined ? { note: change.note } : {}),
    };
  });
  return toDomain(id, next);
}

/**
 * Marks a routine done (or not) on a day, by default today. Forgets done days older than eight
 * weeks as it goes.
 */
export async function setRoutineDone(
  id: string,
  isDone: boolean,
  day = isoDay(new Date()),
  today = isoDay(new Date()),
): Promise<KeptRoutineItem> {
  if (!isIsoDay(day)) throw new StorageError('unknown');
  const next = await repository.update(id, (stored) => {
    const data = found(stored);
    const days = isDone ? [...data.doneDays, day] : data.doneDays.filter((d) => d !== day);
    return { ...data, doneDays: keepRecentDoneDays(days, today > day ? today : day, KEEP_DAYS) };
  });
  return toDomain(id, next);
}

export async function removeRoutine(id: string): Promise<void> {
  return repository.serially(() => repository.delete(id));
}
