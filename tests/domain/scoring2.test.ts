/** Model 2 on a small fixture, with numbers worked out by hand (indicators/README.md "Model 2"). */
import { describe, expect, it } from 'vitest';
import {
  buildSteps,
  combineThreats,
  isUrgent,
  levelSummary,
  parseBattery,
  recommend,
  score,
  visibleIndicators,
  type CategoryResult,
} from '../../src/domain/index.ts';
import { model2Battery, model2BatteryJson } from './fixtures/model2.ts';

const battery = model2Battery();
const cat = (answers: Record<string, string>, id: string, form = 'full'): CategoryResult => {
  const c = score(battery, answers, form).categories.find((x) => x.category === id);
  if (!c) throw new Error(id);
  return c;
};
const scoring = { threat: { bonusCap: 0.15, bonusRate: 0.5 } };

describe('threats: the most serious counts fully, the others add a capped bonus', () => {
  it('combines by max plus bonus', () => {
    expect(combineThreats([], scoring)).toBe(0);
    expect(combineThreats([0.68], scoring)).toBeCloseTo(0.68);
    expect(combineThreats([0.68, 0.2], scoring)).toBeCloseTo(0.78);
    expect(combineThreats([0.68, 0.2, 0.2, 0.2], scoring)).toBeCloseTo(0.83); // capped at +0.15
    expect(combineThreats([0.95, 0.9, 0.9], scoring)).toBe(1);
  });

  it('one "once" of an event threat is not diluted by "never" answers', () => {
    // No protection in place (a skipped or unanswered protection is taken as present: skipping never raises).
    const alone = cat({ 'economic.event': 'once', 'economic.cap': 'none' }, 'economic');
    const withNevers = cat(
      { 'economic.event': 'once', 'economic.freq': 'never', 'economic.cap': 'none' },
      'economic',
    );
    expect(alone.parts.threat).toBeCloseTo(0.68);
    expect(withNevers.parts.threat).toBeCloseTo(0.68);
    expect(withNevers.level).toBe('high'); // R_T = 0.68 ≥ 0.5 with nothing else answered
    expect(withNevers.kind).toBe('threats');
  });

  it('exposure raises and protection lowers a threat, within bounds', () => {
    const base = { 'spiritual.event': 'no', 'spiritual.freq': 'once', 'spiritual.cap': 'none' }; // T = 0.2
    expect(cat(base, 'spiritual').paths?.threat).toBeCloseTo(0.2);
    // vulnerability at its worst: × 1.5
    expect(cat({ ...base, 'spiritual.vul': 'very' }, 'spiritual').paths?.threat).toBeCloseTo(0.3);
    // full protection in place: × 0.65
    expect(cat({ ...base, 'spiritual.cap': 'fully' }, 'spiritual').paths?.threat).toBeCloseTo(0.13);
  });
});

