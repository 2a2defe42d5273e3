/**
 * The group-picture code (workshop mode): what a participant's phone shows so the presenter can
 * count the room's levels with no server. It holds only the question set (id and version), the
 * form, the five levels (each with whether it came from threats or from exposure, when the risk
 * model says so) and a random one-time value, so the same code is not counted twice. No answer,
 * no time, no name, nothing about the phone.
 *
 * Two spellings of the same content:
 * - the typed code, short enough to read aloud or type: 14 Crockford base-32 symbols, shown in
 *   groups ("2K3A-8B1X-7QMZ-PD"): the format and form, a 10-bit fingerprint of the question set,
 *   one symbol per category, five random symbols and a check symbol (Luhn mod 32: one wrong symbol
 *   is always refused, and two swapped neighbours are too, but for 0 and Z);
 * - the QR code: `SHNG1:<set id>@<version>:<typed code>` — the question set in the clear too.
 *
 * Decoding refuses anything else with a reason the screen can explain: not one of ours, changed or
 * mistyped, a format this app does not know, or another question set. The decoded code is checked
 * with zod before anything counts it.
 */
import * as z from 'zod/mini';
import { CATEGORY_IDS, LEVELS, type CategoryId } from './battery.ts';
import type { CategoryLevel, LevelKind } from './scoring.ts';

export const GROUP_CODE_FORMAT = 1;
const QR_PREFIX = 'SHNG1:';
/** Crockford base 32: no I, L, O or U, so nothing reads as another symbol. */
export const GROUP_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALPHABET = GROUP_ALPHABET;
export const NONCE_LENGTH = 5;
/** Format-and-form symbol, fingerprint (2), levels (5), one-time value (5), check symbol. */
export const TYPED_LENGTH = 1 + 2 + CATEGORY_IDS.length + NONCE_LENGTH + 1;

const FORMS = ['short', 'full'] as const;
export type GroupForm = (typeof FORMS)[number];

export interface GroupLevel {
  level: CategoryLevel;
  kind?: LevelKind;
}

export interface GroupCode {
  format: typeof GROUP_CODE_FORMAT;
  battery: { id: string; version: string };
  form: GroupForm;
  /** In CATEGORY_IDS order. */
  levels: Record<CategoryId, GroupLevel>;
  /** Five base-32 symbols, random: the same code scanned twice counts once. */
  nonce: string;
}

/** One symbol per category: its level and where it came from. */
const LEVEL_SYMBOLS: GroupLevel[] = [
  { level: 'insufficient' },
  { level: 'low' },
  ...LEVELS.filter((l) => l !== 'low').flatMap((level) => [
    { level },
    { level, kind: 'threats' as const },
    { level, kind: 'exposure' as const },
  ]),
];

const LevelSchema = z
  .object({
    level: z.enum(['insufficient', ...LEVELS]),
    kind: z.optional(z.enum(['threats', 'exposure'])),
  })
  .check(
    z.refine((l) => l.kind === undefined || !['insufficient', 'low'].includes(l.level), {
      message: 'a kind only goes with moderate, high or severe',
    }),
  );

export const GroupCodeSchema = z.object({
  format: z.literal(GROUP_CODE_FORMAT),
  battery: z.object({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/), z.maxLength(64)),
    version: z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/), z.maxLength(32)),
  }),
  form: z.enum(FORMS),
  levels: z.object(
    Object.fromEntries(CATEGORY_IDS.map((c) => [c, LevelSchema])) as Record<CategoryId, typeof LevelSchema>,
  ),
  nonce: z.string().check(z.regex(new RegExp(`^[${ALPHABET}]{${NONCE_LENGTH}}$`))),
});

/** Why a code was refused; the screen says each in plain words. */
export type GroupCodeProblem =
  | 'notOurs' // not a group-picture code at all (another QR code, a web address)
  | 'changed' // one of ours, but changed or mistyped (the check fails, or a value is impossible)
  | 'newerFormat' // a format this app does not know (a newer app)
  | 'otherBattery'; // another question set than the one on the presenter's screen

export type DecodeResult =
  | { ok: true; code: GroupCode; key: string }
  | { ok: false; problem: GroupCodeProblem; battery?: { id: string; version: string } };

