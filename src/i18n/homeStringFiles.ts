/**
 * Home's part of each language's `app` strings (homeStrings.ts), as the build makes it: one module
 * per language (vite.config.ts `homeStrings`). One map for src/boot.ts, which starts fetching her
 * language's as the first paint is drawn, and for i18n.ts, which reads it: the same module, loaded
 * once.
 */
export const homeStringFiles = import.meta.glob<string>('../../locales/*/app.json', {
  query: '?home',
  import: 'default',
});

/** The module of `lng`'s home strings (undefined: not a shipped language). */
export const homeStringsOf = (lng: string) => homeStringFiles[`../../locales/${lng}/app.json`];
