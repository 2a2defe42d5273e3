/**
 * Persistent storage (DESIGN.md §6): asked for after her first saved answer, never promised.
 * Asks the browser to keep our storage, once; records and returns the answer.
 */
export { requestPersistence } from '../storage/persistence.ts';
