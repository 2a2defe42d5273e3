/**
 * Restoring a backup: the whole file is opened and checked before anything changes; then she sees
 * what it holds and chooses to replace or add.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countBackup, openBackup, restoreBackup, type Backup } from '../../services/backup.ts';
import { FileField } from '../../ui/FileField.tsx';
import { FocusOnArrival } from '../../ui/FocusOnArrival.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate } from '../../i18n/format.ts';
import { restartApp } from '../../ui/restart.ts';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { RadioChoice } from '../../ui/RadioChoice.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { readPickedFile } from '../../ui/deliver.ts';

export function RestoreBackup() {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [backup, setBackup] = useState<Backup>();
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [error, setError] = useState<unknown>();
  const [isRestoring, setRestoring] = useState(false);

  const open = async () => {
    if (!picked) return;
    setError(undefined);
    setRestoring(true);
    try {
      setBackup(await openBackup(await readPickedFile(picked), passphrase));
    } catch (e) {
      setError(e);
    } finally {
      setRestoring(false);
    }
  };

  const restore = async () => {
    if (!backup) return;
    setError(undefined);
    setRestoring(true);
    try {
      await restoreBackup(backup, mode);
      // Start again on the restored data: settings, language and every screen read it afresh.
      restartApp({ name: 'home' });
    } catch (e) {
      setError(e);
      setRestoring(false);
    }
  };

  const counts = backup ? countBackup(backup) : undefined;

  return (
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
          <PasswordField
            label={t('share:backup.passphrase')}
            purpose="file"
            value={passphrase}
            onChange={setPassphrase}
            testId="restore-passphrase"
          />
          {error !== undefined && <ErrorMessage error={error} nothingChanged />}
          <button
            type="button"
            className="button primary"
            disabled={isRestoring || !picked || passphrase.trim() === ''}
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
            <RadioChoice
              name="restore-mode"
              isChecked={mode === 'replace'}
              onSelect={() => setMode('replace')}
              label={t('share:backup.replace')}
              hint={t('share:backup.replaceHint')}
            />
            <RadioChoice
              name="restore-mode"
              isChecked={mode === 'add'}
              onSelect={() => setMode('add')}
              label={t('share:backup.add')}
              hint={t('share:backup.addHint')}
            />
          </fieldset>
          {error !== undefined && <ErrorMessage error={error} nothingChanged />}
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
  );
}
