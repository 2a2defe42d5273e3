/**
 * A summary, read-only, in the reader's own language: category names and concerns come from the
 * reader's copy of the battery; the sender's own words are shown where the reader has no match.
 */
import { useTranslation } from 'react-i18next';
import { pickText, scaleOf, type Battery, type Summary } from '../../domain/index.ts';
import { loadBattery, loadCurrentBattery } from '../../app/batteries.ts';
import { useAsync } from '../../app/useAsync.ts';
import { LevelBadge } from '../../app/components/LevelBadge.tsx';
import { formatDate } from '../../i18n/format.ts';

async function batteryFor(summary: Summary): Promise<Battery | undefined> {
  try {
    return await loadBattery(summary.battery.id, summary.battery.version);
  } catch {
    // Another version: category ids are stable, so the current battery still names them.
    return loadCurrentBattery().catch(() => undefined);
  }
}

function concernWords(battery: Battery | undefined, c: Summary['concerns'] & object, i: number, lng: string) {
  const concern = c[i];
  if (!concern) return { topic: '', choice: '' };
  const indicator = battery?.indicators.find((x) => x.id === concern.indicatorId);
  const option =
    battery && indicator
      ? scaleOf(battery, indicator).options.find((o) => o.id === concern.optionId)
      : undefined;
  if (!battery || !indicator || !option) return { topic: concern.topic, choice: concern.choice };
  return { topic: pickText(indicator.summary, lng, battery), choice: pickText(option.label, lng, battery) };
}

export function SummaryView({ summary, headingLevel = 2 }: { summary: Summary; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [battery] = useAsync(() => batteryFor(summary), [summary.battery.id, summary.battery.version]);
  const b = battery.status === 'ready' ? battery.value : undefined;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const categoryName = (id: string) => {
    const c = b?.categories.find((x) => x.id === id);
    return c && b ? pickText(c.name, lng, b) : id;
  };
  return (
    <article
      className="card stack summary-view"
      aria-label={t('share:view.label')}
      data-testid="summary-view"
    >
      <p className="hint">
        {t('share:view.dated', {
          assessed: formatDate(new Date(summary.assessedAt), lng),
          made: formatDate(new Date(summary.createdAt), lng),
        })}
      </p>
      {summary.levels && (
        <section aria-labelledby="sv-levels">
          <H id="sv-levels">{t('share:view.levels')}</H>
          <ul className="summary-levels">
            {summary.levels.map((l) => (
              <li key={l.category}>
                <span>{categoryName(l.category)}</span>
                <LevelBadge level={l.level} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.concerns && (
        <section aria-labelledby="sv-concerns">
          <H id="sv-concerns">{t('share:view.concerns')}</H>
          <ul className="drivers">
            {summary.concerns.map((c, i) => {
              const words = concernWords(b, summary.concerns ?? [], i, lng);
              return (
                <li key={c.indicatorId}>
                  {t('results.driver', { topic: words.topic, choice: words.choice })}
                  {c.isRedFlag && <span className="flag"> {t('results.redFlag')}</span>}
                  <span className="hint"> · {categoryName(c.category)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {summary.note && (
        <section aria-labelledby="sv-note">
          <H id="sv-note">{t('share:view.note')}</H>
          <p className="summary-note">{summary.note}</p>
        </section>
      )}
      {!summary.levels && !summary.concerns && !summary.note && <p>{t('share:view.empty')}</p>}
      <p className="hint">{t('share:view.notAPrediction')}</p>
    </article>
  );
}
