/**
 * "Delete everything": a deliberate gesture, not one tap. She opens it, reads what it does,
 * types the word it asks for, and only then can she press the button.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wipeEverything } from '../services/wipe.ts';
import { restartApp } from './restart.ts';

export function WipeEverything() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [isBusy, setBusy] = useState(false);
  const id = useId();
  const word = t('security.wipeWord');
  if (!isOpen) {
    return (
      <button type="button" className="button danger-outline" onClick={() => setOpen(true)}>
        {t('security.wipe')}
      </button>
    );
  }
  const matches = typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
  return (
    <div className="confirm stack" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>{t('security.wipeExplain')}</p>
      <label className="field">
        <span>{t('security.wipeType', { word })}</span>
        <input
          type="text"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button danger"
          disabled={!matches || isBusy}
          onClick={() => {
            setBusy(true);
            void wipeEverything().then(() => restartApp());
          }}
        >
          {t('security.wipeConfirm')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
