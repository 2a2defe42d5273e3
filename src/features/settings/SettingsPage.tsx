/** Settings: language, form, what the browser keeps, the introduction again. */
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { LanguagePicker } from '../../ui/LanguagePicker.tsx';
import { FormPicker } from '../../ui/FormPicker.tsx';
import { BackupStatus } from './BackupStatus.tsx';

declare const __APP_VERSION__: string;

export default function SettingsPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { settings } = useSettings();
  return (
    <div className="stack">
      <ScreenTitle>{t('settings.title')}</ScreenTitle>
      <button
        type="button"
        className="button settings-security"
        onClick={() => navigate({ name: 'security' })}
      >
        {t('security.title')}
      </button>
      <LanguagePicker />
      <FormPicker />
      <section className="card" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storageTitle')}</h2>
        <p data-testid="persistence-state">{t(`settings.persistence.${settings.persistence}`)}</p>
        <p className="hint">{t('settings.storageHint')}</p>
      </section>
      <BackupStatus />
      <button type="button" className="button" onClick={() => navigate({ name: 'onboarding' })}>
        {t('settings.replayIntro')}
      </button>
      <p className="hint">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </div>
  );
}
