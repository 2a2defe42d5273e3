/** In Settings: when the last backup was made, or a gentle reminder that there is none. */
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { formatDate } from '../../i18n/format.ts';

export function BackupStatus() {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const { settings } = useSettings();
  return (
    <section
      className={settings.lastBackupAt ? 'card stack' : 'card stack notice'}
      aria-labelledby="backup-status-title"
    >
      <h2 id="backup-status-title">{t('share:backup.title')}</h2>
      <p data-testid="backup-status">
        {settings.lastBackupAt
          ? t('share:backup.last', { date: formatDate(new Date(settings.lastBackupAt), i18n.language) })
          : t('share:backup.reminder')}
      </p>
      <button type="button" className="button" onClick={() => navigate({ name: 'backup' })}>
        {t('share:backup.open')}
      </button>
    </section>
  );
}
