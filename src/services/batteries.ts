/**
 * The batteries the app can use. Shipped ones: every released version stays in indicators/ so old
 * assessments keep rendering; each file loads on demand, with its English texts and those of the
 * languages in use (`wantBatteryTexts`: her language, a workshop's). Adapted ones: files a
 * trainer's organisation loaded, kept in the database as text, every language they declare. An
 * adapted one passes the parse step (`parseBattery`) every time it loads. A shipped one passed it
 * when the app was built (`checkedBatteries` in scripts/packBatteries.ts: the packs hold what the
 * parse gave, and a file that fails stops the build); on her phone its packs are checked against
 * the SHA-256s its module carries, not parsed again (issue 21: in a CPU profile at ×4, zod took ~74 ms
 * of it and the cross-checks ~24).
 * In development and tests a shipped file arrives whole and is parsed.
 */
import {
  parseBatteryText,
  type Battery,
  type BatteryIssue,
  type ParseBatteryResult,
} from '../domain/index.ts';
import {
  expandPack,
  fetchBatteryPack,
  fetchTextPack,
  mergeTexts,
  packRefOf,
  type PackRef,
  type SlotText,
} from './packedText.ts';
import { onBatteryTextsWanted, wantedBatteryLanguages } from './batteryLanguages.ts';
import {
  addAdaptedBattery,
  batteryKey,
  deleteAdaptedBattery,
  getAdaptedBattery,
  listAdaptedBatteries,
} from '../storage/batteries.ts';

/** The key that names one battery version (`id@version`), in links and lists. */
export { batteryKey } from '../storage/batteries.ts';

// As text (`?raw`): in the build each file is packed (vite.config.ts), and unpacked here.
const files = import.meta.glob<string>('../../indicators/*.json', { query: '?raw', import: 'default' });

export const CURRENT_BATTERY = { id: 'shn-core', version: '2.0.0' } as const;

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

/** Whether the app ships this battery version (an adapted file may not take its place). */
export function isShipped(id: string, version: string): boolean {
  return fileKey(id, version) in files;
}

/**
 * Whether the app ships any version of this id: an adapted file must have its own id, or a later
 * release of the app could ship that very version and silently take its place.
 */
export function isShippedId(id: string): boolean {
  return Object.keys(files).some(
    (key) => /^\.\.\/\.\.\/indicators\/(.+?)-\d+\.\d+\.\d+[^/]*\.json$/.exec(key)?.[1] === id,
  );
}

const cache = new Map<string, Promise<Battery>>();

/** A shipped battery rebuilt from the packs: where its texts go, and the languages they are in. */
interface PackedBattery {
  ref: PackRef;
  slots: SlotText[];
  languages: Set<string>;
}

const packed = new Map<string, PackedBattery>();

/**
 * Gives a packed battery the texts of every language in use that it declares and lacks, in place:
 * every screen holding it reads them at its next render. A language whose texts cannot be fetched
 * (offline, never kept) is left out, so its screens show the English texts, and tried again at the
 * next call.
 */
async function addWantedTexts(battery: PackedBattery): Promise<void> {
  await Promise.all(
    wantedBatteryLanguages().map(async (lng) => {
      const file = battery.ref.languages[lng];
      if (!file || battery.languages.has(lng)) return;
      try {
        if (mergeTexts(battery.slots, await fetchTextPack(file), battery.ref.key)) battery.languages.add(lng);
      } catch {
        // Not on the phone and no connection (or not the file the app was built with): English
        // texts until a later try.
      }
    }),
  );
}

onBatteryTextsWanted(async () => {
  await Promise.all([...packed.values()].map(addWantedTexts));
});

/**
 * Whether every shipped battery loaded so far has its texts in `lng` (or does not declare it):
 * false while a language's texts could not be fetched and English stands in.
 */
export function hasBatteryTexts(lng: string): boolean {
  return [...packed.values()].every((b) => !(lng in b.ref.languages) || b.languages.has(lng));
}

/**
 * A shipped file's module text: the file whole (development and tests), or a pointer into the
 * packs (the build), rebuilt with English and the languages in use.
 */
