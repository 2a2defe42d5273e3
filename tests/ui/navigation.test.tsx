/**
 * Screen changes: the screen she is on stays until the next one's code has loaded. After a quick
 * exit, no screen saved before it comes back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, StrictMode, Suspense, useEffect, useRef } from 'react';
import { RouterProvider, useRouter } from '../../src/ui/navigation.tsx';
import { quickExit } from '../../src/ui/quickExit.ts';

afterEach(() => cleanup());

describe('router', () => {
  it('saves the screen a first screen opens at once, not its own first one (also in StrictMode)', () => {
    // Home doing a tap made on index.html's first paint (src/ui/earlyTaps.ts) opens a screen in its
    // first effect; the router's own first save must not overwrite it with home.
    function OpensAtOnce() {
      const { route, navigate } = useRouter();
      // Once, as home takes a kept tap once (StrictMode runs the effect again, not the tap).
      const opened = useRef(false);
      useEffect(() => {
        if (opened.current || route.name !== 'home') return;
        opened.current = true;
        navigate({ name: 'support' });
        // Only on mount.
        // eslint-disable-next-line react-hooks/exhaustive-deps
      }, []);
      return <p>{route.name}</p>;
    }
    for (const Wrap of [({ children }: { children: React.ReactNode }) => <>{children}</>, StrictMode]) {
      history.replaceState(null, '');
      render(
        <Wrap>
          <RouterProvider>
            <OpensAtOnce />
          </RouterProvider>
        </Wrap>,
      );
      expect((history.state as { name?: string } | null)?.name).toBe('support');
      cleanup();
    }
  });

  it('keeps the current screen instead of a loading fallback while the next screen loads', async () => {
    let release: () => void = () => undefined;
    const code = new Promise<{ default: () => React.JSX.Element }>((ok) => {
      release = () => ok({ default: () => <h1>Past assessments</h1> });
    });
    const History = lazy(() => code);

    function Screen() {
      const { route, navigate } = useRouter();
      if (route.name === 'history') return <History />;
      return (
        <button type="button" onClick={() => navigate({ name: 'history' })}>
          Past assessments (3)
        </button>
      );
    }

    history.replaceState(null, '');
    render(
      <RouterProvider>
        <Suspense fallback={<p>Loading…</p>}>
          <Screen />
        </Suspense>
      </RouterProvider>,
    );
    act(() => screen.getByRole('button', { name: 'Past assessments (3)' }).click());

    // The code has not arrived: the home screen is still there, no "Loading…".
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Past assessments (3)' })).toBeTruthy();
    expect(history.state).toEqual({ name: 'history' });

    await act(async () => {
      release();
      await code;
    });
    expect(await screen.findByRole('heading', { name: 'Past assessments' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Past assessments (3)' })).toBeNull();
  });
});

describe('after a quick exit', () => {
  function Shown() {
    const { route, navigate } = useRouter();
    return (
      <>
        <h1>{route.name}</h1>
        <button type="button" onClick={() => navigate({ name: 'today' })}>
          Today
        </button>
      </>
    );
  }

  afterEach(() => {
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  it('comes back to the screen she was on after a reload, when she has not left', () => {
    history.replaceState({ name: 'calendar' }, '');
    render(
      <RouterProvider>
        <Shown />
      </RouterProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('calendar');
  });

  it('never shows a screen saved before it: reopened, or by Back, she sees the home screen', () => {
    // Her screens before leaving: the calendar, then her trusted people.
    history.replaceState({ name: 'calendar' }, '');
    history.pushState({ name: 'contacts' }, '');
    // A stand-in with `replace` recorded; spreading copies what the app reads of `location`.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    vi.stubGlobal('location', { ...location, replace: vi.fn() });
    quickExit();
    cleanup();
    // Back at the app (Back, or a tab restored): the entry still holds "contacts".
    history.replaceState({ name: 'contacts' }, '');
    render(
      <RouterProvider>
        <Shown />
      </RouterProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('home');
    expect(history.state).toEqual({ name: 'home', exits: 1 });
    // Another Back, to the calendar of before: still the home screen, and the entry forgets it.
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate', { state: { name: 'calendar' } }));
    });
    expect(screen.getByRole('heading').textContent).toBe('home');
    expect(history.state).toEqual({ name: 'home', exits: 1 });
    // What she opens from now on comes back as usual, by Back and by a reload.
    act(() => screen.getByRole('button', { name: 'Today' }).click());
    expect(history.state).toEqual({ name: 'today', exits: 1 });
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate', { state: { name: 'today', exits: 1 } }));
    });
    expect(screen.getByRole('heading').textContent).toBe('today');
    cleanup();
    render(
      <RouterProvider>
        <Shown />
      </RouterProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('today');
  });
});

describe('a page brought back from the back/forward cache', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.unstubAllGlobals();
  });

  it('reloads after a quick exit (its screen is empty), and only then', async () => {
    // A fresh page: nothing has left yet (other tests here did a quick exit).
    vi.resetModules();
    const { quickExit, reloadWhenRestoredAfterExit } = await import('../../src/ui/quickExit.ts');
    const reload = vi.fn();
    // A stand-in with `replace` recorded; spreading copies what the app reads of `location`.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    vi.stubGlobal('location', { ...location, reload, replace: vi.fn() });
    const stop = reloadWhenRestoredAfterExit();
    const show = (persisted: boolean) =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));
    show(true); // back/forward without a quick exit: the page as she left it
    expect(reload).not.toHaveBeenCalled();
    quickExit();
    show(false);
    expect(reload).not.toHaveBeenCalled();
    show(true);
    expect(reload).toHaveBeenCalledOnce();
    stop();
  });
});
