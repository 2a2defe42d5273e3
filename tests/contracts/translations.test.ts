/**
 * The translators' workflow (issue 18): PO files out, PO files in. A round trip changes no byte;
 * a translated text lands where it belongs and nowhere else; a broken file is refused with every
 * problem listed and nothing changed; a new language starts empty and fills in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import {
  exportCatalog,
  importCatalog,
  namespaces,
  pluralCategories,
  type CatalogKind,
} from '../../scripts/i18n/catalog.ts';

const BATTERY: CatalogKind = { kind: 'battery', file: 'indicators/shn-core-2.0.0.json' };
const UI: CatalogKind = { kind: 'ui' };
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shn-po-'));
  cpSync('locales', join(root, 'locales'), { recursive: true });
  cpSync('indicators', join(root, 'indicators'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under locales/ and indicators/ of a root, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const top of ['locales', 'indicators'])
    for (const f of readdirSync(join(dir, top), { recursive: true, withFileTypes: true }))
      if (f.isFile()) {
        const path = join(f.parentPath, f.name);
        out.set(path.slice(dir.length), readFileSync(path, 'utf8'));
      }
  return out;
}

/** Edits one entry of a PO text: its translation(s) for a context. */
function edit(poText: string, context: string, msgstr: string[]): string {
  const parsed = po.parse(poText);
  const entry = Object.values(parsed.translations[context] ?? {})[0];
  if (!entry) throw new Error(`no entry ${context}`);
  entry.msgstr = msgstr;
  return po.compile(parsed, { foldLength: 0 }).toString('utf8');
}

