/**
 * The lock screen: one passphrase field. A wrong passphrase says so and nothing else happens
 * (unless she chose a limit, which it states). The screen shows nothing of her data.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { WipeEverything } from '../../ui/WipeEverything.tsx';
import { wipeAndRestart } from '../../services/wipe.ts';
import { failedUnlocks, unlock } from '../../storage/vault.ts';

export function LockScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [isWrong, setWrong] = useState(false);
  const [left, setLeft] = useState<number>();

  useEffect(() => {
    void failedUnlocks().then(({ count, limit }) => setLeft(limit ? limit - count : undefined));
  }, [isWrong]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || isBusy) return;
    setBusy(true);
    setWrong(false);
    try {
      const result = await unlock(passphrase, wipeAndRestart);
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
      <label className="field">
        <span>{t('lock.passphrase')}</span>
        <input
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={isWrong}
          aria-describedby={isWrong ? 'unlock-error' : undefined}
          autoFocus
        />
      </label>
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
