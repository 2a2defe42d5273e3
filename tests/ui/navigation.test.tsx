/** Screen changes: the screen she is on stays until the next one's code has loaded. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { RouterProvider, useRouter } from '../../src/ui/navigation.tsx';

afterEach(() => cleanup());

describe('router', () => {
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
