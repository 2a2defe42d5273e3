/** Choose a passphrase: typed twice, long enough, with advice on making a strong one. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MIN_PASSPHRASE_LENGTH = 8;

export function PassphraseForm({
  submitLabel,
  withCurrent = false,
  onSubmit,
}: {
  submitLabel: string;
  withCurrent?: boolean;
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < MIN_PASSPHRASE_LENGTH) return setError('security.tooShort');
    if (next !== again) return setError('security.noMatch');
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
        <label className="field">
          <span>{t('security.current')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </label>
      )}
      <label className="field">
        <span>{t('security.new')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          required
        />
      </label>
      <label className="field">
        <span>{t('security.again')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          required
        />
      </label>
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
