/**
 * The lock screen: one passphrase field. A wrong passphrase says so and nothing else happens
 * (unless she chose a limit, which it states). The screen shows nothing of her data.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { WipeEverything } from '../../ui/WipeEverything.tsx';
import { unlockTriesLeft, unlockWith } from '../../services/vault.ts';
import { restartApp } from '../../ui/restart.ts';

export function LockScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [isWrong, setWrong] = useState(false);
  const [left, setLeft] = useState<number>();

  useEffect(() => {
    void unlockTriesLeft().then(setLeft);
  }, [isWrong]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!passphrase || isBusy) return;
    setBusy(true);
    setWrong(false);
    try {
      const result = await unlockWith(passphrase);
      if (result === 'wiped') {
        restartApp();
        return;
      }
      if (result === 'wrong') {
        setWrong(true);
        setPassphrase('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack lock" onSubmit={(e) => void submit(e)}>
      <ScreenTitle>{t('lock.title')}</ScreenTitle>
      <p>{t('lock.intro')}</p>
      <PasswordField
        label={t('lock.passphrase')}
        purpose="current"
        value={passphrase}
        onChange={setPassphrase}
        isInvalid={isWrong}
        describedBy={isWrong ? 'unlock-error' : undefined}
        autoFocus
      />
      {isWrong && (
        <p id="unlock-error" className="notice notice-warning" role="alert">
          {t('lock.wrong')}
          {left !== undefined && ` ${t('lock.triesLeft', { count: left })}`}
        </p>
      )}
      <button type="submit" className="button primary" disabled={isBusy}>
        {isBusy ? t('lock.unlocking') : t('lock.unlock')}
      </button>
      <details className="help">
        <summary>{t('lock.forgot')}</summary>
        <p>{t('lock.forgotText')}</p>
        <WipeEverything />
      </details>
    </form>
  );
}