describe('levels', () => {
  it('exposure alone reaches high at most, and is worded as exposure', () => {
    const answers = {
      'economic.event': 'no',
      'economic.freq': 'never',
      'economic.vul': 'very',
      'economic.cap': 'none',
    };
    const c = cat(answers, 'economic');
    // E = 1 − (1 − 0.4)(1 − 0.3) = 0.58: all the exposure this category's questions can show → 1
    expect(c.paths?.exposure).toBeCloseTo(1);
    expect(c.level).toBe('high');
    expect(c.kind).toBe('exposure');
    expect(score(battery, answers).soon).toEqual(['economic']);
    // in emotional, with one more question about exposure, the same answers are a smaller share
    const emo = cat(
      {
        'emotional.event': 'no',
        'emotional.freq': 'never',
        'emotional.vul': 'very',
        'emotional.cap': 'none',
      },
      'emotional',
    );
    expect(emo.paths?.exposure).toBeCloseTo(0.58 / 0.79);
    expect(emo.level).toBe('moderate');
  });

  it('threats and exposure add up', () => {
    // T = 0.2 (once), no protection, full exposure: R = 0.2 × 1.5 = 0.3 (moderate);
    // together 1 − (1 − 0.5 × 0.3)(1 − 1) = 1 → high
    const c = cat(
      { 'economic.event': 'no', 'economic.freq': 'once', 'economic.vul': 'very', 'economic.cap': 'none' },
      'economic',
    );
    expect(c.paths?.threat).toBeCloseTo(0.3);
    expect(c.level).toBe('high');
    expect(c.kind).toBe('threats');
  });

  it('severe comes only from a floor', () => {
    const all = { 'physical.event': 'few', 'physical.freq': 'never' };
    expect(cat(all, 'physical').level).toBe('severe'); // r1 few
    const once = {
      'physical.event': 'once',
      'physical.freq': 'never',
      'physical.vul': 'very',
      'physical.cap': 'none',
    };
    expect(cat(once, 'physical').level).toBe('high'); // R_T = 1 but no severe floor
  });

  it('capacities never erase a floor', () => {
    const c = cat({ 'physical.event': 'few', 'physical.cap': 'fully', 'physical.freq': 'never' }, 'physical');
    expect(c.level).toBe('severe');
    expect(c.strengths?.map((s) => s.indicatorId)).toEqual(['physical.cap']);
    expect(c.drivers.map((d) => d.indicatorId)).not.toContain('physical.cap');
  });

  it('a combination sets its own floor', () => {
    const c = cat({ 'physical.event': 'once', 'physical.freq': 'once' }, 'physical');
    expect(c.level).toBe('severe');
    expect(c.flags?.map((f) => f.id)).toEqual(['r1', 'c1']);
  });

  it('a flag floors exactly the categories it names', () => {
    const r = score(battery, { 'political.event': 'once', 'political.freq': 'never' });
    const level = (id: string) => r.categories.find((c) => c.category === id)?.level;
    expect(level('political')).toBe('high');
    expect(level('physical')).toBe('high');
    expect(r.categories.find((c) => c.category === 'physical')?.kind).toBe('threats');
    // its trigger is the first physical driver, because that floor is the level shown
    expect(r.categories.find((c) => c.category === 'physical')?.drivers[0]?.indicatorId).toBe(
      'political.event',
    );
    expect(level('economic')).toBe('insufficient');
  });
});

describe('coverage by role', () => {
  it('every threat skipped: not enough answers about threats, never low', () => {
    const c = cat(
      { 'economic.event': 'skip', 'economic.freq': 'skip', 'economic.vul': 'quite', 'economic.cap': 'none' },
      'economic',
    );
    expect(c.level).toBe('insufficient');
    expect(c.insufficient).toBe('threats');
    expect(c.exposureOnly).toBe('high'); // E = 1 − (1 − 0.4 × 0.67)(1 − 0.3) = 0.49, of at most 0.58
  });

  it('nothing answered: not enough answers at all', () => {
    expect(cat({}, 'spiritual').insufficient).toBe('all');
  });

  it('a red flag among the answers given fires whatever was skipped', () => {
    const c = cat({ 'physical.event': 'once', 'physical.freq': 'skip', 'physical.cap': 'skip' }, 'physical');
    expect(c.level).toBe('high');
  });

  it('counts questions per role', () => {
    const c = cat({ 'economic.event': 'no', 'economic.freq': 'skip' }, 'economic');
    expect(c.roleCoverage?.threat).toEqual({ asked: 2, answered: 1, skipped: 1 });
  });
});

