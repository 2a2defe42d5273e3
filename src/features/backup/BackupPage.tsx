/**
 * Back up and move (P3): everything she has in one passphrase-encrypted age file, and restoring
 * such a file here. The whole file is opened and checked before anything changes; then she sees
 * what it holds and chooses to replace or add.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countBackup, makeBackup, openBackup, restoreBackup, type Backup } from '../../services/backup.ts';
import { suggestPassphrase } from '../../services/sharing.ts';
import { FilePassphraseField, isPassphraseLongEnough } from '../../ui/FilePassphraseField.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { FileField } from '../../ui/FileField.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { FocusOnArrival } from '../../ui/FocusOnArrival.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate } from '../../i18n/format.ts';
import { Delivery } from '../../ui/Delivery.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { fileName, readPickedFile } from '../../ui/deliver.ts';
import '../../ui/share.css';

export default function BackupPage() {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const [passphrase, setPassphrase] = useState(() => suggestPassphrase());
  const [file, setFile] = useState<Uint8Array>();
  const [makeError, setMakeError] = useState<unknown>();
  const [isMaking, setMaking] = useState(false);

  const [picked, setPicked] = useState<File>();
  const [restorePass, setRestorePass] = useState('');
  const [backup, setBackup] = useState<Backup>();
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [restoreError, setRestoreError] = useState<unknown>();
  const [isRestoring, setRestoring] = useState(false);

  const make = async () => {
    setMakeError(undefined);
    setMaking(true);
    try {
      setFile(await makeBackup(passphrase));
    } catch (e) {
      setMakeError(e);
    } finally {
      setMaking(false);
    }
  };

  const open = async () => {
    if (!picked) return;
    setRestoreError(undefined);
    setRestoring(true);
    try {
      setBackup(await openBackup(await readPickedFile(picked), restorePass));
    } catch (e) {
      setRestoreError(e);
    } finally {
      setRestoring(false);
    }
  };

  const restore = async () => {
    if (!backup) return;
    setRestoreError(undefined);
    setRestoring(true);
    try {
      await restoreBackup(backup, mode);
      // Start again on the restored data: settings, language and every screen read it afresh.
      history.replaceState({ name: 'home' }, '');
      location.reload();
    } catch (e) {
      setRestoreError(e);
      setRestoring(false);
    }
  };

  const counts = backup ? countBackup(backup) : undefined;

  return (
    <div className="stack">
      <ScreenTitle>{t('share:backup.title')}</ScreenTitle>
      <p className="lead">{t('share:backup.lead')}</p>
      <p data-testid="last-backup">
        {settings.lastBackupAt
          ? t('share:backup.last', { date: formatDate(new Date(settings.lastBackupAt), i18n.language) })
          : t('share:backup.never')}
      </p>

      <section className="card stack" aria-labelledby="make-title">
        <h2 id="make-title">{t('share:backup.makeTitle')}</h2>
        {!file ? (
          <>
            <FilePassphraseField
              label={t('share:backup.passphrase')}
              hint={t('share:backup.passphraseHint')}
              value={passphrase}
              onChange={setPassphrase}
              testId="backup-passphrase"
            />
            {makeError !== undefined && <ErrorMessage error={makeError} nothingChanged />}
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
            <p className="key-text" dir="ltr">
              {passphrase.trim()}
            </p>
            <Delivery
              file={file}
              name={fileName('backup')}
              kind="backup"
              onDelivered={() => void update({ lastBackupAt: Date.now() })}
            />
            <p className="hint">{t('share:backup.keepSafe')}</p>
          </>
        )}
      </section>

      <section className="card stack" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('share:backup.restoreTitle')}</h2>
        {!backup || !counts ? (
          <>
            <FileField
              label={t('share:backup.file')}
              accept=".age,application/octet-stream"
              onChange={(e) => setPicked(e.target.files?.[0])}
              testId="restore-file"
            />
            <label className="field">
              <span>{t('share:backup.passphrase')}</span>
              <input
                type="password"
                value={restorePass}
                onChange={(e) => setRestorePass(e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                dir="ltr"
                data-testid="restore-passphrase"
              />
            </label>
            {restoreError !== undefined && <ErrorMessage error={restoreError} nothingChanged />}
            <button
              type="button"
              className="button primary"
              disabled={isRestoring || !picked || restorePass.trim() === ''}
              onClick={() => void open()}
            >
              {isRestoring ? t('share:open.opening') : t('share:backup.check')}
            </button>
          </>
        ) : (
          <>
            <FocusOnArrival as="p" testId="backup-contents">
              {t('share:backup.holds', { date: formatDate(new Date(backup.createdAt), i18n.language) })}
            </FocusOnArrival>
            <ul>
              <li>{t('share:backup.assessments', { count: counts.assessments })}</li>
              <li>{t('share:backup.contacts', { count: counts.contacts })}</li>
              <li>{t('share:backup.planItems', { count: counts.plan + counts.routines })}</li>
            </ul>
            <fieldset className="choices">
              <legend>{t('share:backup.how')}</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />
                <span>
                  {t('share:backup.replace')}
                  <span className="hint">{t('share:backup.replaceHint')}</span>
                </span>
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'add'}
                  onChange={() => setMode('add')}
                />
                <span>
                  {t('share:backup.add')}
                  <span className="hint">{t('share:backup.addHint')}</span>
                </span>
              </label>
            </fieldset>
            {restoreError !== undefined && <ErrorMessage error={restoreError} nothingChanged />}
            {mode === 'replace' ? (
              // Replacing deletes what is here: she confirms it first.
              <ConfirmButton
                className="button primary"
                question={t('share:backup.replaceQuestion')}
                confirmLabel={t('share:backup.replaceConfirm')}
                onConfirm={restore}
              >
                {t('share:backup.restore')}
              </ConfirmButton>
            ) : (
              <button
                type="button"
                className="button primary"
                disabled={isRestoring}
                onClick={() => void restore()}
              >
                {t('share:backup.restore')}
              </button>
            )}
            <button type="button" className="button" onClick={() => setBackup(undefined)}>
              {t('share:backup.cancel')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
