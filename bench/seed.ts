/**
 * The one place in bench/ that knows how an assessment is stored (src/storage/db.ts: database
 * 'secure-here-and-now', table 'assessments', one sealed-table row per assessment: `{ id, plain }`
 * in releases before issue 15, `{ id, iv, ct }` now).
 *
 * Rows are written straight into IndexedDB through the page, after the app has opened (and so
 * created) its database: no hook in the product, no measurement page. They are written plain, as
 * an earlier release left them, and the app's wrapped key is removed with them: at the next start
 * the app itself seals every row under a new key (its upgrade from an earlier release), so what
 * the bench measures is the app reading sealed rows, as on her phone.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { formIndicators, levelSummary, scaleOf, score } from '../src/domain/index.ts';
import { DB_NAME, type SealedRow } from '../src/storage/db.ts';
import { appBattery } from '../tests/helpers/battery.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * `count` completed full assessments of the battery the app uses, one every three days up to now,
 * with answers that drift over time (deterministic: the same rows every run, but fresh ids).
 */
export function makeAssessmentRows(count: number, now = Date.now()): SealedRow[] {
  const battery = appBattery();
  const items = formIndicators(battery, 'full');
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) => {
    const drift = (Math.sin(i / 7) + 1) / 2; // 0…1, slowly up and down
    const answers = Object.fromEntries(
      items.map((ind) => {
        const options = scaleOf(battery, ind).options;
        if (random() < 0.05) return [ind.id, 'skip'];
        const k = Math.min(options.length - 1, Math.floor((drift * 0.5 + random() * 0.35) * options.length));
        return [ind.id, options[k]?.id ?? 'skip'];
      }),
    );
    const completedAt = now - (count - i) * 3 * DAY;
    return {
      id: crypto.randomUUID(),
      plain: {
        batteryId: battery.id,
        batteryVersion: battery.version,
        formId: 'full',
        answers,
        position: items.length + 5,
        startedAt: completedAt - 15 * 60 * 1000,
        updatedAt: completedAt,
        completedAt,
        // As the app keeps them when an assessment is completed.
        levels: levelSummary(score(battery, answers, 'full')),
      },
    };
  });
}

/**
 * Writes `rows` into the app's database in the page, in one transaction that also removes the
 * wrapped key; then reloads the app, which seals them all, and waits until every row is sealed.
 */
export async function seedAssessments(page: Page, rows: SealedRow[]): Promise<void> {
  await page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error ?? new Error('open failed'));
      });
      try {
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction(['assessments', 'meta'], 'readwrite');
          const store = tx.objectStore('assessments');
          for (const row of rows) store.put(row);
          tx.objectStore('meta').delete('sealKey');
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error ?? new Error('write failed'));
        });
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, rows },
  );
  await page.reload();
  await page.waitForFunction(
    async ({ name, count }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error ?? new Error('open failed'));
      });
      try {
        const all = await new Promise<{ iv?: unknown; plain?: unknown }[]>((ok, fail) => {
          const req = db.transaction('assessments', 'readonly').objectStore('assessments').getAll();
          req.onsuccess = () => ok(req.result as { iv?: unknown; plain?: unknown }[]);
          req.onerror = () => fail(req.error ?? new Error('read failed'));
        });
        return all.length >= count && all.every((row) => row.iv !== undefined && row.plain === undefined);
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, count: rows.length },
    { polling: 250, timeout: 120_000 },
  );
}

/**
 * A fingerprint of the stored row `id` that changes with every write: the number of answers of a
 * plain row, or the IV of a sealed one (fresh on every write). Read back from IndexedDB through the
 * open connection `db`. Runs in the page: `installPageHelpers` makes it `window.__shnBench.rowVersion`.
 */
function rowVersion(db: IDBDatabase, id: string): Promise<string> {
  return new Promise((ok, fail) => {
    const req = db.transaction('assessments', 'readonly').objectStore('assessments').get(id);
    req.onsuccess = () => {
      const row = req.result as { plain?: { answers?: Record<string, string> }; iv?: Uint8Array } | undefined;
      ok(row?.iv ? Array.from(row.iv).join('.') : String(Object.keys(row?.plain?.answers ?? {}).length));
    };
    req.onerror = () => fail(req.error ?? new Error('read failed'));
  });
}

/** What `installPageHelpers` puts on `window` in every page of the context. */
export interface PageHelpers {
  rowVersion: typeof rowVersion;
}

/**
 * Adds the bench's in-page helpers to every page of `context` before its scripts run (as a
 * DevTools init script: the product is unchanged). Also defines `__name`, which tsx adds around
 * named inner functions of anything passed to `page.evaluate`.
 */
export async function installPageHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript(
    `globalThis.__name = globalThis.__name || ((f) => f);
     window.__shnBench = { rowVersion: ${rowVersion.toString()} };`,
  );
}
