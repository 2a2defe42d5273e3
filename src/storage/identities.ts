/**
 * Her own age identity, to receive summaries from people she supports (issue 7). The secret key
 * (`AGE-SECRET-KEY-1…`) is sealed like every personal record; the public key (`age1…`) is what
 * she gives out. The newest is the one she gives out; older ones (from a backup added to this
 * phone) still open what was locked for them.
 */
import { z } from './zod.ts';
import { database } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';
import { newId } from './assessments.ts';

export const IdentitySchema = z.object({
  id: z.string(),
  identity: z.string().check(z.regex(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/)),
  recipient: z.string().check(z.regex(/^age1[02-9ac-hj-np-z]{58}$/)),
  createdAt: z.number(),
});
export type AgeIdentity = z.infer<typeof IdentitySchema>;

async function read(row: Parameters<typeof openRow>[1]): Promise<AgeIdentity> {
  const parsed = IdentitySchema.safeParse({ ...((await openRow('identities', row)) as object), id: row.id });
  if (!parsed.success) throw new StorageError('unreadable', parsed.error);
  return parsed.data;
}

/** Every identity on this phone, newest first: all of them may open a summary. */
export async function listIdentities(): Promise<AgeIdentity[]> {
  const rows = await guarded(() => database().identities.toArray());
  const all = await Promise.all(rows.map(read));
  return all.sort((a, b) => b.createdAt - a.createdAt);
}

/** Her identity (the newest, if ever there are several), or undefined before she makes one. */
export async function getIdentity(): Promise<AgeIdentity | undefined> {
  return (await listIdentities())[0];
}

/** Stores a new identity (made by the caller with the age library). */
export async function saveIdentity(
  input: { identity: string; recipient: string },
  now = new Date(),
): Promise<AgeIdentity> {
  const identity = IdentitySchema.parse({ ...input, id: newId(), createdAt: now.getTime() });
  const { id, ...data } = identity;
  const row = await toRow('identities', id, data);
  await guarded(() => database().identities.put(row));
  return identity;
}
