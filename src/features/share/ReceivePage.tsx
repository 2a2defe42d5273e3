/**
 * Receive summaries: her own age key. The secret part stays sealed on this phone; the public key
 * (`age1…`) is what she gives to the people she supports, as text or as a QR code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getIdentity, makeIdentity } from '../../services/identity.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { FocusOnArrival } from '../../ui/FocusOnArrival.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { QrCode } from '../../ui/QrCode.tsx';
import { copyText } from '../../ui/deliver.ts';
import '../../ui/share.css';

export default function ReceivePage() {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => getIdentity(), []);
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const [copied, setCopied] = useState<boolean>();
  // Only a key she has just made takes focus; an existing one leaves it on the screen's title.
  const [isNew, setNew] = useState(false);

  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await makeIdentity();
      setNew(true);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <Pending state={state} />;
  const identity = state.status === 'ready' ? state.value : undefined;
  return (
    <div className="stack">
      <ScreenTitle>{t('share:receive.title')}</ScreenTitle>
      <p className="lead">{t('share:receive.lead')}</p>
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {error !== undefined && <ErrorMessage error={error} />}
      {!identity ? (
        <>
          <p>{t('share:receive.none')}</p>
          <button type="button" className="button primary" disabled={isBusy} onClick={() => void create()}>
            {t('share:receive.create')}
          </button>
        </>
      ) : (
        <section className="card stack" aria-labelledby="my-key">
          {isNew ? (
            <FocusOnArrival as="h2" id="my-key">
              {t('share:receive.yourKey')}
            </FocusOnArrival>
          ) : (
            <h2 id="my-key">{t('share:receive.yourKey')}</h2>
          )}
          <p className="key-text" dir="ltr" data-testid="my-recipient">
            {identity.recipient}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void copyText(identity.recipient).then(setCopied)}
          >
            {t('share:receive.copy')}
          </button>
          <p role="status" className="hint">
            {copied === true && t('share:deliver.copied')}
            {copied === false && t('share:deliver.copyFailed')}
          </p>
          <QrCode text={identity.recipient} label={t('share:receive.qr')} />
          <p className="hint">{t('share:receive.safe')}</p>
          <p className="hint">{t('share:receive.backupHint')}</p>
        </section>
      )}
    </div>
  );
}
