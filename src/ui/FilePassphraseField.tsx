/**
 * The passphrase that locks a file (a summary, a backup): suggested by the app, editable, with a
 * hint that says when it is too short, and a button for another suggestion.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestPassphrase } from '../services/sharing.ts';

/** Shorter passphrases are refused: a file can be attacked offline, with no limit on guesses. */
export const MIN_PASSPHRASE = 12;

export function isPassphraseLongEnough(passphrase: string): boolean {
  return passphrase.trim().length >= MIN_PASSPHRASE;
}

export function FilePassphraseField({
  label,
  hint,
  value,
  onChange,
  testId,
}: {
  label: string;
  /** What to do with it, shown once it is long enough. */
  hint: string;
  value: string;
  onChange: (passphrase: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const isLongEnough = isPassphraseLongEnough(value);
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          aria-invalid={!isLongEnough}
          aria-describedby={hintId}
          data-testid={testId}
        />
      </label>
      <p id={hintId} className="hint">
        {isLongEnough ? hint : t('share:send.passphraseShort', { count: MIN_PASSPHRASE })}
      </p>
      <button type="button" className="button" onClick={() => onChange(suggestPassphrase())}>
        {t('share:send.suggestAnother')}
      </button>
    </>
  );
}
