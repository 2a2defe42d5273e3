// @vitest-environment node
/** Opening a summary tries every key stored on this phone, not only the newest. */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AgeError, encryptToRecipient, newIdentity } from '../../src/crypto/age.ts';
import { openSummary } from '../../src/services/summary.ts';
import { saveIdentity } from '../../src/storage/identities.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const text = readFileSync('tests/fixtures/summary-v1.json', 'utf8');

it('opens a summary locked for an older key on this phone', async () => {
  const older = await newIdentity();
  const newer = await newIdentity();
  await saveIdentity(older, new Date('2025-01-01'));
  await saveIdentity(newer, new Date('2025-06-01'));
  const forOlder = await encryptToRecipient(text, older.recipient);
  const forNewer = await encryptToRecipient(text, newer.recipient);
  expect((await openSummary(forOlder, '')).note).toBe('Llámame el domingo.');
  expect((await openSummary(forNewer, '')).note).toBe('Llámame el domingo.');
  const stranger = await newIdentity();
  const code = await openSummary(await encryptToRecipient(text, stranger.recipient), '').catch(
    (e: unknown) => (e instanceof AgeError ? e.code : String(e)),
  );
  expect(code).toBe('notForYou');
});
