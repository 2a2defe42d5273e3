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

/** The battery version an assessment used, as one comparable key. */
export function questionsKey(entry: HistoryEntry): string {
  return `${entry.assessment.batteryId}@${entry.assessment.batteryVersion}`;
}

const WIDTH = 300;
const HEIGHT = 96;
const PAD = 10;

/** One assessment's level in a category, as a chart draws it. */
export interface TrendPoint {
  date: Date;
  level: Level;
  kind?: LevelKind;
  key: string;
}

/**
 * Every category's points, oldest first, in one pass over the assessments (with 1,000 of them, five
 * passes with a search each were most of History's own work; issue 21). A category without a level
 * in an assessment (too few answers) has no point for it.
 */
export function trendPoints(entries: readonly HistoryEntry[]): Map<CategoryId, TrendPoint[]> {
  const byCategory = new Map<CategoryId, TrendPoint[]>();
  for (const e of entries) {
    const key = questionsKey(e);
    for (const c of e.result?.categories ?? []) {
      if (c.level === 'insufficient') continue;
      let points = byCategory.get(c.category);
      if (!points) byCategory.set(c.category, (points = []));
      points.push({ date: e.assessment.completedAt, level: c.level, kind: c.kind, key });
    }
  }
  return byCategory;
}

/** One decimal, as the path is written (toFixed for each of thousands of points cost much more). */
const tenth = (v: number) => Math.round(v * 10) / 10;

export function TrendChart({ name, points }: { name: string; points: readonly TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const levelWords = useLevelWords();
  const first = points[0];
  const last = points.at(-1);
  const highest = points.reduce<Level | undefined>(
    (acc, p) => (acc === undefined || LEVELS.indexOf(p.level) > LEVELS.indexOf(acc) ? p.level : acc),
    undefined,
  );
  const x = (i: number) =>
    PAD + (points.length > 1 ? (i * (WIDTH - 2 * PAD)) / (points.length - 1) : (WIDTH - 2 * PAD) / 2);
  const y = (level: Level) =>
    HEIGHT - PAD - (LEVELS.indexOf(level) * (HEIGHT - 2 * PAD)) / (LEVELS.length - 1);
  // A point in the middle of a run at one level is on the straight line through its neighbours:
  // left out, the line is the same.
  let path = '';
  points.forEach((p, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (before && after && before.level === p.level && after.level === p.level) return;
    path += `${i === 0 ? 'M' : ' L'}${tenth(x(i))} ${tenth(y(p.level))}`;
  });

  return (
    <figure className="trend">
      <figcaption>
        <strong>{name}</strong>
        <span className="trend-words">
          {first && last && highest
            ? t('history.trendWords', {
                count: points.length,
                first: t(`levels.${first.level}`),
                firstDate: formatDate(first.date, i18n.language),
                last: levelWords(last.level, { kind: last.kind }),
                lastDate: formatDate(last.date, i18n.language),
                highest: t(`levels.${highest}`),
              })
            : t('history.trendNone')}
        </span>
      </figcaption>
      {points.length > 0 && first && last && (
        <div className="trend-plot" aria-hidden="true">
          {/* The levels axis: each level's word and shape beside its line. */}
          <ul className="trend-levels">
            {LEVELS.map((l) => (
              <li key={l} style={{ insetBlockStart: `${(100 * y(l)) / HEIGHT}%` }}>
                <LevelIcon level={l} />
                <span>{t(`levels.${l}`)}</span>
              </li>
            ))}
          </ul>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend-svg" preserveAspectRatio="none">
            {LEVELS.map((l) => (
              <line key={l} x1={0} x2={WIDTH} y1={y(l)} y2={y(l)} className={`grid level-${l}`} />
            ))}
            {points.map((p, i) =>
              i > 0 && p.key !== points[i - 1]?.key ? (
                <line
                  key={`change-${i}`}
                  x1={(x(i - 1) + x(i)) / 2}
                  x2={(x(i - 1) + x(i)) / 2}
                  y1={PAD / 2}
                  y2={HEIGHT - PAD / 2}
                  className="questions-changed"
                />
              ) : null,
            )}
            <path d={path} className="trend-line" />
            {points.length <= 60 &&
              points.map((p, i) => (
                <circle key={i} cx={x(i)} cy={y(p.level)} r="3.5" className={`dot level-${p.level}`} />
              ))}
          </svg>
          {/* The time axis: the first and the latest date (one date when there is one point). */}
          <p className={points.length > 1 ? 'trend-dates' : 'trend-dates single'}>
            <span>{formatDate(first.date, i18n.language)}</span>
            {points.length > 1 && <span>{formatDate(last.date, i18n.language)}</span>}
          </p>
        </div>
      )}
    </figure>
  );
}
