/**
 * "A new version is ready": shown when a new service worker waits. Nothing reloads until she taps
 * "Update" (P3: an update never reloads the page under her). Her answers are saved as she gives
 * them, and the current screen comes back after the reload.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export function UpdateBanner() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Look for a new version now and then, and when she comes back to the app.
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
      });
    },
  });

  useEffect(() => {
    if (needRefresh) document.documentElement.dataset.updateReady = 'true';
  }, [needRefresh]);

  const update = () => {
    // Reload once the new version controls the page. workbox-window only reloads by itself when the
    // page was already controlled at start, not in the session of the very first visit.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    void updateServiceWorker(true);
  };

  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="status">
      <p>{t('update.ready')}</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={update}>
          {t('update.update')}
        </button>
        <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
