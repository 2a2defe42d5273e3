/**
 * History's trend charts (issue 21): every category's points in one pass, and a line that leaves
 * out only the points in the middle of a run at one level — the same line, fewer points.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { TrendChart, trendPoints, type TrendPoint } from '../../src/features/history/TrendChart.tsx';
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

describe('trendPoints', () => {
  it('gives each category its levels in order, leaving out too few answers', () => {
    const points = trendPoints([entry(1, 'low'), entry(2, 'insufficient'), entry(3, 'high', '1.0.0')]);
    expect(points.get('physical')?.map((p) => [p.level, p.key])).toEqual([
      ['low', 'shn-core@2.0.0'],
      ['high', 'shn-core@1.0.0'],
    ]);
    expect(points.get('economic')?.length).toBe(3);
    expect(points.get('political')).toBeUndefined();
  });
});

describe('TrendChart', () => {
  it('draws the line through the points where the level changes, and both ends', async () => {
    const i18n = await initI18n('en');
    const levels: Level[] = ['low', 'low', 'low', 'high', 'high', 'severe', 'severe', 'severe'];
    const points: TrendPoint[] = levels.map((level, i) => ({
      date: new Date(2026, 0, i + 1),
      level,
      key: 'shn-core@2.0.0',
    }));
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <TrendChart name="Physical" points={points} />
      </I18nextProvider>,
    );
    const d = container.querySelector('.trend-line')?.getAttribute('d') ?? '';
    // x: 10 + i × 40 (8 points across 280); y: low 86, high 35.3, severe 10.
    expect(d).toBe('M10 86 L90 86 L130 35.3 L170 35.3 L210 10 L290 10');
    expect(container.querySelectorAll('circle.dot')).toHaveLength(8);
  });
});
