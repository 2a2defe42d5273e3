/**
 * What still needs each battery's texts: her assessments, and the actions and routines of her plan.
 * An adapted battery in use is not offered for removal (its texts would vanish from her plan).
 */
import { listAvailableBatteries, type AvailableBattery } from './batteries.ts';
import { listAssessments } from '../storage/assessments.ts';
import { batteryKey } from '../storage/batteries.ts';
import { listPlan } from '../storage/plan.ts';
import { listRoutines } from '../storage/routines.ts';

/** How many of her assessments, and of her plan's actions and routines, use one battery. */
export interface BatteryUses {
  assessments: number;
  plan: number;
}

/** The batteries she can use, and the uses of each, by `batteryKey(id, version)`. */
export async function listBatteriesInUse(): Promise<{
  available: AvailableBattery[];
  uses: Map<string, BatteryUses>;
}> {
  const [available, assessments, plan, routines] = await Promise.all([
    listAvailableBatteries(),
    listAssessments(),
    listPlan(),
    listRoutines(),
  ]);
  const uses = new Map<string, BatteryUses>();
  const count = (x: { batteryId: string; batteryVersion: string }, kind: keyof BatteryUses) => {
    const key = batteryKey(x.batteryId, x.batteryVersion);
    const now = uses.get(key) ?? { assessments: 0, plan: 0 };
    uses.set(key, { ...now, [kind]: now[kind] + 1 });
  };
  for (const a of assessments) count(a, 'assessments');
  for (const x of [...plan, ...routines]) count(x, 'plan');
  return { available, uses };
}
