/**
 * Who can help (issue 20): the shipped directory of international support, and the support packs
 * she loaded (local contacts of an organisation). The directory's code and data load on demand
 * (not at start); both pass the same parse step every time they load.
 */
import {
  parseSupportText,
  type ParseSupportResult,
  type SupportDirectory,
  type SupportIssue,
} from '../domain/index.ts';
import { addSupportPack, deleteSupportPack, listSupportPacks } from '../storage/supportPacks.ts';
import { unpackGzipBase64 } from './packedText.ts';
import { jsonSource } from './batteries.ts';

/** The directory the app ships (indicators/support/README.md says how to update it). */
export const SHIPPED_SUPPORT = { id: 'shn-support', version: '1.0.0' } as const;

let shipped: Promise<SupportDirectory> | undefined;

/** The shipped directory, checked as strictly as in its tests. Throws if it does not pass (a bug). */
export function loadShippedSupport(): Promise<SupportDirectory> {
  shipped ??= (async () => {
    const packed = (await import('../../indicators/support/shn-support-1.0.0.json?raw')).default;
    const text = await unpackGzipBase64(packed);
    const parsed = parseSupportText(text, { requireSources: true });
    if (!parsed.ok) throw new Error('the shipped support directory does not pass its checks');
    return parsed.directory;
  })();
  shipped.catch(() => (shipped = undefined));
  return shipped;
}

export interface LoadedPack {
  /** The row's key, to remove it. */
  key: string;
  directory: SupportDirectory;
  addedAt: Date;
}

/**
 * Every pack she loaded that still passes the checks, oldest first. A stored pack that no longer
 * passes (a stricter app version) is counted in `unusable`, not shown.
 */
export async function listLoadedPacks(): Promise<{ packs: LoadedPack[]; unusable: number }> {
  const packs: LoadedPack[] = [];
  let unusable = 0;
  for (const stored of await listSupportPacks()) {
    const parsed = parseSupportText(stored.text);
    if (parsed.ok)
      packs.push({ key: stored.id, directory: parsed.directory, addedAt: new Date(stored.addedAt) });
    else unusable++;
  }
  return { packs, unusable };
}

/** The shipped directory and her packs together. */
export async function loadAllSupport(): Promise<{
  shipped: SupportDirectory;
  packs: LoadedPack[];
  unusable: number;
}> {
  const [directory, loaded] = await Promise.all([loadShippedSupport(), listLoadedPacks()]);
  return { shipped: directory, ...loaded };
}

/** Why a pack was refused: its own problems, or a clash with the shipped directory or a pack here. */
export type AddPackResult =
  | { ok: true; directory: SupportDirectory }
  | { ok: false; reason: 'invalid'; issues: SupportIssue[]; source: unknown }
  | { ok: false; reason: 'shipped' | 'exists'; directory: SupportDirectory };

/**
 * Checks a pack's text and stores it (sealed) only when it passes and no pack with its id is here.
 * A refusal changes nothing.
 */
export async function addSupportPackFromText(text: string): Promise<AddPackResult> {
  const parsed: ParseSupportResult = parseSupportText(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues, source: jsonSource(text) };
  const { directory } = parsed;
  if (directory.id === SHIPPED_SUPPORT.id) return { ok: false, reason: 'shipped', directory };
  const stored = await addSupportPack({ packId: directory.id, version: directory.version, text });
  return stored.added ? { ok: true, directory } : { ok: false, reason: 'exists', directory };
}

/** Removes a pack from this phone. */
export async function removeSupportPack(key: string): Promise<void> {
  await deleteSupportPack(key);
}
