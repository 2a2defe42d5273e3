/**
 * Settings: language, form, what the browser keeps and what she can do about it, the introduction
 * again, and About (version and build code).
 */
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { LanguagePicker } from '../../ui/LanguagePicker.tsx';
import { FormPicker } from '../../ui/FormPicker.tsx';
import { BackupStatus } from './BackupStatus.tsx';
import { KeepData } from './KeepData.tsx';
import { About } from './About.tsx';

export default function SettingsPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
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
      <KeepData />
      <BackupStatus />
      <button type="button" className="button" onClick={() => navigate({ name: 'onboarding' })}>
        {t('settings.replayIntro')}
      </button>
      <About />
    </div>
  );
}
