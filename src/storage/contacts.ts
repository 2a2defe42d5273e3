/**
 * Trusted people and numbers that matter to her (issue 5), sealed like every personal record.
 * A contact may carry an age public key (`age1…`) so summaries can be encrypted to them (issue 7).
 */
import { z } from './zod.ts';
import { isAgeRecipient } from '../crypto/recipient.ts';
import { database } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';
import { newId } from './assessments.ts';
import { serially } from './serially.ts';

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

async function read(row: Parameters<typeof openRow>[1]): Promise<Contact> {
  const parsed = ContactSchema.safeParse({ ...((await openRow('contacts', row)) as object), id: row.id });
  if (!parsed.success) throw new StorageError('unreadable', parsed.error);
  return parsed.data;
}

/** Every contact, by name. */
export async function listContacts(): Promise<Contact[]> {
  const rows = await guarded(() => database().contacts.toArray());
  const all = await Promise.all(rows.map(read));
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getContact(id: string): Promise<Contact | undefined> {
  const row = await guarded(() => database().contacts.get(id));
  return row ? read(row) : undefined;
}

/** What a save accepts: a contact whose key, if any, passes its checksum. */
const SavedContactSchema = z.extend(ContactSchema, {
  ageRecipient: z.optional(z.string().check(z.refine(isAgeRecipient))),
});

/** Adds or updates a contact; validated (the key's checksum too) before anything is written. */
export async function saveContact(input: ContactInput, now = new Date()): Promise<Contact> {
  return serially('contacts', async () => {
    const existing = input.id ? await getContact(input.id) : undefined;
    const contact = SavedContactSchema.parse({
      ...input,
      id: input.id ?? newId(),
      createdAt: existing?.createdAt ?? now.getTime(),
      updatedAt: now.getTime(),
    });
    const { id, ...data } = contact;
    const row = await toRow('contacts', id, data);
    await guarded(() => database().contacts.put(row));
    return contact;
  });
}

export async function deleteContact(id: string): Promise<void> {
  return serially('contacts', async () => {
    await guarded(() => database().contacts.delete(id));
  });
}
