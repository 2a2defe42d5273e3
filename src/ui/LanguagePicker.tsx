/** Choose the app's language; each name is shown in its own language and script. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages.ts';
import { useSettings } from './settingsContext.tsx';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSettings();
  // Her choice shows at once, while its strings load.
  const [chosen, setChosen] = useState<string>();
  const current = chosen ?? i18n.language;
  return (
    <fieldset className="choices">
      <legend>{t('settings.language')}</legend>
      {LANGUAGES.map((l) => (
        <label key={l.code} className="choice" lang={l.code} dir={l.dir}>
          <input
            type="radio"
            name="language"
            value={l.code}
            checked={current === l.code}
            onChange={() => {
              setChosen(l.code);
              void setLanguage(l.code).finally(() => setChosen(undefined));
            }}
          />
          <span>{l.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
