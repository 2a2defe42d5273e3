/**
 * History's trend charts (issue 21): every category's points in one pass, and a line that leaves
 * out only the points in the middle of a run at one level — the same line, fewer points.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { TrendChart, trends } from '../../src/features/history/TrendChart.tsx';
import type { HistoryEntry } from '../../src/services/history.ts';
import type { Level } from '../../src/domain/index.ts';
import { initI18n } from '../../src/i18n/i18n.ts';

afterEach(cleanup);

const entry = (day: number, physical: Level | 'insufficient', version = '2.0.0'): HistoryEntry => ({
  assessment: {
    id: `a${day}`,
    batteryId: 'shn-core',
    batteryVersion: version,
    formId: 'full',
    startedAt: new Date(2026, 0, day),
    completedAt: new Date(2026, 0, day),
  },
  result: {
    overall: physical === 'insufficient' ? 'low' : physical,
    categories: [
      { category: 'physical', level: physical },
      { category: 'economic', level: 'moderate' },
    ],
  },
});

describe('trends', () => {
  it('gives each category its levels in order, leaving out too few answers, and where the questions changed', () => {
    const all = trends([entry(1, 'low'), entry(2, 'insufficient'), entry(3, 'high', '1.0.0')]);
    // low = 0, high = 2; the second physical point (index 1) came from other questions.
    expect(all.get('physical')).toEqual({
      levels: [0, 2],
      changes: [1],
      first: new Date(2026, 0, 1),
      last: new Date(2026, 0, 3),
    });
    // economic has a point in each: the change is between its second and third.
    expect(all.get('economic')?.levels).toEqual([1, 1, 1]);
    expect(all.get('economic')?.changes).toEqual([2]);
    expect(all.get('political')).toBeUndefined();
  });
});

describe('TrendChart', () => {
  it('draws the line through the points where the level changes, and both ends', async () => {
    const i18n = await initI18n('en');
    const levels: Level[] = ['low', 'low', 'low', 'high', 'high', 'severe', 'severe', 'severe'];
    const trend = trends(levels.map((level, i) => entry(i + 1, level))).get('physical');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <TrendChart name="Physical" trend={trend} />
      </I18nextProvider>,
    );
    const d = container.querySelector('.trend-line')?.getAttribute('d') ?? '';
    // x: 10 + i × 40 (8 points across 280); y: low 86, high 35.3, severe 10.
    expect(d).toBe('M10 86 L90 86 L130 35.3 L170 35.3 L210 10 L290 10');
    expect(container.querySelectorAll('circle.dot')).toHaveLength(8);
  });

  it('marks where the questions changed, between the two points, and says first, latest and highest', async () => {
    const i18n = await initI18n('en');
    const trend = trends([entry(1, 'moderate', '1.0.0'), entry(2, 'severe'), entry(3, 'low')]).get(
      'physical',
    );
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <TrendChart name="Physical" trend={trend} />
      </I18nextProvider>,
    );
    const changes = container.querySelectorAll('line.questions-changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.getAttribute('x1')).toBe('80'); // halfway between x 10 and 150
    const words = container.querySelector('.trend-words')?.textContent ?? '';
    expect(words).toMatch(/moderate/i);
    expect(words).toMatch(/severe/i);
    expect(words).toMatch(/low/i);
    expect(container.querySelectorAll('circle.dot')).toHaveLength(3);
  });
});
