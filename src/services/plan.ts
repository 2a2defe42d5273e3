/**
 * Everything the plan screens show, loaded in one place: her actions and routines with the battery
 * texts they came from, and what her latest assessment suggests that her plan does not hold yet.
 */
import {
  notYetInPlan,
  pickText,
  recommend,
  type Action,
  type Battery,
  type Recommendation,
  type Recommendations,
  type Routine,
} from '../domain/index.ts';
import { loadBattery, loadCurrentBattery } from './batteries.ts';
import { scoreAssessment } from './results.ts';
import { getLatestCompleted, type Assessment } from '../storage/assessments.ts';
import { addToPlan, listPlan, type PlanItem } from '../storage/plan.ts';
import { addRoutine, listRoutines, type KeptRoutineItem } from '../storage/routines.ts';

export type { PlanItem };
/** Changes an item's status and/or note; removes an item. */
export { removeFromPlan, updatePlanItem } from '../storage/plan.ts';

export interface PlanData {
  current: Battery;
  items: { item: PlanItem; action: Action; battery: Battery }[];
  routines: { item: KeptRoutineItem; routine: Routine; battery: Battery }[];
  /** Her latest completed assessment and what it suggests that is not in her plan yet. */
  latest?: { assessment: Assessment; battery: Battery; fresh: Recommendations };
}

async function batteryOr(current: Battery, id: string, version: string): Promise<Battery> {
  if (id === current.id && version === current.version) return current;
  return loadBattery(id, version).catch(() => current);
}

/** Loads her plan. Items whose action no battery knows any more are left out of the view. */
export async function loadPlanData(): Promise<PlanData> {
  const current = await loadCurrentBattery();
  const [planItems, keptRoutines, newest] = await Promise.all([
    listPlan(),
    listRoutines(),
    getLatestCompleted(),
  ]);
  const items: PlanData['items'] = [];
  for (const item of planItems) {
    const battery = await batteryOr(current, item.batteryId, item.batteryVersion);
    const action =
      battery.actions.find((a) => a.id === item.actionId) ??
      current.actions.find((a) => a.id === item.actionId);
    if (action) items.push({ item, action, battery });
  }
  const routines: PlanData['routines'] = [];
  for (const item of keptRoutines) {
    const battery = await batteryOr(current, item.batteryId, item.batteryVersion);
    const routine =
      battery.routines.find((r) => r.id === item.routineId) ??
      current.routines.find((r) => r.id === item.routineId);
    if (routine) routines.push({ item, routine, battery });
  }
  let latest: PlanData['latest'];
  if (newest) {
    try {
      const { battery, result } = await scoreAssessment(newest);
      const recs = recommend(battery, result);
      const fresh = notYetInPlan(recs, {
        actionIds: planItems.map((i) => i.actionId),
        routineIds: keptRoutines.map((r) => r.routineId),
      });
      latest = { assessment: newest, battery, fresh };
    } catch {
      // An assessment whose battery cannot be loaded only loses its suggestions here.
    }
  }
  return { current, items, routines, ...(latest ? { latest } : {}) };
}

/** The title of an action or routine in her language. */
export function titleOf(item: Action | Routine, battery: Battery, lng: string): string {
  return pickText(item.title, lng, battery);
}

/** The actions and routines her plan holds, by id. */
export async function loadPlanMembership(): Promise<{ actionIds: Set<string>; routineIds: Set<string> }> {
  const [items, routines] = await Promise.all([listPlan(), listRoutines()]);
  return {
    actionIds: new Set(items.map((i) => i.actionId)),
    routineIds: new Set(routines.map((r) => r.routineId)),
  };
}

/**
 * Adds a suggested action or routine to her plan (nothing changes if it is there already), with
 * the battery it comes from and, when results suggested it, that assessment. A routine starts on
 * its own rhythm: weekly if the battery says so, else daily.
 */
export async function addRecommendationToPlan(
  kind: Recommendation['kind'],
  id: string,
  battery: Battery,
  assessment?: { id: string; date: Date },
): Promise<void> {
  const source = {
    batteryId: battery.id,
    batteryVersion: battery.version,
    ...(assessment ? { assessment } : {}),
  };
  if (kind === 'action') {
    await addToPlan(id, source);
  } else {
    const routine = battery.routines.find((r) => r.id === id);
    await addRoutine(id, { kind: routine?.rhythm === 'weekly' ? 'weekly' : 'daily' }, source);
  }
}
