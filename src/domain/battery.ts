/**
 * The indicator battery: the one definition of what a battery file holds (DESIGN.md §3, §4).
 *
 * A battery is data, not code. It is written by people (us, or a trainer adapting it), so every
 * file passes `parseBattery`, which reports every problem with its path as a reason code plus
 * parameters. The words for those codes live in the locales (`battery` namespace), not here.
 */
import * as z from 'zod/mini';
import { checkModel2 } from './batteryModel2.ts';

// zod/mini: tree-shakable, and the same flavour as the storage schemas, so the app ships one zod.
// No code generation: zod's fast path probes `new Function`, which the app's CSP forbids (P1).
z.config({ jitless: true });

/** The five categories of CIASE's "Secure, Here and Now", in the order they are shown. */
export const CATEGORY_IDS = ['emotional', 'physical', 'spiritual', 'economic', 'political'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The roles that are scored. */
export const ROLES = ['threat', 'vulnerability', 'capacity'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every role an indicator may have. A `context` item (model 2 only) is asked but never scored:
 * it routes follow-up questions and urgent guidance (does she work with an organisation, who
 * threatened her, are the authorities safe to approach).
 */
export const INDICATOR_ROLES = [...ROLES, 'context'] as const;
export type IndicatorRole = (typeof INDICATOR_ROLES)[number];

/** The time window a question asks about (model 2): it must match the question's words. */
export const WINDOWS = ['now', '2w', '1m', '3m', '6m', '1y'] as const;

/** What a form is for: only `assessment` forms are offered for her own assessment. */
export const FORM_USES = ['assessment', 'workshop'] as const;
export type FormUse = (typeof FORM_USES)[number];

/** Where the risk sits (ICAN 2020 grid over CIASE's types). */
export const RISK_LEVELS = ['personal', 'organisational', 'environmental'] as const;
export const SPHERES = ['online', 'offline', 'both'] as const;

/** Result levels, lowest first. */
export const LEVELS = ['low', 'moderate', 'high', 'severe'] as const;
export type Level = (typeof LEVELS)[number];

export const HORIZONS = ['now', 'week', 'ongoing'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Who acts: protection is collective, not only individual. */
export const ACTORS = ['me', 'trusted', 'organisation'] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTION_KINDS = ['prevention', 'response'] as const;

/** Outside support, grouped after ICAN's Protection Framework. */
export const SUPPORT_AREAS = ['emergency', 'legal', 'ground', 'spaces'] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

export const RHYTHMS = ['daily', 'weekly'] as const;

const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const IdSchema = z.string().check(z.regex(ID));

/** A text in every language the battery declares: `{ "en": "…", "ar": "…" }`. */
export const TextSchema = z.record(
  z.string().check(z.regex(LANG)),
  z.string().check(z.trim(), z.minLength(1)),
);
export type Text = z.infer<typeof TextSchema>;

const OptionSchema = z.strictObject({
  id: IdSchema,
  /** 0 = none of it, 1 = the most of it, in the direction the indicator's role gives. */
  value: z.number().check(z.gte(0), z.lte(1)),
  label: TextSchema,
});

const ScaleSchema = z.strictObject({
  id: IdSchema,
  /** False for a context scale (kinds of things, not more or less of one): values are all 0. */
  ordered: z.optional(z.boolean()),
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(7)),
});

/**
 * When a follow-up is asked, a flag fires or a guidance step applies (model 2). A leaf holds when
 * its item is visible and answered (never when skipped) with one of the options listed;
 * `reported: threat` when an earlier visible threat (of those categories) was answered above its
 * lowest option; `flag` when that red flag or combination fired.
 */
export type Condition =
  | { item: string; in: string[] }
  | { reported: 'threat'; categories?: CategoryId[] }
  | { flag: string }
  | { any: Condition[] }
  | { all: Condition[] };

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ item: IdSchema, in: z.array(IdSchema).check(z.minLength(1)) }),
  z.strictObject({
    reported: z.literal('threat'),
    categories: z.optional(z.array(z.enum(CATEGORY_IDS)).check(z.minLength(1))),
  }),
  z.strictObject({ flag: IdSchema }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
]);

