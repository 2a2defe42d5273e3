/**
 * Database upgrades keep every record (P3). For each past version there is a fixture of what a
 * phone held (tests/fixtures/db-vN.json): it is written with that version's schema, opened with
 * the current code, and then
 * - the whole database equals the fixture as each later version's upgrade is meant to leave it
 *   (every table, every row, every field: an upgrade that drops one fails here), and
 * - every row reads back through the storage repositories.
 * A new schema version adds its schema and upgrade to the two lists below, and a fixture of itself.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { createDatabase, SEALED_TABLES, setDatabase } from '../../src/storage/db.ts';
import { DEFAULT_SETTINGS, getSettings } from '../../src/storage/settings.ts';
import { getAssessment, listAssessments } from '../../src/storage/assessments.ts';
import { getPlanItem, listPlan } from '../../src/storage/plan.ts';
import { listRoutines } from '../../src/storage/routines.ts';
import { getContact, listContacts } from '../../src/storage/contacts.ts';
import { listIdentities } from '../../src/storage/identities.ts';
import { listSupportPacks } from '../../src/storage/supportPacks.ts';
import { getAdaptedBattery, listAdaptedBatteries } from '../../src/storage/batteries.ts';
import { failedUnlocks, initVault, resetVault } from '../../src/storage/vault.ts';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

/** The schema of each past version, as it shipped (never edited, like db.ts). */
const SCHEMAS: Record<number, Record<string, string>> = {
  1: { settings: '&key', assessments: '&id' },
  2: {
    settings: '&key',
    assessments: '&id',
    meta: '&key',
    batteries: '&key',
    plan: '&id',
    routines: '&id',
    contacts: '&id',
  },
  3: {
    settings: '&key',
    assessments: '&id',
    meta: '&key',
    batteries: '&key',
    plan: '&id',
    routines: '&id',
    contacts: '&id',
    identities: '&id',
  },
  4: {
    settings: '&key',
    assessments: '&id',
    meta: '&key',
    batteries: '&key',
    plan: '&id',
    routines: '&id',
    contacts: '&id',
    identities: '&id',
    supportPacks: '&id',
  },
  5: {
    settings: '&key',
    assessments: '&id',
    meta: '&key',
    batteries: '&key',
    plan: '&id',
    routines: '&id',
    contacts: '&id',
    identities: '&id',
    supportPacks: '&id',
    summaries: '&id',
  },
};
const CURRENT = Math.max(...Object.keys(SCHEMAS).map(Number));

/** What upgrading to version N does to the rows of version N-1 (absent: nothing). */
const UPGRADES: Record<number, (tables: Tables) => Tables> = {
  // Version 2 seals assessments: each row's fields move, untouched, under `plain`.
  2: (tables) => ({
    ...tables,
    assessments: (tables.assessments ?? []).map(({ id, ...plain }) => ({ id, plain })),
  }),
};

interface Fixture {
  about: string;
  version: number;
  tables: Tables;
}

function readFixture(file: string): Fixture {
  const { about, version, ...tables } = JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')) as {
    about: string;
    version: number;
  } & Tables;
  return { about, version, tables };
}

const fixtures = readdirSync('tests/fixtures')
  .filter((f) => /^db-v\d+\.json$/.test(f))
  .map(readFixture)
  .sort((a, b) => a.version - b.version);

/** The fixture's tables as the current version should hold them: later upgrades applied, in order. */
function expectedTables(fixture: Fixture): Tables {
  let tables = fixture.tables;
  for (let v = fixture.version + 1; v <= CURRENT; v += 1) tables = UPGRADES[v]?.(tables) ?? tables;
  const byKey = (rows: Row[]) =>
    [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
  return Object.fromEntries(Object.keys(SCHEMAS[CURRENT]!).map((name) => [name, byKey(tables[name] ?? [])]));
}

/** The `plain` content of each row of a sealed table, with its id and its times (ms) as dates. */
function opened(rows: Row[], times: string[]): Row[] {
  return rows.map((row) => {
    const plain: Row = { id: row.id, ...(row.plain as Row) };
    for (const t of times) if (typeof plain[t] === 'number') plain[t] = new Date(plain[t]);
    return plain;
  });
}

const byId = (rows: { id: unknown }[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

it('has a fixture for every past version, the current one included', () => {
  expect(fixtures.map((f) => f.version)).toEqual(Object.keys(SCHEMAS).map(Number));
});

describe.each(fixtures)('a version-$version database', (fixture) => {
  it('opens with the current code, every record intact and readable', async () => {
    const name = `upgrade-v${fixture.version}-${Date.now()}`;
    const old = new Dexie(name);
    old.version(fixture.version).stores(SCHEMAS[fixture.version]!);
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
    old.close();

    resetVault();
    const db = createDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(CURRENT);

    // The whole database, table by table, row by row, field by field.
    const expected = expectedTables(fixture);
    const actual: Tables = {};
    for (const table of db.tables) actual[table.name] = (await table.toArray()) as Row[];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [table, rows] of Object.entries(expected)) expect(actual[table], table).toStrictEqual(rows);

    // Through the repositories, as the app reads it.
    expect(await initVault()).toBe('open');
    // Issue 15: the first start seals every row (one transaction), none left plain, none lost.
    for (const table of SEALED_TABLES) {
      const rows = await db[table].toArray();
      expect(rows.map((r) => r.id).sort(), table).toEqual((expected[table] ?? []).map((r) => r.id).sort());
      expect(
        rows.every((r) => r.plain === undefined && r.ct !== undefined),
        table,
      ).toBe(true);
    }
    const settings = Object.fromEntries(expected.settings!.map((r) => [r.key, r.value]));
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...settings });
    const meta = Object.fromEntries(expected.meta!.map((r) => [r.key, r.value]));
    expect(await failedUnlocks()).toEqual({
      count: meta.failedUnlocks ?? 0,
      ...(meta.wipeAfterFailedUnlocks ? { limit: meta.wipeAfterFailedUnlocks } : {}),
    });

    const assessments = opened(expected.assessments!, ['startedAt', 'updatedAt', 'completedAt']);
    expect(byId(await listAssessments())).toEqual(assessments);
    for (const a of assessments) expect(await getAssessment(String(a.id))).toEqual(a);

    const plan = opened(expected.plan!, ['assessmentDate', 'statusChangedAt', 'addedAt']);
    expect(byId(await listPlan())).toEqual(plan);
    for (const item of plan) expect(await getPlanItem(String(item.id))).toEqual(item);

    expect(byId(await listRoutines())).toEqual(opened(expected.routines!, ['assessmentDate', 'addedAt']));

    const contacts = opened(expected.contacts!, []);
    expect(byId(await listContacts())).toEqual(contacts);
    for (const c of contacts) expect(await getContact(String(c.id))).toEqual(c);

    expect(byId(await listIdentities())).toEqual(opened(expected.identities!, []));
    expect(byId(await listSupportPacks())).toEqual(opened(expected.supportPacks!, []));

    const batteries = expected.batteries!.map((row) => {
      const key = String(row.key);
      const at = key.lastIndexOf('@');
      return {
        id: key.slice(0, at),
        version: key.slice(at + 1),
        text: row.text,
        addedAt: new Date(Number(row.addedAt)),
      };
    });
    expect(await listAdaptedBatteries()).toEqual(batteries);
    for (const b of batteries) expect(await getAdaptedBattery(b.id, b.version)).toEqual(b);
    db.close();
  });
});
