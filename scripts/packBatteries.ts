/**
 * Builds the battery packs the app ships (see src/services/packedText.ts): every shipped battery
 * file's structure with its English texts in one base pack, and one text pack per other language,
 * each text once, gzip-compressed. Used by vite.config.ts at build time and by its test.
 */
import { gzipSync } from 'node:zlib';
import { parseBattery, type Battery } from '../src/domain/index.ts';
import { TEXT_MARK, TEXT_SLOT, type BatteryPack, type TextPack } from '../src/services/packedText.ts';

/** Plain strings shorter than this stay in place (ids, option ids, language codes). */
const MIN_TEXT = 12;

/** The language every phone keeps offline: the fallback of every shipped battery. */
export const BASE_LANGUAGE = 'en';

export interface Packs {
  base: BatteryPack;
  /** By language, every language but the base ones. */
  languages: Record<string, TextPack>;
}

/**
 * Every shipped file as the parse step makes it (`parseBattery`, every declared language), or an
 * error naming each file that does not pass and why: the build stops rather than ship it. The packs
 * hold what this gives, so the app uses a shipped battery as it unpacks it (its bytes checked
 * against the SHA-256 its module carries) without parsing it again on her phone, which on a cheap
 * phone took longer than anything else on the way to her results (issue 21).
 */
export function checkedBatteries(files: Record<string, unknown>): Record<string, Battery> {
  const checked: Record<string, Battery> = {};
  const refused: string[] = [];
  for (const [key, json] of Object.entries(files)) {
    const parsed = parseBattery(json);
    if (!parsed.ok) {
      refused.push(`${key}: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
      continue;
    }
    const { id, version } = parsed.battery;
    if (key !== `${id}-${version}`)
      refused.push(`${key}: holds ${id} ${version}; name it ${id}-${version}.json`);
    checked[key] = parsed.battery;
  }
  if (refused.length > 0) throw new Error(`shipped batteries that do not pass:\n${refused.join('\n')}`);
  return checked;
}

/** Texts each stored once, in order of first appearance. */
class TextList {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

function declaredLanguages(json: unknown): string[] {
  const languages = (json as { languages?: unknown } | null)?.languages;
  return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
}

/** A text in each of the file's languages: an object whose keys are all declared languages. */
function isSlot(node: object, declared: Set<string>): node is Record<string, string> {
  const entries = Object.entries(node);
  return entries.length > 0 && entries.every(([k, v]) => declared.has(k) && typeof v === 'string');
}

function refuseMarks(text: string): void {
  if (text.startsWith(TEXT_MARK) || text.startsWith(TEXT_SLOT))
    throw new Error('a battery text may not start with U+0001 or U+0002');
}

/**
 * Splits the files into the base pack (structure and the base language's texts) and one text pack
 * per other language. A file that does not declare the base language keeps its first language in
 * the base, so every file rebuilds from the base pack alone.
 */
export function buildPacks(files: Record<string, unknown>): Packs {
  const baseTexts = new TextList();
  const languageTexts = new Map<string, TextList>();
  const columns = new Map<string, Record<string, number[]>>();
  const baseLanguagesOf: Record<string, string[]> = {};
  const structures: Record<string, unknown> = {};

  for (const [key, json] of Object.entries(files)) {
    const languages = declaredLanguages(json);
    const declared = new Set(languages);
    const inBase = declared.has(BASE_LANGUAGE) ? [BASE_LANGUAGE] : languages.slice(0, 1);
    baseLanguagesOf[key] = inBase;
    const others = languages.filter((l) => !inBase.includes(l));
    const fileColumns = new Map(others.map((l) => [l, [] as number[]]));

    const pack = (node: unknown): unknown => {
      if (typeof node === 'string') {
        refuseMarks(node);
        return node.length < MIN_TEXT ? node : `${TEXT_MARK}${String(baseTexts.add(node))}`;
      }
      if (Array.isArray(node)) return node.map(pack);
      if (node !== null && typeof node === 'object') {
        if (TEXT_SLOT in node) throw new Error('a battery key may not be U+0002');
        if (isSlot(node, declared)) {
          const base: Record<string, string> = {};
          for (const lng of inBase) {
            const text = node[lng];
            if (text !== undefined) {
              refuseMarks(text);
              base[lng] = `${TEXT_MARK}${String(baseTexts.add(text))}`;
            }
          }
          for (const [lng, column] of fileColumns) {
            const text = node[lng];
            if (text === undefined) {
              column.push(-1);
              continue;
            }
            refuseMarks(text);
            let list = languageTexts.get(lng);
            if (!list) languageTexts.set(lng, (list = new TextList()));
            column.push(list.add(text));
          }
          return { [TEXT_SLOT]: base };
        }
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pack(v)]));
      }
      return node;
    };
    structures[key] = pack(json);
    for (const [lng, column] of fileColumns) {
      const byFile = columns.get(lng) ?? {};
      byFile[key] = column;
      columns.set(lng, byFile);
    }
  }

  const languages: Record<string, TextPack> = {};
  for (const lng of [...columns.keys()].sort()) {
    languages[lng] = {
      language: lng,
      texts: languageTexts.get(lng)?.texts ?? [],
      files: columns.get(lng) ?? {},
    };
  }
  return {
    base: { texts: baseTexts.texts, files: structures, languages: baseLanguagesOf },
    languages,
  };
}

/** A pack as the bytes the app fetches. */
export function packBytes(pack: BatteryPack | TextPack): Buffer {
  return gzipSync(JSON.stringify(pack), { level: 9 });
}
