/**
 * A summary, read-only, in the reader's own language: category names, concerns and plan titles
 * come from the reader's copy of the battery; the sender's own words are shown where the reader
 * has no match for a concern, and the action or routine id where it has none for a plan item.
 */
import { useTranslation } from 'react-i18next';
import { pickText, scaleOf, type Battery, type Summary } from '../../domain/index.ts';
import { loadBattery, loadCurrentBattery } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { LevelBadge } from '../../ui/LevelBadge.tsx';
import { formatDate } from '../../i18n/format.ts';
import { rhythmWords } from '../../ui/planWords.ts';

async function batteryFor(summary: Summary): Promise<Battery | undefined> {
  try {
    return await loadBattery(summary.battery.id, summary.battery.version);
  } catch {
    // Another version: category ids are stable, so the current battery still names them.
    return loadCurrentBattery().catch(() => undefined);
  }
}

/** The batteries a summary's plan names, by `id@version`; a missing one falls back to the current. */
async function planBatteries(summary: Summary): Promise<Map<string, Battery>> {
  const out = new Map<string, Battery>();
  const items = [...(summary.plan?.actions ?? []), ...(summary.plan?.routines ?? [])];
  for (const { batteryId, batteryVersion } of items) {
    const key = `${batteryId}@${batteryVersion}`;
    if (out.has(key)) continue;
    const battery = await loadBattery(batteryId, batteryVersion).catch(() =>
      loadCurrentBattery().catch(() => undefined),
    );
    if (battery) out.set(key, battery);
  }
  return out;
}

/** The title of a plan action or routine in the reader's language, or its id when unknown. */
function planTitle(
  batteries: Map<string, Battery> | undefined,
  item: { batteryId: string; batteryVersion: string },
  id: string,
  kind: 'actions' | 'routines',
  lng: string,
): string {
  const battery = batteries?.get(`${item.batteryId}@${item.batteryVersion}`);
  const found = battery?.[kind].find((x) => x.id === id);
  return battery && found ? pickText(found.title, lng, battery) : id;
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
  const { t: tPlan } = useTranslation('plan');
  const lng = i18n.language;
  const [battery] = useAsync(() => batteryFor(summary), [summary.battery.id, summary.battery.version]);
  const b = battery.status === 'ready' ? battery.value : undefined;
  const [planState] = useAsync(() => planBatteries(summary), [summary.plan]);
  const planBs = planState.status === 'ready' ? planState.value : undefined;
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
                <LevelBadge level={l.level} kind={l.kind} />
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
      {summary.plan && (
        <section aria-labelledby="sv-plan" className="stack">
          <H id="sv-plan">{t('share:view.plan')}</H>
          {summary.plan.actions.length > 0 && (
            <>
              <p className="summary-subtitle">{t('share:view.planActions')}</p>
              <ul className="summary-plan" data-testid="summary-plan-actions">
                {summary.plan.actions.map((a) => (
                  <li key={`${a.batteryId}@${a.batteryVersion}/${a.actionId}`}>
                    <span dir="auto">{planTitle(planBs, a, a.actionId, 'actions', lng)}</span>
                    <span className="hint"> · {tPlan(`status.${a.status}`)}</span>
                    {a.note && (
                      <span className="summary-note" dir="auto">
                        {a.note}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {summary.plan.routines && summary.plan.routines.length > 0 && (
            <>
              <p className="summary-subtitle">{t('share:view.routines')}</p>
              <ul className="summary-plan" data-testid="summary-plan-routines">
                {summary.plan.routines.map((r) => (
                  <li key={`${r.batteryId}@${r.batteryVersion}/${r.routineId}`}>
                    <span dir="auto">{planTitle(planBs, r, r.routineId, 'routines', lng)}</span>
                    <span className="hint"> · {rhythmWords(r.rhythm, tPlan, lng)}</span>
                    {r.note && (
                      <span className="summary-note" dir="auto">
                        {r.note}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {summary.note && (
        <section aria-labelledby="sv-note">
          <H id="sv-note">{t('share:view.note')}</H>
          <p className="summary-note">{summary.note}</p>
        </section>
      )}
      {!summary.levels && !summary.concerns && !summary.plan && !summary.note && (
        <p>{t('share:view.empty')}</p>
      )}
      <p className="hint">{t('share:view.notAPrediction')}</p>
    </article>
  );
}
