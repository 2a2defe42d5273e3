/**
 * Trusted people and numbers that matter to her (issue 5), sealed like every personal record.
 * A contact may carry an age public key (`age1…`) so summaries can be encrypted to them (issue 7).
 */
import { z } from './zod.ts';
import { isAgeRecipient } from '../crypto/recipient.ts';
import { newId } from './assessments.ts';
import { sealedRepository } from './sealedRepository.ts';

export const ContactSchema = z.object({
  id: z.string(),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** How to reach them: a number, a messenger handle, an address — her words. */
  reach: z._default(z.string().check(z.maxLength(500)), ''),
  /** What they can help with. */
  helpsWith: z._default(z.string().check(z.maxLength(500)), ''),
  note: z._default(z.string().check(z.maxLength(2000)), ''),
  /** An emergency number (a hotline, a lawyer's line) rather than a person. */
  isEmergencyNumber: z._default(z.boolean(), false),
  /**
   * Their age X25519 public key, to encrypt summaries to them. Read by its form only, so a key
   * saved before checksums were checked still opens its contact; `saveContact` checks the checksum
   * and sharing checks it again before encrypting.
   */
  ageRecipient: z.optional(z.string().check(z.regex(/^age1[02-9ac-hj-np-z]{58}$/))),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Contact = z.infer<typeof ContactSchema>;
export type ContactInput = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** What a sealed contact row holds: the contact without its id, which is the row's key. */
export const ContactDataSchema = z.omit(ContactSchema, { id: true });

const repository = sealedRepository('contacts', ContactDataSchema);

/** Every contact, by name. */
export async function listContacts(): Promise<Contact[]> {
  const all = (await repository.list()).map(({ id, data }) => ({ id, ...data }));
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getContact(id: string): Promise<Contact | undefined> {
  const data = await repository.get(id);
  return data ? { id, ...data } : undefined;
}

/** What a save accepts: a contact whose key, if any, passes its checksum. */
const SavedContactSchema = z.extend(ContactSchema, {
  ageRecipient: z.optional(z.string().check(z.refine(isAgeRecipient))),
});

/** Adds or updates a contact; validated (the key's checksum too) before anything is written. */
export async function saveContact(input: ContactInput, now = new Date()): Promise<Contact> {
  return repository.serially(async () => {
    const existing = input.id ? await getContact(input.id) : undefined;
    const contact = SavedContactSchema.parse({
      ...input,
      id: input.id ?? newId(),
      createdAt: existing?.createdAt ?? now.getTime(),
      updatedAt: now.getTime(),
    });
    const { id, ...data } = contact;
    await repository.put(id, data);
    return contact;
  });
}

export async function deleteContact(id: string): Promise<void> {
  return repository.serially(() => repository.delete(id));
}
