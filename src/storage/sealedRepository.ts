/**
 * The one shape of every sealed repository (DESIGN.md §6), written once: a row is opened
 * (vault.ts `openRow`) and parsed with the table's schema, so a row that does not parse is
 * "unreadable", never half-read; a value is checked with the same schema and sealed (`toRow`)
 * BEFORE its transaction opens — awaiting Web Crypto inside a Dexie transaction lets IndexedDB
 * commit it early. The repository files map these stored values to domain types.
 */
import { database, type SealedRow, type SealedTableName } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { serially } from './serially.ts';
import { openRow, toRow } from './vault.ts';
import type { z } from './zod.ts';

/** A stored value with its random id (the id is the row's key, never part of the value). */
export interface SealedRecord<T> {
  id: string;
  data: T;
}

export interface SealedRepository<T> {
  /** The value of a row. Throws StorageError "locked" (no key) or "unreadable" (altered, or not `T`). */
  read(row: SealedRow): Promise<T>;
  /** The value stored under `id`, or undefined when there is none. Throws as `read`. */
  get(id: string): Promise<T | undefined>;
  /** Every value, in key order (random: callers sort). Throws as `read` if any row fails. */
  list(): Promise<SealedRecord<T>[]>;
  /**
   * Every row opened and parsed with `schema`, a few of its fields (to choose one row without
   * checking all of them fully). Rows that do not open or parse are named in `unreadable`;
   * "locked" still throws.
   */
  glance<G>(schema: z.ZodMiniType<G>): Promise<{ records: SealedRecord<G>[]; unreadable: string[] }>;
  /** Checks `data` with the schema (throws its error: nothing written), seals it, then writes it. */
  put(id: string, data: T): Promise<void>;
  /**
   * Checks and seals every record, then writes them in ONE transaction: all or none. Records whose
   * id is in `ifStored` are written only if their row is still there (a delete meanwhile wins).
   */
  putAll(records: readonly SealedRecord<T>[], ifStored?: ReadonlySet<string>): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /**
   * Read-change-write of one row under `serially` (never interleaved with another on this table):
   * `change` gets the stored value (undefined: none) and returns the next one, or undefined to
   * write nothing; it may throw, and then nothing is written. Returns what `change` returned.
   * Never call it from inside `serially` on the same table: it would wait for itself.
   */
  update<N extends T | undefined>(id: string, change: (current: T | undefined) => N): Promise<N>;
  /** Runs `task` in this table's queue (serially.ts): for read-change-writes of several rows. */
  serially<R>(task: () => Promise<R>): Promise<R>;
  /**
   * The row stored under `id` as it is (sealed), and its value: what `putIfUnchanged` compares
   * against. Throws as `read`.
   */
  snapshot(id: string): Promise<{ row: SealedRow | undefined; data: T | undefined }>;
  /**
   * Checks and seals `records`, then, in ONE transaction, re-reads the row `expected.id` and
   * writes them only if that row is still the one `snapshot` returned (the same sealed bytes: each
   * sealing draws a new random IV, so any write since — in this window or another — shows; a row
   * deleted or created since shows too). Returns false, writing nothing, when it changed.
   * Records whose id is in `ifStored` are written only if their row is still there.
   */
  putIfUnchanged(
    expected: { id: string; row: SealedRow | undefined },
    records: readonly SealedRecord<T>[],
    ifStored?: ReadonlySet<string>,
  ): Promise<boolean>;
}

/**
 * The same stored row: the same IV and ciphertext. A row of an earlier release (`plain`, before
 * its first start seals it) is never the same: a write over one retries until it is sealed.
 */
export function isSameRow(a: SealedRow | undefined, b: SealedRow | undefined): boolean {
  if (!a || !b) return a === b;
  return hex(a.iv) + hex(a.ct) === hex(b.iv) + hex(b.ct) && a.iv !== undefined;
}

function hex(bytes: Uint8Array | ArrayBuffer | undefined): string {
  return bytes ? Array.from(new Uint8Array(bytes), (x) => x.toString(16).padStart(2, '0')).join('') : '';
}

export function sealedRepository<S extends z.ZodMiniType>(
  table: SealedTableName,
  schema: S,
): SealedRepository<z.output<S>> {
  type T = z.output<S>;
  const rows = () => database()[table];

  async function read(row: SealedRow): Promise<T> {
    const parsed = schema.safeParse(await openRow(table, row));
    if (!parsed.success) throw new StorageError('unreadable', parsed.error);
    return parsed.data;
  }

  async function get(id: string): Promise<T | undefined> {
    const row = await guarded(() => rows().get(id));
    return row ? read(row) : undefined;
  }

  async function put(id: string, data: T): Promise<void> {
    const row = await toRow(table, id, schema.parse(data));
    await guarded(() => rows().put(row));
  }

  return {
    read,
    get,
    put,
    async list() {
      const all = await guarded(() => rows().toArray());
      return Promise.all(all.map(async (row) => ({ id: row.id, data: await read(row) })));
    },
    async glance<G>(light: z.ZodMiniType<G>) {
      const all = await guarded(() => rows().toArray());
      const records: SealedRecord<G>[] = [];
      const unreadable: string[] = [];
      for (const row of all) {
        let parsed;
        try {
          parsed = light.safeParse(await openRow(table, row));
        } catch (error) {
          if (error instanceof StorageError && error.code === 'locked') throw error;
          unreadable.push(row.id);
          continue;
        }
        if (parsed.success) records.push({ id: row.id, data: parsed.data });
        else unreadable.push(row.id);
      }
      return { records, unreadable };
    },
    async putAll(records, ifStored = new Set<string>()) {
      const sealed = await Promise.all(records.map((r) => toRow(table, r.id, schema.parse(r.data))));
      const db = database();
      await guarded(() =>
        db.transaction('rw', rows(), async () => {
          for (const row of sealed) {
            if (ifStored.has(row.id) && !(await rows().get(row.id))) continue;
            await rows().put(row);
          }
        }),
      );
    },
    async delete(id) {
      await guarded(() => rows().delete(id));
    },
    async clear() {
      await guarded(() => rows().clear());
    },
    update(id, change) {
      return serially(table, async () => {
        const next = change(await get(id));
        if (next !== undefined) await put(id, next);
        return next;
      });
    },
    serially(task) {
      return serially(table, task);
    },
    async snapshot(id) {
      const row = await guarded(() => rows().get(id));
      return { row, data: row ? await read(row) : undefined };
    },
    async putIfUnchanged(expected, records, ifStored = new Set<string>()) {
      // Sealed before the transaction opens: awaiting Web Crypto inside it would let it commit.
      const sealed = await Promise.all(records.map((r) => toRow(table, r.id, schema.parse(r.data))));
      const db = database();
      return guarded(() =>
        db.transaction('rw', rows(), async () => {
          if (!isSameRow(await rows().get(expected.id), expected.row)) return false;
          for (const row of sealed) {
            if (ifStored.has(row.id) && !(await rows().get(row.id))) continue;
            await rows().put(row);
          }
          return true;
        }),
      );
    },
  };
}
