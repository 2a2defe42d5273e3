/** Workshop mode: a practice session for participants, and the facilitator's tools. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { keepTrainerFilesOffline } from '../../i18n/offlineLanguages.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import './workshop.css';

export default function WorkshopPage() {
  const { t } = useTranslation(['workshop', 'app']);
  const { navigate } = useRouter();
  // The group picture must work at a workshop with no connection: its code is kept from here on.
  useEffect(() => void keepTrainerFilesOffline(), []);
  return (
    <div className="stack workshop">
      <ScreenTitle>{t('hub.title')}</ScreenTitle>
      <p className="lead">{t('hub.intro')}</p>
      <section className="card stack" aria-labelledby="practice-title">
        <h2 id="practice-title">{t('hub.practiceTitle')}</h2>
        <p>{t('hub.practiceText')}</p>
        <button type="button" className="button primary" onClick={() => navigate({ name: 'practice' })}>
          {t('hub.practiceStart')}
        </button>
      </section>
      <section className="stack" aria-labelledby="trainer-title">
        <h2 id="trainer-title">{t('hub.trainerTitle')}</h2>
        <button type="button" className="button" onClick={() => navigate({ name: 'presenter' })}>
          {t('hub.presenter')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'groupPicture' })}>
          {t('hub.groupPicture')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'guide' })}>
          {t('hub.guide')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'handouts' })}>
          {t('hub.handouts')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'batteries' })}>
          {t('hub.batteries')}
        </button>
      </section>
    </div>
  );
}
