/**
 * Adapted batteries repository: battery files a trainer's organisation wrote and loaded into the
 * app. Stored as the text they loaded; checking it (`parseBatteryText`) is the caller's job, on
 * every load, exactly as for a file.
 */
import { database, type BatteryRow } from './db.ts';
import { guarded } from './errors.ts';

export interface StoredBattery {
  id: string;
  version: string;
  text: string;
  addedAt: Date;
}

/** The storage key of a battery version. */
export function batteryKey(id: string, version: string): string {
  return `${id}@${version}`;
}

function fromRow(row: BatteryRow): StoredBattery {
  const at = row.key.lastIndexOf('@');
  return {
    id: row.key.slice(0, at),
    version: row.key.slice(at + 1),
    text: row.text,
    addedAt: new Date(row.addedAt),
  };
}

/**
 * Saves a battery's text under its id and version. Returns false, and changes nothing, when that
 * id and version is already stored (a new edition needs a new version number, so results made
 * with the old one keep their wording).
 */
export async function addAdaptedBattery(input: {
  id: string;
  version: string;
  text: string;
  now?: Date;
}): Promise<boolean> {
  const db = database();
  const row: BatteryRow = {
    key: batteryKey(input.id, input.version),
    text: input.text,
    addedAt: (input.now ?? new Date()).getTime(),
  };
  return guarded(() =>
    db.transaction('rw', db.batteries, async () => {
      if (await db.batteries.get(row.key)) return false;
      await db.batteries.add(row);
      return true;
    }),
  );
}

export async function getAdaptedBattery(id: string, version: string): Promise<StoredBattery | undefined> {
  const row = await guarded(() => database().batteries.get(batteryKey(id, version)));
  return row ? fromRow(row) : undefined;
}

/** Every adapted battery, oldest first. */
export async function listAdaptedBatteries(): Promise<StoredBattery[]> {
  const rows = await guarded(() => database().batteries.toArray());
  return rows.map(fromRow).sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
}

export async function deleteAdaptedBattery(id: string, version: string): Promise<void> {
  await guarded(() => database().batteries.delete(batteryKey(id, version)));
}
