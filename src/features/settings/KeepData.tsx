/**
 * In Settings: whether the browser promised to keep her data and, when it has not, what she can
 * do about it — add the app to her home screen (the browser's own dialog where it offers one, else
 * how to do it by hand), and make a backup now — one button for each.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { askToInstall, useInstallState } from '../../ui/installPrompt.ts';
import { requestPersistence } from '../../services/persistence.ts';

export function KeepData() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { settings, update } = useSettings();
  const install = useInstallState();
  const howId = useId();
  const [isHowShown, setHowShown] = useState(false);
  const [outcome, setOutcome] = useState<'accepted' | 'dismissed'>();
  const isPromised = settings.persistence === 'granted';

  const add = async () => {
    const chosen = await askToInstall();
    if (chosen === 'unavailable') {
      setHowShown((shown) => !shown);
      return;
    }
    setOutcome(chosen);
    // Installed, the browser may now promise to keep the data: ask again.
    if (chosen === 'accepted') {
      await requestPersistence()
        .then((persistence) => update({ persistence }))
        .catch(() => undefined);
    }
  };

  return (
    <section className="card stack keep-data" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <p data-testid="persistence-state">{t(`settings.persistence.${settings.persistence}`)}</p>
      {!isPromised && (
        <>
          <h3>{t('settings.persist.title')}</h3>
          <div className="stack keep-step">
            <p>{install.isInstalled ? t('settings.persist.installed') : t('settings.persist.installText')}</p>
            {!install.isInstalled && (
              <button
                type="button"
                className="button"
                aria-expanded={install.canAsk ? undefined : isHowShown}
                aria-controls={install.canAsk ? undefined : howId}
                onClick={() => void add()}
              >
                {t('settings.persist.install')}
              </button>
            )}
            <p role="status" className="hint">
              {outcome === 'accepted' && t('settings.persist.accepted')}
              {outcome === 'dismissed' && t('settings.persist.dismissed')}
            </p>
            <div id={howId} className="notice how-to-install" hidden={!isHowShown}>
              <p>{t('settings.persist.howIntro')}</p>
              <ul>
                <li>{t('settings.persist.howAndroid')}</li>
                <li>{t('settings.persist.howIphone')}</li>
                <li>{t('settings.persist.howOther')}</li>
              </ul>
            </div>
          </div>
          <div className="stack keep-step">
            <p>{t('settings.persist.backupText')}</p>
            <button type="button" className="button" onClick={() => navigate({ name: 'backup' })}>
              {t('settings.persist.backup')}
            </button>
          </div>
        </>
      )}
      <p className="hint">{t('settings.storageHint')}</p>
    </section>
  );
}