const RedFlagSchema = z.strictObject({
  option: IdSchema,
  /** The level this answer forces as a floor on its category, whatever the rest says. */
  floor: z.enum(['high', 'severe']),
});

const IndicatorSchema = z.strictObject({
  id: IdSchema,
  category: z.enum(CATEGORY_IDS),
  role: z.enum(INDICATOR_ROLES),
  level: z.enum(RISK_LEVELS),
  sphere: z.enum(SPHERES),
  question: TextSchema,
  help: z.optional(TextSchema),
  /** Short words for this answer in a "why" list, e.g. "people have spread lies about you". */
  summary: TextSchema,
  scale: IdSchema,
  /** Model 1: how much the item counts in its role (required there; unused by model 2). */
  weight: z.optional(z.int().check(z.gte(1), z.lte(5))),
  /** Model 1 only: answers that force a floor. Model 2 declares flags at battery level. */
  redFlags: z._default(z.array(RedFlagSchema), []),
  /** Marks the item that asks how endangered she feels: her own judgment counts. */
  selfRated: z.optional(z.boolean()),
  /** Model 2: how much this item alone can weigh at its worst answer, (0, 1]. */
  severity: z.optional(z.number().check(z.gt(0), z.lte(1))),
  /** Model 2: the time window the question asks about. */
  window: z.optional(z.enum(WINDOWS)),
  /** Model 2: a follow-up, asked only when this holds. */
  showIf: z.optional(ConditionSchema),
  /** Model 2: false for a capacity shown as a strength but never scored. */
  scored: z.optional(z.boolean()),
  /** A gentle line shown before a hard question ("you can skip it"). */
  care: z.optional(TextSchema),
});

const TriggerSchema = z.strictObject({
  indicator: IdSchema,
  options: z.array(IdSchema).check(z.minLength(1)),
});

const ActionSchema = z.strictObject({
  id: IdSchema,
  categories: z.array(z.enum(CATEGORY_IDS)).check(z.minLength(1)),
  horizon: z.enum(HORIZONS),
  who: z.enum(ACTORS),
  kind: z.enum(ACTION_KINDS),
  support: z.optional(z.enum(SUPPORT_AREAS)),
  title: TextSchema,
  detail: TextSchema,
  /** May be empty only for an `urgentOnly` action (reached through guidance blocks). */
  triggers: z.array(TriggerSchema),
  /** Model 2: the action applies only when this holds; otherwise its `fallback` is used. */
  requires: z.optional(ConditionSchema),
  fallback: z.optional(IdSchema),
  /** Model 2: suggested only inside urgent guidance, never in the ordinary list. */
  urgentOnly: z.optional(z.boolean()),
});

const RoutineSchema = z.strictObject({
  id: IdSchema,
  categories: z.array(z.enum(CATEGORY_IDS)).check(z.minLength(1)),
  /** me = individual care, trusted = collective care, organisation = organisational care. */
  who: z.enum(ACTORS),
  rhythm: z.enum(RHYTHMS),
  title: TextSchema,
  detail: TextSchema,
  triggers: z.array(TriggerSchema).check(z.minLength(1)),
});

const CategorySchema = z.strictObject({
  id: z.enum(CATEGORY_IDS),
  name: TextSchema,
  intro: TextSchema,
});

const FormSchema = z.strictObject({
  id: IdSchema,
  /** What the form may be used for; see `formUse`. */
  use: z.optional(z.enum(FORM_USES)),
  name: TextSchema,
  /** Indicator ids in the order they are asked. */
  indicators: z.array(IdSchema).check(z.minLength(1)),
});

const unit = z.number().check(z.gte(0), z.lte(1));
const openUnit = z.number().check(z.gt(0), z.lt(1));

