/**
 * What the home screen shows of her assessments (one in progress to continue, how many are in
 * History), loaded after home is drawn. On a first visit nothing is stored, and the assessments'
 * storage code (with the question set's schemas, 23 kB) is not even loaded: a count of rows says
 * so, without opening or decrypting any (issue 21).
 */
import { database } from '../storage/db.ts';
import { guarded } from '../storage/errors.ts';
import type { Overview } from '../storage/assessments.ts';

const NOTHING_YET: Overview = { inProgress: [], completed: [] };

export async function homeGlance(): Promise<Overview> {
  const stored = await guarded(() => database().assessments.count());
  if (stored === 0) return NOTHING_YET;
  return (await import('./assessments.ts')).assessmentsAtAGlance();
}
