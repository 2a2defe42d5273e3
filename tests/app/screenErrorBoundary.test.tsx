/**
 * A screen whose code cannot be fetched (offline, never opened before) or that fails while drawing
 * shows what happened in her language and a way home, never a blank page; the next screen is clean.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { RouterProvider, useRouter } from '../../src/ui/navigation.tsx';
import { ScreenErrorBoundary, isNotFetched } from '../../src/app/ScreenErrorBoundary.tsx';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../src/i18n/i18n.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(() => cleanup());

function Harness({ Broken }: { Broken: React.ComponentType }) {
  const { route, navigate } = useRouter();
  return (
    <ScreenErrorBoundary key={route.name} onHome={() => navigate({ name: 'home' })}>
      <Suspense fallback={<p>Loading…</p>}>
        {route.name === 'home' ? (
          <button type="button" onClick={() => navigate({ name: 'history' })}>
            Past assessments
          </button>
        ) : (
          <Broken />
        )}
      </Suspense>
    </ScreenErrorBoundary>
  );
}

async function open(Broken: React.ComponentType) {
  history.replaceState(null, '');
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider>
        <Harness Broken={Broken} />
      </RouterProvider>
    </I18nextProvider>,
    // React retries a screen that failed in a transition once, synchronously, and reports that it
    // recovered; the boundary's message is what this test is about.
    { onRecoverableError: () => undefined },
  );
  await act(async () => {
    screen.getByRole('button', { name: 'Past assessments' }).click();
    await Promise.resolve();
  });
}

describe('ScreenErrorBoundary', () => {
  it('says a screen needs a connection once when its code cannot be fetched, and goes home', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Offline = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/history.js')),
    );
    await open(Offline);
    expect(await screen.findByRole('heading', { name: i18n.t('errors.screen.title') })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(i18n.t('errors.screen.needsConnection'));
    expect(screen.getByRole('button', { name: i18n.t('common.tryAgain') })).toBeTruthy();

    act(() => screen.getByRole('button', { name: i18n.t('app.home') }).click());
    expect(screen.getByRole('button', { name: 'Past assessments' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    spy.mockRestore();
  });

  it('says something went wrong, not "offline", when a screen fails while drawing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Throws(): React.JSX.Element {
      throw new Error('cannot read property of undefined');
    }
    await open(Throws);
    expect((await screen.findByRole('alert')).textContent).toBe(i18n.t('errors.screen.failed'));
    spy.mockRestore();
  });

  it('tells a fetch failure from other errors', () => {
    expect(isNotFetched(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isNotFetched(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isNotFetched(new Error('boom'))).toBe(false);
    expect(isNotFetched('Failed to fetch dynamically imported module')).toBe(false);
  });
});