/** Model 1 (battery 1.0.0): a weighted average of three parts, banded. */
const Scoring1Schema = z
  .strictObject({
    model: z.optional(z.literal(1)),
    /** How much each part counts in a category score; they add up to 1. */
    roleWeights: z.strictObject({ threat: unit, vulnerability: unit, capacity: unit }),
    /** Lowest score (0–1) of each band above "low"; strictly increasing. */
    bands: z.strictObject({ moderate: openUnit, high: openUnit, severe: openUnit }),
    /** Below this share of a category's weight answered, the category shows "not enough answers". */
    minCoverage: z.number().check(z.gt(0), z.lte(1)),
    /** How many answers to list as the ones that drove a level most. */
    maxDrivers: z.int().check(z.gte(1), z.lte(10)),
  })
  .check(
    z.superRefine((s, ctx) => {
      const sum = s.roleWeights.threat + s.roleWeights.vulnerability + s.roleWeights.capacity;
      if (Math.abs(sum - 1) > 1e-9) {
        ctx.addIssue({ code: 'custom', path: ['roleWeights'], params: { reason: 'weightsSum', sum } });
      }
      if (!(s.bands.moderate < s.bands.high && s.bands.high < s.bands.severe)) {
        ctx.addIssue({ code: 'custom', path: ['bands'], params: { reason: 'bandsOrder' } });
      }
    }),
  );

/**
 * Model 2 (battery 2.0.0): the most serious threat counts fully, raised by what exposes her and
 * lowered by her protection; exposure alone can reach "high", never "severe" (indicators/README.md).
 */
const Scoring2Schema = z
  .strictObject({
    model: z.literal(2),
    /** Other threats add `bonusRate` × their strength to the most serious one, at most `bonusCap`. */
    threat: z.strictObject({ bonusCap: unit, bonusRate: unit }),
    /** Exposure raises a threat by at most `vulnerability` (×(1+a)); protection lowers it by at most `capacity`. */
    multiplier: z.strictObject({ vulnerability: unit, capacity: z.number().check(z.gte(0), z.lt(1)) }),
    /** Bands of threat-driven risk; "severe" comes only from red flags. */
    bands: z.strictObject({ moderate: openUnit, high: openUnit }),
    /** Bands of exposure (never above "high"), as a share of the most the category can show. */
    exposureBands: z.strictObject({ moderate: openUnit, high: openUnit }),
    /** The share of threat-driven risk that adds to exposure on the exposure scale. */
    exposureWithThreat: unit,
    /** Below this share of threat questions answered, a "low" reads "not enough answers about threats". */
    minThreatCoverage: unit,
    /** A capacity answer at or above this value is a strength, never a reason for risk. */
    strengthFrom: unit,
    maxDrivers: z.int().check(z.gte(1), z.lte(10)),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (!(s.bands.moderate < s.bands.high)) {
        ctx.addIssue({ code: 'custom', path: ['bands'], params: { reason: 'bandsOrder' } });
      }
      if (!(s.exposureBands.moderate < s.exposureBands.high)) {
        ctx.addIssue({ code: 'custom', path: ['exposureBands'], params: { reason: 'bandsOrder' } });
      }
    }),
  );

const ScoringSchema = z.union([Scoring2Schema, Scoring1Schema]);

/** A red flag or combination (model 2): when it fires, the floors it sets, its urgent guidance. */
const FlagSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(['flag', 'combination']),
  when: ConditionSchema,
  floors: z
    .array(
      z.strictObject({
        category: z.enum(CATEGORY_IDS),
        level: z.enum(['high', 'severe']),
        /** Narrows this floor (e.g. severe only when repeated). */
        when: z.optional(ConditionSchema),
      }),
    )
    .check(z.minLength(1)),
  guidance: z.array(IdSchema).check(z.minLength(1)),
  /** Shown in the result: "You were threatened with death". */
  summary: TextSchema,
});

