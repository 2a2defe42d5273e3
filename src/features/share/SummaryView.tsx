/**
 * A summary, read-only, as her trusted contact sees it, in the contact's own language: whose it is
 * and from when first, then what she shares, in the third person ("threats to kill or seriously hurt
 * her", "from what is being done against her"), never as if it were the reader's own.
 *
 * The battery speaks to her ("your family"). So a concern is named by the app's own words about her
 * (`contact:topics`, for the core questions, by id), or — for a question of another
 * battery — neutrally, by its category, with her answer quoted. Plan titles, which also speak to
 * her ("Tell people who can act, today"), are quoted as the steps she chose; an action or routine
 * the reader's app does not know shows its id.
 *
 * Who can help, when she included it: the services that fit her urgent steps, as cards (what they
 * offer, how to reach them, how to contact them safely, when their facts were checked), with the
 * note on traces first. The file was checked with a pack's rules when it opened; the cards make a
 * link only of a `tel:`, `mailto:` or `https:` value, again.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  levelRank,
  pickSupportText,
  pickText,
  scaleOf,
  type Battery,
  type CategoryLevel,
  type Summary,
  type SummarySupport,
  type SupportListing,
} from '../../domain/index.ts';
import { loadBattery, loadCurrentBattery } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { LevelIcon } from '../../ui/LevelBadge.tsx';
import { formatDate } from '../../i18n/format.ts';
import { rhythmWords } from '../../ui/planWords.ts';
import { useContactWords } from './useContactWords.ts';
import { SupportList, TracesNote } from '../../ui/SupportList.tsx';
import { useSupportWords } from '../../ui/useSupportWords.ts';

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

/**
 * The title of a plan action or routine in the reader's language, quoted (it is worded for her:
 * "Tell people who can act, today"), or its id when the reader's app does not know it.
 */
function planTitle(
  batteries: Map<string, Battery> | undefined,
  item: { batteryId: string; batteryVersion: string },
  id: string,
  kind: 'actions' | 'routines',
  lng: string,
  t: TFunction,
): string {
  const battery = batteries?.get(`${item.batteryId}@${item.batteryVersion}`);
  const found = battery?.[kind].find((x) => x.id === id);
  return battery && found ? t('contact:quoted', { text: pickText(found.title, lng, battery) }) : id;
}

/** The battery whose questions the app words about her, by id (`contact:topics`). */
const CORE_BATTERY = 'shn-core';

/** Her answer to a concern, and what it is about, in words for her contact. */
function concernWords(
  battery: Battery | undefined,
  summary: Summary,
  concern: NonNullable<Summary['concerns']>[number],
  t: TFunction,
  has: (key: string) => boolean,
  lng: string,
  categoryName: (id: string) => string,
): { topic: string; choice: string } {
  // Only the battery it was made with knows what its answer ids mean; else, her own words.
  const same = battery?.id === summary.battery.id ? battery : undefined;
  const indicator = same?.indicators.find((x) => x.id === concern.indicatorId);
  const option =
    same && indicator ? scaleOf(same, indicator).options.find((o) => o.id === concern.optionId) : undefined;
  const choice = same && option ? pickText(option.label, lng, same) : concern.choice;
  // The app's words about her for a core question; else the category, never the words to her.
  const key = `contact:topics.${concern.indicatorId}`;
  const topic =
    summary.battery.id === CORE_BATTERY && has(key)
      ? t(key)
      : t('contact:concernIn', { category: categoryName(concern.category) });
  return { topic, choice };
}

/** A level in words about her: "High — from what is being done against her". */
function levelAboutHer(t: TFunction, level: CategoryLevel, kind: 'threats' | 'exposure' | undefined): string {
  if (level === 'insufficient') return t('levels.insufficient');
  const words = t(`levels.${level}`);
  return kind ? t('levels.withKind', { level: words, kind: t(`contact:kinds.${kind}`) }) : words;
}

