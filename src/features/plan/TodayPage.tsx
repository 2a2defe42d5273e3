/**
 * Today: the care routines due today, one tap to mark one done, and a gentle look at the last two
 * weeks. No streaks, no scolding, no red: a day without a routine is just a day.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDoneOn, isDueOn, isoDay, pickText, recentDays, type RoutineDay } from '../../domain/index.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { setRoutineDone } from '../../services/routines.ts';
import { loadPlanData, type PlanData } from '../../services/plan.ts';
import { rhythmWords } from '../../ui/planWords.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';
import { CareIcon, CheckIcon } from '../../ui/icons.tsx';
import { formatLongDate } from '../../i18n/format.ts';

const LOOK_BACK_DAYS = 14;

function LookBack({ days, lng }: { days: RoutineDay[]; lng: string }) {
  const { t } = useTranslation('plan');
  const done = days.filter((d) => d.isDone).length;
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(lng, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    );
  return (
    <div className="look-back">
      <p className="hint">
        {done > 0
          ? t('today.lookBack', { count: done })
          : days.length < LOOK_BACK_DAYS
            ? t('today.lookBackNew')
            : t('today.lookBackNone')}
      </p>
      <ol className="days" aria-hidden="true">
        {days.map((d) => (
          <li
            key={d.day}
            className={d.isDone ? 'day done' : d.isDue ? 'day due' : 'day rest'}
            title={dayLabel(d.day)}
          >
            {d.isDone && <CheckIcon />}
          </li>
        ))}
      </ol>
    </div>
  );
}

function RoutineToday({
  entry,
  today,
  onToggle,
}: {
  entry: PlanData['routines'][number];
  today: string;
  onToggle: (isDone: boolean) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('plan');
  const lng = i18n.language;
  const { item, routine, battery } = entry;
  // Shown at once, saved right after; a failed save puts it back as it was.
  const [isDone, setDone] = useState(() => isDoneOn(item, today));
  const title = pickText(routine.title, lng, battery);
  return (
    <li className={`card today-item${isDone ? ' is-done' : ''}`}>
      <h3>{title}</h3>
      <p className="tags">
        <span className={`tag care-${routine.who}`}>
          <CareIcon who={routine.who} /> {t(`care.${routine.who}`)}
        </span>
        <span className="tag">{rhythmWords(item.rhythm, t, lng)}</span>
      </p>
      {item.note && <p className="hint note">{item.note}</p>}
      <label className={`done-toggle${isDone ? ' is-checked' : ''}`}>
        <input
          type="checkbox"
          checked={isDone}
          onChange={(e) => {
            const next = e.target.checked;
            setDone(next);
            onToggle(next).catch(() => setDone(!next));
          }}
        />
        <span>
          {t('today.doneToday')}
          <span className="visually-hidden">: {title}</span>
        </span>
      </label>
      <LookBack days={recentDays(item, today, LOOK_BACK_DAYS, isoDay(item.addedAt))} lng={lng} />
    </li>
  );
}

export default function TodayPage() {
  const { t, i18n } = useTranslation('plan');
  const { navigate } = useRouter();
  const [state, reload] = useAsync(() => loadPlanData(), []);
  const [error, setError] = useState<unknown>();
  if (state.status !== 'ready') return <Pending state={state} />;
  const today = isoDay(new Date());
  const { routines } = state.value;
  const due = routines.filter((r) => isDueOn(r.item, today) || isDoneOn(r.item, today));
  const other = routines.filter((r) => !due.includes(r));
  const toggle = (id: string) => async (isDone: boolean) => {
    try {
      setError(undefined);
      await setRoutineDone(id, isDone, today, today);
      reload();
    } catch (e) {
      setError(e);
      throw e;
    }
  };
  const longDate = formatLongDate(new Date(), i18n.language);

  return (
    <div className="stack today">
      <ScreenTitle>{t('today.title')}</ScreenTitle>
      <p className="lead">{longDate}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {routines.length === 0 ? (
        <>
          <p>{t('today.none')}</p>
          <button type="button" className="button primary" onClick={() => navigate({ name: 'library' })}>
            {t('library.open')}
          </button>
        </>
      ) : (
        <>
          <p className="hint">{t('today.intro')}</p>
          {due.length === 0 ? (
            <p>{t('today.nothingDue')}</p>
          ) : (
            <ul className="plan-list">
              {due.map((r) => (
                <RoutineToday key={r.item.id} entry={r} today={today} onToggle={toggle(r.item.id)} />
              ))}
            </ul>
          )}
          <p className="hint legend-days">
            <span className="day done" aria-hidden="true">
              <CheckIcon />
            </span>{' '}
            {t('today.legendDone')} <span className="day due" aria-hidden="true" /> {t('today.legendDue')}{' '}
            <span className="day rest" aria-hidden="true" /> {t('today.legendRest')}
          </p>
          {other.length > 0 && (
            <details className="settled">
              <summary>{t('today.other', { count: other.length })}</summary>
              <ul className="plan-list">
                {other.map((r) => (
                  <RoutineToday key={r.item.id} entry={r} today={today} onToggle={toggle(r.item.id)} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <button type="button" className="button" onClick={() => navigate({ name: 'plan' })}>
        {t('home.plan')}
      </button>
    </div>
  );
}
