/**
 * The summary she sends to a trusted contact (DESIGN.md §7): only what she ticks — levels per
 * category, the answers that concern her most, a note — with the date, the battery it comes from
 * and the app version. A versioned document in the `{ type, version, source }` envelope; it is
 * encrypted with age before it leaves the screen.
 *
 * Concerns carry ids (so the contact's app shows them in the contact's own language when it has the
 * same battery) and the sender's own words (shown when it does not).
 *
 * TODO(plan): add her plan (chosen actions and routines) once the plan repository lands; the
 * schema will gain an optional `plan` part in version 2 with a migration from version 1.
 */
import * as z from 'zod/mini';
import { CATEGORY_IDS, LEVELS } from './battery.ts';
import type { AssessmentResult } from './scoring.ts';
import { SOURCE, parseDocument } from './document.ts';

export const SUMMARY_TYPE = 'shn-summary';
export const SUMMARY_VERSION = 1;
export const NOTE_MAX = 2000;

const CategoryIdSchema = z.enum(CATEGORY_IDS);
const LevelSchema = z.enum([...LEVELS, 'insufficient']);

export const SummaryConcernSchema = z.object({
  category: CategoryIdSchema,
  indicatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  optionId: z.string().check(z.minLength(1), z.maxLength(200)),
  isRedFlag: z.boolean(),
  /** The sender's words, in her language, for a reader without this battery. */
  topic: z.string().check(z.maxLength(500)),
  choice: z.string().check(z.maxLength(500)),
});
export type SummaryConcern = z.infer<typeof SummaryConcernSchema>;

export const SummarySchema = z.object({
  type: z.literal(SUMMARY_TYPE),
  version: z.literal(SUMMARY_VERSION),
  source: z.literal(SOURCE),
  appVersion: z.string().check(z.maxLength(50)),
  /** When she made the summary (ISO 8601). */
  createdAt: z.iso.datetime(),
  /** When the assessment was completed (ISO 8601). */
  assessedAt: z.iso.datetime(),
  battery: z.object({ id: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(50)) }),
  levels: z.optional(
    z
      .array(z.object({ category: CategoryIdSchema, level: LevelSchema }))
      .check(z.maxLength(CATEGORY_IDS.length)),
  ),
  concerns: z.optional(z.array(SummaryConcernSchema).check(z.maxLength(200))),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
});
export type Summary = z.infer<typeof SummarySchema>;

/** What she chose to include. An empty list or note leaves that part out. */
export interface SummaryChoices {
  /** Categories whose level she shares. */
  levels: readonly string[];
  /** Indicator ids of the concerns she shares, with her words for each. */
  concerns: readonly { indicatorId: string; topic: string; choice: string }[];
  note: string;
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
    .map((c) => ({ category: c.category, level: c.level }));
  const concerns: SummaryConcern[] = [];
  for (const chosen of choices.concerns) {
    for (const category of result.categories) {
      const answer = category.answers.find((a) => a.indicatorId === chosen.indicatorId);
      if (!answer) continue;
      concerns.push({
        category: category.category,
        indicatorId: answer.indicatorId,
        optionId: answer.optionId,
        isRedFlag: answer.redFlag !== undefined,
        topic: chosen.topic,
        choice: chosen.choice,
      });
      break;
    }
  }
  const note = choices.note.trim().slice(0, NOTE_MAX);
  return SummarySchema.parse({
    type: SUMMARY_TYPE,
    version: SUMMARY_VERSION,
    source: SOURCE,
    appVersion: input.appVersion,
    createdAt: input.now.toISOString(),
    assessedAt: input.assessedAt.toISOString(),
    battery: { id: result.batteryId, version: result.batteryVersion },
    ...(levels.length ? { levels } : {}),
    ...(concerns.length ? { concerns } : {}),
    ...(note ? { note } : {}),
  });
}

/** Whether a summary holds anything at all (an empty one is not worth sending). */
export function isSummaryEmpty(summary: Summary): boolean {
  return !summary.levels?.length && !summary.concerns?.length && !summary.note;
}

/** The text that gets encrypted. */
export function serializeSummary(summary: Summary): string {
  return JSON.stringify(summary);
}

/** Reads a decrypted summary. Throws DocumentError (notOurs, wrongType, newerVersion, invalid). */
export function parseSummary(text: string): Summary {
  return parseDocument(text, SUMMARY_TYPE, SUMMARY_VERSION, SummarySchema);
}
