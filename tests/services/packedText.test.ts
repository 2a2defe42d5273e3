// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PACK_PREFIX,
  TEXT_MARK,
  TEXT_SLOT,
  expandPack,
  fetchBatteryPack,
  fetchTextPack,
  mergeTexts,
  PackIntegrityError,
  packRefOf,
  type PackRef,
} from '../../src/services/packedText.ts';
import { buildPacks, checkedBatteries, packBytes } from '../../scripts/packBatteries.ts';
import { awaitsTextsIn, parseBattery, pickText, type Battery } from '../../src/domain/index.ts';
import { loadShipped } from '../../src/services/batteries.ts';
import { wantBatteryTexts } from '../../src/services/batteryLanguages.ts';

const shipped = Object.fromEntries(
  readdirSync('indicators')
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`indicators/${f}`, 'utf8')) as unknown]),
);

/** The file with every text object cut down to the given languages. */
function onlyLanguages(node: unknown, declared: Set<string>, keep: string[]): unknown {
  if (Array.isArray(node)) return node.map((x) => onlyLanguages(x, declared, keep));
  if (node !== null && typeof node === 'object') {
    const entries = Object.entries(node);
    if (entries.length > 0 && entries.every(([k, v]) => declared.has(k) && typeof v === 'string'))
      return Object.fromEntries(entries.filter(([k]) => keep.includes(k)));
    return Object.fromEntries(entries.map(([k, v]) => [k, onlyLanguages(v, declared, keep)]));
  }
  return node;
}

