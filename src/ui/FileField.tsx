/**
 * A file picker that speaks her language: the browser's own "Choose file / No file chosen" follows
 * the browser's language, not the app's, so the input is hidden and a labelled button stands in.
 * The input stays in the page (focusable, and what tests and assistive technology reach).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allowBriefLeave } from './autoLock.ts';

interface Props {
  label: string;
  accept: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  testId?: string;
}

export function FileField({ label, accept, onChange, testId }: Props) {
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
            setChosen(event.target.files?.[0]?.name);
            onChange(event);
          }}
        />
        <span id={`${id}-choose`}>{t('file.choose')}</span>
      </label>
      <span id={`${id}-chosen`} className="hint file-chosen" dir="auto">
        {chosen ?? t('file.none')}
      </span>
    </div>
  );
}
