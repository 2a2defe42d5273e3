/**
 * The `app` strings the first screen needs — the header and quick exit, home, the lock screen with
 * "forgot my passphrase", the notices of a storage or screen error and of an update — as paths into
 * app.json (a group, or one key). The build makes these a file of their own per language
 * (vite.config.ts `homeStrings`), the only strings loaded before home is drawn; the whole `app` file
 * loads once it is (issue 21). tests/ui/homeStrings.test.tsx draws those screens with only these
 * and fails on any other key they use.
 */
export const HOME_STRINGS = [
  'app',
  'common',
  'errors',
  'home',
  'how.title',
  'lock',
  'quickExit',
  'security.wipe',
  'security.wipeConfirm',
  'security.wipeExplain',
  'security.wipeType',
  'security.wipeWord',
  'settings.title',
  'update',
] as const;

type Strings = { [key: string]: unknown };

/** The part of `all` at `paths` (each a dot-separated path to a group or a string). */
export function pickStrings(all: Strings, paths: readonly string[]): Strings {
  const picked: Strings = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = all;
    let into = picked;
    keys.forEach((key, i) => {
      if (typeof from !== 'object' || from === null || !(key in from)) {
        throw new Error(`homeStrings: no "${path}" in the strings`);
      }
      from = (from as Strings)[key];
      if (i === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Strings;
    });
  }
  return picked;
}
