/**
 * Her own age identity, to receive summaries from people she supports (issue 7). The secret key
 * (`AGE-SECRET-KEY-1…`) is sealed like every personal record; the public key (`age1…`) is what
 * she gives out. The newest is the one she gives out; older ones (from a backup added to this
 * phone) still open what was locked for them.
 */
import { z } from './zod.ts';
import { newId } from './assessments.ts';
import { sealedRepository } from './sealedRepository.ts';

export const IdentitySchema = z.object({
  id: z.string(),
  identity: z.string().check(z.regex(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/)),
  recipient: z.string().check(z.regex(/^age1[02-9ac-hj-np-z]{58}$/)),
  createdAt: z.number(),
});
export type AgeIdentity = z.infer<typeof IdentitySchema>;

/** What a sealed identity row holds: the identity without its id, which is the row's key. */
export const IdentityDataSchema = z.omit(IdentitySchema, { id: true });

const repository = sealedRepository('identities', IdentityDataSchema);

/** Every identity on this phone, newest first: all of them may open a summary. */
export async function listIdentities(): Promise<AgeIdentity[]> {
  const all = (await repository.list()).map(({ id, data }) => ({ id, ...data }));
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
  await repository.put(id, data);
  return identity;
}
