// @vitest-environment node
/**
 * The sharing and backup services: what can be shared carries only what a summary needs; a
 * summary locked to a passphrase or a key opens again; a key is remembered on a contact only when
 * asked; a backup made here opens with its passphrase.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSummary } from '../../src/domain/index.ts';
import { loadShareable, lockSummary, openSummary } from '../../src/services/summary.ts';
import { makeIdentity } from '../../src/services/identity.ts';
import { countBackup, makeBackup, openBackup } from '../../src/services/backup.ts';
import { listContacts, saveContact } from '../../src/storage/contacts.ts';
import { addToPlan } from '../../src/storage/plan.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

const amal = { name: 'Amal', reach: '', helpsWith: '', note: '', isEmergencyNumber: false };

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const document = parseSummary(readFileSync('tests/fixtures/summary-v1.json', 'utf8'));

it('loads nothing to share before an assessment, and her plan as a summary carries it', async () => {
  await addToPlan('some-action', { batteryId: 'b', batteryVersion: '1' });
  const shareable = await loadShareable();
  expect(shareable.latest).toBeUndefined();
  expect(shareable.actions).toEqual([
    { actionId: 'some-action', batteryId: 'b', batteryVersion: '1', status: 'todo', note: '' },
  ]);
});

it('locks to a passphrase, and the summary opens with it', async () => {
  const file = await lockSummary({ document, to: { passphrase: '  acorn-bison-cedar-dune  ' } });
  expect(await openSummary(file, 'acorn-bison-cedar-dune')).toEqual(document);
});

it('locks to a key, and remembers it on the contact only when asked', async () => {
  const { recipient } = await makeIdentity();
  const contact = await saveContact(amal);
  await lockSummary({ document, to: { recipient } });
  expect((await listContacts())[0]?.ageRecipient).toBeUndefined();
  const file = await lockSummary({ document, to: { recipient: ` ${recipient} `, rememberFor: contact } });
  expect((await listContacts())[0]?.ageRecipient).toBe(recipient);
  expect(await openSummary(file, '')).toEqual(document);
});

it('makes a backup that opens with its passphrase', async () => {
  await saveContact(amal);
  const { file, createdAt } = await makeBackup(' acorn-bison-cedar-dune ');
  const backup = await openBackup(file, 'acorn-bison-cedar-dune');
  expect(countBackup(backup)).toMatchObject({ contacts: 1, assessments: 0 });
  // The last-backup date she is given is the date the file says it was made.
  expect(createdAt).toBe(Date.parse(backup.createdAt));
});