export async function loadShipped(text: string): Promise<ParseBatteryResult> {
  const ref = packRefOf(text);
  if (!ref) return parseBatteryText(text);
  const { json, slots, languages } = expandPack(await fetchBatteryPack(ref.base), ref.key);
  // What the parse step made of the file when the app was built (checkedBatteries), in bytes
  // checked against the hash this module carries: used as it is, its slots in place.
  const battery = json as Battery;
  const entry: PackedBattery = { ref, slots, languages: new Set(languages) };
  packed.set(ref.key, entry);
  await addWantedTexts(entry);
  return { ok: true, battery };
}

/**
 * Loads and checks a battery: a shipped file, else an adapted battery stored on this phone.
 * Throws `BatteryLoadError` when it is in neither place or does not pass the checks.
 */
export function loadBattery(id: string, version: string): Promise<Battery> {
  const key = batteryKey(id, version);
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const load = files[fileKey(id, version)];
      const parsed = load ? await loadShipped(await load()) : await loadAdapted(id, version);
      if (!parsed.ok) throw new BatteryLoadError(key, parsed.issues);
      return parsed.battery;
    })();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function loadAdapted(id: string, version: string): Promise<ParseBatteryResult> {
  const stored = await getAdaptedBattery(id, version);
  if (!stored)
    return {
      ok: false,
      issues: [{ path: [], code: 'missing', params: { expected: batteryKey(id, version) } }],
    };
  const parsed = parseBatteryText(stored.text);
  // The key must name what the text holds: a row can't stand in for another battery.
  if (parsed.ok && (parsed.battery.id !== id || parsed.battery.version !== version)) {
    return { ok: false, issues: [{ path: ['id'], code: 'invalid', params: {} }] };
  }
  return parsed;
}

export function loadCurrentBattery(): Promise<Battery> {
  return loadBattery(CURRENT_BATTERY.id, CURRENT_BATTERY.version);
}

export interface AvailableBattery {
  battery: Battery;
  /** Shipped with the app, or adapted and loaded from a file (with when). */
  source: 'shipped' | 'adapted';
  addedAt?: Date;
}

/** The current shipped battery, then every adapted one that still passes the checks. */
export async function listAvailableBatteries(): Promise<AvailableBattery[]> {
  const out: AvailableBattery[] = [{ battery: await loadCurrentBattery(), source: 'shipped' }];
  for (const stored of await listAdaptedBatteries()) {
    try {
      out.push({
        battery: await loadBattery(stored.id, stored.version),
        source: 'adapted',
        addedAt: stored.addedAt,
      });
    } catch {
      // A stored file that no longer passes (a stricter app version) is left out, not fatal.
    }
  }
  return out;
}

/** Why an adapted battery was refused: its own problems, or a clash with one already here. */
export type AddBatteryResult =
  | { ok: true; battery: Battery }
  | { ok: false; reason: 'invalid'; issues: BatteryIssue[]; source: unknown }
  | { ok: false; reason: 'shipped' | 'exists'; battery: Battery };

/**
 * Checks a battery file's text with the same parse step as `npm run validate:indicators`, and
 * stores it only when it passes and its id and version are new. A refusal changes nothing.
 */
export async function addBatteryFromText(text: string): Promise<AddBatteryResult> {
  const parsed = parseBatteryText(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues, source: jsonSource(text) };
  const { battery } = parsed;
  if (isShippedId(battery.id)) return { ok: false, reason: 'shipped', battery };
  const isAdded = await addAdaptedBattery({ id: battery.id, version: battery.version, text });
  return isAdded ? { ok: true, battery } : { ok: false, reason: 'exists', battery };
}

/** Removes an adapted battery from this phone. */
export async function removeAdaptedBattery(id: string, version: string): Promise<void> {
  await deleteAdaptedBattery(id, version);
  cache.delete(batteryKey(id, version));
}

/** A refused file's JSON (for its report's paths), or undefined when it is not JSON at all. */
export function jsonSource(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