/** Urgent guidance for what fired (model 2): a titled block of `now` and `week` steps. */
const GuidanceSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  intro: TextSchema,
  /** The crisis block: shown first and apart, sharing no step with any other block. */
  crisis: z.optional(z.boolean()),
  /** Lower comes first. */
  priority: z.int().check(z.gte(0)),
  steps: z
    .array(
      z.strictObject({
        action: IdSchema,
        when: z.optional(ConditionSchema),
        unless: z.optional(ConditionSchema),
      }),
    )
    .check(z.minLength(1)),
  /** Actions that do harm when this block fired (e.g. "agree steps with your family" when the family is the danger). */
  suppresses: z._default(z.array(IdSchema), []),
});

const BatteryShape = z.strictObject({
  format: z.literal('shn-battery'),
  formatVersion: z.literal(1),
  id: IdSchema,
  version: z.string().check(z.regex(SEMVER)),
  author: z.string().check(z.trim(), z.minLength(1)),
  languages: z.array(z.string().check(z.regex(LANG))).check(z.minLength(1)),
  title: TextSchema,
  description: TextSchema,
  categories: z.array(CategorySchema).check(z.length(CATEGORY_IDS.length)),
  scales: z.array(ScaleSchema).check(z.minLength(1)),
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
  actions: z.array(ActionSchema),
  routines: z.array(RoutineSchema),
  forms: z.array(FormSchema).check(z.minLength(1)),
  scoring: ScoringSchema,
  /** Model 2: red flags and combinations. */
  flags: z.optional(z.array(FlagSchema)),
  /** Model 2: urgent guidance blocks. */
  guidance: z.optional(z.array(GuidanceSchema)),
});

export type Battery = z.infer<typeof BatteryShape>;
export type Indicator = Battery['indicators'][number];
export type Scale = Battery['scales'][number];
export type AnswerOption = Scale['options'][number];
export type Action = Battery['actions'][number];
export type Routine = Battery['routines'][number];
export type Trigger = Action['triggers'][number];
export type Form = Battery['forms'][number];
export type Category = Battery['categories'][number];
export type ScoringParameters = Battery['scoring'];
export type Scoring1 = z.infer<typeof Scoring1Schema>;
export type Scoring2 = z.infer<typeof Scoring2Schema>;
export type FlagDef = NonNullable<Battery['flags']>[number];
export type GuidanceBlock = NonNullable<Battery['guidance']>[number];

/** The scoring model a battery uses: 1 when it does not say. */
export function modelOf(battery: Pick<Battery, 'scoring'>): 1 | 2 {
  return battery.scoring.model === 2 ? 2 : 1;
}

/** A problem found in a battery file: where, a reason code, and what the words need. */
export interface BatteryIssue {
  path: (string | number)[];
  code: BatteryIssueCode;
  params: Record<string, string | number>;
}

export type BatteryIssueCode =
  | 'notJson'
  | 'missing'
  | 'wrongType'
  | 'notAllowed'
  | 'unknownKey'
  | 'badFormat'
  | 'tooSmall'
  | 'tooBig'
  | 'wrongCount'
  | 'duplicateId'
  | 'unknownReference'
  | 'missingText'
  | 'undeclaredLanguage'
  | 'weightsSum'
  | 'bandsOrder'
  | 'categoryMissing'
  | 'categoryWithoutRole'
  | 'redFlagOrder'
  | 'weightMissing'
  | 'severityMissing'
  | 'windowMissing'
  | 'redFlagsInModel2'
  | 'model2Only'
  | 'contextScored'
  | 'conditionUnknown'
  | 'conditionDepth'
  | 'showIfOrder'
  | 'followUpLowers'
  | 'flagNotUpward'
  | 'guidanceMissing'
  | 'guidanceNoNow'
  | 'stepHorizon'
  | 'crisisMixed'
  | 'fallbackMissing'
  | 'fallbackCycle'
  | 'triggersMissing'
  | 'formClosure'
  | 'scaleOrder'
  | 'invalid';

