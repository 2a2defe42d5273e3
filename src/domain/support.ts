/**
 * Who can help (issue 20): a directory of organisations that support human rights defenders, and
 * local "support packs" an organisation writes for its own people. Both are data files in one
 * format (`shn-support`), checked by `parseSupportDirectory` with the same kind of report as a
 * battery: every problem, with its path, as a reason code and parameters (words in the locales).
 *
 * The rules that keep her safe are in the format, not in the screens:
 * - a way to reach a service is a phone number in international form, a number to message, an
 *   email address, or an `https:` page: nothing else can become a link (no `javascript:`, `data:`,
 *   `http:`), so opening one is her own navigation to a place she chose;
 * - the shipped directory holds only facts confirmed on each organisation's own page: every entry
 *   names that page and the day it was checked (`requireSources`), and the app shows that date;
 * - which services fit which urgent situation (`fits`) is data too, keyed by the battery's guidance
 *   block ids (they keep their meaning across battery versions): a battery says what to do, the
 *   directory says who offers it, and either can be updated without the other.
 */
import * as z from 'zod/mini';
import { fromZodIssue, type BatteryIssue, type BatteryIssueCode, type Text } from './battery.ts';

export const SUPPORT_FORMAT = 'shn-support';
export const SUPPORT_FORMAT_VERSION = 1;

/** What a service offers. */
export const SERVICE_KINDS = [
  'emergency-line',
  'digital-security',
  'emergency-grant',
  'legal',
  'relocation',
  'psychosocial',
  'shelter',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Who may ask. */
export const AUDIENCES = ['women', 'hrd', 'journalists', 'organisations', 'any'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How to reach it. `message`: a number to write or leave a voice message to (no link: her messenger). */
export const CHANNEL_KINDS = ['phone', 'message', 'email', 'web'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A phone number in international form: `+`, a country code, then digits, spaces or hyphens
 * (8 to 15 digits in all, as E.164 allows). Anything else (letters, a `tel:` prefix, a local
 * number without its country code) is refused: a wrong digit here sends her call to a stranger.
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+[1-9][0-9 -]*[0-9]$/.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= 8 && digits <= 15;
}

/** An email address of the plain form `name@domain.tld` (no display name, no parameters). */
export function isEmailAddress(value: string): boolean {
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
    value,
  );
}

/**
 * The scheme that makes a web address unsafe, or undefined when it is a plain `https:` address
 * (no user name or password in it). `javascript:`, `data:`, `http:` and every other scheme are
 * refused; so is text that is not an address at all (`invalid`).
 */
export function unsafeWebReason(value: string): string | undefined {
  // No URL parser here (the domain has no DOM or Node types): a plain, strict pattern instead.
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
  if (!scheme) return 'invalid';
  if (scheme.toLowerCase() !== 'https') return scheme.toLowerCase();
  // Host of letters, digits and hyphens with at least one dot, an optional port, then a path,
  // query or fragment of visible characters: no spaces, no user name or password (`@` in it).
  const match = /^https:\/\/([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d{1,5})?([/?#][\x21-\x7e]*)?$/.exec(
    value,
  );
  return match ? undefined : 'invalid';
}

const IdSchema = z.string().check(z.regex(ID));
const TextSchema = z.record(z.string().check(z.regex(LANG)), z.string().check(z.trim(), z.minLength(1)));

const ChannelSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  /** The number (`+…`), the address, or the `https:` page. Checked by kind in `checkDirectory`. */
  value: z.string().check(z.minLength(1), z.maxLength(500)),
  /** What this way is for, in her language ("secure web form", "text or voice message"). */
  label: z.optional(TextSchema),
  /** When it answers, in the organisation's own terms ("24 hours, every day"). */
  hours: z.optional(TextSchema),
});
export type SupportChannel = z.infer<typeof ChannelSchema>;

const SourceSchema = z.strictObject({
  /** The organisation's own page that states the facts of the entry. */
  url: z.string(),
  /** The day someone read it there (`YYYY-MM-DD`). */
  checked: z.string().check(z.regex(DAY)),
  /**
   * `live`: read on the live page. `stored-copy`: read in a stored copy of that page (to be read
   * live again before a public release; indicators/support/README.md).
   */
  method: z.enum(['live', 'stored-copy']),
});
export type SupportSource = z.infer<typeof SourceSchema>;

const EntrySchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  offers: z.array(z.enum(SERVICE_KINDS)).check(z.minLength(1)),
  who: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  summary: TextSchema,
  channels: z.array(ChannelSchema).check(z.minLength(1)),
  /** Languages it answers in (codes), or `any` when it says it accepts any language. */
  languages: z.optional(
    z.union([z.literal('any'), z.array(z.string().check(z.regex(LANG))).check(z.minLength(1))]),
  ),
  /** How fast it answers, in its own terms. */
  responseTime: z.optional(TextSchema),
  /** Where it works. */
  region: z.optional(TextSchema),
  /** How to contact it safely, where the organisation says so. */
  safety: z.optional(TextSchema),
  sources: z.optional(z.array(SourceSchema)),
});
export type SupportEntry = z.infer<typeof EntrySchema>;

