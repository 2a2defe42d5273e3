/**
 * Back up and move (P3): everything she has in one passphrase-encrypted age file, and restoring
 * such a file here. The whole file is opened and checked before anything changes; then she sees
 * what it holds and chooses to replace or add.
 */
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../ui/settingsContext.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { formatDate } from '../../i18n/format.ts';
import { MakeBackup } from './MakeBackup.tsx';
import { RestoreBackup } from './RestoreBackup.tsx';
import '../../ui/share.css';

export default function BackupPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  return (
    <div className="stack">
      <ScreenTitle>{t('share:backup.title')}</ScreenTitle>
      <p className="lead">{t('share:backup.lead')}</p>
      <p data-testid="last-backup">
        {settings.lastBackupAt
          ? t('share:backup.last', { date: formatDate(new Date(settings.lastBackupAt), i18n.language) })
          : t('share:backup.never')}
      </p>
      <MakeBackup />
      <RestoreBackup />
    </div>
  );
}