export type ParseBatteryResult = { ok: true; battery: Battery } | { ok: false; issues: BatteryIssue[] };

export interface ParseBatteryOptions {
  /**
   * The declared languages whose texts must all be there; by default every declared language.
   * Only for a battery the app ships, checked whole in every language before release
   * (`npm run validate:indicators`), whose other languages' texts arrive separately
   * (src/services/packedText.ts). A file from outside is always checked whole.
   */
  textLanguages?: readonly string[];
}

/**
 * Checks anything (already JSON-parsed) against the battery format and its internal references.
 * Returns the battery, or every problem found, each with its path. Never throws.
 */
export function parseBattery(input: unknown, options: ParseBatteryOptions = {}): ParseBatteryResult {
  const shape = BatteryShape.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { ok: false, issues: shape.error.issues.flatMap((i) => fromZodIssue(i, [])) };
  }
  const issues = checkReferences(shape.data, options.textLanguages);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, battery: shape.data };
}

/** `parseBattery` for text (a file a trainer edited): a JSON syntax error is one more issue. */
export function parseBatteryText(text: string, options: ParseBatteryOptions = {}): ParseBatteryResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return { ok: false, issues: [{ path: [], code: 'notJson', params: { detail } }] };
  }
  return parseBattery(json, options);
}

/** One zod issue as report issues (the closest branch of a union), with `prefix` before its path. */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: BatteryIssue['path']): BatteryIssue[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that came closest (a model-2 scoring block, one kind of condition).
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    if (closest.length > 0) return closest.flatMap((i) => fromZodIssue(i, path));
  }
  return [fromZodIssueAt(issue, path)];
}