/** The shape of a directory or pack (checked further by `parseSupportDirectory`). */
export const SupportDirectorySchema = z.strictObject({
  format: z.literal(SUPPORT_FORMAT),
  formatVersion: z.literal(SUPPORT_FORMAT_VERSION),
  id: IdSchema,
  version: z.string().check(z.regex(SEMVER)),
  author: z.string().check(z.trim(), z.minLength(1)),
  languages: z.array(z.string().check(z.regex(LANG))).check(z.minLength(1)),
  title: TextSchema,
  description: z.optional(TextSchema),
  /** Guidance block id (battery) → the kinds of service that fit it. */
  fits: z.optional(z.record(IdSchema, z.array(z.enum(SERVICE_KINDS)))),
  entries: z.array(EntrySchema).check(z.minLength(1), z.maxLength(500)),
});
export type SupportDirectory = z.infer<typeof SupportDirectorySchema>;

export type SupportIssueCode =
  BatteryIssueCode | 'badPhone' | 'badEmail' | 'unsafeLink' | 'sourceMissing' | 'badDate';

export interface SupportIssue {
  path: (string | number)[];
  code: SupportIssueCode;
  params: Record<string, string | number>;
}

export type ParseSupportResult =
  { ok: true; directory: SupportDirectory } | { ok: false; issues: SupportIssue[] };

export interface ParseSupportOptions {
  /** The shipped directory: every entry must name the page that confirms it (`sources`). */
  requireSources?: boolean;
}

/**
 * Checks anything (already JSON-parsed) against the support format: shape, ids, texts in every
 * declared language, phone numbers, addresses and links. Returns the directory, or every problem
 * with its path. Never throws.
 */
export function parseSupportDirectory(input: unknown, options: ParseSupportOptions = {}): ParseSupportResult {
  const shape = SupportDirectorySchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { ok: false, issues: shape.error.issues.flatMap((i): BatteryIssue[] => fromZodIssue(i, [])) };
  }
  const issues = checkDirectory(shape.data, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, directory: shape.data };
}

/** `parseSupportDirectory` for a file's text: a JSON syntax error is one more issue. */
export function parseSupportText(text: string, options: ParseSupportOptions = {}): ParseSupportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return { ok: false, issues: [{ path: [], code: 'notJson', params: { detail } }] };
  }
  return parseSupportDirectory(json, options);
}

function validDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkDirectory(d: SupportDirectory, options: ParseSupportOptions): SupportIssue[] {
  const issues: SupportIssue[] = [];
  const add = (path: SupportIssue['path'], code: SupportIssueCode, params: SupportIssue['params'] = {}) =>
    issues.push({ path, code, params });
  const declared = new Set(d.languages);
  const checkText = (text: Text | undefined, path: SupportIssue['path']) => {
    if (!text) return;
    for (const lang of d.languages) if (!text[lang]) add(path, 'missingText', { language: lang });
    for (const lang of Object.keys(text)) {
      if (!declared.has(lang)) add([...path, lang], 'undeclaredLanguage', { language: lang });
    }
  };
  checkText(d.title, ['title']);
  checkText(d.description, ['description']);

  const seen = new Set<string>();
  d.entries.forEach((entry, i) => {
    const at = ['entries', i];
    if (seen.has(entry.id)) add([...at, 'id'], 'duplicateId', { id: entry.id });
    seen.add(entry.id);
    for (const field of ['name', 'summary', 'responseTime', 'region', 'safety'] as const) {
      checkText(entry[field], [...at, field]);
    }
    entry.channels.forEach((channel, c) => {
      const path = [...at, 'channels', c, 'value'];
      checkText(channel.label, [...at, 'channels', c, 'label']);
      checkText(channel.hours, [...at, 'channels', c, 'hours']);
      if (channel.kind === 'phone' || channel.kind === 'message') {
        if (!isPhoneNumber(channel.value)) add(path, 'badPhone', { value: channel.value });
      } else if (channel.kind === 'email') {
        if (!isEmailAddress(channel.value)) add(path, 'badEmail', { value: channel.value });
      } else {
        const reason = unsafeWebReason(channel.value);
        if (reason) add(path, 'unsafeLink', { scheme: reason });
      }
    });
    (entry.sources ?? []).forEach((source, s) => {
      const reason = unsafeWebReason(source.url);
      if (reason) add([...at, 'sources', s, 'url'], 'unsafeLink', { scheme: reason });
      if (!validDay(source.checked))
        add([...at, 'sources', s, 'checked'], 'badDate', { value: source.checked });
    });
    if (options.requireSources && (entry.sources ?? []).length === 0)
      add([...at, 'sources'], 'sourceMissing');
  });
  return issues;
}

