/**
 * Translations as gettext PO catalogs, for translators who work in Weblate, Poedit or a text
 * editor rather than in JSON (issue 18).
 *
 * Two kinds of catalog, each with the English source, where it appears, and notes on tone:
 * - the app's words: every key of every namespace in `locales/en/*.json` (`msgctxt` "ns:key";
 *   plural keys `_one`/`_other`… as one PO plural entry with the language's CLDR forms in order);
 * - a battery's texts: every `{ en, es, … }` text in `indicators/<battery>.json` (`msgctxt` its
 *   path, by ids: "indicators › phy.threat-life › text").
 *
 * `exportCatalog` makes one; `importCatalog` checks one (placeholders, plural forms, no HTML, a
 * sane length, English unchanged since the export, known contexts) and returns the files to write
 * — or every problem and no file. Export then import unchanged gives byte-identical files.
 * Everything here works on a root folder given by the caller, so tests run on a copy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';

type Tree = { [key: string]: string | Tree };
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof CATEGORIES)[number];
const PLURAL = /_(zero|one|two|few|many|other)$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** A language's plural categories, in CLDR order (zero, one, two, few, many, other). */
export function pluralCategories(lang: string): Category[] {
  const have = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((c) => have.includes(c));
}

/**
 * The PO Plural-Forms header for a language: msgstr[i] is the i-th CLDR category above. The
 * expressions follow CLDR (as Weblate writes them) for the languages we ship or plan to.
 */
const PLURAL_FORMS: Record<string, string> = {
  'zero,one,two,few,many,other':
    'nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);',
  'one,many,other': 'nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);',
  'one,other': 'nplurals=2; plural=(n != 1);',
  other: 'nplurals=1; plural=0;',
};
const PLURAL_FORMS_BY_LANG: Record<string, string> = {
  fr: 'nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);',
  fa: 'nplurals=2; plural=(n > 1);',
};

export function pluralFormsHeader(lang: string): string {
  return (
    PLURAL_FORMS_BY_LANG[lang] ??
    PLURAL_FORMS[pluralCategories(lang).join(',')] ??
    `nplurals=${pluralCategories(lang).length}; plural=0;`
  );
}

/** One translatable text: where it is, its English, and the target language's text(s). */
interface Unit {
  context: string;
  english: string;
  englishPlural?: string;
  /** One text, or one per plural category of the target language. */
  target: string[];
  notes: string[];
}

export type CatalogKind = { kind: 'ui' } | { kind: 'battery'; file: string };

const TONE = [
  'Notes for translators:',
  '- The reader is a woman who defends human rights or builds peace, often in danger. Address her',
  '  as "you", in the feminine where your language marks it (for example Arabic تِ/كِ).',
  '- Short, plain sentences. Kind and non-blaming: never suggest that what is done to her is her fault.',
  '- Keep every {{placeholder}} and every mark like <c>…</c> exactly as it is (you may move them). No HTML.',
  '- A text much longer than the English may not fit on a small phone: keep it short.',
  '- Leave a text empty if you are not sure: the English is kept until someone translates it.',
];

