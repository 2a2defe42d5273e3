/**
 * Auto-lock (DESIGN.md §6): hiding the app locks it at once, except one hide soon after the app
 * itself opened something outside (share sheet, download, file picker) — and even then only if she
 * comes back within the grace. The idle timer runs throughout.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';

const lock = vi.fn();
vi.mock('../../src/storage/vault.ts', () => ({ lock: () => lock() }));

const { allowBriefLeave, BRIEF_LEAVE_MS, useAutoLock } = await import('../../src/ui/autoLock.ts');

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  lock.mockReset();
});

afterEach(() => {
  cleanup();
  setVisibility('visible');
  vi.useRealTimers();
});

describe('useAutoLock', () => {
  it('locks at once when hidden', () => {
    renderHook(() => useAutoLock('unlocked', 5));
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does not lock for a hide right after a share, download or file pick', () => {
    renderHook(() => useAutoLock('unlocked', 5));
    allowBriefLeave();
    vi.advanceTimersByTime(10_000);
    setVisibility('hidden');
    vi.advanceTimersByTime(30_000);
    setVisibility('visible');
    expect(lock).not.toHaveBeenCalled();
  });

  it('forgives one hide only', () => {
    renderHook(() => useAutoLock('unlocked', 5));
    allowBriefLeave();
    setVisibility('hidden');
    setVisibility('visible');
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks for a hide that comes after the grace', () => {
    renderHook(() => useAutoLock('unlocked', 5));
    allowBriefLeave();
    vi.advanceTimersByTime(BRIEF_LEAVE_MS + 1);
    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks when she stays away longer than the grace, on return if timers were frozen', () => {
    renderHook(() => useAutoLock('unlocked', 30));
    allowBriefLeave();
    setVisibility('hidden');
    vi.advanceTimersByTime(BRIEF_LEAVE_MS + 1);
    expect(lock).toHaveBeenCalledTimes(1);

    lock.mockReset();
    allowBriefLeave();
    setVisibility('hidden');
    // A frozen background page: the clock moves, no timer fires.
    vi.setSystemTime(Date.now() + BRIEF_LEAVE_MS + 1);
    setVisibility('visible');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('keeps the idle timer running during a forgiven absence', () => {
    renderHook(() => useAutoLock('unlocked', 1));
    allowBriefLeave();
    vi.advanceTimersByTime(50_000);
    setVisibility('hidden');
    vi.advanceTimersByTime(10_001);
    expect(lock).toHaveBeenCalled();
  });

  it('does nothing while the vault is open or locked', () => {
    renderHook(() => useAutoLock('open', 1));
    setVisibility('hidden');
    vi.advanceTimersByTime(120_000);
    expect(lock).not.toHaveBeenCalled();
  });
});
