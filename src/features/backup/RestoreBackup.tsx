/**
 * Restoring a backup: the whole file is opened and checked before anything changes; then she sees
 * what it holds, what happens to her settings, and chooses to replace or add.
 *
 * Choosing another file, removing it, or "Choose another file" starts over: no message about an
 * earlier file stays, and an attempt still running for an earlier file is ignored when it ends.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countBackup,
  openBackup,
  restoreBackup,
  settingsReport,
  shouldAskToKeep,
  type Backup,
  type SettingKey,
} from '../../services/backup.ts';
import { requestPersistence } from '../../services/persistence.ts';
import { useSettings } from '../../ui/settingsContext.tsx';
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
  // A new file field (nothing chosen) after "Choose another file".
  const [fieldKey, setFieldKey] = useState(0);
  // Which attempt is current: one for an earlier file is ignored when it ends.
  const attempt = useRef(0);

  /** The file changed: whatever was said about the earlier one no longer applies. */
  const choose = (file: File | undefined) => {
    attempt.current += 1;
    setPicked(file);
    setError(undefined);
    setBackup(undefined);
    setRestoring(false);
  };

  const startOver = () => {
    choose(undefined);
    setPassphrase('');
    setMode('replace');
    setFieldKey((k) => k + 1);
  };

  const open = async () => {
    if (!picked) return;
    const mine = ++attempt.current;
    setError(undefined);
    setRestoring(true);
    try {
      const opened = await openBackup(await readPickedFile(picked), passphrase);
      if (mine === attempt.current) setBackup(opened);
    } catch (e) {
      if (mine === attempt.current) setError(e);
    } finally {
      if (mine === attempt.current) setRestoring(false);
    }
  };

  const restore = async () => {
    if (!backup) return;
    setError(undefined);
    setRestoring(true);
    try {
      await restoreBackup(backup, mode);
      // She had asked her other browser to keep the app's data: ask this one (its own answer).
      if (shouldAskToKeep(backup, mode)) await requestPersistence().catch(() => undefined);
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
            key={fieldKey}
            label={t('share:backup.file')}
            accept=".age,application/octet-stream"
            onFile={choose}
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
          <SettingsReport backup={backup} mode={mode} />
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
          <button type="button" className="button" onClick={startOver}>
            {t('share:backup.another')}
          </button>
        </>
      )}
    </section>
  );
}

/** What the restore does with her settings: which come back, which stay as they are here and why. */
function SettingsReport({ backup, mode }: { backup: Backup; mode: 'replace' | 'add' }) {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const report = settingsReport(backup, mode, settings);
  const list = (keys: readonly SettingKey[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      keys.map((k) => t(`share:backup.setting.${k}`)),
    );
  const missing = report.kept.flatMap((k) => (k.reason === 'notInBackup' && k.key !== 'lock' ? [k.key] : []));
  return (
    <section
      className="stack restore-settings"
      aria-labelledby="restore-settings-title"
      data-testid="restore-report"
    >
      <h3 id="restore-settings-title">{t('share:backup.settingsTitle')}</h3>
      <ul>
        {mode === 'add' ? (
          <li>{t('share:backup.settingsAdd')}</li>
        ) : (
          <>
            {report.restored.length > 0 && (
              <li>{t('share:backup.settingsBack', { list: list(report.restored) })}</li>
            )}
            {missing.length > 0 && <li>{t('share:backup.settingsMissing', { list: list(missing) })}</li>}
            <li>
              {shouldAskToKeep(backup, mode)
                ? t('share:backup.settingsDeviceAsk')
                : t('share:backup.settingsDevice')}
            </li>
          </>
        )}
        <li>{t('share:backup.settingsLock')}</li>
        <li>
          {t('share:backup.settingsLastBackup', {
            date: formatDate(new Date(report.lastBackupAt), i18n.language),
          })}
        </li>
      </ul>
    </section>
  );
}
