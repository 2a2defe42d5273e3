/**
 * About: the version and the build code of what runs, so a trainer can check this copy against
 * the published release (README "Put it on phones"). The code comes from the service worker that
 * serves the app; before the app is saved for offline use there is none yet.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runningRelease } from '../../ui/release.ts';
import { ReleaseText } from '../../ui/ReleaseText.tsx';

declare const __APP_VERSION__: string;

export function About() {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null | undefined>();
  useEffect(() => {
    let active = true;
    void runningRelease().then((info) => active && setCode(info?.code ?? null));
    return () => {
      active = false;
    };
  }, []);
  return (
    <section className="card stack about" aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about')}</h2>
      <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
      {code !== undefined && (
        <p className="build-code">
          {code ? <ReleaseText i18nKey="settings.code" values={{ code }} /> : t('settings.noCode')}
        </p>
      )}
      <p className="hint">{t('settings.check')}</p>
    </section>
  );
}
