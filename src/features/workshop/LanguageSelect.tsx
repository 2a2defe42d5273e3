/** Chooses the language of slides or handouts, each name in its own language and script. */
import { useId } from 'react';
import { LANGUAGES, isLanguage, type LanguageCode } from '../../i18n/languages.ts';

export function LanguageSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: LanguageCode;
  onChange: (lng: LanguageCode) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          if (isLanguage(e.target.value)) onChange(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
