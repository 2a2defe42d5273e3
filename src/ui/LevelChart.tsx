/**
 * Bars of the five category scores, with the previous assessment's as a marker when there is one.
 * The bars are drawn for the eye; a table says the same for screen readers. Scores are compared
 * only within one battery version (levels always): a new version's questions and formula differ.
 */
import { useTranslation } from 'react-i18next';
import { pickText, type AssessmentResult, type Battery } from '../domain/index.ts';
import { LevelBadge, LevelIcon } from './LevelBadge.tsx';

export function LevelChart({
  battery,
  result,
  previous,
}: {
  battery: Battery;
  result: AssessmentResult;
  previous?: AssessmentResult;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { bands } = battery.scoring;
  // Model 2: a bar is the higher of two paths with their own limits; ticks would mislead.
  const ticks =
    battery.scoring.model === 2
      ? []
      : 'severe' in bands
        ? [bands.moderate, bands.high, bands.severe]
        : [bands.moderate, bands.high];
  const sameScores =
    previous !== undefined &&
    previous.batteryId === result.batteryId &&
    previous.batteryVersion === result.batteryVersion;
  const rows = result.categories.map((c) => {
    const category = battery.categories.find((x) => x.id === c.category);
    return {
      id: c.category,
      name: category ? pickText(category.name, lng, battery) : c.category,
      now: c,
      before: previous?.categories.find((p) => p.category === c.category),
    };
  });
  return (
    <figure className="chart" aria-labelledby="chart-caption">
      <figcaption id="chart-caption">
        {previous ? t('results.chartCaptionCompare') : t('results.chartCaption')}
      </figcaption>
      <div className="bars" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.id} className="bar-row">
            <span className="bar-label">{row.name}</span>
            <span className="bar-track">
              {ticks.map((b) => (
                <span key={b} className="band-tick" style={{ insetInlineStart: `${b * 100}%` }} />
              ))}
              <span
                className={`bar-fill level-${row.now.level}`}
                style={{ inlineSize: `${Math.max(row.now.score * 100, 1)}%` }}
              />
              {row.before && sameScores && (
                <span className="bar-before" style={{ insetInlineStart: `${row.before.score * 100}%` }} />
              )}
            </span>
            <span className="bar-level">
              <LevelIcon level={row.now.level} /> {t(`levels.${row.now.level}`)}
            </span>
          </div>
        ))}
        {sameScores && (
          <p className="hint legend">
            <span className="legend-before" /> {t('results.legendBefore')}
          </p>
        )}
      </div>
      {/* Tables grow to fit their content whatever their width: hide the wrapper, not the table. */}
      <div className="visually-hidden">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.tableCategory')}</th>
              <th scope="col">{t('results.tableNow')}</th>
              {previous && <th scope="col">{t('results.tableBefore')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>
                  <LevelBadge level={row.now.level} kind={row.now.kind} insufficient={row.now.insufficient} />
                </td>
                {previous && (
                  <td>
                    {row.before ? (
                      <LevelBadge
                        level={row.before.level}
                        kind={row.before.kind}
                        insufficient={row.before.insufficient}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
