/**
 * Full or short form for her own assessment, with about how long each takes. Only the forms the
 * current battery offers for assessments: a form kept for workshops is not offered, and a saved
 * choice of it turns back to the full form, said once.
 */
import { useTranslation } from 'react-i18next';
import { useSettings } from './settingsContext.tsx';
import { useAsync } from './useAsync.ts';
import { assessmentForms, type FormOffer } from '../services/assessments.ts';

/** Minutes, at about 20 seconds a question (the 1.0.0 forms; shown until the battery is read). */
export const FORM_MINUTES = { full: 15, short: 5 } as const;

const UNTIL_READ: FormOffer[] = [
  { id: 'full', minutes: FORM_MINUTES.full },
  { id: 'short', minutes: FORM_MINUTES.short },
];

export function FormPicker() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const preferred = settings.preferredForm;
  // Read once: her saved choice, if no longer offered, becomes the full form, and that is said.
  const [state] = useAsync(async () => {
    const offers = await assessmentForms();
    const isNotOffered = !offers.some((f) => f.id === preferred);
    if (isNotOffered) await update({ preferredForm: 'full' }).catch(() => undefined);
    return { offers, hasFallenBack: isNotOffered };
  }, []);
  const offers = state.status === 'ready' ? state.value.offers : UNTIL_READ;

  return (
    <fieldset className="choices">
      <legend>{t('settings.form')}</legend>
      {state.status === 'ready' && state.value.hasFallenBack && (
        <p className="notice" role="status">
          {t('forms.workshopOnly')}
        </p>
      )}
      {offers.map((form) => (
        <label key={form.id} className="choice">
          <input
            type="radio"
            name="form"
            value={form.id}
            checked={preferred === form.id}
            onChange={() => void update({ preferredForm: form.id })}
          />
          <span>
            {t(`forms.${form.id}`)}
            <span className="hint">{t('forms.minutes', { count: form.minutes })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
