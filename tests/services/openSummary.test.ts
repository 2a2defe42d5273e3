// @vitest-environment node
/** Opening a summary tries every key stored on this phone, not only the newest. */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AgeError, encryptToRecipient, newIdentity } from '../../src/crypto/age.ts';
import { DocumentError, parseSupportText, supportForSummary } from '../../src/domain/index.ts';
import { openSummary } from '../../src/services/summary.ts';
import { database } from '../../src/storage/db.ts';
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

it('refuses a locked summary whose "who can help" was given a javascript: link, and stores nothing', async () => {
  const mine = await newIdentity();
  await saveIdentity(mine, new Date('2025-01-01'));
  const shipped = parseSupportText(readFileSync('indicators/support/shn-support-1.0.0.json', 'utf8'));
  if (!shipped.ok) throw new Error('the shipped directory does not pass');
  const support = supportForSummary({
    shipped: shipped.directory,
    packs: [],
    blocks: ['g.life'],
    withShipped: true,
    withLocal: false,
    languages: ['en'],
  });
  const honest = { ...(JSON.parse(text) as Record<string, unknown>), version: 3, support };
  const opened = await openSummary(await encryptToRecipient(JSON.stringify(honest), mine.recipient), '');
  expect(opened.support?.groups[0]?.directory.entries[0]?.id).toBe('protectdefenders-eu');

  const forged = JSON.parse(JSON.stringify(honest)) as typeof honest & {
    support: { groups: { directory: { entries: { channels: { kind: string; value: string }[] }[] } }[] };
  };
  forged.support.groups[0]!.directory.entries[0]!.channels[0] = { kind: 'web', value: 'javascript:alert(1)' };
  const rows = async () => Promise.all(database().tables.map((t) => t.toArray()));
  const before = await rows();
  const code = await openSummary(await encryptToRecipient(JSON.stringify(forged), mine.recipient), '').catch(
    (e: unknown) => (e instanceof DocumentError ? e.code : String(e)),
  );
  expect(code).toBe('unsafeLink');
  expect(await rows()).toEqual(before);
});
