/** Choose the app's language; each name is shown in its own language and script. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useSettings } from '../../app/settingsContext.tsx';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSettings();
  return (
    <fieldset className="choices">
      <legend>{t('settings.language')}</legend>
      {LANGUAGES.map((l) => (
        <label key={l.code} className="choice" lang={l.code} dir={l.dir}>
          <input
            type="radio"
            name="language"
            value={l.code}
            checked={i18n.language === l.code}
            onChange={() => void setLanguage(l.code)}
          />
          <span>{l.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
