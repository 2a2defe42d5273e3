/**
 * Choose the app's language; each name is shown in its own language and script, with whether
 * native speakers have reviewed its translation (in the language she reads now).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Review } from '../i18n/languages.ts';
import { isOfflineLanguageError } from '../i18n/offlineLanguages.ts';
import { useSettings } from './settingsContext.tsx';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSettings();
  // Her choice shows at once, while its strings load.
  const [chosen, setChosen] = useState<string>();
  // A language not yet kept on this phone, chosen with no connection.
  const [unreachable, setUnreachable] = useState<string>();
  const current = chosen ?? i18n.language;
  return (
    <fieldset className="choices">
      <legend>{t('settings.language')}</legend>
      {unreachable && (
        <p className="notice" role="alert">
          {t('settings.languageNeedsConnection', {
            language: LANGUAGES.find((l) => l.code === unreachable)?.name ?? unreachable,
          })}
        </p>
      )}
      {LANGUAGES.map((l) => (
        <label key={l.code} className="choice">
          <input
            type="radio"
            name="language"
            value={l.code}
            checked={current === l.code}
            onChange={() => {
              setChosen(l.code);
              setUnreachable(undefined);
              setLanguage(l.code)
                .catch((error: unknown) => {
                  if (!isOfflineLanguageError(error)) throw error;
                  setUnreachable(l.code);
                })
                .finally(() => setChosen(undefined));
            }}
          />
          <span>
            <span lang={l.code} dir={l.dir}>
              {l.name}
            </span>
            <ReviewNote review={l.review} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** "Reviewed by native speakers" or "awaiting review", under a language's name; nothing for English. */
function ReviewNote({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  if (review.status === 'source') return null;
  const date = (on: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${on}T00:00:00Z`),
    );
  return (
    <span className="hint">
      {review.status === 'reviewed'
        ? t('settings.review.reviewed', { date: date(review.on) })
        : t('settings.review.awaiting')}
    </span>
  );
}
