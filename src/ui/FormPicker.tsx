/** Full or short form, with about how long each takes. */
import { useTranslation } from 'react-i18next';
import { useSettings } from './settingsContext.tsx';

/** Minutes, at about 20 seconds a question. */
export const FORM_MINUTES = { full: 15, short: 5 } as const;

export function FormPicker() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <fieldset className="choices">
      <legend>{t('settings.form')}</legend>
      {(['full', 'short'] as const).map((form) => (
        <label key={form} className="choice">
          <input
            type="radio"
            name="form"
            value={form}
            checked={settings.preferredForm === form}
            onChange={() => void update({ preferredForm: form })}
          />
          <span>
            {t(`forms.${form}`)}
            <span className="hint">{t('forms.minutes', { count: FORM_MINUTES[form] })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