function fromZodIssueAt(issue: z.core.$ZodIssue, path: BatteryIssue['path']): BatteryIssue {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { path, code: 'missing', params: { expected: issue.expected } }
        : { path, code: 'wrongType', params: { expected: issue.expected } };
    case 'invalid_value':
      return { path, code: 'notAllowed', params: { allowed: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { path, code: 'unknownKey', params: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      return { path, code: 'badFormat', params: { format: issue.format } };
    case 'invalid_key':
      return { path, code: 'badFormat', params: { format: 'key' } };
    case 'too_small':
      return issue.exact
        ? { path, code: 'wrongCount', params: { count: Number(issue.minimum) } }
        : { path, code: 'tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.exact
        ? { path, code: 'wrongCount', params: { count: Number(issue.maximum) } }
        : { path, code: 'tooBig', params: { maximum: Number(issue.maximum) } };
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      const reason = params.reason;
      if (reason === 'weightsSum' || reason === 'bandsOrder') {
        return { path, code: reason, params };
      }
      return { path, code: 'invalid', params: {} };
    }
    default:
      return { path, code: 'invalid', params: {} };
  }
}

/** Cross-checks that a schema cannot express: unique ids, links, languages, coverage. */
function checkReferences(b: Battery, textLanguages?: readonly string[]): BatteryIssue[] {
  const issues: BatteryIssue[] = [];
  const add = (path: BatteryIssue['path'], code: BatteryIssueCode, params: BatteryIssue['params'] = {}) =>
    issues.push({ path, code, params });

  const unique = (list: { id: string }[], at: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add([at, i, 'id'], 'duplicateId', { id: item.id });
      seen.add(item.id);
    });
  };
  unique(b.categories, 'categories');
  unique(b.scales, 'scales');
  unique(b.indicators, 'indicators');
  unique(b.forms, 'forms');
  unique([...b.actions, ...b.routines], 'actions');

  const declared = new Set(b.languages);
  const required = textLanguages ? b.languages.filter((l) => textLanguages.includes(l)) : b.languages;
  const checkText = (text: Text | undefined, path: BatteryIssue['path']) => {
    if (!text) return;
    for (const lang of required) {
      if (!text[lang]) add(path, 'missingText', { language: lang });
    }
    for (const lang of Object.keys(text)) {
      if (!declared.has(lang)) add([...path, lang], 'undeclaredLanguage', { language: lang });
    }
  };
  checkText(b.title, ['title']);
  checkText(b.description, ['description']);

  for (const id of CATEGORY_IDS) {
    if (!b.categories.some((c) => c.id === id)) add(['categories'], 'categoryMissing', { category: id });
  }
  b.categories.forEach((c, i) => {
    checkText(c.name, ['categories', i, 'name']);
    checkText(c.intro, ['categories', i, 'intro']);
  });

  const scales = new Map(b.scales.map((s) => [s.id, s]));
  b.scales.forEach((s, i) => {
    const seen = new Set<string>();
    s.options.forEach((o, j) => {
      if (seen.has(o.id)) add(['scales', i, 'options', j, 'id'], 'duplicateId', { id: o.id });
      seen.add(o.id);
      checkText(o.label, ['scales', i, 'options', j, 'label']);
    });
  });

  const indicators = new Map(b.indicators.map((ind) => [ind.id, ind]));
  b.indicators.forEach((ind, i) => {
    checkText(ind.question, ['indicators', i, 'question']);
    checkText(ind.help, ['indicators', i, 'help']);
    checkText(ind.summary, ['indicators', i, 'summary']);
    const scale = scales.get(ind.scale);
    if (!scale) {
      add(['indicators', i, 'scale'], 'unknownReference', { kind: 'scale', id: ind.scale });
      return;
    }
    ind.redFlags.forEach((flag, j) => {
      const flagged = scale.options.find((o) => o.id === flag.option);
      if (!flagged) {
        add(['indicators', i, 'redFlags', j, 'option'], 'unknownReference', {
          kind: 'option',
          id: flag.option,
        });
        return;
      }
      // A worse answer must keep at least the same floor, or a worse answer could lower a level.
      const risk = (value: number) => (ind.role === 'capacity' ? 1 - value : value);
      for (const worse of scale.options.filter((o) => risk(o.value) > risk(flagged.value))) {
        const floor = ind.redFlags.find((f) => f.option === worse.id)?.floor;
        if (!floor || LEVELS.indexOf(floor) < LEVELS.indexOf(flag.floor)) {
          add(['indicators', i, 'redFlags', j], 'redFlagOrder', { option: flag.option, worse: worse.id });
        }
      }
    });
  });

  if (modelOf(b) === 2) checkModel2(b, add, checkText);
  else {
    b.indicators.forEach((ind, i) => {
      if (ind.weight === undefined) add(['indicators', i, 'weight'], 'weightMissing');
      if (ind.role === 'context') add(['indicators', i, 'role'], 'model2Only', { field: 'context' });
      for (const field of ['severity', 'window', 'showIf', 'scored'] as const) {
        if (ind[field] !== undefined) add(['indicators', i, field], 'model2Only', { field });
      }
    });
    if (b.flags) add(['flags'], 'model2Only', { field: 'flags' });
    if (b.guidance) add(['guidance'], 'model2Only', { field: 'guidance' });
    b.actions.forEach((a, i) => {
      if (a.triggers.length === 0) add(['actions', i, 'triggers'], 'triggersMissing');
    });
  }

  for (const category of CATEGORY_IDS) {
    for (const role of ROLES) {
      if (!b.indicators.some((ind) => ind.category === category && ind.role === role)) {
        add(['indicators'], 'categoryWithoutRole', { category, role });
      }
    }
  }

  const checkTriggers = (triggers: Trigger[], path: BatteryIssue['path']) => {
    triggers.forEach((t, j) => {
      const ind = indicators.get(t.indicator);
      if (!ind) {
        add([...path, j, 'indicator'], 'unknownReference', { kind: 'indicator', id: t.indicator });
        return;
      }
      const scale = scales.get(ind.scale);
      t.options.forEach((o, k) => {
        if (scale && !scale.options.some((opt) => opt.id === o)) {
          add([...path, j, 'options', k], 'unknownReference', { kind: 'option', id: o });
        }
      });
    });
  };
  b.actions.forEach((a, i) => {
    checkText(a.title, ['actions', i, 'title']);
    checkText(a.detail, ['actions', i, 'detail']);
    checkTriggers(a.triggers, ['actions', i, 'triggers']);
  });
  b.routines.forEach((r, i) => {
    checkText(r.title, ['routines', i, 'title']);
    checkText(r.detail, ['routines', i, 'detail']);
    checkTriggers(r.triggers, ['routines', i, 'triggers']);
  });

  b.forms.forEach((f, i) => {
    checkText(f.name, ['forms', i, 'name']);
    const seen = new Set<string>();
    f.indicators.forEach((id, j) => {
      if (!indicators.has(id))
        add(['forms', i, 'indicators', j], 'unknownReference', { kind: 'indicator', id });
      if (seen.has(id)) add(['forms', i, 'indicators', j], 'duplicateId', { id });
      seen.add(id);
    });
  });
  if (!b.forms.some((f) => f.id === 'full')) add(['forms'], 'unknownReference', { kind: 'form', id: 'full' });

  return issues;
}