/** Who can help, as she included it: local contacts first (as in her app), then the directory. */
function SupportPart({ support, headingLevel }: { support: SummarySupport; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const hasWords = useSupportWords();
  if (!hasWords) return null;
  const lng = i18n.language;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="sv-support" className="stack summary-support" data-testid="summary-support">
      <H id="sv-support">{t('contact:support.title')}</H>
      <p className="hint">{t('contact:support.intro')}</p>
      <TracesNote headingLevel={headingLevel === 2 ? 3 : 4} />
      {support.groups.map((group, g) => {
        const { directory } = group;
        const listings: SupportListing[] = directory.entries.map((entry) => ({
          entry,
          origin: group.origin,
          directory,
          matches: [],
        }));
        return (
          <div key={g} className="stack" data-origin={group.origin}>
            <p className="summary-subtitle" dir="auto">
              {group.origin === 'local'
                ? t('contact:support.local', {
                    title: pickSupportText(directory.title, lng, directory),
                    author: directory.author,
                  })
                : t('contact:support.shipped')}
            </p>
            <SupportList listings={listings} headingLevel={headingLevel === 2 ? 3 : 4} />
          </div>
        );
      })}
    </section>
  );
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
  // A text, not a group of them: the id comes from the file (e.g. "phy" names a group).
  const hasText = (key: string) =>
    i18n.exists(key) && typeof (i18n.t(key, { returnObjects: true }) as unknown) === 'string';
  const hasWords = useContactWords();
  const version =
    summary.battery.id === CORE_BATTERY
      ? summary.battery.version
      : `${summary.battery.id} ${summary.battery.version}`;
  const made = formatDate(new Date(summary.createdAt), lng);
  // Its words load with the first summary shown (the screens showing one wait for them too).
  if (!hasWords) return null;
  return (
    <article
      className="card stack summary-view"
      aria-label={t('share:view.label')}
      data-testid="summary-view"
    >
      <p className="summary-from" data-testid="summary-from">
        {summary.from ? (
          <>
            <strong>
              {t('contact:from')} <bdi>{summary.from}</bdi>
            </strong>
            {' · '}
          </>
        ) : (
          <>
            <strong>{t('contact:noName')}</strong>
            {' · '}
          </>
        )}
        <span className="nowrap">{t('contact:made', { date: made })}</span>
        {' · '}
        <span className="nowrap">
          {t('contact:battery')} <bdi>{version}</bdi>
        </span>
      </p>
      <p className="hint">{t('contact:assessed', { date: formatDate(new Date(summary.assessedAt), lng) })}</p>
      {summary.reach && (
        <div className="notice summary-reach">
          <p className="summary-subtitle">{t('contact:reachTitle')}</p>
          <p className="summary-note" dir="auto">
            {summary.reach}
          </p>
        </div>
      )}
      {summary.levels && (
        <section aria-labelledby="sv-levels">
          <H id="sv-levels">{t('contact:levels')}</H>
          <ul className="summary-levels">
            {/* Led by the highest, as on her own results (DESIGN.md §3); equal levels keep their order. */}
            {[...summary.levels]
              .sort((a, b) => levelRank(b.level) - levelRank(a.level))
              .map((l) => (
                <li key={l.category}>
                  <span>{categoryName(l.category)}</span>
                  <span className={`level-badge level-${l.level}`}>
                    <LevelIcon level={l.level} />
                    <span>{levelAboutHer(t, l.level, l.kind)}</span>
                  </span>
                </li>
              ))}
          </ul>
        </section>
      )}
      {summary.concerns && (
        <section aria-labelledby="sv-concerns">
          <H id="sv-concerns">{t('contact:concerns')}</H>
          <ul className="drivers">
            {summary.concerns.map((c) => {
              const words = concernWords(b, summary, c, t, hasText, lng, categoryName);
              return (
                <li key={c.indicatorId}>
                  {t('contact:concern', { topic: words.topic, choice: words.choice })}
                  {c.isRedFlag && <span className="flag"> {t('contact:urgent')}</span>}
                  <span className="hint"> · {categoryName(c.category)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {summary.plan && (
        <section aria-labelledby="sv-plan" className="stack">
          <H id="sv-plan">{t('contact:plan')}</H>
          <p className="hint">{t('contact:planHint')}</p>
          {summary.plan.actions.length > 0 && (
            <>
              <p className="summary-subtitle">{t('share:view.planActions')}</p>
              <ul className="summary-plan" data-testid="summary-plan-actions">
                {summary.plan.actions.map((a) => (
                  <li key={`${a.batteryId}@${a.batteryVersion}/${a.actionId}`}>
                    <span dir="auto">{planTitle(planBs, a, a.actionId, 'actions', lng, t)}</span>
                    <span className="hint"> · {t(`contact:status.${a.status}`)}</span>
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
                    <span dir="auto">{planTitle(planBs, r, r.routineId, 'routines', lng, t)}</span>
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
          <H id="sv-note">{t('contact:note')}</H>
          <p className="summary-note" dir="auto">
            {summary.note}
          </p>
        </section>
      )}
      {summary.support && <SupportPart support={summary.support} headingLevel={headingLevel} />}
      {!summary.levels && !summary.concerns && !summary.plan && !summary.note && !summary.support && (
        <p>{t('share:view.empty')}</p>
      )}
      <p className="hint">{t('share:view.notAPrediction')}</p>
    </article>
  );
}

/**
 * What a contact can do with it, and what not to do: reach her only as she asked, never forward the
 * file, never post about it. Shown to the contact under the summary (not part of the file).
 */
export function ContactSteps({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const hasWords = useContactWords();
  const isUrgent =
    (summary.concerns ?? []).some((c) => c.isRedFlag) ||
    (summary.levels ?? []).some((l) => l.level === 'severe');
  if (!hasWords) return null;
  return (
    <section className="card stack contact-steps" aria-labelledby="contact-steps-title">
      <h2 id="contact-steps-title">{t('contact:steps.title')}</h2>
      <h3>{t('contact:steps.doTitle')}</h3>
      <ul className="steps-list">
        <li>{summary.reach ? t('contact:steps.reachAsAsked') : t('contact:steps.reachAsAgreed')}</li>
        <li>{t('contact:steps.askFirst')}</li>
        {isUrgent && <li>{t('contact:steps.urgent')}</li>}
      </ul>
      <h3>{t('contact:steps.dontTitle')}</h3>
      <ul className="steps-list">
        <li>{t('contact:steps.noForward')}</li>
        <li>{t('contact:steps.noCall')}</li>
        <li>{t('contact:steps.noPost')}</li>
        <li>{t('contact:steps.noTelling')}</li>
      </ul>
    </section>
  );
}
