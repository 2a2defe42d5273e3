/**
 * The summary she sends to a trusted contact (DESIGN.md §7): only what she ticks — levels per
 * category, the answers that concern her most, her plan, a note — with the date, the battery it
 * comes from and the app version. A versioned document in the `{ type, version, source }` envelope; it is
 * encrypted with age before it leaves the screen.
 *
 * Concerns carry ids (so the contact's app shows them in the contact's own language when it has the
 * same battery) and the sender's own words (shown when it does not).
 *
 * Her plan (version 2) carries ids only — action or routine id, the battery id and version they
 * come from, the status or rhythm — so the reader's app names them in the reader's language. Her
 * own notes on them go in only when she ticks them.
 *
 * "Who can help" (issue 20, optional, off until she ticks it) carries the organisations that fit
 * the urgent steps her results fired — the same `fits` map the urgent steps use — and, if she
 * ticks that too, the local contacts of packs she loaded; never her trusted people. Each comes as
 * an excerpt of its file in the support format, so the reader's app checks it with the very same
 * rules as a pack (`parseSupportDirectory`): a way to reach that is not `tel:`, `mailto:` or
 * `https:` refuses the whole summary (`unsafeLink`), since no honest app writes one.
 */
import * as z from 'zod/mini';
import { CATEGORY_IDS, LEVELS } from './battery.ts';
import { PLAN_STATUSES, RHYTHM_KINDS } from './plan.ts';
import type { AssessmentResult } from './scoring.ts';
import { DocumentError, SOURCE, parseDocument } from './document.ts';
import {
  SupportDirectorySchema,
  kindsForGuidance,
  listSupport,
  parseSupportDirectory,
  type SupportDirectory,
  type SupportEntry,
} from './support.ts';
import type { Text } from './battery.ts';

export const SUMMARY_TYPE = 'shn-summary';
/**
 * Version 2 added the optional `plan` part; version 3 (risk model 2) the optional kind of each
 * level, the scoring model and the red flag a concern fired. Older files are migrated on the way in.
 * Later optional fields (`from`, `reach`) keep version 3: a file without them is as valid as before,
 * and an app that does not know them opens the file and leaves them out.
 */
export const SUMMARY_VERSION = 3;
export const NOTE_MAX = 2000;
/** The longest name she gives for herself. */
export const FROM_MAX = 100;
/** The longest "how to reach me safely". */
export const REACH_MAX = 500;
/** The longest note on one plan item (as the plan keeps it). */
export const PLAN_NOTE_MAX = 4000;

const CategoryIdSchema = z.enum(CATEGORY_IDS);
const LevelSchema = z.enum([...LEVELS, 'insufficient']);

export const SummaryConcernSchema = z.object({
  category: CategoryIdSchema,
  indicatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  optionId: z.string().check(z.minLength(1), z.maxLength(200)),
  isRedFlag: z.boolean(),
  /** Model 2: the red flags or combinations this answer fired ("r1"…). */
  flagIds: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(20))),
  /** The sender's words, in her language, for a reader without this battery. */
  topic: z.string().check(z.maxLength(500)),
  choice: z.string().check(z.maxLength(500)),
});
export type SummaryConcern = z.infer<typeof SummaryConcernSchema>;

const PlanIdSchema = z.string().check(z.minLength(1), z.maxLength(200));
const PlanBatteryIdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const PlanBatteryVersionSchema = z.string().check(z.minLength(1), z.maxLength(50));

export const SummaryPlanActionSchema = z.object({
  actionId: PlanIdSchema,
  batteryId: PlanBatteryIdSchema,
  batteryVersion: PlanBatteryVersionSchema,
  status: z.enum(PLAN_STATUSES),
  /** Her note on it: only when she ticked "my notes". */
  note: z.optional(z.string().check(z.maxLength(PLAN_NOTE_MAX))),
});
export type SummaryPlanAction = z.infer<typeof SummaryPlanActionSchema>;

export const SummaryRoutineSchema = z.object({
  routineId: PlanIdSchema,
  batteryId: PlanBatteryIdSchema,
  batteryVersion: PlanBatteryVersionSchema,
  rhythm: z.object({
    kind: z.enum(RHYTHM_KINDS),
    days: z.optional(z.array(z.literal([0, 1, 2, 3, 4, 5, 6])).check(z.maxLength(7))),
  }),
  note: z.optional(z.string().check(z.maxLength(PLAN_NOTE_MAX))),
});
export type SummaryRoutine = z.infer<typeof SummaryRoutineSchema>;

