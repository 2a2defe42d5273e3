/**
 * Her routines as a calendar file (.ics), made on the phone: no network, a download link to a
 * Blob. Titles are neutral by default and hers to change, and the screen says plainly that a
 * calendar is often less private than the app.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildIcs, isoDay, pickText } from '../../domain/index.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { loadPlanData, type PlanData } from '../../services/plan.ts';
import { rhythmWords } from '../../ui/planWords.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';

interface Choice {
  isIncluded: boolean;
  title: string;
  time: string;
}

function RoutineChoice({
  entry,
  choice,
  onChange,
}: {
  entry: PlanData['routines'][number];
  choice: Choice;
  onChange: (change: Partial<Choice>) => void;
}) {
  const { t, i18n } = useTranslation('plan');
  const id = useId();
  const lng = i18n.language;
  return (
    <li className="card stack calendar-item">
      <label className="choice">
        <input
          type="checkbox"
          checked={choice.isIncluded}
          onChange={(e) => onChange({ isIncluded: e.target.checked })}
        />
        <span>
          <strong>{pickText(entry.routine.title, lng, entry.battery)}</strong>
          <span className="hint"> · {rhythmWords(entry.item.rhythm, t, lng)}</span>
        </span>
      </label>
      {choice.isIncluded && (
        <>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('calendar.eventTitle')}</label>
            <input
              id={`${id}-title`}
              type="text"
              value={choice.title}
              maxLength={200}
              autoComplete="off"
              dir="auto"
              onChange={(e) => onChange({ title: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('calendar.time')}</label>
            <span className="hint" id={`${id}-time-hint`}>
              {t('calendar.timeHint')}
            </span>
            <input
              autoComplete="off"
              id={`${id}-time`}
              type="time"
              value={choice.time}
              aria-describedby={`${id}-time-hint`}
              onChange={(e) => onChange({ time: e.target.value })}
            />
          </div>
        </>
      )}
    </li>
  );
}

export default function CalendarPage() {
  const { t } = useTranslation('plan');
  const [state] = useAsync(() => loadPlanData(), []);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [file, setFile] = useState<string | null>(null);

  // The file lives only in memory, and only while this screen is open.
  useEffect(
    () => () => {
      if (file) URL.revokeObjectURL(file);
    },
    [file],
  );

  if (state.status !== 'ready') return <Pending state={state} />;
  const { routines } = state.value;
  const choiceOf = (id: string): Choice =>
    choices[id] ?? { isIncluded: true, title: t('calendar.defaultTitle'), time: '' };
  const change = (id: string, next: Partial<Choice>) => {
    setFile(null);
    setChoices((c) => ({ ...c, [id]: { ...choiceOf(id), ...next } }));
  };
  const chosen = routines.filter((r) => choiceOf(r.item.id).isIncluded);

  const make = () => {
    const now = new Date();
    const text = buildIcs(
      chosen.map((r) => {
        const c = choiceOf(r.item.id);
        return {
          uid: r.item.id,
          title: c.title.trim() || t('calendar.defaultTitle'),
          rhythm: r.item.rhythm,
          startDay: isoDay(now),
          ...(/^\d{2}:\d{2}$/.test(c.time) ? { time: c.time } : {}),
        };
      }),
      now,
    );
    setFile(URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' })));
  };

  return (
    <div className="stack calendar">
      <ScreenTitle>{t('calendar.title')}</ScreenTitle>
      <div className="notice notice-warning stack">
        <p>
          <strong>{t('calendar.warningTitle')}</strong>
        </p>
        <p>{t('calendar.warning')}</p>
      </div>
      <p className="hint">{t('calendar.intro')}</p>
      {routines.length === 0 ? (
        <p>{t('plan.noRoutines')}</p>
      ) : (
        <>
          <ul className="plan-list">
            {routines.map((r) => (
              <RoutineChoice
                key={r.item.id}
                entry={r}
                choice={choiceOf(r.item.id)}
                onChange={(next) => change(r.item.id, next)}
              />
            ))}
          </ul>
          <button type="button" className="button primary" disabled={chosen.length === 0} onClick={make}>
            {t('calendar.make', { count: chosen.length })}
          </button>
          {file && (
            <div className="card stack" role="status">
              <p>{t('calendar.ready')}</p>
              <a className="button download-button" href={file} download="calendar.ics">
                <DownloadIcon />
                {t('calendar.download')}
              </a>
            </div>
          )}
        </>
      )}
    </div>
  );
}
