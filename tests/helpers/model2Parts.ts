/** What the small model-2 test batteries share: battery 2.0.0's answer scales and its scoring. */
const t = (en: string) => ({ en });

const scale = (id: string, options: [string, number, string][], ordered = true) => ({
  id,
  ...(ordered ? {} : { ordered: false }),
  options: options.map(([optionId, value, label]) => ({ id: optionId, value, label: t(label) })),
});

export function model2Scales(): Record<string, unknown>[] {
  return [
    scale('frequency', [
      ['never', 0, 'Never'],
      ['once', 0.5, 'Once'],
      ['several', 0.75, 'A few times'],
      ['often', 1, 'Often'],
    ]),
    scale('event', [
      ['no', 0, 'No'],
      ['once', 0.85, 'Yes, once'],
      ['few', 0.95, 'Yes, 2–3 times'],
      ['many', 1, 'Yes, more often'],
    ]),
    scale('extent', [
      ['not-at-all', 0, 'Not at all'],
      ['a-little', 0.34, 'A little'],
      ['quite', 0.67, 'Quite a lot'],
      ['very', 1, 'Very much'],
    ]),
    scale('strength', [
      ['none', 0, 'No'],
      ['partly', 0.34, 'A little'],
      ['mostly', 0.67, 'Mostly'],
      ['fully', 1, 'Yes, fully'],
    ]),
    scale('yesno', [
      ['no', 0, 'No'],
      ['yes', 1, 'Yes'],
    ]),
    scale('danger', [
      ['safe', 0, 'I feel safe'],
      ['a-little', 0, 'A little in danger'],
      ['quite', 0.7, 'Quite in danger'],
      ['great', 1, 'In great danger'],
    ]),
    scale(
      'organisation',
      [
        ['registered', 0, 'Yes, a registered organisation'],
        ['informal', 0, 'Yes, an informal group'],
        ['none', 0, 'No, I mostly work on my own'],
      ],
      false,
    ),
  ];
}

/** Battery 2.0.0's scoring numbers, with any changed for a test. */
export function model2Scoring(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: 2,
    threat: { bonusCap: 0.15, bonusRate: 0.5 },
    multiplier: { vulnerability: 0.5, capacity: 0.35 },
    bands: { moderate: 0.2, high: 0.5 },
    exposureBands: { moderate: 0.55, high: 0.75 },
    exposureWithThreat: 0.5,
    minThreatCoverage: 0.5,
    strengthFrom: 0.5,
    maxDrivers: 3,
    ...changes,
  };
}
