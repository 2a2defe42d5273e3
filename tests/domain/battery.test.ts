/** The schema rejects broken files, each with the problem and its path. */
import { describe, expect, it } from 'vitest';
import { parseBattery, parseBatteryText, type BatteryIssue } from '../../src/domain/index.ts';
import { tinyBatteryJson } from '../helpers/battery.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(change: (b: Json) => void): BatteryIssue[] {
  const b = tinyBatteryJson() as Json;
  change(b);
  const result = parseBattery(b);
  if (result.ok) throw new Error('expected the battery to be rejected');
  return result.issues;
}

describe('parseBattery', () => {
  it('accepts a valid battery', () => {
    expect(parseBattery(tinyBatteryJson()).ok).toBe(true);
  });

  it.each<[string, (b: Json) => void, Partial<BatteryIssue>]>([
    [
      'a missing field',
      (b) => delete b.indicators[0].question,
      { code: 'missing', path: ['indicators', 0, 'question'] },
    ],
    [
      'a wrong type',
      (b) => (b.indicators[1].weight = 'heavy'),
      { code: 'wrongType', path: ['indicators', 1, 'weight'] },
    ],
    [
      'an unknown role',
      (b) => (b.indicators[2].role = 'danger'),
      { code: 'notAllowed', path: ['indicators', 2, 'role'] },
    ],
    [
      'an unknown field',
      (b) => (b.indicators[0].colour = 'red'),
      { code: 'unknownKey', path: ['indicators', 0] },
    ],
    [
      'a weight above 5',
      (b) => (b.indicators[0].weight = 9),
      { code: 'tooBig', path: ['indicators', 0, 'weight'] },
    ],
    ['a bad version', (b) => (b.version = 'one'), { code: 'badFormat', path: ['version'] }],
    [
      'a duplicate indicator id',
      (b) => (b.indicators[1].id = b.indicators[0].id),
      { code: 'duplicateId', path: ['indicators', 1, 'id'] },
    ],
    [
      'an unknown scale',
      (b) => (b.indicators[0].scale = 'nope'),
      { code: 'unknownReference', path: ['indicators', 0, 'scale'] },
    ],
    [
      'a trigger to a missing indicator',
      (b) => (b.actions[0].triggers[0].indicator = 'gone.x'),
      { code: 'unknownReference', path: ['actions', 0, 'triggers', 0, 'indicator'] },
    ],
    [
      'a trigger to a missing option',
      (b) => (b.actions[0].triggers[0].options = ['sometimes']),
      { code: 'unknownReference', path: ['actions', 0, 'triggers', 0, 'options', 0] },
    ],
    [
      'a short form with a missing indicator',
      (b) => b.forms[1].indicators.push('nope.x'),
      { code: 'unknownReference', path: ['forms', 1, 'indicators', 5] },
    ],
    [
      'a text missing a declared language',
      (b) => (b.languages = ['en', 'fr']),
      { code: 'missingText', path: ['title'] },
    ],
    [
      'a text in an undeclared language',
      (b) => (b.indicators[0].question.xx = 'Hm?'),
      { code: 'undeclaredLanguage', path: ['indicators', 0, 'question', 'xx'] },
    ],
    [
      'role weights that do not add up to 1',
      (b) => (b.scoring.roleWeights.threat = 0.9),
      { code: 'weightsSum', path: ['scoring', 'roleWeights'] },
    ],
    [
      'bands out of order',
      (b) => (b.scoring.bands.high = 0.1),
      { code: 'bandsOrder', path: ['scoring', 'bands'] },
    ],
    [
      'a category without a capacity',
      (b) => (b.indicators = b.indicators.filter((i: Json) => i.id !== 'spiritual.c')),
      { code: 'categoryWithoutRole', params: { category: 'spiritual', role: 'capacity' } },
    ],
    [
      'a red flag whose worse answer is not one',
      (b) => (b.indicators[3].redFlags = [{ option: 'several', floor: 'high' }]),
      { code: 'redFlagOrder', path: ['indicators', 3, 'redFlags', 0] },
    ],
    [
      'a red-flag option that does not exist',
      (b) => (b.indicators[3].redFlags = [{ option: 'always', floor: 'high' }]),
      { code: 'unknownReference', path: ['indicators', 3, 'redFlags', 0, 'option'] },
    ],
    ['four categories', (b) => b.categories.pop(), { code: 'wrongCount', path: ['categories'] }],
  ])('rejects %s', (_name, change, expected) => {
    expect(issuesOf(change)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf((b) => {
      delete b.indicators[0].question;
      b.indicators[1].weight = 0;
      b.actions[0].horizon = 'someday';
    });
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });

  it('turns a JSON syntax error into an issue, never an exception', () => {
    const result = parseBatteryText('{"format": "shn-battery",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('notJson');
    expect(parseBattery(null).ok).toBe(false);
    expect(parseBattery('a string').ok).toBe(false);
  });
});