export const SummaryPlanSchema = z.object({
  actions: z.array(SummaryPlanActionSchema).check(z.maxLength(500)),
  /** Her kept routines: only when she ticked them. */
  routines: z.optional(z.array(SummaryRoutineSchema).check(z.maxLength(500))),
});
export type SummaryPlan = z.infer<typeof SummaryPlanSchema>;

/** At most this many files (packs and the directory) in a summary's "who can help". */
export const SUPPORT_GROUPS_MAX = 10;
/** At most this many services in all. */
export const SUPPORT_ENTRIES_MAX = 30;
/**
 * At most this many characters of "who can help" as JSON, so a summary stays small enough to
 * paste into a messenger (the whole shipped directory, in Arabic and English, is about 9,000).
 */
export const SUPPORT_CHARS_MAX = 24_000;

/**
 * One file's part of "who can help": where it comes from (`shipped`: the app's directory, every
 * entry with the page that confirms it; `local`: a pack she loaded) and an excerpt of it in the
 * support format — the services that fit, their texts in her language and English only.
 */
export const SummarySupportGroupSchema = z.object({
  origin: z.enum(['shipped', 'local']),
  directory: SupportDirectorySchema,
});
export type SummarySupportGroup = z.infer<typeof SummarySupportGroupSchema>;

export const SummarySupportSchema = z.object({
  groups: z.array(SummarySupportGroupSchema).check(
    z.minLength(1),
    z.maxLength(SUPPORT_GROUPS_MAX),
    z.refine((groups) => groups.reduce((n, g) => n + g.directory.entries.length, 0) <= SUPPORT_ENTRIES_MAX),
    z.refine((groups) => supportLength(groups) <= SUPPORT_CHARS_MAX),
  ),
});
export type SummarySupport = z.infer<typeof SummarySupportSchema>;

export const SummarySchema = z.object({
  type: z.literal(SUMMARY_TYPE),
  version: z.literal(SUMMARY_VERSION),
  source: z.literal(SOURCE),
  appVersion: z.string().check(z.maxLength(50)),
  /** The name she gives for herself, as her contact knows her (optional; version 3, later). */
  from: z.optional(z.string().check(z.maxLength(FROM_MAX))),
  /** How her contact can reach her safely, in her words (optional; version 3, later). */
  reach: z.optional(z.string().check(z.maxLength(REACH_MAX))),
  /** When she made the summary (ISO 8601). */
  createdAt: z.iso.datetime(),
  /** When the assessment was completed (ISO 8601). */
  assessedAt: z.iso.datetime(),
  battery: z.object({ id: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(50)) }),
  /** Version 3: the scoring model of the battery (absent = 1). */
  scoringModel: z.optional(z.literal([1, 2])),
  levels: z.optional(
    z
      .array(
        z.object({
          category: CategoryIdSchema,
          level: LevelSchema,
          /** Version 3: from threats, or from what exposes her only. */
          kind: z.optional(z.enum(['threats', 'exposure'])),
        }),
      )
      .check(z.maxLength(CATEGORY_IDS.length)),
  ),
  concerns: z.optional(z.array(SummaryConcernSchema).check(z.maxLength(200))),
  plan: z.optional(SummaryPlanSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  /** Who can help, for what her results show (optional; version 3, later). */
  support: z.optional(SummarySupportSchema),
});
export type Summary = z.infer<typeof SummarySchema>;

/**
 * Steps from each older version to the next. 1 → 2: the `plan` part is new and optional, so a
 * version-1 summary is already a valid version-2 one.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (doc) => doc,
  // 2 → 3: the new fields are optional; a version-2 summary is a valid version-3 one.
  2: (doc) => doc,
};

/** What she chose to include. An empty list or note leaves that part out. */
export interface SummaryChoices {
  /** Categories whose level she shares. */
  levels: readonly string[];
  /** Indicator ids of the concerns she shares, with her words for each. */
  concerns: readonly { indicatorId: string; topic: string; choice: string }[];
  note: string;
  /** The name she gives for herself (empty or absent: none). */
  from?: string;
  /** How her contact can reach her safely (empty or absent: not said). */
  reach?: string;
  /**
   * Her plan, as she ticked it: the actions (none leaves the part out), her routines if she
   * ticked them, and her notes on them only if she ticked those too.
   */
  plan?: {
    actions: readonly SummaryPlanAction[];
    routines: readonly SummaryRoutine[];
    withNotes: boolean;
  };
  /** Who can help, as `supportForSummary` makes it (absent: not included, the default). */
  support?: SummarySupport;
}

