/**
 * Factories for small, hand-checkable batteries. Every category gets one threat (weight 2,
 * frequency), one vulnerability (weight 1, extent) and one capacity (weight 1, strength).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { CATEGORY_IDS, parseBattery, type Battery } from '../../src/domain/index.ts';

const t = (en: string) => ({ en });

export function tinyBatteryJson(): Record<string, unknown> {
  const indicators = CATEGORY_IDS.flatMap((c) => [
    {
      id: `${c}.t`,
      category: c,
      role: 'threat',
      level: 'personal',
      sphere: 'both',
      question: t(`${c} threat?`),
      summary: t(`${c} threat`),
      scale: 'frequency',
      weight: 2,
      redFlags: c === 'physical' ? [{ option: 'often', floor: 'severe' }] : [],
    },
    {
      id: `${c}.v`,
      category: c,
      role: 'vulnerability',
      level: 'personal',
      sphere: 'offline',
      question: t(`${c} vulnerability?`),
      summary: t(`${c} vulnerability`),
      scale: 'extent',
      weight: 1,
      redFlags: [],
    },
    {
      id: `${c}.c`,
      category: c,
      role: 'capacity',
      level: 'organisational',
      sphere: 'offline',
      question: t(`${c} capacity?`),
      summary: t(`${c} capacity`),
      scale: 'strength',
      weight: 1,
      redFlags: [],
    },
  ]);
  return {
    format: 'shn-battery',
    formatVersion: 1,
    id: 'tiny',
    version: '1.0.0',
    author: 'tests',
    languages: ['en'],
    title: t('Tiny'),
    description: t('A tiny battery for tests'),
    categories: CATEGORY_IDS.map((c) => ({ id: c, name: t(c), intro: t(`About ${c}`) })),
    scales: [
      {
        id: 'frequency',
        options: [
          { id: 'never', value: 0, label: t('Never') },
          { id: 'once', value: 0.34, label: t('Once') },
          { id: 'several', value: 0.67, label: t('A few times') },
          { id: 'often', value: 1, label: t('Often') },
        ],
      },
      {
        id: 'extent',
        options: [
          { id: 'not-at-all', value: 0, label: t('Not at all') },
          { id: 'a-little', value: 0.34, label: t('A little') },
          { id: 'quite', value: 0.67, label: t('Quite') },
          { id: 'very', value: 1, label: t('Very') },
        ],
      },
      {
        id: 'strength',
        options: [
          { id: 'none', value: 0, label: t('No') },
          { id: 'partly', value: 0.34, label: t('A little') },
          { id: 'mostly', value: 0.67, label: t('Mostly') },
          { id: 'fully', value: 1, label: t('Fully') },
        ],
      },
    ],
    indicators,
    actions: [
      {
        id: 'act.flee',
        categories: ['physical'],
        horizon: 'now',
        who: 'trusted',
        kind: 'response',
        support: 'emergency',
        title: t('Go somewhere safe'),
        detail: t('Detail'),
        triggers: [{ indicator: 'physical.t', options: ['often'] }],
      },
      {
        id: 'act.rest',
        categories: ['emotional'],
        horizon: 'week',
        who: 'me',
        kind: 'prevention',
        title: t('Rest'),
        detail: t('Detail'),
        triggers: [{ indicator: 'emotional.v', options: ['quite', 'very'] }],
      },
      {
        id: 'act.network',
        categories: ['political'],
        horizon: 'ongoing',
        who: 'organisation',
        kind: 'prevention',
        title: t('Build a network'),
        detail: t('Detail'),
        triggers: [
          { indicator: 'political.c', options: ['none', 'partly'] },
          { indicator: 'political.t', options: ['several', 'often'] },
        ],
      },
    ],
    routines: [
      {
        id: 'rtn.walk',
        categories: ['emotional'],
        who: 'me',
        rhythm: 'daily',
        title: t('Walk'),
        detail: t('Detail'),
        triggers: [{ indicator: 'emotional.v', options: ['very'] }],
      },
    ],
    forms: [
      { id: 'full', name: t('Full'), indicators: indicators.map((i) => i.id) },
      { id: 'short', name: t('Short'), indicators: CATEGORY_IDS.map((c) => `${c}.t`) },
    ],
    scoring: {
      roleWeights: { threat: 0.5, vulnerability: 0.3, capacity: 0.2 },
      bands: { moderate: 0.15, high: 0.35, severe: 0.6 },
      minCoverage: 0.5,
      maxDrivers: 3,
    },
  };
}

export function tinyBattery(): Battery {
  const parsed = parseBattery(tinyBatteryJson());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.battery;
}

/** Every battery file shipped in indicators/, parsed. */
export function shippedBatteries(): { file: string; json: unknown; battery: Battery }[] {
  return readdirSync('indicators')
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const json: unknown = JSON.parse(readFileSync(`indicators/${file}`, 'utf8'));
      const parsed = parseBattery(json);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
      return { file, json, battery: parsed.battery };
    });
}

/** The battery new assessments use (`CURRENT_BATTERY`): 2.0.0, risk model 2. */
export function appBattery(): Battery {
  const found = shippedBatteries().find((b) => b.file === 'shn-core-2.0.0.json');
  if (!found) throw new Error('shn-core-2.0.0.json missing');
  return found.battery;
}

/** Battery 1.0.0 (risk model 1): the fixture many tests were written against. */
export function currentBattery(): Battery {
  const found = shippedBatteries().find((b) => b.file === 'shn-core-1.0.0.json');
  if (!found) throw new Error('shn-core-1.0.0.json missing');
  return found.battery;
}
