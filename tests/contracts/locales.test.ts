/**
 * Every shipped language is complete: the same keys as English (plural forms as each language
 * needs them), the same placeholders, and every key the code uses exists in English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { LATER_NAMESPACES, NAMESPACES as AT_START } from '../../src/i18n/i18n.ts';

/** Every namespace: those loaded at start, and those a screen loads when it needs them. */
const NAMESPACES = [...AT_START, ...LATER_NAMESPACES];

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function load(lng: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Tree);
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function bases(keys: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys.keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    out.set(base, [...(out.get(base) ?? []), ...(m?.[1] ? [m[1]] : [])]);
  }
  return out;
}

it('ships a folder for every language, and nothing else', () => {
  expect(readdirSync('locales').sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
});

describe.each(LANGUAGES.map((l) => l.code).filter((c) => c !== 'en'))('%s', (lng) => {
  it("names the quick exit button with its visible word, so voice control finds it (axe's label-content-name-mismatch)", () => {
    const app = load(lng, 'app');
    expect(app.get('quickExit.label')).toContain(app.get('quickExit.short'));
  });

  it.each([...NAMESPACES])('has every key English has, and no other (%s)', (ns) => {
    const en = bases(load('en', ns));
    const other = bases(load(lng, ns));
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each([...NAMESPACES])('has every plural form the language needs (%s)', (ns) => {
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const en = bases(load('en', ns));
    const other = bases(load(lng, ns));
    for (const [base, forms] of en) {
      if (forms.length === 0) continue;
      expect(other.get(base)?.sort(), base).toEqual(expect.arrayContaining([...needed]));
    }
  });

  it.each([...NAMESPACES])('keeps the placeholders of every string (%s)', (ns) => {
    const en = load('en', ns);
    const other = load(lng, ns);
    for (const [key, value] of other) {
      const base = key.replace(PLURAL, '');
      const source = en.get(key) ?? en.get(`${base}_other`) ?? en.get(base) ?? '';
      const expected = placeholders(source).filter((p) => p !== 'count');
      expect(
        placeholders(value).filter((p) => p !== 'count'),
        `${lng} ${key}`,
      ).toEqual(expected);
      expect(value.trim(), `${lng} ${key}`).not.toBe('');
    }
  });
});

it('defines in English every literal key the code uses', () => {
  const known = new Map(NAMESPACES.map((ns) => [ns as string, new Set(bases(load('en', ns)).keys())]));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f)) files.push(p);
    }
  };
  walk('src');
  const unknown: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Workshop screens take `useTranslation(['workshop', 'app'])`, plan screens `useTranslation('plan')`:
    // their plain keys are in those namespaces.
    const defaultNs = /[\\/]features[\\/]workshop[\\/]/.test(file)
      ? 'workshop'
      : /[\\/]features[\\/](plan|contacts)[\\/]/.test(file)
        ? 'plan'
        : 'app';
    for (const m of text.matchAll(/\bt\(\s*'([^'`$]+)'/g)) {
      const key = m[1] ?? '';
      const prefixed = /^(\w+):(.+)$/.exec(key);
      const [ns, rest] = prefixed ? [prefixed[1] ?? '', prefixed[2] ?? ''] : [defaultNs, key];
      if (!known.get(ns)?.has(rest)) unknown.push(`${file}: ${key}`);
    }
  }
  expect(unknown).toEqual([]);
});

it('records for every translation whether native speakers reviewed it, who and when', () => {
  for (const l of LANGUAGES) {
    const review: { status: string; by?: string; on?: string } = l.review;
    if (l.code === 'en') expect(review.status).toBe('source');
    else expect(['awaiting', 'reviewed']).toContain(review.status);
    if (review.status === 'reviewed') {
      expect(review.by?.trim()).toBeTruthy();
      expect(review.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(review.on ?? ''))).toBe(false);
    }
  }
});
