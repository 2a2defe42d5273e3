/**
 * Making a backup: everything she has, locked with a passphrase the app suggests in her language
 * (FilePassphraseField), then delivered.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeBackup } from '../../services/backup.ts';
import { FilePassphraseField, isPassphraseLongEnough } from '../../ui/FilePassphraseField.tsx';
import { PassphraseShown } from '../../ui/PassphraseShown.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { FocusOnArrival } from '../../ui/FocusOnArrival.tsx';
import { Delivery } from '../../ui/Delivery.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { fileName } from '../../ui/deliver.ts';

export function MakeBackup() {
  const { t } = useTranslation();
  const { update } = useSettings();
  const [passphrase, setPassphrase] = useState('');
  const [made, setMade] = useState<{ file: Uint8Array; createdAt: number }>();
  const [error, setError] = useState<unknown>();
  const [isMaking, setMaking] = useState(false);

  const make = async () => {
    setError(undefined);
    setMaking(true);
    try {
      setMade(await makeBackup(passphrase));
    } catch (e) {
      setError(e);
    } finally {
      setMaking(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="make-title">
      <h2 id="make-title">{t('share:backup.makeTitle')}</h2>
      {!made ? (
        <>
          <FilePassphraseField
            label={t('share:backup.passphrase')}
            hint={t('share:backup.passphraseHint')}
            value={passphrase}
            onChange={setPassphrase}
            testId="backup-passphrase"
          />
          {error !== undefined && <ErrorMessage error={error} nothingChanged />}
          <button
            type="button"
            className="button primary"
            disabled={isMaking || !isPassphraseLongEnough(passphrase)}
            onClick={() => void make()}
          >
            {isMaking ? t('share:send.locking') : t('share:backup.make')}
          </button>
        </>
      ) : (
        <>
          <FocusOnArrival as="p">{t('share:backup.ready')}</FocusOnArrival>
          <PassphraseShown passphrase={passphrase} testId="backup-passphrase-shown" />
          <Delivery
            file={made.file}
            name={fileName('backup')}
            kind="backup"
            // The date the backup holds her data from: a restore of it shows the same date.
            onDelivered={() => void update({ lastBackupAt: made.createdAt })}
          />
          <p className="hint">{t('share:backup.keepSafe')}</p>
        </>
      )}
    </section>
  );
}