function withoutNote<T extends { note?: string }>(item: T, withNotes: boolean): T {
  const { note, ...rest } = item;
  const kept = note?.trim();
  return (withNotes && kept ? { ...rest, note: kept } : rest) as T;
}

/** The plan part of a summary, or undefined when she shares no action and no routine. */
function planPart(plan: SummaryChoices['plan']): SummaryPlan | undefined {
  if (!plan || plan.actions.length + plan.routines.length === 0) return undefined;
  return {
    actions: plan.actions.map((a) => withoutNote(a, plan.withNotes)),
    ...(plan.routines.length ? { routines: plan.routines.map((r) => withoutNote(r, plan.withNotes)) } : {}),
  };
}

/**
 * Builds the summary of `result` holding only what `choices` names. Concerns must be answers of
 * the result (others are ignored). The returned document passes `SummarySchema`.
 */
export function buildSummary(input: {
  result: AssessmentResult;
  choices: SummaryChoices;
  assessedAt: Date;
  now: Date;
  appVersion: string;
}): Summary {
  const { result, choices } = input;
  const levels = result.categories
    .filter((c) => choices.levels.includes(c.category))
    .map((c) => ({ category: c.category, level: c.level, ...(c.kind ? { kind: c.kind } : {}) }));
  const concerns: SummaryConcern[] = [];
  for (const chosen of choices.concerns) {
    for (const category of result.categories) {
      const answer = category.answers.find((a) => a.indicatorId === chosen.indicatorId);
      if (!answer) continue;
      concerns.push({
        category: category.category,
        indicatorId: answer.indicatorId,
        optionId: answer.optionId,
        isRedFlag: answer.redFlag !== undefined || (answer.flags ?? []).length > 0,
        ...(answer.flags?.length ? { flagIds: answer.flags } : {}),
        topic: chosen.topic,
        choice: chosen.choice,
      });
      break;
    }
  }
  const note = choices.note.trim().slice(0, NOTE_MAX);
  const from = (choices.from ?? '').trim().slice(0, FROM_MAX);
  const reach = (choices.reach ?? '').trim().slice(0, REACH_MAX);
  const plan = planPart(choices.plan);
  return SummarySchema.parse({
    type: SUMMARY_TYPE,
    version: SUMMARY_VERSION,
    source: SOURCE,
    appVersion: input.appVersion,
    ...(from ? { from } : {}),
    ...(reach ? { reach } : {}),
    createdAt: input.now.toISOString(),
    assessedAt: input.assessedAt.toISOString(),
    battery: { id: result.batteryId, version: result.batteryVersion },
    ...(result.model === 2 ? { scoringModel: 2 } : {}),
    ...(levels.length ? { levels } : {}),
    ...(concerns.length ? { concerns } : {}),
    ...(plan ? { plan } : {}),
    ...(note ? { note } : {}),
    ...(choices.support?.groups.length ? { support: choices.support } : {}),
  });
}

/** A text with only the languages kept, in their order. */
function keepLanguages(text: Text, languages: readonly string[]): Text {
  return Object.fromEntries(languages.flatMap((l) => (text[l] === undefined ? [] : [[l, text[l]]])));
}

function entryExcerpt(entry: SupportEntry, languages: readonly string[]): SupportEntry {
  const optional = (key: string, t: Text | undefined) => (t ? { [key]: keepLanguages(t, languages) } : {});
  return {
    id: entry.id,
    name: keepLanguages(entry.name, languages),
    offers: entry.offers,
    who: entry.who,
    summary: keepLanguages(entry.summary, languages),
    channels: entry.channels.map((c) => ({
      kind: c.kind,
      value: c.value,
      ...optional('label', c.label),
      ...optional('hours', c.hours),
    })),
    ...(entry.languages ? { languages: entry.languages } : {}),
    ...optional('responseTime', entry.responseTime),
    ...optional('region', entry.region),
    ...optional('safety', entry.safety),
    ...(entry.sources ? { sources: entry.sources } : {}),
  };
}

/** The languages of a directory a summary keeps: those asked for, in that order; else its first. */
function languagesKept(directory: SupportDirectory, languages: readonly string[]): string[] {
  const asked = languages.filter((l, i) => directory.languages.includes(l) && languages.indexOf(l) === i);
  return asked.length > 0 ? asked : directory.languages.slice(0, 1);
}

