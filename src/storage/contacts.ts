/**
 * Trusted people and numbers that matter to her (issue 5), sealed like every personal record.
 * A contact may carry an age public key (`age1…`) so summaries can be encrypted to them (issue 7).
 */
import * as z from 'zod';
import { database } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { openRow, toRow } from './vault.ts';
import { newId } from './assessments.ts';

// No code generation: zod's fast path probes `new Function`, which the app's CSP forbids (P1).
// The battery module sets this too, but a repository may parse before any battery is loaded.
z.config({ jitless: true });

export const ContactSchema = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(200),
  /** How to reach them: a number, a messenger handle, an address — her words. */
  reach: z.string().max(500).default(''),
  /** What they can help with. */
  helpsWith: z.string().max(500).default(''),
  note: z.string().max(2000).default(''),
  /** An emergency number (a hotline, a lawyer's line) rather than a person. */
  isEmergencyNumber: z.boolean().default(false),
  /** Their age X25519 public key, to encrypt summaries to them. */
  ageRecipient: z
    .string()
    .regex(/^age1[02-9ac-hj-np-z]{58}$/)
    .optional(),
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

/** Adds or updates a contact; validated before anything is written. */
export async function saveContact(input: ContactInput, now = new Date()): Promise<Contact> {
  const existing = input.id ? await getContact(input.id) : undefined;
  const contact = ContactSchema.parse({
    ...input,
    id: input.id ?? newId(),
    createdAt: existing?.createdAt ?? now.getTime(),
    updatedAt: now.getTime(),
  });
  const { id, ...data } = contact;
  const row = await toRow('contacts', id, data);
  await guarded(() => database().contacts.put(row));
  return contact;
}

export async function deleteContact(id: string): Promise<void> {
  await guarded(() => database().contacts.delete(id));
}
