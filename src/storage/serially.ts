/**
 * Read-change-write operations on one table run one after another, never interleaved: two quick
 * changes to the same item (a note saved as the status changes) both land, and adding the same
 * action twice in a row keeps one. Each also holds the data key while it waits and works, so a
 * lock that comes meanwhile lets it finish (vault.ts `holdKey`).
 */
import { holdKey } from './vault.ts';

const queues = new Map<string, Promise<unknown>>();

export function serially<T>(queue: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(queue) ?? Promise.resolve();
  const result = holdKey(async () => {
    await previous.catch(() => undefined);
    return task();
  });
  queues.set(
    queue,
    result.catch(() => undefined),
  );
  return result;
}
