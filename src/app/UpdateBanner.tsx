/**
 * Updating in the open (README "Put it on phones", SECURITY.md).
 * - "A new version is ready": shown when a new service worker waits, with the version, the build
 *   code and the notes it carries, in her language. Nothing changes until she taps "Update" (P3:
 *   an update never reloads the page under her; the app never tells a worker to skip waiting on
 *   its own). Her answers are saved as she gives them, and the current screen comes back.
 * - "The app was updated": when the running version changed without her tap (the browser puts a
 *   waiting version in place by itself once every tab of the app is closed), the next start says
 *   so once, from which version to which, with the notes.
 * Loaded just after the first screen (App.tsx), not with it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import {
  askRelease,
  changedWithoutHerTap,
  markAccepted,
  notesIn,
  precachedNotes,
  runningRelease,
  type Change,
  type ReleaseInfo,
} from '../ui/release.ts';
import { ReleaseText } from '../ui/ReleaseText.tsx';

const CHECK_EVERY_MS = 60 * 60 * 1000;

function Notes({ notes }: { notes: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const { text, lang } = notesIn(notes, i18n.language);
  if (!text) return null;
  return (
    <p>
      {t('update.whatsNew')} <span lang={lang}>{text}</span>
    </p>
  );
}

/** The release now running, compared with the one seen last time; `<html data-release-checked>` after. */
async function checkRunningRelease(): Promise<Change | undefined> {
  const current = await runningRelease();
  document.documentElement.dataset.releaseChecked = current ? 'true' : 'none';
  if (!current) return undefined;
  const change = changedWithoutHerTap(current);
  if (!change) return undefined;
  const notes = await precachedNotes(current.version);
  return notes ? { ...change, to: { ...current, notes } } : change;
}

export default function UpdateBanner() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<ReleaseInfo | 'unknown' | undefined>();
  const [change, setChange] = useState<Change | undefined>();
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

  // Which release runs: at start, or once the first visit's worker takes over.
  useEffect(() => {
    const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!sw) return;
    let active = true;
    const check = () => void checkRunningRelease().then((c) => active && c && setChange(c));
    if (sw.controller) check();
    else sw.addEventListener('controllerchange', check, { once: true });
    return () => {
      active = false;
      sw.removeEventListener('controllerchange', check);
    };
  }, []);

  // What waits: asked of the waiting worker itself.
  useEffect(() => {
    if (!needRefresh) return;
    let active = true;
    void navigator.serviceWorker
      .getRegistration()
      .then((registration) => askRelease(registration?.waiting))
      .then((info) => {
        if (!active) return;
        setWaiting(info ?? 'unknown');
        document.documentElement.dataset.updateReady = 'true';
      });
    return () => {
      active = false;
    };
  }, [needRefresh]);

  const update = () => {
    if (waiting && waiting !== 'unknown') markAccepted(waiting.fingerprint);
    // Reload once the new version controls the page. workbox-window only reloads by itself when the
    // page was already controlled at start, not in the session of the very first visit.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    void updateServiceWorker(true);
  };

  return (
    <>
      {change && (
        <div className="update-banner" role="status">
          <p>
            <ReleaseText
              i18nKey="update.updated"
              values={{ from: change.from.version, to: change.to.version }}
            />
          </p>
          <p>
            <ReleaseText i18nKey="update.codes" values={{ from: change.from.code, to: change.to.code }} />
          </p>
          <Notes notes={change.to.notes} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setChange(undefined)}>
              {t('update.ok')}
            </button>
          </div>
        </div>
      )}
      {needRefresh && waiting && (
        <div className="update-banner" role="status">
          <p>{t('update.ready')}</p>
          {waiting === 'unknown' ? (
            <p>{t('update.unknown')}</p>
          ) : (
            <>
              <p>
                <ReleaseText
                  i18nKey="update.version"
                  values={{ version: waiting.version, code: waiting.code }}
                />
              </p>
              <Notes notes={waiting.notes} />
            </>
          )}
          <div className="button-row">
            <button type="button" className="button primary" onClick={update}>
              {t('update.update')}
            </button>
            <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
              {t('update.later')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