/**
 * Whether the battery declares `language` but does not hold its texts yet: a shipped battery
 * whose texts in that language could not be fetched (offline, never kept), shown in its first
 * language meanwhile. A language's texts arrive all at once, so its title tells.
 */
export function awaitsTextsIn(battery: Pick<Battery, 'languages' | 'title'>, language: string): boolean {
  return battery.languages.includes(language) && battery.title[language] === undefined;
}

/** The text in the wanted language, else in the battery's first language. */
export function pickText(text: Text, language: string, battery: Pick<Battery, 'languages'>): string {
  return text[language] ?? text[battery.languages[0] ?? 'en'] ?? Object.values(text)[0] ?? '';
}

/** The indicators of a form, in order. Unknown ids were rejected by `parseBattery`. */
export function formIndicators(battery: Battery, formId: string): Indicator[] {
  const form = battery.forms.find((f) => f.id === formId) ?? battery.forms[0];
  if (!form) return [];
  const byId = new Map(battery.indicators.map((i) => [i.id, i]));
  return form.indicators.flatMap((id) => {
    const ind = byId.get(id);
    return ind ? [ind] : [];
  });
}

/**
 * The order questions are asked in: context questions that everyone is asked come first ("about
 * your work": they open follow-ups anywhere), then each category in the fixed order, the form's
 * order inside each. Follow-ups sit where the form puts them, so they appear after what opens them.
 */
export function askingOrder(battery: Battery, formId: string): Indicator[] {
  const items = formIndicators(battery, formId);
  const first = items.filter((i) => i.role === 'context' && !i.showIf);
  const rest = items.filter((i) => !first.includes(i));
  return [...first, ...CATEGORY_IDS.flatMap((c) => rest.filter((i) => i.category === c))];
}

/** The answer scale of an indicator. */
export function scaleOf(battery: Battery, indicator: Indicator): Scale {
  const scale = battery.scales.find((s) => s.id === indicator.scale);
  if (!scale) throw new Error(`battery: unknown scale ${indicator.scale}`);
  return scale;
}

/**
 * What a form may be used for. The full form is always for her own assessment. Another form is
 * offered for real assessments only when it declares `use: "assessment"` — which the validator
 * accepts only if the form reaches the same red flags and urgent steps as the full form
 * (`formClosure`). Any other form (the 1.0.0 short form among them) is for workshops only.
 */
export function formUse(battery: Battery, formId: string): FormUse {
  if (formId === 'full') return 'assessment';
  const form = battery.forms.find((f) => f.id === formId);
  return form?.use === 'assessment' ? 'assessment' : 'workshop';
}
