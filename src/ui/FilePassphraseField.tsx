/**
 * The passphrase that locks a file (a summary, a backup): suggested by the app in her language
 * (src/services/passphrases.ts), editable, with a hint that says when it is too short, and a button
 * for another suggestion. A text area, so a suggestion of seven words shows whole on a 360 px
 * screen, wrapping between words.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseDirection, suggestPassphrase } from '../services/passphrases.ts';

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
  /** Empty at first: a suggestion fills it, unless she has typed already. */
  value: string;
  onChange: (passphrase: string) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const labelId = useId();
  const isLongEnough = isPassphraseLongEnough(value);
  const lng = i18n.resolvedLanguage ?? i18n.language;
  // The latest value and setter, for a suggestion that arrives after she may have typed.
  const current = useRef(value);
  const change = useRef(onChange);
  useEffect(() => {
    current.current = value;
    change.current = onChange;
  });

  // A first suggestion when the field opens empty (the word list loads the first time).
  useEffect(() => {
    let isStill = true;
    if (current.current === '')
      void suggestPassphrase(lng).then((suggestion) => {
        if (isStill && current.current === '') change.current(suggestion);
      });
    return () => {
      isStill = false;
    };
  }, [lng]);

  return (
    <>
      <label className="field">
        <span id={labelId}>{label}</span>
        {/* Named by its label alone: a label's name would otherwise include the passphrase. */}
        <textarea
          className="passphrase-input"
          rows={2}
          value={value}
          // One line: a line break pasted or typed is a space.
          onChange={(e) => onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          dir={passphraseDirection(value)}
          aria-invalid={!isLongEnough}
          aria-labelledby={labelId}
          aria-describedby={hintId}
          data-testid={testId}
        />
      </label>
      <p id={hintId} className="hint">
        {isLongEnough ? hint : t('share:send.passphraseShort', { count: MIN_PASSPHRASE })}
      </p>
      <button type="button" className="button" onClick={() => void suggestPassphrase(lng).then(onChange)}>
        {t('share:send.suggestAnother')}
      </button>
    </>
  );
}
