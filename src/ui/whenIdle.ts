/**
 * Runs `work` once the page is idle (after the screen she is on has been drawn), or after a short
 * wait where the browser has no idle callback (Safari). Returns a cancel, for an effect's cleanup.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
