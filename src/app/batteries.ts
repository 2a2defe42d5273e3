/**
 * The batteries the app ships: every released version stays in indicators/ so old assessments
 * keep rendering. Each file loads on demand (it carries every language) and passes `parseBattery`.
 */
import { parseBattery, type Battery, type BatteryIssue } from '../domain/index.ts';

const files = import.meta.glob<{ default: unknown }>('../../indicators/*.json');

export const CURRENT_BATTERY = { id: 'shn-core', version: '1.0.0' } as const;

export class BatteryLoadError extends Error {
  readonly issues: BatteryIssue[];
  constructor(key: string, issues: BatteryIssue[]) {
    super(`battery ${key} could not be loaded`);
    this.name = 'BatteryLoadError';
    this.issues = issues;
  }
}

function fileKey(id: string, version: string): string {
  return `../../indicators/${id}-${version}.json`;
}

const cache = new Map<string, Promise<Battery>>();

/** Loads and checks a shipped battery. Throws `BatteryLoadError` when missing or invalid. */
export function loadBattery(id: string, version: string): Promise<Battery> {
  const key = fileKey(id, version);
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const load = files[key];
      if (!load) throw new BatteryLoadError(key, [{ path: [], code: 'missing', params: { expected: key } }]);
      const parsed = parseBattery((await load()).default);
      if (!parsed.ok) throw new BatteryLoadError(key, parsed.issues);
      return parsed.battery;
    })();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export function loadCurrentBattery(): Promise<Battery> {
  return loadBattery(CURRENT_BATTERY.id, CURRENT_BATTERY.version);
}