// ---------------------------------------------------------------- the app's words (locales/)

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function namespaces(root: string): string[] {
  return readdirSync(join(root, 'locales/en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

const SCREENS: Record<string, string> = {
  app: 'The app: home, introduction, questions, results, history, settings, protection.',
  battery: 'Words about the question sets (batteries): names of parts, checks on a loaded file.',
  workshop: 'Workshop mode, for a trainer: practice, presenter slides, facilitator guide, handouts.',
  plan: 'Her plan, care routines, today, people she trusts, printing.',
  share: 'Sharing an encrypted summary, opening one, backup and restore.',
  contact: 'A summary as her trusted contact reads it: about her, in the third person.',
};

function uiUnits(root: string, lang: string): Unit[] {
  const units: Unit[] = [];
  const categories = pluralCategories(lang);
  for (const ns of namespaces(root)) {
    const en = flatten((readJson(join(root, `locales/en/${ns}.json`)) as Tree | undefined) ?? {});
    const target = flatten((readJson(join(root, `locales/${lang}/${ns}.json`)) as Tree | undefined) ?? {});
    const seen = new Set<string>();
    for (const key of en.keys()) {
      const m = PLURAL.exec(key);
      const base = m ? key.slice(0, m.index) : key;
      if (seen.has(base)) continue;
      seen.add(base);
      const screen = SCREENS[ns] ?? `Namespace "${ns}".`;
      if (!m) {
        units.push({
          context: `${ns}:${key}`,
          english: en.get(key) ?? '',
          target: [target.get(key) ?? ''],
          notes: [screen],
        });
        continue;
      }
      const one = en.get(`${base}_one`) ?? en.get(`${base}_other`) ?? '';
      const other = en.get(`${base}_other`) ?? one;
      units.push({
        context: `${ns}:${base}`,
        english: one,
        englishPlural: other,
        target: categories.map((c) => target.get(`${base}_${c}`) ?? ''),
        notes: [screen, `Plural forms, in this order: ${categories.join(', ')}.`],
      });
    }
  }
  return units;
}

// ---------------------------------------------------------------- a battery's texts (indicators/)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Text = Record<string, string>;

function isText(node: Json): node is Text {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  const entries = Object.entries(node);
  return (
    typeof node.en === 'string' && entries.every(([k, v]) => LANGUAGE_TAG.test(k) && typeof v === 'string')
  );
}

const PARTS: Record<string, string> = {
  title: 'The name of the question set.',
  description: 'What the question set is for.',
  categories: 'A kind of security: its name, or the short introduction shown before its questions.',
  scales: 'An answer she can choose.',
  indicators: 'A question she answers about her own situation, or its help text.',
  actions: 'A protective action: the title is short; the text says how, plainly.',
  routines: 'A care routine she can keep.',
  forms: 'The name or description of a form (full, short).',
  guidance: 'Urgent guidance shown when an answer calls for it.',
  flags: 'Why an urgent step is shown.',
};

/** Every text of a battery with its path (ids where there are ids), in file order. */
function batteryTexts(node: Json, path: string[] = [], out: { path: string[]; text: Text }[] = []) {
  if (isText(node)) {
    out.push({ path, text: node });
    return out;
  }
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      const named =
        child !== null && typeof child === 'object' && !Array.isArray(child)
          ? typeof child.id === 'string'
            ? child.id
            : typeof child.action === 'string'
              ? child.action
              : undefined
          : undefined;
      batteryTexts(child, [...path, named ?? String(i)], out);
    });
  } else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) batteryTexts(child, [...path, key], out);
  }
  return out;
}

function batteryUnits(root: string, file: string, lang: string): Unit[] {
  const battery = readJson(join(root, file)) as Json | undefined;
  if (battery === undefined) throw new Error(`${file} not found`);
  return batteryTexts(battery).map(({ path, text }) => ({
    context: path.join(' › '),
    english: text.en ?? '',
    target: [lang === 'en' ? (text.en ?? '') : (text[lang] ?? '')],
    notes: [PARTS[path[0] ?? ''] ?? 'A text of the question set.'],
  }));
}

// ---------------------------------------------------------------- export

function unitsOf(root: string, which: CatalogKind, lang: string): Unit[] {
  return which.kind === 'ui' ? uiUnits(root, lang) : batteryUnits(root, which.file, lang);
}

function sourceHeader(which: CatalogKind): string {
  return which.kind === 'ui' ? 'ui' : `battery:${which.file}`;
}

/** The PO file for one language and one catalog (UTF-8 text). */
export function exportCatalog(root: string, which: CatalogKind, lang: string): string {
  if (!LANGUAGE_TAG.test(lang)) throw new Error(`"${lang}" is not a language code (e.g. ur, fa, sw)`);
  const translations: GetTextTranslations['translations'] = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const unit of unitsOf(root, which, lang)) {
    const entry: GetTextTranslation = {
      msgctxt: unit.context,
      msgid: unit.english,
      msgstr: unit.target,
      comments: { extracted: unit.notes.join('\n'), translator: '', reference: '', flag: '', previous: '' },
    };
    if (unit.englishPlural !== undefined) entry.msgid_plural = unit.englishPlural;
    (translations[unit.context] ??= {})[unit.english] = entry;
  }
  const headers = {
    'Project-Id-Version':
      which.kind === 'ui' ? 'Secure, Here and Now (app)' : `Secure, Here and Now (${which.file})`,
    Language: lang,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': pluralFormsHeader(lang),
    'X-Source': sourceHeader(which),
  };
  const text = po
    .compile({ charset: 'utf-8', headers, translations }, { foldLength: 0, sort: false })
    .toString('utf8');
  return `${TONE.map((l) => `# ${l}`).join('\n')}\n${text}\n`;
}

