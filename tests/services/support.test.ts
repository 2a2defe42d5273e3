/**
 * Support packs (issue 20): loaded like an adapted battery — checked, refused with every problem
 * listed and nothing changed, kept sealed on the phone, removable — and listed before the
 * shipped directory.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addSupportPackFromText,
  listLoadedPacks,
  loadAllSupport,
  loadShippedSupport,
  removeSupportPack,
} from '../../src/services/support.ts';
import { listSupport } from '../../src/domain/index.ts';
import { database } from '../../src/storage/db.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const pack = (entry: Record<string, unknown> = {}, top: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'shn-support',
    formatVersion: 1,
    id: 'nairobi-network',
    version: '1.0.0',
    author: 'Nairobi defenders network',
    languages: ['en'],
    title: { en: 'Nairobi: local help' },
    entries: [
      {
        id: 'lawyers-line',
        name: { en: 'Night lawyers line' },
        offers: ['legal', 'emergency-line'],
        who: ['hrd'],
        summary: { en: 'A lawyer answers at night and can come to a police station.' },
        channels: [{ kind: 'phone', value: '+254 700 000 001' }],
        ...entry,
      },
    ],
    ...top,
  });

describe('support packs', () => {
  it('stores a valid pack sealed, lists it before the shipped directory, and removes it', async () => {
    const result = await addSupportPackFromText(pack());
    expect(result.ok).toBe(true);
    // Sealed: nothing of the pack is readable in IndexedDB.
    const rows = await database().supportPacks.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.plain).toBeUndefined();
    expect(JSON.stringify(rows[0])).not.toContain('lawyer');

    const all = await loadAllSupport();
    const listed = listSupport(
      all.shipped,
      all.packs.map((p) => p.directory),
    );
    expect(listed[0]).toMatchObject({ origin: 'local', entry: { id: 'lawyers-line' } });
    expect(listed.slice(1).every((l) => l.origin === 'shipped')).toBe(true);

    await removeSupportPack(all.packs[0]!.key);
    expect((await listLoadedPacks()).packs).toEqual([]);
  });

  it('refuses a pack with a malformed phone number and an unsafe link, listing both, storing nothing', async () => {
    const result = await addSupportPackFromText(
      pack({
        channels: [
          { kind: 'phone', value: '0700 CALL' },
          { kind: 'web', value: 'javascript:alert(document.cookie)' },
          { kind: 'web', value: 'data:text/html,hi' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected a refusal');
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['entries.0.channels.0.value', 'badPhone'],
      ['entries.0.channels.1.value', 'unsafeLink'],
      ['entries.0.channels.2.value', 'unsafeLink'],
    ]);
    expect(await database().supportPacks.count()).toBe(0);
  });

  it('refuses a second pack with the same id, and one that takes the shipped directory’s id', async () => {
    expect((await addSupportPackFromText(pack())).ok).toBe(true);
    const again = await addSupportPackFromText(pack({}, { version: '1.1.0' }));
    expect(again).toMatchObject({ ok: false, reason: 'exists' });
    const shipped = await addSupportPackFromText(pack({}, { id: 'shn-support' }));
    expect(shipped).toMatchObject({ ok: false, reason: 'shipped' });
    expect(await database().supportPacks.count()).toBe(1);
  });
});

it('the shipped directory loads and passes with every entry confirmed', async () => {
  const directory = await loadShippedSupport();
  expect(directory.entries.length).toBeGreaterThan(0);
  expect(directory.entries.every((e) => (e.sources ?? []).length > 0)).toBe(true);
});

it('unpacks the directory with the same prefix the build packs locale files with', async () => {
  const { GZIP_PREFIX } = await import('../../src/i18n/packed.ts');
  const { GZIP_BASE64_PREFIX } = await import('../../src/services/packedText.ts');
  expect(GZIP_BASE64_PREFIX).toBe(GZIP_PREFIX);
});
