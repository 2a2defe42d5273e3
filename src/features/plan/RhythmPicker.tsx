/** How often she keeps a routine: every day, some days of the week, or once a week. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RHYTHM_KINDS, type Rhythm, type Weekday } from '../../domain/index.ts';
import { WEEK_ORDER, weekdayName } from '../../ui/planWords.ts';

export function RhythmPicker({ value, onChange }: { value: Rhythm; onChange: (rhythm: Rhythm) => void }) {
  const { t, i18n } = useTranslation('plan');
  const name = useId();
  const [message, setMessage] = useState('');
  const days = value.kind === 'days' ? (value.days ?? []) : [];
  const toggleDay = (day: Weekday, isOn: boolean) => {
    const next = isOn ? [...days, day] : days.filter((d) => d !== day);
    // Never leave "some days" with no day: keep the last one chosen, and say why.
    setMessage(next.length > 0 ? '' : t('rhythm.keepOneDay'));
    if (next.length > 0) onChange({ kind: 'days', days: next });
  };
  return (
    <fieldset className="choices rhythm-picker">
      <legend>{t('rhythm.legend')}</legend>
      {RHYTHM_KINDS.map((kind) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name={name}
            checked={value.kind === kind}
            onChange={() =>
              onChange(
                kind === 'days'
                  ? { kind, days: days.length ? days : [new Date().getDay() as Weekday] }
                  : { kind },
              )
            }
          />
          <span>{t(`rhythm.${kind}`)}</span>
        </label>
      ))}
      {value.kind === 'days' && (
        <fieldset className="weekdays">
          <legend className="visually-hidden">{t('rhythm.whichDays')}</legend>
          {WEEK_ORDER.map((d) => (
            <label key={d} className="weekday">
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) => toggleDay(d, e.target.checked)}
              />
              <span aria-hidden="true">{weekdayName(d, i18n.language, 'short')}</span>
              <span className="visually-hidden">{weekdayName(d, i18n.language, 'long')}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint" role="status">
        {message}
      </p>
    </fieldset>
  );
}