/**
 * The link that opens a way to reach a service: `tel:`, `mailto:` or `https:`; undefined when it
 * has none (`message`) or when its value is not safe to open.
 */
export function channelHref(channel: SupportChannel): string | undefined {
  switch (channel.kind) {
    // Checked again here, not only when the file was read: a link is made only of a safe value.
    case 'phone':
      return isPhoneNumber(channel.value) ? `tel:${channel.value.replace(/[^+0-9]/g, '')}` : undefined;
    case 'email':
      return isEmailAddress(channel.value) ? `mailto:${channel.value}` : undefined;
    case 'web':
      return unsafeWebReason(channel.value) ? undefined : channel.value;
    default:
      return undefined;
  }
}

/** The address of a source page when it is a plain `https:` address, else undefined (no link). */
export function sourceHref(url: string): string | undefined {
  return unsafeWebReason(url) ? undefined : url;
}

/** The newest day any of an entry's sources was checked (`YYYY-MM-DD`), if it has sources. */
export function lastChecked(entry: SupportEntry): string | undefined {
  return (entry.sources ?? [])
    .map((s) => s.checked)
    .sort()
    .at(-1);
}

/** One service to show, with where it comes from. */
export interface SupportListing {
  entry: SupportEntry;
  /** `local`: from a pack she loaded (its id and title); `shipped`: the app's directory. */
  origin: 'local' | 'shipped';
  directory: SupportDirectory;
  /** The kinds asked for that it offers (empty when nothing was asked for). */
  matches: ServiceKind[];
}

/**
 * Every service: local packs first (in the order given), then the shipped directory, each in its
 * file's order. With `kinds`, only services that offer at least one of them, those offering more
 * of them first within each origin.
 */
export function listSupport(
  shipped: SupportDirectory | undefined,
  packs: readonly SupportDirectory[],
  kinds?: readonly ServiceKind[],
): SupportListing[] {
  const out: SupportListing[] = [];
  const take = (directory: SupportDirectory, origin: SupportListing['origin']) => {
    const listed = directory.entries
      .map((entry) => ({
        entry,
        origin,
        directory,
        matches: kinds ? entry.offers.filter((k) => kinds.includes(k)) : [],
      }))
      .filter((l) => !kinds || l.matches.length > 0);
    if (kinds) listed.sort((a, b) => b.matches.length - a.matches.length);
    out.push(...listed);
  };
  for (const pack of packs) take(pack, 'local');
  if (shipped) take(shipped, 'shipped');
  return out;
}

/**
 * The kinds of service that fit the guidance blocks that fired, in the order the blocks came (most
 * urgent first), each kind once. Blocks the map does not name add nothing.
 */
export function kindsForGuidance(fits: SupportDirectory['fits'], blocks: readonly string[]): ServiceKind[] {
  const out: ServiceKind[] = [];
  for (const block of blocks) {
    for (const kind of fits?.[block] ?? []) if (!out.includes(kind)) out.push(kind);
  }
  return out;
}

/** A text in her language, else the directory's first language. */
export function pickSupportText(
  text: Text,
  language: string,
  directory: Pick<SupportDirectory, 'languages'>,
): string {
  return text[language] ?? text[directory.languages[0] ?? 'en'] ?? Object.values(text)[0] ?? '';
}
