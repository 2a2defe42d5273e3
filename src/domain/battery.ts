/**
 * The indicator battery: the one definition of what a battery file holds (DESIGN.md §3, §4).
 *
 * A battery is data, not code. It is written by people (us, or a trainer adapting it), so every
 * file passes `parseBattery`, which reports every problem with its path as a reason code plus
 * parameters. The words for those codes live in the locales (`battery` namespace), not here.
 */
import * as z from 'zod/mini';

// zod/mini: tree-shakable, and the same flavour as the storage schemas, so the app ships one zod.
// No code generation: zod's fast path probes `new Function`, which the app's CSP forbids (P1).
z.config({ jitless: true });

/** The five categories of CIASE's "Secure, Here and Now", in the order they are shown. */
export const CATEGORY_IDS = ['emotional', 'physical', 'spiritual', 'economic', 'political'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const ROLES = ['threat', 'vulnerability', 'capacity'] as const;
export type Role = (typeof ROLES)[number];

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
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(7)),
});

const RedFlagSchema = z.strictObject({
  option: IdSchema,
  /** The level this answer forces as a floor on its category, whatever the rest says. */
  floor: z.enum(['high', 'severe']),
});

const IndicatorSchema = z.strictObject({
  id: IdSchema,
  category: z.enum(CATEGORY_IDS),
  role: z.enum(ROLES),
  level: z.enum(RISK_LEVELS),
  sphere: z.enum(SPHERES),
  question: TextSchema,
  help: z.optional(TextSchema),
  /** Short words for this answer in a "why" list, e.g. "people have spread lies about you". */
  summary: TextSchema,
  scale: IdSchema,
  weight: z.int().check(z.gte(1), z.lte(5)),
  redFlags: z._default(z.array(RedFlagSchema), []),
  /** Marks the item that asks how endangered she feels: her own judgment counts. */
  selfRated: z.optional(z.boolean()),
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
  triggers: z.array(TriggerSchema).check(z.minLength(1)),
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
  name: TextSchema,
  /** Indicator ids in the order they are asked. */
  indicators: z.array(IdSchema).check(z.minLength(1)),
});

const ScoringSchema = z
  .strictObject({
    /** How much each part counts in a category score; they add up to 1. */
    roleWeights: z.strictObject({
      threat: z.number().check(z.gte(0), z.lte(1)),
      vulnerability: z.number().check(z.gte(0), z.lte(1)),
      capacity: z.number().check(z.gte(0), z.lte(1)),
    }),
    /** Lowest score (0–1) of each band above "low"; strictly increasing. */
    bands: z.strictObject({
      moderate: z.number().check(z.gt(0), z.lt(1)),
      high: z.number().check(z.gt(0), z.lt(1)),
      severe: z.number().check(z.gt(0), z.lt(1)),
    }),
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
  | 'invalid';

export type ParseBatteryResult = { ok: true; battery: Battery } | { ok: false; issues: BatteryIssue[] };

/**
 * Checks anything (already JSON-parsed) against the battery format and its internal references.
 * Returns the battery, or every problem found, each with its path. Never throws.
 */
export function parseBattery(input: unknown): ParseBatteryResult {
  const shape = BatteryShape.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { ok: false, issues: shape.error.issues.map(fromZodIssue) };
  }
  const issues = checkReferences(shape.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, battery: shape.data };
}

/** `parseBattery` for text (a file a trainer edited): a JSON syntax error is one more issue. */
export function parseBatteryText(text: string): ParseBatteryResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return { ok: false, issues: [{ path: [], code: 'notJson', params: { detail } }] };
  }
  return parseBattery(json);
}

function fromZodIssue(issue: z.core.$ZodIssue): BatteryIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
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
function checkReferences(b: Battery): BatteryIssue[] {
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
  const checkText = (text: Text | undefined, path: BatteryIssue['path']) => {
    if (!text) return;
    for (const lang of b.languages) {
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

/** The answer scale of an indicator. */
export function scaleOf(battery: Battery, indicator: Indicator): Scale {
  const scale = battery.scales.find((s) => s.id === indicator.scale);
  if (!scale) throw new Error(`battery: unknown scale ${indicator.scale}`);
  return scale;
}
