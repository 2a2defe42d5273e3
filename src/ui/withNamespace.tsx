/**
 * A screen whose words live in a later namespace (src/i18n/i18n.ts `LATER_NAMESPACES`): it shows
 * "Loading…" until those words are loaded in her language, so the words of the trainer's screens
 * are not part of what every phone loads first. Her language's files are kept offline at start
 * (src/i18n/offlineLanguages.ts), so offline this is as quick as online.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace, type LaterNamespace } from '../i18n/i18n.ts';

export function withNamespace<P extends object>(
  ns: LaterNamespace,
  Screen: ComponentType<P>,
): ComponentType<P> {
  function WithNamespace(props: P) {
    const { t, i18n } = useTranslation();
    const ready = i18n.hasResourceBundle(i18n.language, ns);
    const [, setLoaded] = useState(0);
    const [failed, setFailed] = useState<{ error: unknown }>();
    useEffect(() => {
      if (ready) return;
      let live = true;
      loadNamespace(i18n, ns).then(
        () => live && setLoaded((n) => n + 1),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, [i18n, i18n.language, ready]);
    // As when a screen's code cannot be fetched: the words are part of the screen.
    if (failed) throw failed.error;
    if (!ready) return <p className="loading">{t('app.loading')}</p>;
    return <Screen {...props} />;
  }
  WithNamespace.displayName = `WithNamespace(${ns})`;
  return WithNamespace;
}
