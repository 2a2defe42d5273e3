import { beforeEach, expect, it } from 'vitest';
import { deleteContact, listContacts, saveContact } from '../../src/storage/contacts.ts';
import { database } from '../../src/storage/db.ts';
import { resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const amina = {
  name: 'Amina',
  reach: '+254 700 000 000',
  helpsWith: 'Legal advice',
  note: '',
  isEmergencyNumber: false,
};

it('saves, updates, lists and deletes contacts; rejects a malformed age key before writing', async () => {
  const saved = await saveContact(amina);
  await saveContact({ ...saved, note: 'Call after 6pm' });
  expect(await listContacts()).toEqual([expect.objectContaining({ id: saved.id, note: 'Call after 6pm' })]);
  await expect(saveContact({ ...amina, ageRecipient: 'age1notakey' })).rejects.toThrow();
  expect(await listContacts()).toHaveLength(1);
  await deleteContact(saved.id);
  expect(await listContacts()).toEqual([]);
});

it('refuses a key with one wrong character, yet still reads a contact saved with one before', async () => {
  const good = 'age1k2mt8zkt25v9qd732n0mcudrx3llv8f364d7thkpd69k8ghwzgvsmgnn5g';
  const mistyped = good.slice(0, -1) + 'q';
  const saved = await saveContact({ ...amina, ageRecipient: good });
  expect(saved.ageRecipient).toBe(good);
  await expect(saveContact({ ...amina, ageRecipient: mistyped })).rejects.toThrow();
  expect(await listContacts()).toHaveLength(1);
  // A row written before checksums were checked must not make the contact list unreadable.
  await database().contacts.put({
    id: 'old',
    plain: { ...amina, name: 'Old', ageRecipient: mistyped, createdAt: 1, updatedAt: 1 },
  });
  expect((await listContacts()).map((c) => c.name)).toEqual(['Amina', 'Old']);
});

it('seals contacts once a passphrase is set', async () => {
  await setPassphrase('a long enough passphrase');
  await saveContact(amina);
  const raw = JSON.stringify(await database().contacts.toArray(), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
  );
  expect(raw).not.toContain('Amina');
  expect((await listContacts())[0]?.name).toBe('Amina');
});