/** An excerpt of a directory that still passes its checks: these entries, in these languages. */
function directoryExcerpt(
  directory: SupportDirectory,
  entries: SupportEntry[],
  languages: string[],
): SupportDirectory {
  return {
    format: directory.format,
    formatVersion: directory.formatVersion,
    id: directory.id,
    version: directory.version,
    author: directory.author,
    languages,
    title: keepLanguages(directory.title, languages),
    entries,
  };
}

/** How long "who can help" is as text (what the size limit measures). */
function supportLength(groups: readonly SummarySupportGroup[]): number {
  return JSON.stringify(groups).length;
}

/**
 * "Who can help" for a summary: the services that fit the guidance blocks that fired (`blocks`,
 * the urgent steps' own, most urgent first), by the shipped directory's `fits` map — exactly what
 * the urgent steps show: from her packs when `withLocal`, first, then from the app's directory
 * when `withShipped`. Texts in `languages` only (her language, then English). At most
 * `SUPPORT_ENTRIES_MAX` services and `SUPPORT_CHARS_MAX` characters: a service that would pass
 * the limit is left out (a pack may have long texts). Undefined when nothing fits or nothing is
 * asked for. Her trusted people are never part of it: they are not in these files.
 */
export function supportForSummary(input: {
  shipped: SupportDirectory;
  packs: readonly SupportDirectory[];
  blocks: readonly string[];
  withShipped: boolean;
  withLocal: boolean;
  languages: readonly string[];
}): SummarySupport | undefined {
  const kinds = kindsForGuidance(input.shipped.fits, input.blocks);
  if (kinds.length === 0) return undefined;
  const listings = listSupport(
    input.withShipped ? input.shipped : undefined,
    input.withLocal ? input.packs : [],
    kinds,
  );
  const parts = new Map<SupportDirectory, { languages: string[]; entries: SupportEntry[] }>();
  const groups = () =>
    [...parts]
      .filter(([, part]) => part.entries.length > 0)
      .map(([directory, part]): SummarySupportGroup => ({
        origin: directory === input.shipped ? 'shipped' : 'local',
        directory: directoryExcerpt(directory, part.entries, part.languages),
      }));
  let count = 0;
  for (const { directory, entry } of listings) {
    if (count === SUPPORT_ENTRIES_MAX) break;
    let part = parts.get(directory);
    if (!part) {
      if (parts.size === SUPPORT_GROUPS_MAX) continue;
      part = { languages: languagesKept(directory, input.languages), entries: [] };
      parts.set(directory, part);
    }
    part.entries.push(entryExcerpt(entry, part.languages));
    if (supportLength(groups()) > SUPPORT_CHARS_MAX) part.entries.pop();
    else count++;
  }
  const out = groups();
  return out.length > 0 ? { groups: out } : undefined;
}

/**
 * Whether a summary holds anything at all (an empty one is not worth sending). Her name and how to
 * reach her say who it is from, not what she shares.
 */
export function isSummaryEmpty(summary: Summary): boolean {
  return (
    !summary.levels?.length && !summary.concerns?.length && !summary.plan && !summary.note && !summary.support
  );
}

/** The text that gets encrypted. */
export function serializeSummary(summary: Summary): string {
  return JSON.stringify(summary);
}

/**
 * Checks "who can help" with a pack's own rules (numbers, addresses, `https:` only, texts in
 * every language it declares; the app's directory with the page that confirms each entry).
 * Throws DocumentError `unsafeLink` when any way to reach or source page is not a safe link,
 * `invalid` for any other problem.
 */
function checkSupport(support: SummarySupport): void {
  const paths: string[] = [];
  let isUnsafe = false;
  for (const [g, group] of support.groups.entries()) {
    const checked = parseSupportDirectory(group.directory, { requireSources: group.origin === 'shipped' });
    if (checked.ok) continue;
    for (const issue of checked.issues) {
      if (issue.code === 'unsafeLink') isUnsafe = true;
      paths.push(['support', 'groups', g, 'directory', ...issue.path].map(String).join('.'));
    }
  }
  if (paths.length > 0) throw new DocumentError(isUnsafe ? 'unsafeLink' : 'invalid', paths);
}

/**
 * Reads a decrypted summary of this version or an older one (migrated). Throws DocumentError
 * (notOurs, wrongType, newerVersion, invalid, unsafeLink).
 */
export function parseSummary(text: string): Summary {
  const summary = parseDocument(text, SUMMARY_TYPE, SUMMARY_VERSION, SummarySchema, MIGRATIONS);
  if (summary.support) checkSupport(summary.support);
  return summary;
}
