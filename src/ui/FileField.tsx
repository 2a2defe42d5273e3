/**
 * A file picker that speaks her language: the browser's own "Choose file / No file chosen" follows
 * the browser's language, not the app's, so the input is hidden and a labelled button stands in.
 * The input stays in the page (focusable, and what tests and assistive technology reach).
 *
 * It reports the file chosen (`onFile`), and `undefined` when she removes it with "Remove this
 * file". The input is emptied after each choice, so choosing the same file again (once fixed)
 * reports it again. To start over from outside (a form reset), give it a new `key`.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowBriefLeave } from './autoLock.ts';

interface Props {
  label: string;
  accept: string;
  onFile: (file: File | undefined) => void;
  testId?: string;
}

export function FileField({ label, accept, onFile, testId }: Props) {
  const { t } = useTranslation('app');
  const id = useId();
  const [chosen, setChosen] = useState<string>();
  return (
    <div className="field file-field">
      <span id={`${id}-label`}>{label}</span>
      <label className="button file-button">
        <input
          type="file"
          className="visually-hidden"
          accept={accept}
          aria-labelledby={`${id}-label ${id}-choose`}
          aria-describedby={`${id}-chosen`}
          data-testid={testId}
          // The system picker may hide the app (Android): that must not lock it under her.
          onClick={() => allowBriefLeave()}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // A picker closed without a choice keeps what was chosen before.
            if (!file) return;
            setChosen(file.name);
            onFile(file);
            event.currentTarget.value = '';
          }}
        />
        <span id={`${id}-choose`}>{t('file.choose')}</span>
      </label>
      <span
        id={`${id}-chosen`}
        className="hint file-chosen"
        dir="auto"
        data-testid={testId && `${testId}-chosen`}
      >
        {chosen ?? t('file.none')}
      </span>
      {chosen !== undefined && (
        <button
          type="button"
          className="link-button file-clear"
          onClick={() => {
            setChosen(undefined);
            onFile(undefined);
          }}
        >
          {t('file.clear')}
        </button>
      )}
    </div>
  );
}
