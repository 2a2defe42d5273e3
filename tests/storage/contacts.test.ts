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

it('seals contacts once a passphrase is set', async () => {
  await setPassphrase('a long enough passphrase');
  await saveContact(amina);
  const raw = JSON.stringify(await database().contacts.toArray(), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
  );
  expect(raw).not.toContain('Amina');
  expect((await listContacts())[0]?.name).toBe('Amina');
});
