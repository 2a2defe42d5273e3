/**
 * The home screen's first paint, from the HTML and the CSS the page already has, before any
 * JavaScript (issue 21). The build writes into index.html's `#root` one static copy of the home
 * screen's frame per shipped language — the header, the app's name as the heading, what it is and
 * its promise, the word that no passphrase protects it yet, and the main actions — from the same
 * strings the app draws it with (locales/), so the two cannot drift. public/first-paint.js (under
 * 1 kB once built, run before the body is drawn) picks the language the app will open in — the one
 * she chose, else the browser's where a shipped language matches, else English — and sets
 * `<html lang dir>`; the CSS shows only that copy. React replaces the whole of `#root` when it
 * draws the home screen.
 *
 * Nothing of hers is in it: only the app's own words. Its buttons take a tap from the moment they
 * are shown: quick exit leaves at once (public/first-paint.js, then src/ui/earlyTaps.ts), and
 * another button is done by home once the app's code draws it. On a phone with a passphrase (it
 * opens on the lock screen) the warning that none is set and the actions are left out:
 * `.first-paint-home`.
 */
import { readFileSync } from 'node:fs';
import { EARLY_ATTRIBUTE, type EarlyAction } from '../src/ui/earlyTaps.ts';

type Strings = Record<string, unknown>;

function read(lng: string, ns: string): Strings {
  return JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Strings;
}

function text(strings: Strings, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Strings | undefined)?.[key], strings);
  if (typeof value !== 'string') throw new Error(`first paint: no string ${path}`);
  return value;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CLOSE_ICON =
  '<svg class="icon" viewBox="0 0 20 20" width="1em" height="1em" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5 5 15" class="i-stroke"></path></svg>';
const SHIELD_ICON =
  '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" class="inline-icon"><path d="M10 1.5 3 4.5v5c0 4.2 3 7.7 7 9 4-1.3 7-4.8 7-9v-5z"></path></svg>';

/** The frame of the home screen in `lng`, as src/app/App.tsx and src/features/home/HomePage.tsx draw it. */
export function firstPaintHome(lng: string, dir: 'ltr' | 'rtl'): string {
  const app = read(lng, 'app');
  const s = (strings: Strings, path: string) => escape(text(strings, path));
  // [action (src/ui/earlyTaps.ts), class, label], in HomePage's order.
  const actions = [
    ['start', 'button primary', s(app, 'home.start')],
    ['support', 'button', s(app, 'home.whoCanHelp')],
    ['plan', 'button', s(app, 'home.myPlan')],
    ['today', 'button', s(app, 'home.todayRoutines')],
    ['share', 'button', s(app, 'home.shareAndBackUp')],
    ['how', 'button', s(app, 'how.title')],
    ['workshop', 'button', s(app, 'home.workshop')],
    ['settings', 'button', s(app, 'settings.title')],
  ] satisfies [EarlyAction, string, string][];
  const button = (action: EarlyAction | 'exit', className: string, label: string, extra = '') =>
    `<button class="${className}" ${EARLY_ATTRIBUTE}="${action}"${extra}>${label}</button>`;
  return [
    `<div class="first-paint" lang="${lng}" dir="${dir}">`,
    `<header class="app-header"><span class="brand" aria-hidden="true">${s(app, 'app.name')}</span>`,
    button(
      'exit',
      'quick-exit',
      `${CLOSE_ICON} ${s(app, 'quickExit.short')}`,
      ` aria-label="${s(app, 'quickExit.label')}" aria-keyshortcuts="Escape Escape"`,
    ),
    `</header>`,
    `<div class="first-paint-main"><div class="stack">`,
    `<h1>${s(app, 'app.name')}</h1>`,
    `<p class="lead">${s(app, 'home.what')}</p>`,
    `<p class="lead promise">${SHIELD_ICON}${s(app, 'home.promise')}</p>`,
    // Only home shows these: not drawn on a phone with a passphrase, which opens on the lock
    // screen (public/first-paint.js sets `data-protected`; src/app/protectedHint.ts).
    `<div class="notice notice-warning stack first-paint-home"><p>${s(app, 'home.noLockYet')}</p>`,
    `${button('security', 'button', s(app, 'home.protect'))}</div>`,
    `<div class="stack first-paint-home">${actions.map(([action, c, label]) => button(action, c, label)).join('')}</div>`,
    // Said to a screen reader when a button is tapped before the app can act (src/ui/earlyTaps.ts).
    `<p class="visually-hidden" role="status" data-waiting="${s(app, 'app.loading')}"></p>`,
    `</div></div></div>`,
  ].join('');
}

/** Every shipped language's frame, English first (shown when no script runs). */
export function firstPaintMarkup(languages: readonly string[], rtl: readonly string[]): string {
  const ordered = ['en', ...languages.filter((l) => l !== 'en')];
  return ordered.map((lng) => firstPaintHome(lng, rtl.includes(lng) ? 'rtl' : 'ltr')).join('');
}
