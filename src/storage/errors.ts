/**
 * Expected storage failures as values with reason codes; the UI turns them into words
 * (`errors.storage.<code>`) in one place.
 */
export type StorageErrorCode = 'quota' | 'unavailable' | 'locked' | 'unreadable' | 'unknown';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, cause?: unknown) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
    this.code = code;
  }
}

/** Maps whatever IndexedDB or Dexie threw to a `StorageError`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  // By name: a DOMException is not an Error in every environment.
  const nameOf = (e: unknown) => (typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '');
  const name = nameOf(error);
  const innerName = nameOf(
    typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined,
  );
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError')
    return new StorageError('quota', error);
  if (name === 'EnvelopeError') return new StorageError('unreadable', error);
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError') {
    return new StorageError('unavailable', error);
  }
  return new StorageError('unknown', error);
}

/** Runs a storage operation and turns its failure into a `StorageError`. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Why a change to an assessment was refused: it was finished (its answers are sealed for good:
 * its levels were worked out from them), or deleted — here, or in another window of the app
 * since this one read it. Nothing was written.
 */
export type AssessmentStateCode = 'completed' | 'deleted';

export class AssessmentStateError extends Error {
  readonly code: AssessmentStateCode;
  readonly assessmentId: string;
  constructor(code: AssessmentStateCode, assessmentId: string) {
    super(`assessment: ${code}`);
    this.name = 'AssessmentStateError';
    this.code = code;
    this.assessmentId = assessmentId;
  }
}