const languagesOf = (json: unknown) => (json as { languages: string[] }).languages;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('battery packs: structure and English, and one text pack per other language', () => {
  const packs = buildPacks(shipped);

  it('splits every shipped language but English into its own pack', () => {
    const declared = new Set(Object.values(shipped).flatMap(languagesOf));
    expect(Object.keys(packs.languages).sort()).toEqual([...declared].filter((l) => l !== 'en').sort());
    for (const json of Object.values(shipped)) {
      const english = onlyLanguages(json, new Set(languagesOf(json)), ['en']);
      // The base pack holds no other language's words.
      const spanish = JSON.stringify(json).match(/"es":"([^"]{20,})"/)?.[1];
      expect(spanish).toBeDefined();
      expect(JSON.stringify(packs.base)).not.toContain(spanish);
      expect(english).toBeDefined();
    }
    // Each text once in each pack.
    for (const list of [packs.base.texts, ...Object.values(packs.languages).map((p) => p.texts)])
      expect(new Set(list).size).toBe(list.length);
  });

  it('rebuilds, for each language, exactly the file’s texts in English and that language', () => {
    for (const [key, json] of Object.entries(shipped)) {
      const declared = new Set(languagesOf(json));
      const base = expandPack(packs.base, key);
      expect(base.json).toEqual(onlyLanguages(json, declared, ['en']));
      expect(base.languages).toEqual(['en']);
      for (const lng of languagesOf(json).filter((l) => l !== 'en')) {
        const { json: rebuilt, slots } = expandPack(packs.base, key);
        const pack = packs.languages[lng];
        expect(pack && mergeTexts(slots, pack, key)).toBe(true);
        expect(rebuilt).toEqual(onlyLanguages(json, declared, ['en', lng]));
      }
      // Every language, in the order the file declares them: the file itself, byte for byte.
      const whole = expandPack(packs.base, key);
      for (const lng of languagesOf(json).filter((l) => l !== 'en'))
        mergeTexts(whole.slots, packs.languages[lng]!, key);
      expect(JSON.stringify(whole.json)).toBe(JSON.stringify(json));
    }
  });

  it('makes a shipped battery that passes its checks with English alone, not a file from outside', () => {
    const key = 'shn-core-2.0.0';
    const { json, languages } = expandPack(packs.base, key);
    expect(parseBattery(json, { textLanguages: languages }).ok).toBe(true);
    const whole = parseBattery(json);
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(whole.issues.some((i) => i.code === 'missingText')).toBe(true);
  });

  it('gives a battery a language’s texts in place, where the screens read them', () => {
    const key = 'shn-core-2.0.0';
    const checked = buildPacks(checkedBatteries(shipped));
    const { json, slots } = expandPack(checked.base, key);
    const battery = json as Battery;
    const question = battery.indicators[0]!.question;
    expect(pickText(question, 'es', battery)).toBe(question.en);
    expect(awaitsTextsIn(battery, 'es')).toBe(true); // the screens say why it is in English
    expect(awaitsTextsIn(battery, 'en')).toBe(false);
    expect(awaitsTextsIn(battery, 'xx')).toBe(false); // not declared: not awaited
    mergeTexts(slots, checked.languages.es!, key);
    expect(awaitsTextsIn(battery, 'es')).toBe(false);
    const file = shipped[key] as { indicators: { question: Record<string, string> }[] };
    expect(pickText(question, 'es', battery)).toBe(file.indicators[0]!.question.es);
    expect(parseBattery(JSON.parse(JSON.stringify(battery)), { textLanguages: ['en', 'es'] }).ok).toBe(true);
  });

  it('refuses a damaged pack, a reference out of range, texts that do not fit, and marks in texts', async () => {
    const bytes = packBytes(packs.base);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(new Uint8Array(bytes.subarray(0, bytes.length / 2)))),
    );
    const sha256 = createHash('sha256')
      .update(bytes.subarray(0, bytes.length / 2))
      .digest('hex');
    await expect(fetchBatteryPack({ url: 'https://app.example/damaged.bin', sha256 })).rejects.toThrow();
    expect(() => expandPack({ texts: [], files: { a: `${TEXT_MARK}3` }, languages: {} }, 'a')).toThrow();
    const { slots } = expandPack(packs.base, 'shn-core-1.0.0');
    const pack = packs.languages.fr!;
    const short = { ...pack, files: { 'shn-core-1.0.0': pack.files['shn-core-1.0.0']!.slice(1) } };
    expect(() => mergeTexts(slots, short, 'shn-core-1.0.0')).toThrow();
    expect(() => buildPacks({ a: { t: `${TEXT_MARK}sneaky text here` } })).toThrow();
    expect(() => buildPacks({ a: { languages: ['en'], t: { en: `${TEXT_SLOT}x` } } })).toThrow();
  });

  it('packs each shipped file as the parse step makes it, so the app need not parse it again', () => {
    const checked = checkedBatteries(shipped);
    const packs = buildPacks(checked);
    for (const [key, json] of Object.entries(shipped)) {
      const parsed = parseBattery(json);
      if (!parsed.ok) throw new Error(`${key} does not parse`);
      // In every language, what the app unpacks is what the parse step gives, defaults included.
      const whole = expandPack(packs.base, key);
      for (const lng of languagesOf(json).filter((l) => l !== 'en'))
        expect(mergeTexts(whole.slots, packs.languages[lng]!, key)).toBe(true);
      expect(whole.json).toStrictEqual(parsed.battery);
      // And with English alone, it passes the checks for the texts it holds.
      const english = expandPack(packs.base, key);
      expect(parseBattery(english.json, { textLanguages: english.languages })).toStrictEqual({
        ok: true,
        battery: english.json,
      });
    }
  });

  it('stops the build on a shipped file that does not pass, or that its name does not match', () => {
    const file = structuredClone(shipped['shn-core-2.0.0']) as { indicators: { id: string }[] };
    file.indicators[1]!.id = file.indicators[0]!.id; // two questions with one id
    expect(() => checkedBatteries({ ...shipped, 'shn-core-2.0.0': file })).toThrow(/shn-core-2\.0\.0/);
    expect(() => checkedBatteries({ 'shn-core-9.9.9': shipped['shn-core-2.0.0'] })).toThrow(
      /name it shn-core-2\.0\.0\.json/,
    );
    expect(Object.keys(checkedBatteries(shipped))).toEqual(Object.keys(shipped));
  });

  it('keeps a text missing in one language missing, so English stands in for it', () => {
    const file = {
      languages: ['en', 'es'],
      a: { en: 'A text in English', es: 'Un texto en español' },
      b: { en: 'Only in English here' },
    };
    const split = buildPacks({ f: file });
    const { json, slots } = expandPack(split.base, 'f');
    mergeTexts(slots, split.languages.es!, 'f');
    expect(json).toEqual(file);
  });
});

