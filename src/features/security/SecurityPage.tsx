/**
 * Protect what is on the phone (DESIGN.md §6): set, change or remove the passphrase, auto-lock,
 * a duress passphrase, a limit on failed unlocks, and "delete everything".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { WipeEverything } from '../../ui/WipeEverything.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { useVaultState } from '../../ui/vaultContext.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import {
  changePassphrase,
  failedUnlocks,
  hasDuressPassphrase,
  lock,
  removePassphrase,
  setDuressPassphrase,
  setFailedUnlockLimit,
} from '../../services/vault.ts';
import { PassphraseForm, SetPassphrase } from '../../ui/PassphraseForm.tsx';
import { errorKey } from '../../ui/ErrorMessage.tsx';

const AUTO_LOCK_MINUTES = [1, 5, 15, 30] as const;
const FAILED_LIMITS = [0, 5, 10, 20] as const;

async function attempt(operation: () => Promise<void>): Promise<string | undefined> {
  try {
    await operation();
    return undefined;
  } catch (error) {
    return errorKey(error);
  }
}

export default function SecurityPage() {
  const { t } = useTranslation();
  const state = useVaultState();
  const { settings, update } = useSettings();
  const [done, setDone] = useState<string>();
  const [extras, reloadExtras] = useAsync(
    async () => ({ hasDuress: await hasDuressPassphrase(), limit: (await failedUnlocks()).limit ?? 0 }),
    [state],
  );
  const [removeValue, setRemoveValue] = useState('');
  const [removeProblem, setRemoveProblem] = useState<string>();
  const hasPassphrase = state !== 'open';

  return (
    <div className="stack security">
      <ScreenTitle>{t('security.title')}</ScreenTitle>
      {done && (
        <p className="notice" role="status">
          {t(done)}
        </p>
      )}

      <section className="card stack" aria-labelledby="passphrase-title">
        <h2 id="passphrase-title">{t('security.passphraseTitle')}</h2>
        {hasPassphrase ? (
          <>
            <p>{t('security.isProtected')}</p>
            <button type="button" className="button" onClick={lock}>
              {t('security.lockNow')}
            </button>
            <h3>{t('security.change')}</h3>
            <PassphraseForm
              withCurrent
              submitLabel={t('security.change')}
              onSubmit={async (next, current) => {
                const problem = await attempt(() => changePassphrase(current, next));
                if (!problem) setDone('security.changed');
                return problem;
              }}
            />
          </>
        ) : (
          <>
            <p className="notice notice-warning">{t('home.noLockYet')}</p>
            <p>{t('security.whyPassphrase')}</p>
            <SetPassphrase onDone={() => setDone('security.isSet')} />
          </>
        )}
      </section>

      {hasPassphrase && (
        <>
          <section className="card stack" aria-labelledby="autolock-title">
            <h2 id="autolock-title">{t('security.autoLockTitle')}</h2>
            <fieldset className="choices">
              <legend>{t('security.autoLockLegend')}</legend>
              {AUTO_LOCK_MINUTES.map((m) => (
                <label key={m} className="choice">
                  <input
                    type="radio"
                    name="autolock"
                    checked={settings.autoLockMinutes === m}
                    onChange={() => void update({ autoLockMinutes: m })}
                  />
                  <span>{t('security.minutes', { count: m })}</span>
                </label>
              ))}
            </fieldset>
            <p className="hint">{t('security.autoLockHint')}</p>
          </section>

          <section className="card stack" aria-labelledby="duress-title">
            <h2 id="duress-title">{t('security.duressTitle')}</h2>
            <p>{t('security.duressText')}</p>
            {extras.status === 'ready' && extras.value.hasDuress ? (
              <>
                <p className="notice">{t('security.duressIsSet')}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => void setDuressPassphrase(undefined).then(() => reloadExtras())}
                >
                  {t('security.duressRemove')}
                </button>
              </>
            ) : (
              <>
                <p className="hint">{t('security.duressNoSave')}</p>
                <PassphraseForm
                  submitLabel={t('security.duressSet')}
                  isEmergency
                  onSubmit={async (next) => {
                    const problem = await attempt(() => setDuressPassphrase(next));
                    if (!problem) reloadExtras();
                    return problem;
                  }}
                />
              </>
            )}
          </section>

          <section className="card stack" aria-labelledby="limit-title">
            <h2 id="limit-title">{t('security.limitTitle')}</h2>
            <fieldset className="choices">
              <legend>{t('security.limitLegend')}</legend>
              {FAILED_LIMITS.map((n) => (
                <label key={n} className="choice">
                  <input
                    type="radio"
                    name="limit"
                    checked={extras.status === 'ready' && extras.value.limit === n}
                    onChange={() => void setFailedUnlockLimit(n || undefined).then(() => reloadExtras())}
                  />
                  <span>{n === 0 ? t('security.limitOff') : t('security.limitAfter', { count: n })}</span>
                </label>
              ))}
            </fieldset>
            <p className="hint">{t('security.limitHonest')}</p>
          </section>

          <section className="card stack" aria-labelledby="remove-title">
            <h2 id="remove-title">{t('security.removeTitle')}</h2>
            <p>{t('security.removeText')}</p>
            <form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                void attempt(() => removePassphrase(removeValue)).then((problem) => {
                  setRemoveProblem(problem);
                  setRemoveValue('');
                  if (!problem) setDone('security.removed');
                });
              }}
            >
              <PasswordField
                label={t('security.current')}
                purpose="current"
                value={removeValue}
                onChange={setRemoveValue}
                isRequired
              />
              {removeProblem && (
                <p className="notice notice-warning" role="alert">
                  {t(removeProblem)}
                </p>
              )}
              <button type="submit" className="button">
                {t('security.remove')}
              </button>
            </form>
          </section>
        </>
      )}

      <section className="card stack" aria-labelledby="wipe-title">
        <h2 id="wipe-title">{t('security.wipeTitle')}</h2>
        <p>{t('security.wipeText')}</p>
        <WipeEverything />
      </section>
    </div>
  );
}
