/** Short or full form, as radio buttons; only the forms the battery has. */
import { useTranslation } from 'react-i18next';
import { formIndicators, type Battery } from '../../domain/index.ts';

export type FormId = 'short' | 'full';

/** About 18 seconds a question: the shipped forms' 15 and 5 minutes, and the same for adapted ones. */
function minutes(battery: Battery, form: FormId): number {
  return Math.max(1, Math.round((formIndicators(battery, form).length * 18) / 60));
}

/** The short form when the battery has one (workshops use it by default), else the full one. */
export function defaultForm(battery: Battery): FormId {
  return battery.forms.some((f) => f.id === 'short') ? 'short' : 'full';
}

export function FormChoice({
  battery,
  legend,
  value,
  onChange,
  name,
}: {
  battery: Battery;
  legend: string;
  value: FormId;
  onChange: (form: FormId) => void;
  name: string;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const forms = (['short', 'full'] as const).filter((f) => battery.forms.some((x) => x.id === f));
  if (forms.length < 2) return null;
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {forms.map((form) => (
        <label key={form} className="choice">
          <input
            type="radio"
            name={name}
            value={form}
            checked={value === form}
            onChange={() => onChange(form)}
          />
          <span>
            {t(`app:forms.${form}`)}
            <span className="hint">{t('app:forms.minutes', { count: minutes(battery, form) })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
