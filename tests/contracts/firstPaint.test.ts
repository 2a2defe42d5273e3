/**
 * Issue 21 with issue 18: index.html's first paint and the app agree on the shipped languages — the
 * script that picks the first paint's language (public/first-paint.js) and the build's list know
 * every language of src/i18n/languages.ts, with its direction, and the stylesheet shows each.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { NEUTRAL_PAGE } from '../../src/ui/quickExit.ts';

describe('first paint', () => {
  it('knows every shipped language and its direction', () => {
    const script = readFileSync('public/first-paint.js', 'utf8');
    const map = /var shipped = (\{[^}]*\});/.exec(script)?.[1] ?? '{}';
    const shipped = Object.fromEntries([...map.matchAll(/(\w+): '(ltr|rtl)'/g)].map((m) => [m[1], m[2]]));
    expect(shipped).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l.code, l.dir])));
  });

  it('is shown for every shipped language (Persian, Urdu and Swahili had no rule: their first paint was blank)', () => {
    const css = readFileSync('src/app/app.css', 'utf8');
    const shown = [...css.matchAll(/html\[data-first-paint='(\w+)'\] \.first-paint\[lang='(\w+)'\]/g)]
      .filter((m) => m[1] === m[2])
      .map((m) => m[1]);
    expect(shown.sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('is built for every shipped language', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    const codes = /const LANGUAGE_CODES = \[([^\]]*)\]/.exec(config)?.[1] ?? '';
    expect([...codes.matchAll(/'(\w+)'/g)].map((m) => m[1]).sort()).toEqual(
      LANGUAGES.map((l) => l.code).sort(),
    );
  });

  it('leaves as the app’s quick exit does (the same count of exits, the same neutral page)', () => {
    const script = readFileSync('public/first-paint.js', 'utf8');
    const app = readFileSync('src/ui/quickExit.ts', 'utf8');
    const key = /const EXITS_KEY = '([^']+)'/.exec(app)?.[1];
    expect(key).toBeTruthy();
    expect(script).toContain(`sessionStorage.setItem('${key}'`);
    expect(script).toContain(`location.replace('${NEUTRAL_PAGE}')`);
  });
});