describe('the why', () => {
  it('drivers only add risk; strong capacities are strengths', () => {
    const c = cat(
      {
        'emotional.event': 'no',
        'emotional.freq': 'once',
        'emotional.vul': 'not-at-all',
        'emotional.cap': 'mostly',
      },
      'emotional',
    );
    expect(c.drivers.map((d) => d.indicatorId)).toEqual(['emotional.freq']);
    expect(c.drivers.every((d) => d.effect === 'adds')).toBe(true);
    expect(c.strengths?.map((s) => s.indicatorId)).toEqual(['emotional.cap']);
  });

  it('her own sense of danger is kept, and "great" is the first physical driver', () => {
    const quite = cat(
      { 'physical.self': 'quite', 'physical.event': 'no', 'physical.freq': 'never' },
      'physical',
    );
    expect(quite.selfRated?.optionId).toBe('quite');
    expect(quite.kind).toBe('threats');
    const great = cat(
      { 'physical.self': 'great', 'physical.event': 'no', 'physical.freq': 'often', 'physical.vul': 'very' },
      'physical',
    );
    expect(great.level).toBe('high');
    expect(great.drivers[0]?.indicatorId).toBe('physical.self');
  });
});

describe('follow-ups', () => {
  it('appear only while their gate holds, and hidden answers are ignored', () => {
    const ids = (a: Record<string, string>) => visibleIndicators(battery, 'full', a).map((i) => i.id);
    expect(ids({})).not.toContain('physical.follow');
    expect(ids({ 'physical.freq': 'skip' })).not.toContain('physical.follow');
    expect(ids({ 'physical.freq': 'once' })).toContain('physical.follow');
    const hidden = cat(
      { 'physical.follow': 'many', 'physical.event': 'no', 'physical.freq': 'never' },
      'physical',
    );
    expect(hidden.answers.map((a) => a.indicatorId)).not.toContain('physical.follow');
    expect(hidden.parts.threat).toBe(0);
  });

  it('context questions come first in the steps, then each category', () => {
    const steps = buildSteps(battery, 'full', {});
    expect(steps[0]).toMatchObject({ type: 'question', indicator: { id: 'org' } });
    expect(steps[1]).toMatchObject({ type: 'intro', category: 'emotional' });
    const withThreat = buildSteps(battery, 'full', { 'physical.event': 'once' });
    expect(withThreat.length).toBe(steps.length + 2); // physical.follow and political.records
  });
});

describe('urgent guidance', () => {
  it('no flag, no box', () => {
    const r = score(battery, { 'emotional.vul': 'very', 'emotional.cap': 'none', 'emotional.event': 'no' });
    expect(isUrgent(r)).toBe(false);
    expect(recommend(battery, r).urgent).toBeUndefined();
  });

  it('crisis apart, each step once, now before week, fallback without an organisation, suppression everywhere', () => {
    const r = score(battery, {
      org: 'none',
      'physical.event': 'few',
      'physical.freq': 'once',
      'emotional.dark': 'yes',
      'political.event': 'once',
    });
    const recs = recommend(battery, r);
    expect(recs.urgent?.crisis?.steps.map((s) => s.actionId)).toEqual(['act.talk-today']);
    expect(recs.urgent?.blocks).toEqual(['g.life', 'g.named']);
    const steps = recs.urgent?.steps ?? [];
    expect(steps.map((s) => s.actionId)).toEqual(['act.tell-network', 'act.family-steps', 'act.review-plan']);
    expect(steps[0]?.fallbackOf).toBe('act.tell-org');
    expect(steps[0]?.blocks).toEqual(['g.life', 'g.named']);
    // "unless org = none" removed go-safer; g.life suppresses the family talk in the ordinary list too
    expect(recs.actions.map((a) => a.id)).not.toContain('act.family-talk');
    expect(recs.actions.filter((a) => a.isUrgent).map((a) => a.id)).toEqual([
      'act.talk-today',
      'act.tell-network',
      'act.family-steps',
      'act.review-plan',
    ]);
  });

  it('with an organisation, the organisation step stays', () => {
    const r = score(battery, { org: 'registered', 'physical.event': 'once' });
    const steps = recommend(battery, r).urgent?.steps.map((s) => s.actionId);
    expect(steps).toEqual(['act.go-safer', 'act.tell-org', 'act.review-plan']);
  });
});

