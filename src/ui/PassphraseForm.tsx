/** Choose a passphrase: typed twice, long enough, with advice on making a strong one. */
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './PasswordField.tsx';
import { errorKey } from './ErrorMessage.tsx';
import { setPassphrase } from '../services/vault.ts';

export const MIN_PASSPHRASE_LENGTH = 8;

export function PassphraseForm({
  submitLabel,
  withCurrent = false,
  isEmergency = false,
  onSubmit,
}: {
  submitLabel: string;
  withCurrent?: boolean;
  /** The emergency (duress) passphrase: the browser is asked not to save or fill it. */
  isEmergency?: boolean;
  /** Resolves with an error key to show, or undefined when done. */
  onSubmit: (next: string, current: string) => Promise<string | undefined>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (next.length < MIN_PASSPHRASE_LENGTH) {
      setError('security.tooShort');
      return;
    }
    if (next !== again) {
      setError('security.noMatch');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const problem = await onSubmit(next, current);
      setError(problem);
      if (!problem) {
        setCurrent('');
        setNext('');
        setAgain('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-describedby={`${id}-advice`}>
      <p id={`${id}-advice`} className="hint">
        {t('security.advice', { count: MIN_PASSPHRASE_LENGTH })}
      </p>
      {withCurrent && (
        <PasswordField
          label={t('security.current')}
          purpose="current"
          value={current}
          onChange={setCurrent}
          isRequired
        />
      )}
      <PasswordField
        label={t('security.new')}
        purpose={isEmergency ? 'emergency' : 'new'}
        value={next}
        onChange={setNext}
        isRequired
      />
      <PasswordField
        label={t('security.again')}
        purpose={isEmergency ? 'emergency' : 'new'}
        value={again}
        onChange={setAgain}
        isRequired
      />
      {error && (
        <p className="notice notice-warning" role="alert">
          {t(error, { count: MIN_PASSPHRASE_LENGTH })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={isBusy}>
        {isBusy ? t('security.working') : submitLabel}
      </button>
    </form>
  );
}

/** Sets her first passphrase (onboarding, and Protection when none is set). */
export function SetPassphrase({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  return (
    <PassphraseForm
      submitLabel={t('security.set')}
      onSubmit={async (next) => {
        try {
          await setPassphrase(next);
        } catch (error) {
          return errorKey(error);
        }
        onDone?.();
        return undefined;
      }}
    />
  );
}