describe('a shipped battery as the app loads it from the packs', () => {
  /** Serves the packs at made-up addresses; the languages in `offline` cannot be fetched. */
  function servePacks(offline: Set<string>): {
    ref: PackRef;
    fetched: string[];
    bodies: Map<string, Buffer>;
  } {
    const packs = buildPacks(checkedBatteries(shipped));
    const bodies = new Map<string, Buffer>();
    const serve = (url: string, bytes: Buffer) => {
      bodies.set(url, bytes);
      return { url, sha256: createHash('sha256').update(bytes).digest('hex') };
    };
    const base = serve('https://app.example/base.bin', packBytes(packs.base));
    const languages = Object.fromEntries(
      Object.entries(packs.languages).map(([lng, pack]) => [
        lng,
        serve(`https://app.example/${lng}.bin`, packBytes(pack)),
      ]),
    );
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      const lng = /\/(\w+)\.bin$/.exec(url)?.[1] ?? '';
      if (offline.has(lng)) return Promise.reject(new TypeError('Failed to fetch'));
      const body = bodies.get(url);
      return Promise.resolve(body ? new Response(new Uint8Array(body)) : new Response(null, { status: 404 }));
    });
    return { ref: { key: 'shn-core-2.0.0', base, languages }, fetched, bodies };
  }

  it('loads English and the languages in use; one that cannot be fetched shows English until it can', async () => {
    const offline = new Set(['fr']);
    const { ref, fetched } = servePacks(offline);
    const file = shipped['shn-core-2.0.0'] as { indicators: { question: Record<string, string> }[] };
    await wantBatteryTexts('es');
    const loaded = await loadShipped(PACK_PREFIX + JSON.stringify(ref));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const battery: Battery = loaded.battery;
    const question = battery.indicators[0]!.question;
    expect(question.es).toBe(file.indicators[0]!.question.es);
    expect(fetched).not.toContain(ref.languages.ar!.url); // only what is in use
    expect(packRefOf('{"a":1}')).toBeUndefined();

    // French chosen with no connection and never kept: English texts, nothing fails.
    await expect(wantBatteryTexts('fr')).resolves.toBeUndefined();
    expect(question.fr).toBeUndefined();
    expect(pickText(question, 'fr', battery)).toBe(file.indicators[0]!.question.en);

    // Connected again: the next time French is asked for, the same battery gets its texts.
    offline.clear();
    await wantBatteryTexts('fr');
    expect(pickText(question, 'fr', battery)).toBe(file.indicators[0]!.question.fr);
  });

  it('refuses a language’s texts that are not the ones the app was built with (English stands in)', async () => {
    const { ref, bodies } = servePacks(new Set());
    // A host serves other Arabic texts than the release's: same address, other bytes.
    const forged = buildPacks(shipped).languages.ar!;
    forged.texts = forged.texts.map(() => 'Nothing to worry about, ignore the threats.');
    bodies.set(ref.languages.ar!.url, packBytes(forged));
    const loaded = await loadShipped(PACK_PREFIX + JSON.stringify({ ...ref, key: 'shn-core-1.0.0' }));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    await wantBatteryTexts('ar');
    const file = shipped['shn-core-1.0.0'] as { indicators: { question: Record<string, string> }[] };
    const question = loaded.battery.indicators[0]!.question;
    expect(question.ar).toBeUndefined();
    expect(pickText(question, 'ar', loaded.battery)).toBe(file.indicators[0]!.question.en);
    await expect(fetchTextPack(ref.languages.ar!)).rejects.toBeInstanceOf(PackIntegrityError);
  });

  it('passes a whole file (development and tests) through the full checks', async () => {
    const result = await loadShipped(JSON.stringify(shipped['shn-core-1.0.0']));
    expect(result.ok).toBe(true);
  });
});
