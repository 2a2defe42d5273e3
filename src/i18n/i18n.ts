/**
 * i18next setup. Each language's files load on demand (only hers is fetched); there is no silent
 * fallback to English: a missing key is caught by the locale check before it ships.
 *
 * Most namespaces load at start. A namespace only a rarely used screen needs (`LATER_NAMESPACES`:
 * the contact's view of a summary, with the app's words about her for every question) loads when
 * that screen first asks (`loadNamespace`; `support`: who can help, on its screen and in urgent
 * steps; `workshop`: the trainer's screens, see src/ui/withNamespace.tsx), and again with each
 * language she switches to.
 */
import i18next, { type FormatterModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, type LanguageCode } from './languages.ts';
import { unpackGzipText } from './packed.ts';
import { keepLanguageOffline } from './offlineLanguages.ts';
import { formatDigits } from './format.ts';
import { homeStringsOf } from './homeStringFiles.ts';

export const NAMESPACES = ['app', 'battery', 'plan', 'share'] as const;
/**
 * What the home screen needs (issue 21): with `firstScreen: 'home'` only the part of `app` listed in
 * homeStrings.ts loads before it is drawn; the rest of `NAMESPACES` (the whole of `app` too) loads
 * once it is, and every other screen waits for them (`namespacesReady`, src/app/routes.ts).
 */
/** Loaded when a screen asks for them, not at start. */
export const LATER_NAMESPACES = ['contact', 'support', 'workshop'] as const;
export type LaterNamespace = (typeof LATER_NAMESPACES)[number];

/**
 * The later namespaces a screen has asked for, by the strings' store (the instance a screen gets
 * from react-i18next may be another object over the same store): they follow her language.
 */
const asked = new WeakMap<object, Set<LaterNamespace>>();

// As text: the build packs each file (vite.config.ts `packLocales`); it is unpacked here.
const loaders = import.meta.glob<string>('../../locales/*/*.json', { query: '?raw', import: 'default' });

/**
 * Parsed strings by `<lng>/<namespace>`, once each: start-up asks for her language's before it has
 * read her settings (`prefetchStrings`), and the asks that follow reuse that load. A failed load is
 * forgotten, so a later ask tries again.
 */
const parsed = new Map<string, Promise<Record<string, unknown>>>();

function stringsOf(lng: string, ns: string, part?: 'home'): Promise<Record<string, unknown>> {
  const key = part ? `${lng}/${ns}?${part}` : `${lng}/${ns}`;
  let strings = parsed.get(key);
  if (!strings) {
    const file = `../../locales/${lng}/${ns}.json`;
    const load = part ? homeStringsOf(lng) : loaders[file];
    if (!load) return Promise.reject(new Error(`i18n: no ${ns} strings for ${lng}`));
    strings = load().then(async (text) => JSON.parse(await unpackGzipText(text)) as Record<string, unknown>);
    strings.catch(() => parsed.delete(key));
    parsed.set(key, strings);
  }
  return strings;
}

/** The namespaces loaded whole, by the strings' store (home's part of `app` is not whole). */
const whole = new WeakMap<object, Set<string>>();

async function loadBundles(instance: I18n, lng: LanguageCode): Promise<void> {
  let done = whole.get(instance.store);
  if (!done) whole.set(instance.store, (done = new Set()));
  const loaded = done;
  await Promise.all(
    [...NAMESPACES, ...(asked.get(instance.store) ?? [])].map(async (ns) => {
      if (loaded.has(`${lng}/${ns}`)) return;
      instance.addResourceBundle(lng, ns, await stringsOf(lng, ns), true, true);
      loaded.add(`${lng}/${ns}`);
    }),
  );
}

/** Only the home screen's strings (homeStrings.ts), into `app`. */
async function loadHomeStrings(instance: I18n, lng: LanguageCode): Promise<void> {
  if (whole.get(instance.store)?.has(`${lng}/app`)) return;
  instance.addResourceBundle(lng, 'app', await stringsOf(lng, 'app', 'home'), true, true);
}

/**
 * Starts loading the strings `initI18n` will ask for, in the language index.html's first paint
 * chose (public/first-paint.js: the same choice as `pickLanguage`, from the copy of her choice it
 * keeps), while start-up reads her settings. A wrong guess costs only an unused load.
 */
export function prefetchStrings(lng: LanguageCode, options: { firstScreen?: 'home' } = {}): void {
  const loads =
    options.firstScreen === 'home'
      ? [stringsOf(lng, 'app', 'home')]
      : NAMESPACES.map((ns) => stringsOf(lng, ns));
  for (const load of loads) load.catch(() => undefined);
}

