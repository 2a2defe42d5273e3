/**
 * A category's level over time: a small line for the eye, with its axes labelled — the levels up
 * the side (word and shape), the first and latest dates along the bottom — and words that say the
 * same (first, latest, highest) for everyone, screen readers included (the drawing is hidden from
 * them). Levels are compared across battery versions, never scores; where the questions changed
 * between two assessments a dashed line marks it.
 */
import { useTranslation } from 'react-i18next';
import { LEVELS, type CategoryId, type Level, type LevelKind } from '../../domain/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { LevelIcon, useLevelWords } from '../../ui/LevelBadge.tsx';
import type { HistoryEntry } from '../../services/history.ts';

/** Whether two assessments used the same questions (the same battery and version). */
export function sameQuestions(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.assessment.batteryId === b.assessment.batteryId &&
    a.assessment.batteryVersion === b.assessment.batteryVersion
  );
}

const WIDTH = 300;
const HEIGHT = 96;
const PAD = 10;

/** A category's levels over time, as a chart draws them. */
export interface Trend {
  /** Each assessment's level in the category, oldest first, as its index in LEVELS. */
  levels: number[];
  /** Each i where the i-th level came from other questions than the one before it. */
  changes: number[];
  first: Date;
  last: Date;
  /** The latest level's kind (threats or exposure), when it has one. */
  lastKind?: LevelKind;
}

/**
 * Every category's trend, oldest first, in one pass over the assessments that makes no object per
 * assessment (with 1,000 of them, one object per point and a search in LEVELS for each was most of
 * History's own work at CPU x4; issue 21). An assessment without a level in a category (too few
 * answers) has no point in it.
 */
export function trends(entries: readonly HistoryEntry[]): Map<CategoryId, Trend> {
  const byCategory = new Map<CategoryId, Trend>();
  const latestIn = new Map<CategoryId, HistoryEntry>(); // the assessment of each one's latest point
  const levelIndex = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
  for (const e of entries) {
    for (const c of e.result?.categories ?? []) {
      const level = levelIndex.get(c.level);
      if (level === undefined) continue; // too few answers
      const date = e.assessment.completedAt;
      const trend = byCategory.get(c.category);
      const before = latestIn.get(c.category);
      latestIn.set(c.category, e);
      if (!trend || !before) {
        byCategory.set(c.category, {
          levels: [level],
          changes: [],
          first: date,
          last: date,
          lastKind: c.kind,
        });
        continue;
      }
      if (!sameQuestions(before, e)) trend.changes.push(trend.levels.length);
      trend.levels.push(level);
      trend.last = date;
      trend.lastKind = c.kind;
    }
  }
  return byCategory;
}

/** One decimal, as the path is written (toFixed for each of thousands of points cost much more). */
const tenth = (v: number) => Math.round(v * 10) / 10;

export function TrendChart({ name, trend }: { name: string; trend?: Trend }) {
  const { t, i18n } = useTranslation();
  const levelWords = useLevelWords();
  const levels = trend?.levels ?? [];
  const count = levels.length;
  const x = (i: number) => PAD + (count > 1 ? (i * (WIDTH - 2 * PAD)) / (count - 1) : (WIDTH - 2 * PAD) / 2);
  const y = (level: number) => HEIGHT - PAD - (level * (HEIGHT - 2 * PAD)) / (LEVELS.length - 1);
  let highest = 0;
  // A point in the middle of a run at one level is on the straight line through its neighbours:
  // left out, the line is the same.
  let path = '';
  for (let i = 0; i < count; i += 1) {
    const level = levels[i] as number;
    if (level > highest) highest = level;
    if (i > 0 && i < count - 1 && levels[i - 1] === level && levels[i + 1] === level) continue;
    path += `${i === 0 ? 'M' : ' L'}${tenth(x(i))} ${tenth(y(level))}`;
  }
  const levelAt = (i: number) => LEVELS[levels[i] as number] as Level;

  return (
    <figure className="trend">
      <figcaption>
        <strong>{name}</strong>
        <span className="trend-words">
          {trend && count > 0
            ? t('history.trendWords', {
                count,
                first: t(`levels.${levelAt(0)}`),
                firstDate: formatDate(trend.first, i18n.language),
                last: levelWords(levelAt(count - 1), { kind: trend.lastKind }),
                lastDate: formatDate(trend.last, i18n.language),
                highest: t(`levels.${LEVELS[highest] as Level}`),
              })
            : t('history.trendNone')}
        </span>
      </figcaption>
      {trend && count > 0 && (
        <div className="trend-plot" aria-hidden="true">
          {/* The levels axis: each level's word and shape beside its line. */}
          <ul className="trend-levels">
            {LEVELS.map((l) => (
              <li key={l} style={{ insetBlockStart: `${(100 * y(LEVELS.indexOf(l))) / HEIGHT}%` }}>
                <LevelIcon level={l} />
                <span>{t(`levels.${l}`)}</span>
              </li>
            ))}
          </ul>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend-svg" preserveAspectRatio="none">
            {LEVELS.map((l, i) => (
              <line key={l} x1={0} x2={WIDTH} y1={y(i)} y2={y(i)} className={`grid level-${l}`} />
            ))}
            {trend.changes.map((i) => (
              <line
                key={`change-${i}`}
                x1={(x(i - 1) + x(i)) / 2}
                x2={(x(i - 1) + x(i)) / 2}
                y1={PAD / 2}
                y2={HEIGHT - PAD / 2}
                className="questions-changed"
              />
            ))}
            <path d={path} className="trend-line" />
            {count <= 60 &&
              levels.map((level, i) => (
                <circle key={i} cx={x(i)} cy={y(level)} r="3.5" className={`dot level-${levelAt(i)}`} />
              ))}
          </svg>
          {/* The time axis: the first and the latest date (one date when there is one point). */}
          <p className={count > 1 ? 'trend-dates' : 'trend-dates single'}>
            <span>{formatDate(trend.first, i18n.language)}</span>
            {count > 1 && <span>{formatDate(trend.last, i18n.language)}</span>}
          </p>
        </div>
      )}
    </figure>
  );
}
