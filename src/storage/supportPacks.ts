/**
 * Support packs she loaded (issue 20): an organisation's file of local contacts — a lawyers'
 * network, a shelter, a local helpline. Having such a file can say who she works with, so it is
 * sealed like everything personal (random row key, nothing readable in an index), and goes into
 * her backup. Stored as the text she loaded; checking it (`parseSupportText`) is the caller's job,
 * on every load, exactly as for a file.
 */
import { z } from './zod.ts';
import { newId } from './assessments.ts';
import { sealedRepository } from './sealedRepository.ts';

export const SupportPackDataSchema = z.object({
  /** The pack's own id and version, as its text says (kept to find a pack without parsing all). */
  packId: z.string().check(z.minLength(1), z.maxLength(200)),
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  text: z.string().check(z.maxLength(5 * 1024 * 1024)),
  addedAt: z.number(),
});
export type SupportPackData = z.infer<typeof SupportPackDataSchema>;

export interface StoredSupportPack extends SupportPackData {
  /** The row's random key. */
  id: string;
}

const repository = sealedRepository('supportPacks', SupportPackDataSchema);

/** Every pack on this phone, oldest first. Throws StorageError "locked" or "unreadable". */
export async function listSupportPacks(): Promise<StoredSupportPack[]> {
  const all = (await repository.list()).map(({ id, data }) => ({ id, ...data }));
  return all.sort((a, b) => a.addedAt - b.addedAt);
}

/**
 * Stores a pack's text. Returns the stored pack, or the one already here with the same pack id
 * (then nothing is written: she removes the old one first, so two editions never mix).
 */
export function addSupportPack(
  input: { packId: string; version: string; text: string },
  now = new Date(),
): Promise<{ added: true; pack: StoredSupportPack } | { added: false; existing: StoredSupportPack }> {
  return repository.serially(async () => {
    const existing = (await listSupportPacks()).find((p) => p.packId === input.packId);
    if (existing) return { added: false, existing };
    const pack: StoredSupportPack = { id: newId(), ...input, addedAt: now.getTime() };
    const { id, ...data } = pack;
    await repository.put(id, data);
    return { added: true, pack };
  });
}

export async function deleteSupportPack(id: string): Promise<void> {
  await repository.delete(id);
}
