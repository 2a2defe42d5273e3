/**
 * Issue 21: the first paint's buttons answer a tap before the app's code has drawn home
 * (src/ui/earlyTaps.ts). Quick exit leaves at once; another button is done by home once it is
 * drawn; a tap meant for home is forgotten when the app opens on another screen (the lock screen).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../helpers/render.tsx';
import { freshDatabase } from '../helpers/db.ts';
import { EARLY_ACTIONS, endEarlyTaps, listenForEarlyTaps, takeEarlyTap } from '../../src/ui/earlyTaps.ts';
import { currentBattery } from '../helpers/battery.ts';
import { listAssessments, startAssessment } from '../../src/storage/assessments.ts';
import { firstPaintHome } from '../../scripts/firstPaint.ts';
import { lock, resetVault, setPassphrase } from '../../src/storage/vault.ts';

/** index.html's first paint in English, as the build writes it into #root. */
function firstPaint(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  const frame = document.createElement('template');
  frame.innerHTML = firstPaintHome('en', 'ltr');
  root.append(frame.content);
  document.body.append(root);
  return root;
}

/** Her tap on the first paint's button `name`, heard as src/boot.ts hears it, then the frame goes. */
function tapBeforeTheApp(name: string): void {
  const root = firstPaint();
  listenForEarlyTaps(document, vi.fn());
  fireEvent.click(staticButton(root, name));
  root.remove();
}

const QUICK_EXIT = 'Quick exit: leave this app now. You can also press Escape twice.';
const staticButton = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

beforeEach(() => {
  freshDatabase();
  resetVault();
  history.replaceState(null, '');
});
afterEach(() => {
  endEarlyTaps();
  cleanup();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-early-taps');
});

describe('taps on the first paint', () => {
  it('leave at once on quick exit, even after another button was tapped', () => {
    const root = firstPaint();
    const exit = vi.fn();
    listenForEarlyTaps(document, exit);
    fireEvent.click(staticButton(root, 'Who can help'));
    expect(exit).not.toHaveBeenCalled();
    fireEvent.click(staticButton(root, QUICK_EXIT));
    expect(exit).toHaveBeenCalledOnce();
    // As its label says, Escape twice too.
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(exit).toHaveBeenCalledTimes(2);
  });

  it('keep the last button tapped, drawn as waiting, and give it once', () => {
    const root = firstPaint();
    listenForEarlyTaps(document, vi.fn());
    const plan = staticButton(root, 'My plan');
    const settings = staticButton(root, 'Settings');
    fireEvent.click(plan);
    expect(plan.classList.contains('is-waiting')).toBe(true);
    fireEvent.click(settings);
    expect(settings.classList.contains('is-waiting')).toBe(true);
    expect(settings.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.first-paint [role="status"]')?.textContent).toBe('Loading…');
    expect(plan.classList.contains('is-waiting')).toBe(false);
    expect(plan.hasAttribute('aria-busy')).toBe(false);
    expect(takeEarlyTap()).toBe('settings');
    expect(takeEarlyTap()).toBeUndefined();
  });

  it('take over a tap marked before they were heard (public/first-paint.js marks it)', () => {
    const root = firstPaint();
    staticButton(root, 'Who can help').classList.add('is-waiting');
    const exit = vi.fn();
    listenForEarlyTaps(document, exit);
    expect(document.documentElement.hasAttribute('data-early-taps')).toBe(true);
    expect(takeEarlyTap()).toBe('support');

    staticButton(root, QUICK_EXIT).classList.add('is-waiting');
    listenForEarlyTaps(document, exit);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('are not heard once the app has drawn its first screen, nor outside the first paint', () => {
    const root = firstPaint();
    const exit = vi.fn();
    listenForEarlyTaps(document, exit);
    const outside = document.createElement('button');
    outside.setAttribute('data-early', 'plan');
    document.body.append(outside);
    fireEvent.click(outside);
    expect(takeEarlyTap()).toBeUndefined();

    listenForEarlyTaps(document, exit);
    endEarlyTaps();
    fireEvent.click(staticButton(root, 'My plan'));
    fireEvent.click(staticButton(root, QUICK_EXIT));
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(takeEarlyTap()).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
  });

  it('are done by home once the app draws it, as if tapped there', async () => {
    tapBeforeTheApp('Who can help');
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeTruthy();
    // Saved as the screen she is on: a reload brings her back to it, not to home.
    expect((history.state as { name?: string } | null)?.name).toBe('support');
  });

  it('each have their button on home', async () => {
    await renderApp();
    const home = (await screen.findByRole('heading', { level: 1, name: 'Secure, Here and Now' })).closest(
      '.home',
    )!;
    const root = firstPaint();
    const onFirstPaint = [...root.querySelectorAll('[data-early]')].map((b) => b.getAttribute('data-early'));
    expect(onFirstPaint.sort()).toEqual([...EARLY_ACTIONS, 'exit'].sort());
    for (const action of EARLY_ACTIONS) {
      expect(home.querySelector(`button[data-early="${action}"]`), action).not.toBeNull();
    }
  });

  it('on Start, continue nothing new when an assessment is in progress: home offers it', async () => {
    const battery = currentBattery();
    await startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: 'short' });
    const clicked: (string | null)[] = [];
    const onClick = (event: Event) =>
      clicked.push(event.target instanceof Element ? event.target.getAttribute('data-early') : null);
    document.addEventListener('click', onClick, true);
    try {
      tapBeforeTheApp('Start an assessment');
      clicked.length = 0;
      await renderApp({ settings: { hasOnboarded: true } });
      // Home's read is done (the card is drawn, and its effects have run with it): Start not tapped.
      expect(await screen.findByRole('heading', { name: 'You have an assessment in progress' })).toBeTruthy();
      expect(clicked).toEqual([]);
      expect(await listAssessments()).toHaveLength(1);
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });

  it('begin one assessment when Start is tapped twice at once (hers and a kept one alike)', async () => {
    await renderApp({ settings: { hasOnboarded: true } });
    const start = await screen.findByRole('button', { name: 'Start an assessment' });
    fireEvent.click(start);
    fireEvent.click(start);
    await vi.waitFor(() => expect((history.state as { name?: string } | null)?.name).toBe('assessment'));
    expect(await listAssessments()).toHaveLength(1);
  });

  it('are forgotten when a reload brings her back to another screen', async () => {
    history.replaceState({ name: 'plan' }, '');
    tapBeforeTheApp('Settings');
    await renderApp({ settings: { hasOnboarded: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'My plan' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Secure, Here and Now' })).toBeTruthy();
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect((history.state as { name?: string } | null)?.name).toBe('home');
  });

  it('start the introduction on a first visit, as home’s own Start does', async () => {
    tapBeforeTheApp('Start an assessment');
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'What this app is' })).toBeTruthy();
  });

  it('are forgotten when the app opens on the lock screen: after unlocking she is home', async () => {
    await setPassphrase('river stone candle morning');
    lock();
    tapBeforeTheApp('My plan');
    await renderApp({ settings: { hasOnboarded: true } });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Passphrase'), 'river stone candle morning');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Secure, Here and Now' })).toBeTruthy();
    // Home's effects have run (its title took focus, in the same pass as home's taking of a tap),
    // and nothing was opened: opening a screen saves it in the history entry at once.
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect((history.state as { name?: string } | null)?.name).toBe('home');
    expect(screen.queryByRole('heading', { level: 1, name: 'My plan' })).toBeNull();
  });
});
