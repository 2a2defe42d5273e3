/**
 * A small model-2 battery for the screens' tests (and a look at them): every category has a
 * threat, a vulnerability and a capacity; a context question about her organisation opens
 * fallbacks; physical has a threat to life (r1), her own sense of danger (r12) and a follow-up
 * asked only when a physical threat was reported; emotional has the crisis item (r11).
 */
import { CATEGORY_IDS, parseBattery, type Battery } from '../../src/domain/index.ts';
import { model2Scales, model2Scoring } from '../helpers/model2Parts.ts';

const t = (en: string) => ({ en });

export function model2BatteryJson(): Record<string, unknown> {
  const basic = (c: string, severity = { t: 0.6, v: 0.6, c: 0.5 }) => [
    {
      id: `${c}.t`,
      category: c,
      role: 'threat',
      level: 'personal',
      sphere: 'both',
      question: t(`In the last three months, ${c} threat?`),
      summary: t(`${c} threat`),
      scale: 'frequency',
      severity: severity.t,
      window: '3m',
    },
    {
      id: `${c}.v`,
      category: c,
      role: 'vulnerability',
      level: 'personal',
      sphere: 'offline',
      question: t(`Right now, ${c} exposure?`),
      summary: t(`${c} exposure`),
      scale: 'extent',
      severity: severity.v,
      window: 'now',
    },
    {
      id: `${c}.c`,
      category: c,
      role: 'capacity',
      level: 'organisational',
      sphere: 'offline',
      question: t(`Right now, ${c} protection?`),
      summary: t(`${c} protection`),
      scale: 'strength',
      severity: severity.c,
      window: 'now',
    },
  ];
  const indicators = [
    {
      id: 'pol.organisation',
      category: 'political',
      role: 'context',
      level: 'organisational',
      sphere: 'offline',
      question: t('Right now, do you work with an organisation?'),
      summary: t('Working with an organisation'),
      scale: 'organisation',
    },
    ...basic('emotional', { t: 0.5, v: 0.7, c: 0.5 }),
    {
      id: 'emo.not-want-to-live',
      category: 'emotional',
      role: 'vulnerability',
      level: 'personal',
      sphere: 'offline',
      question: t('In the last two weeks, have you had thoughts of not wanting to live?'),
      summary: t('Thoughts of not wanting to live'),
      care: t('The next question is about thoughts of not wanting to live. You can skip it.'),
      scale: 'yesno',
      severity: 0.3,
      window: '2w',
    },
    ...basic('physical'),
    {
      id: 'phy.death-threat',
      category: 'physical',
      role: 'threat',
      level: 'personal',
      sphere: 'both',
      question: t('In the last three months, were you threatened with death?'),
      summary: t('Threatened with death'),
      scale: 'event',
      severity: 0.9,
      window: '3m',
    },
    {
      id: 'phy.feel-endangered',
      category: 'physical',
      role: 'threat',
      level: 'personal',
      sphere: 'both',
      question: t('Right now, how much danger do you feel you are in?'),
      summary: t('How endangered you feel'),
      scale: 'danger',
      severity: 0.5,
      window: 'now',
      selfRated: true,
    },
    {
      id: 'phy.watched',
      category: 'physical',
      role: 'threat',
      level: 'personal',
      sphere: 'offline',
      question: t('In the last three months, were you followed or watched?'),
      summary: t('Followed or watched'),
      scale: 'frequency',
      severity: 0.6,
      window: '3m',
      showIf: { reported: 'threat', categories: ['physical'] },
    },
    ...basic('spiritual'),
    ...basic('economic', { t: 0.6, v: 0.7, c: 0.5 }),
    ...basic('political'),
  ];
  const action = (
    id: string,
    horizon: 'now' | 'week' | 'ongoing',
    extra: Record<string, unknown> = {},
    categories = ['physical'],
  ) => ({
    id,
    categories,
    horizon,
    who: 'me',
    kind: 'response',
    title: t(`Title of ${id}`),
    detail: t(`Detail of ${id}`),
    triggers: [],
    urgentOnly: true,
    ...extra,
  });
  return {
    format: 'shn-battery',
    formatVersion: 1,
    id: 'model2-test',
    version: '2.0.0',
    author: 'tests',
    languages: ['en'],
    title: t('Model 2 test'),
    description: t('A small model-2 battery for tests'),
    categories: CATEGORY_IDS.map((c) => ({ id: c, name: t(`${c} security`), intro: t(`About ${c}`) })),
    scales: model2Scales(),
    indicators,
    actions: [
      action('act.u.tell-people-today', 'now', {
        who: 'organisation',
        requires: { item: 'pol.organisation', in: ['registered'] },
        fallback: 'act.u.tell-friends',
      }),
      action('act.u.tell-friends', 'now', { who: 'trusted' }),
      action('act.u.go-safer-place', 'now'),
      action('act.u.review-plan', 'week'),
      action('act.feel.talk', 'now'),
      action('act.crisis.reach-one', 'now', {}, ['emotional']),
      action('act.crisis.counsellor', 'week', {}, ['emotional']),
      {
        id: 'act.eco.budget',
        categories: ['economic'],
        horizon: 'week',
        who: 'me',
        kind: 'prevention',
        title: t('Make a small budget'),
        detail: t('Detail'),
        triggers: [{ indicator: 'economic.v', options: ['quite', 'very'] }],
      },
      {
        id: 'act.eco.savings',
        categories: ['economic'],
        horizon: 'now',
        who: 'me',
        kind: 'prevention',
        title: t('Put a little aside'),
        detail: t('Detail'),
        triggers: [{ indicator: 'economic.c', options: ['none', 'partly'] }],
      },
      {
        id: 'act.phy.vary',
        categories: ['physical'],
        horizon: 'week',
        who: 'me',
        kind: 'prevention',
        title: t('Vary your routes'),
        detail: t('Detail'),
        triggers: [{ indicator: 'physical.v', options: ['quite', 'very'] }],
      },
    ],
    routines: [
      {
        id: 'rtn.rest',
        categories: ['emotional'],
        who: 'me',
        rhythm: 'daily',
        title: t('Rest'),
        detail: t('Detail'),
        triggers: [{ indicator: 'emotional.v', options: ['quite', 'very'] }],
      },
    ],
    forms: [
      { id: 'full', use: 'assessment', name: t('Full'), indicators: indicators.map((i) => i.id) },
      { id: 'short', name: t('Short'), indicators: CATEGORY_IDS.map((c) => `${c}.t`) },
    ],
    scoring: model2Scoring({ exposureBands: { moderate: 0.32, high: 0.55 } }),
    flags: [
      {
        id: 'r1',
        type: 'flag',
        when: { item: 'phy.death-threat', in: ['once', 'few', 'many'] },
        floors: [
          { category: 'physical', level: 'high' },
          { category: 'physical', level: 'severe', when: { item: 'phy.death-threat', in: ['few', 'many'] } },
        ],
        guidance: ['g.life'],
        summary: t('You were threatened with death'),
      },
      {
        id: 'r11',
        type: 'flag',
        when: { item: 'emo.not-want-to-live', in: ['yes'] },
        floors: [{ category: 'emotional', level: 'high' }],
        guidance: ['g.crisis'],
        summary: t('You have had thoughts of not wanting to live'),
      },
      {
        id: 'r12',
        type: 'flag',
        when: { item: 'phy.feel-endangered', in: ['great'] },
        floors: [{ category: 'physical', level: 'high' }],
        guidance: ['g.feel'],
        summary: t('You feel in great danger'),
      },
    ],
    guidance: [
      {
        id: 'g.crisis',
        title: t('Take care of yourself first'),
        intro: t('Such thoughts can ease with help.'),
        crisis: true,
        priority: 0,
        steps: [{ action: 'act.crisis.reach-one' }, { action: 'act.crisis.counsellor' }],
      },
      {
        id: 'g.life',
        title: t('A threat to your life'),
        intro: t('Act on it today, one step at a time.'),
        priority: 2,
        steps: [
          { action: 'act.u.go-safer-place' },
          { action: 'act.u.tell-people-today' },
          { action: 'act.u.review-plan' },
        ],
      },
      {
        id: 'g.feel',
        title: t('Your sense of danger'),
        intro: t('Your sense of danger is taken seriously.'),
        priority: 13,
        steps: [{ action: 'act.feel.talk' }, { action: 'act.u.tell-people-today' }],
      },
    ],
  };
}

export function model2Battery(): Battery {
  const parsed = parseBattery(model2BatteryJson());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.battery;
}