/** A 10-bit fingerprint of the question set (FNV-1a), as two symbols. */
export function batteryFingerprint(battery: { id: string; version: string }): string {
  let hash = 0x811c9dc5;
  for (const ch of `${battery.id}@${battery.version}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const bits = (hash ^ (hash >>> 10) ^ (hash >>> 20)) & 0x3ff;
  return (ALPHABET[bits >> 5] ?? '0') + (ALPHABET[bits & 31] ?? '0');
}

/** Luhn mod 32 check symbol over base-32 symbols. */
function checkSymbol(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    let v = ALPHABET.indexOf(body[i] ?? '');
    if (double) {
      v *= 2;
      v = Math.floor(v / 32) + (v % 32);
    }
    sum += v;
    double = !double;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? '0';
}

/** The typed code, without separators (14 symbols). */
export function typedCode(code: GroupCode): string {
  const head = ALPHABET[GROUP_CODE_FORMAT * 2 + FORMS.indexOf(code.form)] ?? '0';
  const levels = CATEGORY_IDS.map((c) => {
    const l = code.levels[c];
    const i = LEVEL_SYMBOLS.findIndex((s) => s.level === l.level && s.kind === l.kind);
    return ALPHABET[Math.max(i, 0)];
  }).join('');
  const body = head + batteryFingerprint(code.battery) + levels + code.nonce;
  return body + checkSymbol(body);
}

/** The typed code in groups of four, as shown under the QR code. */
export function groupedCode(typed: string): string {
  return typed.match(/.{1,4}/g)?.join('-') ?? typed;
}

/** What the QR code holds. */
export function qrText(code: GroupCode): string {
  return `${QR_PREFIX}${code.battery.id}@${code.battery.version}:${typedCode(code)}`;
}

/** Upper case, no separators, and the look-alikes Crockford base 32 allows (O→0, I/L→1). */
function normaliseTyped(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * A typed code or a QR code's text, checked for the presenter's question set. The key is what makes
 * two scans "the same code" (the whole code, one-time value included).
 */
export function decodeGroupCode(text: string, expected: { id: string; version: string }): DecodeResult {
  const trimmed = text.trim();
  let battery: { id: string; version: string } | undefined;
  let typed: string;
  if (trimmed.startsWith('SHNG')) {
    const match = /^SHNG(\d+):([^@:\s]{1,64})@([^:\s]{1,32}):([0-9A-Z]+)$/.exec(trimmed);
    if (!match) return { ok: false, problem: 'changed' };
    if (Number(match[1]) !== GROUP_CODE_FORMAT) return { ok: false, problem: 'newerFormat' };
    battery = { id: match[2] ?? '', version: match[3] ?? '' };
    typed = match[4] ?? '';
  } else {
    typed = normaliseTyped(trimmed);
    if (!/^[0-9A-Z]+$/.test(typed) || typed.length < 4) return { ok: false, problem: 'notOurs' };
  }
  if (typed.length !== TYPED_LENGTH || !new RegExp(`^[${ALPHABET}]+$`).test(typed))
    return { ok: false, problem: battery ? 'changed' : 'notOurs' };
  const body = typed.slice(0, -1);
  if (checkSymbol(body) !== typed.slice(-1)) return { ok: false, problem: 'changed' };

  const head = ALPHABET.indexOf(body[0] ?? '');
  const format = head >> 1;
  if (format !== GROUP_CODE_FORMAT)
    return { ok: false, problem: format > GROUP_CODE_FORMAT ? 'newerFormat' : 'changed' };
  const fingerprint = body.slice(1, 3);
  if (battery && batteryFingerprint(battery) !== fingerprint) return { ok: false, problem: 'changed' };
  if (
    fingerprint !== batteryFingerprint(expected) ||
    (battery && (battery.id !== expected.id || battery.version !== expected.version))
  )
    return { ok: false, problem: 'otherBattery', ...(battery ? { battery } : {}) };

  const levels: Partial<Record<CategoryId, GroupLevel>> = {};
  for (const [i, c] of CATEGORY_IDS.entries()) {
    const symbol = LEVEL_SYMBOLS[ALPHABET.indexOf(body[3 + i] ?? '')];
    if (!symbol) return { ok: false, problem: 'changed' };
    levels[c] = symbol;
  }
  const parsed = GroupCodeSchema.safeParse({
    format,
    battery: { id: expected.id, version: expected.version },
    form: FORMS[head & 1],
    levels,
    nonce: body.slice(3 + CATEGORY_IDS.length),
  });
  if (!parsed.success) return { ok: false, problem: 'changed' };
  return { ok: true, code: parsed.data, key: typed };
}

/** A participant's code from her result's levels (model 1 results have no kind). */
export function groupCodeOf(
  battery: { id: string; version: string },
  form: string,
  categories: readonly { category: CategoryId; level: CategoryLevel; kind?: LevelKind }[],
  /** Five random symbols of GROUP_ALPHABET, drawn by the caller (the domain has no randomness). */
  nonce: string,
): GroupCode {
  const levels = Object.fromEntries(
    CATEGORY_IDS.map((c) => {
      const found = categories.find((x) => x.category === c);
      const level = found?.level ?? 'insufficient';
      const kind = found?.kind && !['insufficient', 'low'].includes(level) ? found.kind : undefined;
      return [c, kind ? { level, kind } : { level }];
    }),
  ) as Record<CategoryId, GroupLevel>;
  return {
    format: GROUP_CODE_FORMAT,
    battery: { id: battery.id, version: battery.version },
    form: form === 'full' ? 'full' : 'short',
    levels,
    nonce,
  };
}

/** Counts per category and level (with its kind), from the codes kept. */
export type GroupCounts = Record<CategoryId, Record<string, number>>;

/** The count keys, in display order: "insufficient", "low", "moderate", "moderate.threats", … */
export const COUNT_KEYS: string[] = LEVEL_SYMBOLS.map((s) => (s.kind ? `${s.level}.${s.kind}` : s.level));

export function countLevels(codes: readonly GroupCode[]): GroupCounts {
  const counts = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, Object.fromEntries(COUNT_KEYS.map((k) => [k, 0]))]),
  ) as GroupCounts;
  for (const code of codes) {
    for (const c of CATEGORY_IDS) {
      const l = code.levels[c];
      const key = l.kind ? `${l.level}.${l.kind}` : l.level;
      counts[c][key] = (counts[c][key] ?? 0) + 1;
    }
  }
  return counts;
}

/** Counts are shown only from this many distinct codes: fewer could point at a person. */
export const MIN_GROUP = 5;