/** Where public/first-paint.js reads the language she chose, to draw index.html's first paint in it. */
const CHOSEN_LANGUAGE = 'shn-language';

/**
 * Keeps the language she chose (undefined: none, the browser's is used) where index.html's first
 * paint can read it before any code loads (issue 21). Only a language code: nothing she entered.
 * Written only when it changes; a wipe clears it with the rest of localStorage.
 */
export function rememberChosenLanguage(lng: string | undefined): void {
  try {
    if (lng === undefined) {
      if (localStorage.getItem(CHOSEN_LANGUAGE) !== null) localStorage.removeItem(CHOSEN_LANGUAGE);
    } else if (localStorage.getItem(CHOSEN_LANGUAGE) !== lng) {
      localStorage.setItem(CHOSEN_LANGUAGE, lng);
    }
  } catch {
    // No storage: the first paint follows the browser's language.
  }
}

/** Sets `<html lang dir>` so the whole layout follows the language. */
export function applyDocumentLanguage(lng: LanguageCode): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

/**
 * Numbers in sentences ("{{count}} answers") in the digits of the sentence's language, through Intl
 * like dates (Persian and Arabic digits; Urdu and Swahili, like English, 0-9). Strings pass as they
 * are; no format names are used in the locale files.
 */
const numbers: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, format, lng) =>
    typeof value === 'number' && !format && lng ? formatDigits(value, lng) : (value as string),
};

/**
 * The rest of `NAMESPACES` after the home screen (`firstScreen: 'home'`): loaded when a screen first
 * waits for them, or when start-up says the home screen is drawn (`loadRestOfStrings`) — so
 * nothing but home's words is fetched before home is in the page (issue 21).
 */
let loadRest: (() => Promise<void>) | undefined;
let restLoaded: Promise<void> | undefined;

/** Every namespace of `NAMESPACES` loaded: what any screen but home waits for. */
export function namespacesReady(): Promise<void> {
  restLoaded ??= loadRest ? loadRest() : Promise.resolve();
  return restLoaded;
}

/** Starts loading what `namespacesReady` waits for (once the first screen is drawn). */
export function loadRestOfStrings(): void {
  void namespacesReady();
}

/**
 * Initialises i18next in `lng`, with its strings loaded — only the home screen's
 * (homeStrings.ts) when `firstScreen` is 'home', the others when a screen waits for them or the
 * home screen is drawn (`namespacesReady`, `loadRestOfStrings`).
 */
export async function initI18n(lng: LanguageCode, options: { firstScreen?: 'home' } = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(numbers)
    .init({
      lng,
      fallbackLng: false,
      ns: [...NAMESPACES, ...LATER_NAMESPACES],
      defaultNS: 'app',
      resources: {},
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  const first = options.firstScreen === 'home';
  const load = (into: LanguageCode) =>
    first ? loadHomeStrings(instance, into) : loadBundles(instance, into);
  let shown = lng;
  try {
    await load(lng);
  } catch {
    // Her language is not on the phone (never kept, deleted by a wipe, or evicted) and there is no
    // connection: English, always in the offline copy, so the app still opens.
    shown = 'en';
    await load(shown);
    await instance.changeLanguage(shown);
  }
  // The rest after the first screen; a screen that needs them waits (a failure there: English).
  restLoaded = undefined;
  loadRest = first
    ? () =>
        loadBundles(instance, shown).catch(async () => {
          await loadBundles(instance, 'en');
          if (shown !== 'en') await instance.changeLanguage('en');
          applyDocumentLanguage('en');
        })
    : undefined;
  applyDocumentLanguage(shown);
  void keepLanguageOffline(lng);
  return instance;
}

/**
 * Loads a language's strings without switching to it: a trainer prints handouts or shows slides in
 * another language than her own (then use `instance.getFixedT(lng)`).
 */
export async function loadLanguage(instance: I18n, lng: LanguageCode): Promise<void> {
  await loadBundles(instance, lng);
}

/** Loads a later namespace in the current language (once), and in each language switched to. */
export async function loadNamespace(instance: I18n, ns: LaterNamespace): Promise<void> {
  const set = asked.get(instance.store) ?? new Set<LaterNamespace>();
  set.add(ns);
  asked.set(instance.store, set);
  await loadBundles(instance, instance.language as LanguageCode);
}

/** Switches language: loads its strings first, then changes, so nothing flashes untranslated. */
export async function changeLanguage(instance: I18n, lng: LanguageCode): Promise<void> {
  await loadBundles(instance, lng);
  await instance.changeLanguage(lng);
  applyDocumentLanguage(lng);
  void keepLanguageOffline(lng);
}