// ---------------------------------------------------------------- import

export interface Problem {
  context: string;
  message: string;
}

export interface ImportResult {
  lang: string;
  which: CatalogKind;
  /** Path (relative to root) → new content, only for files whose content changes. */
  files: Map<string, string>;
  /** How many texts the file translates. */
  translated: number;
  problems: Problem[];
}

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));
const HTML_TAGS = /<\/?[a-zA-Z!][^>]*>/g;

function checkText(unit: Unit, text: string, problems: Problem[]): void {
  // Plural forms may differ (a sentence for one says less): each may use any placeholder of the
  // English forms, and must keep those both English forms have.
  const allowed = placeholders(`${unit.english} ${unit.englishPlural ?? ''}`);
  const plural = placeholders(unit.englishPlural ?? unit.english);
  const want = new Set([...placeholders(unit.english)].filter((p) => plural.has(p)));
  const have = placeholders(text);
  for (const p of have)
    if (!allowed.has(p))
      problems.push({
        context: unit.context,
        message: `{{${p}}} is not in the English: remove it or fix its name`,
      });
  for (const p of want)
    // A plural form for "one" may say the number in words instead of {{count}}.
    if (!have.has(p) && !(p === 'count' && unit.englishPlural !== undefined))
      problems.push({
        context: unit.context,
        message: `{{${p}}} is missing: keep every placeholder of the English`,
      });
  // The only markup allowed is the app's own marks the English has (e.g. <c>…</c> around a code
  // that must stay left to right), each kept as it is.
  const tags = (s: string) =>
    [...s.matchAll(HTML_TAGS)]
      .map((m) => m[0])
      .sort()
      .join(' ');
  if (tags(text) !== tags(unit.english) && tags(text) !== tags(unit.englishPlural ?? unit.english))
    problems.push({
      context: unit.context,
      message: tags(unit.english)
        ? `must keep the marks ${tags(unit.english)} of the English, and add no HTML`
        : 'contains HTML: write plain text only',
    });
  const limit = Math.max(unit.english.length * 3, unit.english.length + 40);
  if (text.length > limit)
    problems.push({
      context: unit.context,
      message: `is ${text.length} characters long, more than ${limit} (three times the English): it may not fit on a phone`,
    });
}

function parseHeaderSource(source: string | undefined): CatalogKind | undefined {
  if (source === 'ui') return { kind: 'ui' };
  if (source?.startsWith('battery:')) {
    const file = source.slice('battery:'.length);
    if (/^indicators\/[\w.-]+\.json$/.test(file)) return { kind: 'battery', file };
  }
  return undefined;
}

/** Sets `tree[a][b]…` for a dotted key, keeping the tree's existing key order. */
function setKey(tree: Tree, key: string, value: string): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object') node = next;
    else node = node[part] = {};
  }
  node[parts.at(-1) ?? key] = value;
}

/** A namespace file for a new language: English's nesting and order; texts are set as translated. */
function emptyLike(en: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(en)) if (typeof v !== 'string') out[k] = emptyLike(v);
  return out;
}

function withoutEmpty(tree: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[k] = v;
    else {
      const inner = withoutEmpty(v);
      if (Object.keys(inner).length > 0) out[k] = inner;
    }
  }
  return out;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Checks a PO file against the current English and returns what to write. Nothing is written
 * here; with any problem, `files` is empty.
 */
