/**
 * History's sealed cache (issue 21, storage/summaries.ts): one sealed row that lists every
 * completed assessment with its kept levels, so History opens one row instead of all of them. It
 * is checked against the stored ids on every read: a deletion, a completion or a restore elsewhere
 * never shows a wrong list; a missing or unreadable cache is rebuilt; nothing of a deleted
 * assessment stays in it; and its levels are the kept ones (equal to score() of the answers).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { formIndicators, levelSummary, scaleOf, score } from '../../src/domain/index.ts';
import {
  completeAssessment,
  deleteAllAssessments,
  deleteAssessment,
  getAssessment,
  listCompleted,
  readOverview,
  startAssessment,
} from '../../src/storage/assessments.ts';
import { createDatabase, setDatabase, type ShnDatabase } from '../../src/storage/db.ts';
import {
  pack,
  packLevels,
  readSummaries,
  unpack,
  unpackLevels,
  writeSummaries,
  type SummaryEntry,
} from '../../src/storage/summaries.ts';
import { toRow } from '../../src/storage/vault.ts';
import fc from 'fast-check';
import { CATEGORY_IDS, LEVELS, type LevelSummary } from '../../src/domain/index.ts';
import { initVault, resetVault } from '../../src/storage/vault.ts';
import { SUMMARIES_TABLE } from '../../src/storage/db.ts';
import { levelsOf } from '../../src/services/results.ts';
import { appBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

const battery = appBattery();
let db: ShnDatabase;

function answers(seed: number): Record<string, string> {
  return Object.fromEntries(
    formIndicators(battery, 'full').map((ind, k) => {
      const options = scaleOf(battery, ind).options;
      return [ind.id, options[(k * 3 + seed) % options.length]?.id ?? 'skip'];
    }),
  );
}

async function completed(at: string, seed: number) {
  const a = await startAssessment({
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId: 'full',
    answers: answers(seed),
    now: new Date(at),
  });
  await completeAssessment(a.id, new Date(at), (given, formId) => levelsOf(battery, given, formId));
  return a.id;
}

const ids = async () => (await readOverview()).completed.map((c) => c.id);

beforeEach(() => {
  resetVault();
  db = freshDatabase();
});

describe('History’s sealed cache', () => {
  it('lists what listCompleted lists, in the same order, with the kept levels, from ONE sealed row', async () => {
    const b = await completed('2026-03-01T10:00:00Z', 2);
    const a = await completed('2026-01-01T10:00:00Z', 1);
    const open = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
    });

    const overview = await readOverview();
    expect(overview.completed.map((c) => c.id)).toEqual((await listCompleted()).map((c) => c.id));
    expect(overview.completed.map((c) => c.id)).toEqual([a, b]);
    expect(overview.inProgress.map((x) => x.id)).toEqual([open.id]);
    expect(overview.completed[0]?.levels).toEqual(levelSummary(score(battery, answers(1), 'full')));
    expect(overview.completed[1]?.levels).toEqual((await getAssessment(b))?.levels);

    const rows = await db.summaries.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.plain).toBeUndefined();
    expect(rows[0]?.ct).toBeDefined();
    expect(new TextDecoder().decode(new Uint8Array(rows[0]!.ct!))).not.toContain(a);
  });

  it('reads the levels from the cache: the assessments themselves are not opened again', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    await readOverview();
    // Were the assessment opened, this altered row would make the read fail as "unreadable".
    const row = await db.assessments.get(a);
    await db.assessments.put({ ...row!, ct: new ArrayBuffer(row!.ct!.byteLength) });
    expect(await ids()).toEqual([a]);
  });

  it('adds one completed after the cache was written, and leaves out one deleted elsewhere', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    expect(await ids()).toEqual([a]);
    const b = await completed('2026-02-01T10:00:00Z', 2);
    expect(await ids()).toEqual([a, b]);
    // Deleted without going through deleteAssessment (as a restore or another window might).
    await db.assessments.delete(a);
    expect(await ids()).toEqual([b]);
    expect((await readSummaries())?.map((e) => e.id)).toEqual([b]);
  });

  it('keeps nothing of a deleted assessment, and is cleared with "delete all"', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    const b = await completed('2026-02-01T10:00:00Z', 2);
    await readOverview();
    await deleteAssessment(a);
    expect((await readSummaries())?.map((e) => e.id)).toEqual([b]);
    await deleteAllAssessments();
    expect(await db.summaries.count()).toBe(0);
    expect(await ids()).toEqual([]);
  });

  it('is rebuilt from the assessments when it cannot be opened', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    await readOverview();
    const row = (await db.summaries.toArray())[0]!;
    await db.summaries.put({ ...row, ct: new ArrayBuffer(row.ct!.byteLength) });
    expect(await readSummaries()).toBeUndefined();
    expect(await ids()).toEqual([a]);
    expect((await readSummaries())?.map((e) => e.id)).toEqual([a]);
  });

  it('scores a completed assessment that keeps no levels, once, and caches what it gives', async () => {
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
      answers: answers(3),
    });
    await completeAssessment(a.id, new Date('2026-01-01T10:00:00Z')); // no levels kept
    let scored = 0;
    const summarize = (x: { answers: Record<string, string>; formId: string }) => {
      scored += 1;
      return Promise.resolve(levelsOf(battery, x.answers, x.formId));
    };
    expect((await readOverview(summarize)).completed[0]?.levels).toEqual(
      levelSummary(score(battery, answers(3), 'full')),
    );
    await readOverview(summarize);
    expect(scored).toBe(1);
  });

  it('a version-4 database (no cache yet) lists its completed assessments and then keeps them sealed', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db-v4.json', 'utf8')) as Record<string, unknown>;
    const name = `summaries-v4-${Date.now()}`;
    const old = new Dexie(name);
    old.version(4).stores({
      settings: '&key',
      assessments: '&id',
      meta: '&key',
      batteries: '&key',
      plan: '&id',
      routines: '&id',
      contacts: '&id',
      identities: '&id',
      supportPacks: '&id',
    });
    for (const [table, rows] of Object.entries(fixture))
      if (Array.isArray(rows)) await old.table(table).bulkPut(rows);
    old.close();
    db = createDatabase(name);
    setDatabase(db);
    expect(await initVault()).toBe('open');
    const before = (await listCompleted()).map((c) => c.id);
    expect(before.length).toBeGreaterThan(0);
    const overview = await readOverview();
    expect(overview.completed.map((c) => c.id)).toEqual(before);
    expect(overview.completed.map((c) => c.levels)).toEqual((await listCompleted()).map((c) => c.levels));
    expect(overview.inProgress).toHaveLength(1);
    expect(await db.assessments.count()).toBe(2); // every record kept
    expect((await db.summaries.toArray()).every((r) => r.plain === undefined && r.ct)).toBe(true);
    db.close();
  });

  it('rebuilds a cache written in the earlier format (a list of objects) and writes it packed', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    const stored = (await listCompleted())[0]!;
    const earlier = {
      entries: [
        {
          id: a,
          batteryId: stored.batteryId,
          batteryVersion: stored.batteryVersion,
          formId: stored.formId,
          startedAt: stored.startedAt.getTime(),
          completedAt: stored.completedAt!.getTime(),
          levels: stored.levels,
        },
      ],
    };
    await db.summaries.put(await toRow(SUMMARIES_TABLE, 'history', earlier));
    expect(await readSummaries()).toBeUndefined();
    const overview = await readOverview();
    expect(overview.completed.map((c) => [c.id, c.levels])).toEqual([[a, stored.levels]]);
    expect((await readSummaries())?.map((e) => e.id)).toEqual([a]);
  });

  it('lists in completion order from a cache written out of order, and writes it back in order', async () => {
    await completed('2026-01-01T10:00:00Z', 1);
    await completed('2026-02-01T10:00:00Z', 2);
    await completed('2026-03-01T10:00:00Z', 3);
    await readOverview(); // the cache, in order
    const inOrder = (await readSummaries())!;
    await writeSummaries([...inOrder].reverse());
    const overview = await readOverview();
    expect(overview.completed.map((c) => c.id)).toEqual(inOrder.map((e) => e.id));
    expect((await readSummaries())?.map((e) => e.id)).toEqual(inOrder.map((e) => e.id));
  });
});

describe('the packed row', () => {
  const levelArb: fc.Arbitrary<LevelSummary> = fc.record(
    {
      overall: fc.constantFrom(...LEVELS, 'insufficient' as const),
      categories: fc.array(
        fc.record(
          {
            category: fc.constantFrom(...CATEGORY_IDS),
            level: fc.constantFrom(...LEVELS, 'insufficient' as const),
            kind: fc.constantFrom('threats' as const, 'exposure' as const),
          },
          { requiredKeys: ['category', 'level'] },
        ),
        { maxLength: 7 },
      ),
      model: fc.constant(2 as const),
    },
    { requiredKeys: ['overall', 'categories'] },
  );
  const entryArb: fc.Arbitrary<SummaryEntry> = fc.record({
    id: fc.string(),
    batteryId: fc.constantFrom('shn-core', 'my-org', 'x"y'),
    batteryVersion: fc.constantFrom('1.0.0', '2.0.0'),
    formId: fc.constantFrom('full', 'short'),
    startedAt: fc.integer({ min: 0, max: 4e12 }),
    completedAt: fc.integer({ min: 0, max: 4e12 }),
    levels: levelArb,
  });

  it('gives back exactly what was written, through the sealed row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 12 }), async (entries) => {
        await writeSummaries(entries);
        // structuredClone: fast-check's records have no prototype; the read gives plain objects
        expect(await readSummaries()).toStrictEqual(structuredClone(entries));
      }),
      { numRuns: 40 },
    );
  });

  it('packs levels into a short code and reads back exactly those levels', () => {
    fc.assert(
      fc.property(levelArb, (levels) => {
        expect(unpackLevels(packLevels(levels))).toStrictEqual(structuredClone(levels));
      }),
    );
    expect(
      packLevels({
        overall: 'high',
        categories: [
          { category: 'emotional', level: 'moderate', kind: 'threats' },
          { category: 'political', level: 'insufficient' },
        ],
        model: 2,
      }),
    ).toBe('2h0mt4i-');
  });

  it('reads anything that is not a packed row, in any detail, as no cache', () => {
    const good = { format: 2, groups: [['shn-core', '2.0.0', 'full']], entries: [['a', 0, 1, 2, '2h0mt']] };
    expect(unpack(good)).toHaveLength(1);
    const bad: unknown[] = [
      null,
      [],
      { ...good, format: 1 },
      { ...good, groups: [['shn-core', '2.0.0']] },
      { ...good, entries: [['a', 1, 1, 2, '2h0mt']] }, // no such group
      { ...good, entries: [['a', 0.5, 1, 2, '2h0mt']] },
      { ...good, entries: [['a', 0, Number.NaN, 2, '2h0mt']] },
      { ...good, entries: [['a', 0, 1, '2', '2h0mt']] },
      { ...good, entries: [[1, 0, 1, 2, '2h0mt']] },
      { ...good, entries: [['a', 0, 1, 2, '2h0mt', 'extra']] },
      { ...good, entries: [['a', 0, 1, 2, '3h0mt']] }, // no such model
      { ...good, entries: [['a', 0, 1, 2, '2x0mt']] }, // no such level
      { ...good, entries: [['a', 0, 1, 2, '2h9mt']] }, // no such category
      { ...good, entries: [['a', 0, 1, 2, '2h0mq']] }, // no such kind
      { ...good, entries: [['a', 0, 1, 2, '2h0m']] }, // cut short
    ];
    for (const value of bad) expect(unpack(value)).toBeUndefined();
  });

  it('keeps 1,000 assessments in about 100 kB (it was 500 kB as a list of objects)', () => {
    const levels: LevelSummary = {
      overall: 'severe',
      categories: CATEGORY_IDS.map((category) => ({ category, level: 'high', kind: 'threats' })),
      model: 2,
    };
    const entries: SummaryEntry[] = Array.from({ length: 1000 }, (_, i) => ({
      id: crypto.randomUUID(),
      batteryId: 'shn-core',
      batteryVersion: '2.0.0',
      formId: 'full',
      startedAt: 1_780_000_000_000 + i * 1e8,
      completedAt: 1_780_000_900_000 + i * 1e8,
      levels,
    }));
    const json = JSON.stringify(pack(entries));
    expect(unpack(JSON.parse(json))).toStrictEqual(entries);
    expect(json.length).toBeLessThan(110_000);
  });
});
