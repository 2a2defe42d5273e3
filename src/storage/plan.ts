/**
 * Her plan: the protective actions she chose, each with a status, her own note and the date she
 * last changed its status. Sealed like every personal record (P4): rows are
 * `{ id, iv, ct }`, encrypted before any transaction opens. One item per action: adding an action
 * she already has returns the one she has.
 */
import { z } from './zod.ts';
import { PLAN_NOTE_MAX, PLAN_STATUSES, type PlanStatus } from '../domain/index.ts';
import { StorageError } from './errors.ts';
import { newId } from './assessments.ts';
import { sealedRepository } from './sealedRepository.ts';

/** What a sealed plan row holds. */
export const PlanItemDataSchema = z.object({
  actionId: z.string().check(z.minLength(1)),
  /** The battery (id and version) whose texts describe the action. */
  batteryId: z.string().check(z.minLength(1)),
  batteryVersion: z.string().check(z.minLength(1)),
  /** The assessment that suggested it, and its date; absent when she chose it from the library. */
  assessmentId: z.optional(z.string()),
  assessmentDate: z.optional(z.number()),
  status: z.enum(PLAN_STATUSES),
  note: z.string().check(z.maxLength(PLAN_NOTE_MAX)),
  statusChangedAt: z.number(),
  addedAt: z.number(),
});
type PlanItemData = z.infer<typeof PlanItemDataSchema>;

export interface PlanItem {
  id: string;
  actionId: string;
  batteryId: string;
  batteryVersion: string;
  assessmentId?: string;
  assessmentDate?: Date;
  status: PlanStatus;
  note: string;
  statusChangedAt: Date;
  addedAt: Date;
}

/** Where an item comes from: a battery, and the assessment that suggested it, if any. */
export interface PlanSource {
  batteryId: string;
  batteryVersion: string;
  assessment?: { id: string; date: Date };
}

function toDomain(id: string, data: PlanItemData): PlanItem {
  return {
    id,
    actionId: data.actionId,
    batteryId: data.batteryId,
    batteryVersion: data.batteryVersion,
    ...(data.assessmentId !== undefined ? { assessmentId: data.assessmentId } : {}),
    ...(data.assessmentDate !== undefined ? { assessmentDate: new Date(data.assessmentDate) } : {}),
    status: data.status,
    note: data.note,
    statusChangedAt: new Date(data.statusChangedAt),
    addedAt: new Date(data.addedAt),
  };
}

const repository = sealedRepository('plan', PlanItemDataSchema);

/** Every item of her plan, oldest first. Sorted in memory: no readable index on dates. */
export async function listPlan(): Promise<PlanItem[]> {
  const all = (await repository.list()).map((r) => toDomain(r.id, r.data));
  return all.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
}

export async function getPlanItem(id: string): Promise<PlanItem | undefined> {
  const data = await repository.get(id);
  return data ? toDomain(id, data) : undefined;
}

/** Adds an action "to do". If her plan already holds it, returns that item unchanged. */
export async function addToPlan(actionId: string, source: PlanSource, now = new Date()): Promise<PlanItem> {
  return repository.serially(async () => {
    const existing = (await listPlan()).find((item) => item.actionId === actionId);
    if (existing) return existing;
    const id = newId();
    const data: PlanItemData = {
      actionId,
      batteryId: source.batteryId,
      batteryVersion: source.batteryVersion,
      ...(source.assessment
        ? { assessmentId: source.assessment.id, assessmentDate: source.assessment.date.getTime() }
        : {}),
      status: 'todo',
      note: '',
      statusChangedAt: now.getTime(),
      addedAt: now.getTime(),
    };
    await repository.put(id, data);
    return toDomain(id, data);
  });
}

/**
 * Changes an item's status and/or note. The status date moves only when the status changes.
 * Throws StorageError "unknown" for an item that is not there.
 */
export async function updatePlanItem(
  id: string,
  change: { status?: PlanStatus; note?: string },
  now = new Date(),
): Promise<PlanItem> {
  const next = await repository.update(id, (data) => {
    if (!data) throw new StorageError('unknown');
    const isNewStatus = change.status !== undefined && change.status !== data.status;
    return {
      ...data,
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.note !== undefined ? { note: change.note } : {}),
      ...(isNewStatus ? { statusChangedAt: now.getTime() } : {}),
    };
  });
  return toDomain(id, next);
}

export async function removeFromPlan(id: string): Promise<void> {
  return repository.serially(() => repository.delete(id));
}