export function importCatalog(root: string, poText: string): ImportResult {
  const problems: Problem[] = [];
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(poText, { defaultCharset: 'utf-8', validation: false });
  } catch (error) {
    return {
      lang: '',
      which: { kind: 'ui' },
      files: new Map(),
      translated: 0,
      problems: [{ context: '(file)', message: `is not a PO file: ${(error as Error).message}` }],
    };
  }
  const headers = (parsed.headers as Record<string, string> | undefined) ?? {};
  const lang = headers.Language ?? headers.language ?? '';
  const which = parseHeaderSource(headers['X-Source']);
  const fail = (message: string): ImportResult => ({
    lang,
    which: which ?? { kind: 'ui' },
    files: new Map(),
    translated: 0,
    problems: [{ context: '(header)', message }],
  });
  if (!LANGUAGE_TAG.test(lang)) return fail(`"Language: ${lang}" is not a language code (e.g. ur, fa, sw)`);
  if (lang === 'en') return fail('English is the source: it is edited in the JSON files, not translated');
  if (!which)
    return fail('the header "X-Source" is missing or unknown: export the file again with i18n:export');
  if (which.kind === 'battery' && readJson(join(root, which.file)) === undefined)
    return fail(`${which.file} does not exist here`);

  const units = new Map(unitsOf(root, which, lang).map((u) => [u.context, u]));
  const categories = pluralCategories(lang);
  const translated = new Map<string, string[]>();
  for (const [context, byId] of Object.entries(
    (parsed.translations as GetTextTranslations['translations'] | undefined) ?? {},
  )) {
    for (const entry of Object.values(byId)) {
      if (entry.msgid === '' && context === '') continue; // the header
      const key = entry.msgctxt ?? context;
      const unit = units.get(key);
      if (!unit) {
        problems.push({
          context: key || entry.msgid.slice(0, 40),
          message: 'is not a text of this version: export the file again',
        });
        continue;
      }
      if (entry.comments?.flag?.split(',').some((f) => f.trim() === 'fuzzy')) continue; // not yet checked
      const texts = entry.msgstr;
      if (texts.every((t) => t === '')) continue; // not translated yet: the English stays
      if (entry.msgid !== unit.english || (entry.msgid_plural ?? undefined) !== unit.englishPlural) {
        problems.push({
          context: key,
          message: 'its English has changed since the file was made: export again and check this text',
        });
        continue;
      }
      if (unit.englishPlural !== undefined) {
        if (texts.length !== categories.length || texts.some((t) => t === '')) {
          problems.push({
            context: key,
            message: `needs ${categories.length} plural forms (${categories.join(', ')}), every one filled in`,
          });
          continue;
        }
      } else if (texts.length !== 1) {
        problems.push({ context: key, message: 'has plural forms, but its English has none' });
        continue;
      }
      for (const text of texts) checkText(unit, text, problems);
      translated.set(key, texts);
    }
  }
  if (problems.length > 0) return { lang, which, files: new Map(), translated: 0, problems };

  const files = new Map<string, string>();
  if (which.kind === 'ui') {
    for (const ns of namespaces(root)) {
      const path = `locales/${lang}/${ns}.json`;
      const before = readJson(join(root, path)) as Tree | undefined;
      const en = (readJson(join(root, `locales/en/${ns}.json`)) as Tree | undefined) ?? {};
      const tree: Tree = before ?? emptyLike(en);
      let changed = false;
      for (const [context, texts] of translated) {
        if (!context.startsWith(`${ns}:`)) continue;
        const key = context.slice(ns.length + 1);
        const unit = units.get(context);
        const pairs: [string, string][] =
          unit?.englishPlural !== undefined
            ? categories.map((c, i): [string, string] => [`${key}_${c}`, texts[i] ?? ''])
            : [[key, texts[0] ?? '']];
        const flat = flatten(tree);
        for (const [k, v] of pairs) {
          if (flat.get(k) === v) continue;
          setKey(tree, k, v);
          changed = true;
        }
      }
      if (changed) files.set(path, asJson(before ? tree : withoutEmpty(tree)));
    }
  } else {
    const battery = readJson(join(root, which.file)) as { [key: string]: Json };
    let changed = false;
    const all = batteryTexts(battery);
    for (const { path, text } of all) {
      const texts = translated.get(path.join(' › '));
      if (!texts || text[lang] === texts[0]) continue;
      text[lang] = texts[0] ?? '';
      changed = true;
    }
    const languages = battery.languages;
    if (Array.isArray(languages) && !languages.includes(lang) && all.every(({ text }) => text[lang])) {
      languages.push(lang);
      changed = true;
    }
    if (changed) files.set(which.file, asJson(battery));
  }
  return { lang, which, files, translated: translated.size, problems };
}