describe.each(['es', 'fr', 'ar', 'fa', 'ur', 'sw'])('%s', (lang) => {
  it.each([
    ['the app', UI],
    ['battery 2.0.0', BATTERY],
  ] as const)('export then import of %s changes no byte', (_name, which) => {
    const before = snapshot(root);
    const result = importCatalog(root, exportCatalog(root, which, lang));
    expect(result.problems).toEqual([]);
    expect(result.translated).toBeGreaterThan(100);
    expect([...result.files.keys()]).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('import', () => {
  it('puts a changed text where it belongs and nowhere else', () => {
    const text = edit(exportCatalog(root, UI, 'fr'), 'app:app.home', ['Page d’accueil']);
    const result = importCatalog(root, text);
    expect(result.problems).toEqual([]);
    expect([...result.files.keys()]).toEqual(['locales/fr/app.json']);
    const before = readFileSync(join(root, 'locales/fr/app.json'), 'utf8');
    const after = result.files.get('locales/fr/app.json') ?? '';
    expect(JSON.parse(after).app.home).toBe('Page d’accueil');
    // Only that line differs.
    const a = before.split('\n');
    const b = after.split('\n');
    expect(a.length).toBe(b.length);
    expect(a.filter((line, i) => line !== b[i])).toHaveLength(1);
  });

  it('writes a battery text into that text only', () => {
    const poText = exportCatalog(root, BATTERY, 'es');
    const context = Object.keys(po.parse(poText).translations).find((c) => c.startsWith('indicators › '));
    expect(context).toBeDefined();
    const result = importCatalog(root, edit(poText, context ?? '', ['Una pregunta nueva']));
    expect(result.problems).toEqual([]);
    const before = JSON.parse(readFileSync(join(root, BATTERY.file), 'utf8')) as unknown;
    const after = JSON.parse(result.files.get(BATTERY.file) ?? '{}') as unknown;
    const diff: string[] = [];
    const walk = (x: unknown, y: unknown, path: string) => {
      if (typeof x !== 'object' || x === null) {
        if (x !== y) diff.push(`${path}: ${String(y)}`);
        return;
      }
      for (const k of new Set([...Object.keys(x), ...Object.keys(y as object)]))
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}/${k}`);
    };
    walk(before, after, '');
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatch(/\/es: Una pregunta nueva$/);
  });

  it('refuses a broken file with every problem listed, and changes nothing', () => {
    let text = exportCatalog(root, UI, 'ar');
    const parsed = po.parse(text);
    const withPlaceholder = Object.entries(parsed.translations).find(
      ([c, byId]) =>
        c !== '' &&
        !Object.values(byId)[0]?.msgid_plural &&
        Object.values(byId)[0]?.msgid.includes('{{date}}'),
    )?.[0];
    const plural = Object.entries(parsed.translations).find(
      ([, byId]) => Object.values(byId)[0]?.msgid_plural !== undefined,
    )?.[0];
    expect(withPlaceholder && plural).toBeTruthy();
    text = edit(text, withPlaceholder ?? '', ['بلا تاريخ']); // {{date}} lost
    text = edit(text, 'app:app.home', ['<b>الرئيسية</b>']); // HTML
    text = edit(text, 'app:common.back', ['{{name}} رجوع']); // a placeholder English does not have
    text = edit(text, plural ?? '', ['واحد', 'اثنان']); // 2 of 6 plural forms
    text = edit(text, 'app:common.next', ['التالي'.repeat(40)]); // far too long
    text = text.replace('msgctxt "app:app.loading"', 'msgctxt "app:no.such.key"');
    const before = snapshot(root);
    const result = importCatalog(root, text);
    expect(result.files.size).toBe(0);
    expect([...new Set(result.problems.map((p) => p.context))].sort()).toEqual(
      [
        withPlaceholder,
        'app:app.home',
        'app:common.back',
        plural,
        'app:common.next',
        'app:no.such.key',
      ].sort(),
    );
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/\{\{date\}\} is missing/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a text whose English changed since the export', () => {
    const text = exportCatalog(root, UI, 'es').replace('msgid "Home"', 'msgid "Start"');
    const result = importCatalog(root, text);
    expect(result.problems).toEqual([
      { context: 'app:app.home', message: expect.stringMatching(/English has changed/) as string },
    ]);
  });

  it('refuses a file that is not a PO file, or has no language or source', () => {
    expect(importCatalog(root, 'msgid "x"\nmsgstr "y" "').problems).toHaveLength(1);
    const noSource = exportCatalog(root, UI, 'es').replace(/"X-Source: ui\\n"\n/, '');
    expect(importCatalog(root, noSource).problems[0]?.message).toMatch(/X-Source/);
    const english = exportCatalog(root, UI, 'es').replace('Language: es', 'Language: en');
    expect(importCatalog(root, english).problems[0]?.message).toMatch(/English is the source/);
  });
});

describe('a new language (Hausa)', () => {
  it('starts with every text empty, the English beside it, and its own plural forms', () => {
    const text = exportCatalog(root, UI, 'ha');
    const parsed = po.parse(text);
    expect(parsed.headers['Plural-Forms']).toBe('nplurals=2; plural=(n != 1);');
    const entries = Object.values(parsed.translations).flatMap((byId) => Object.values(byId));
    const real = entries.filter((e) => e.msgid !== '');
    expect(real.length).toBeGreaterThan(500);
    expect(real.every((e) => e.msgstr.every((s) => s === ''))).toBe(true);
    expect(
      real.filter((e) => e.msgid_plural).every((e) => e.msgstr.length === pluralCategories('ha').length),
    ).toBe(true);
    // Imported untouched, it writes nothing.
    expect(importCatalog(root, text).files.size).toBe(0);
  });

  it('fills in what is translated, in English order, and the plural forms Hausa needs', () => {
    let text = exportCatalog(root, UI, 'ha');
    const parsed = po.parse(text);
    const plural = Object.entries(parsed.translations).find(
      ([c, byId]) => c.startsWith('app:') && Object.values(byId)[0]?.msgid_plural !== undefined,
    );
    expect(plural).toBeDefined();
    const [pluralContext, byId] = plural ?? ['', {}];
    const english = Object.values(byId)[0];
    text = edit(text, 'app:app.home', ['Gida']);
    text = edit(text, pluralContext, [english?.msgid ?? '', english?.msgid_plural ?? '']);
    const result = importCatalog(root, text);
    expect(result.problems).toEqual([]);
    expect([...result.files.keys()]).toEqual(['locales/ha/app.json']);
    const written = JSON.parse(result.files.get('locales/ha/app.json') ?? '{}') as Record<string, unknown>;
    expect((written.app as Record<string, string>).home).toBe('Gida');
    const key = pluralContext.slice('app:'.length);
    const flat = JSON.stringify(written);
    expect(flat).toContain(`${key.split('.').at(-1)}_one`);
    expect(flat).toContain(`${key.split('.').at(-1)}_other`);
    expect(namespaces(root)).toContain('app');
  });

  it("adds Hausa to the battery's languages only once every text has it", () => {
    const text = exportCatalog(root, BATTERY, 'ha');
    const parsed = po.parse(text);
    for (const byId of Object.values(parsed.translations))
      for (const e of Object.values(byId)) if (e.msgid) e.msgstr = [`(ha) ${e.msgid}`];
    const all = po.compile(parsed, { foldLength: 0 }).toString('utf8');
    const result = importCatalog(root, all);
    expect(result.problems).toEqual([]);
    const battery = JSON.parse(result.files.get(BATTERY.file) ?? '{}') as { languages: string[] };
    expect(battery.languages).toContain('ha');

    const partial = edit(text, Object.keys(parsed.translations).find((c) => c !== '') ?? '', ['Tsaro']);
    const some = JSON.parse(importCatalog(root, partial).files.get(BATTERY.file) ?? '{}') as {
      languages: string[];
    };
    expect(some.languages).not.toContain('ha');
  });
});