describe('stored levels', () => {
  it('keep kind and the model', () => {
    const r = score(battery, { 'economic.event': 'once', 'economic.cap': 'none' });
    const summary = levelSummary(r);
    expect(summary.model).toBe(2);
    expect(summary.categories.find((c) => c.category === 'economic')).toEqual({
      category: 'economic',
      level: 'high',
      kind: 'threats',
    });
  });
});

describe('validator (model 2)', () => {
  const issuesOf = (mutate: (j: Record<string, unknown>) => void) => {
    const json = model2BatteryJson();
    mutate(json);
    const parsed = parseBattery(json);
    return parsed.ok ? [] : parsed.issues.map((i) => i.code);
  };
  type J = Record<string, unknown> & {
    indicators: Record<string, unknown>[];
    actions: Record<string, unknown>[];
    forms: { id: string; indicators: string[] }[];
    flags: Record<string, unknown>[];
    guidance: { steps: Record<string, unknown>[]; crisis?: boolean }[];
  };
  const edit = (f: (j: J) => void) => issuesOf((j) => f(j as J));

  it('accepts the fixture', () => {
    expect(edit(() => undefined)).toEqual([]);
  });
  it('needs a severity and a window on scored items', () => {
    expect(edit((j) => delete j.indicators[1]?.severity)).toContain('severityMissing');
    expect(edit((j) => delete j.indicators[1]?.window)).toContain('windowMissing');
  });
  it('refuses a follow-up asked before what opens it', () => {
    expect(
      edit((j) => {
        const full = j.forms[0];
        if (full)
          full.indicators = [
            'political.records',
            ...full.indicators.filter((i) => i !== 'political.records'),
          ];
        const records = j.indicators.find((i) => i.id === 'political.records');
        if (records) records.showIf = { item: 'political.event', in: ['once'] };
        if (records) records.category = 'emotional';
      }),
    ).toContain('showIfOrder');
  });
  it('refuses a scored protection opened by a risk answer', () => {
    expect(
      edit((j) => {
        const records = j.indicators.find((i) => i.id === 'political.records');
        if (records) {
          delete records.scored;
          records.severity = 0.2;
        }
      }),
    ).toContain('followUpLowers');
  });
  it('refuses a flag that a worse answer would not fire', () => {
    expect(
      edit((j) => ((j.flags[0] as { when: unknown }).when = { item: 'physical.event', in: ['once'] })),
    ).toContain('flagNotUpward');
  });
  it('refuses unknown ids in conditions', () => {
    expect(edit((j) => ((j.flags[0] as { when: unknown }).when = { item: 'nope', in: ['x'] }))).toContain(
      'conditionUnknown',
    );
  });
  it('keeps the crisis block apart', () => {
    expect(edit((j) => j.guidance[0]?.steps.push({ action: 'act.tell-network' }))).toContain('crisisMixed');
  });
  it('needs a now step in every block, and no ongoing step', () => {
    expect(edit((j) => j.guidance[3] && (j.guidance[3].steps = [{ action: 'act.review-plan' }]))).toContain(
      'guidanceNoNow',
    );
  });
  it('needs a fallback for an action that requires an organisation', () => {
    expect(edit((j) => delete j.actions[1]?.fallback)).toContain('fallbackMissing');
  });
  it('refuses a short form for real use that misses a red-flag question', () => {
    expect(
      edit(
        (j) =>
          j.forms[1] && (j.forms[1].indicators = j.forms[1].indicators.filter((i) => i !== 'emotional.dark')),
      ),
    ).toContain('formClosure');
  });
  it('a model-1 battery may not use model-2 fields', () => {
    expect(
      edit((j) => {
        j.scoring = {
          roleWeights: { threat: 0.5, vulnerability: 0.3, capacity: 0.2 },
          bands: { moderate: 0.1, high: 0.3, severe: 0.6 },
          minCoverage: 0.5,
          maxDrivers: 3,
        };
      }),
    ).toEqual(expect.arrayContaining(['weightMissing', 'model2Only']));
  });
});
