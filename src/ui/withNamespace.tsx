/**
 * A screen whose words live in a later namespace (src/i18n/i18n.ts `LATER_NAMESPACES`): it waits,
 * under the route's Suspense, until those words are loaded in her language — so the words of the
 * trainer's screens are not part of what every phone loads first.
 */
import { use, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace, type LaterNamespace } from '../i18n/i18n.ts';

/** One load per strings' store, language and namespace; a failed load is tried again next time. */
const loading = new WeakMap<object, Map<string, Promise<void>>>();

function namespaceLoaded(i18n: ReturnType<typeof useTranslation>['i18n'], ns: LaterNamespace): Promise<void> {
  const byKey = loading.get(i18n.store) ?? new Map<string, Promise<void>>();
  loading.set(i18n.store, byKey);
  const key = `${i18n.language}:${ns}`;
  let pending = byKey.get(key);
  if (!pending) {
    pending = loadNamespace(i18n, ns);
    pending.catch(() => byKey.delete(key));
    byKey.set(key, pending);
  }
  return pending;
}

export function withNamespace<P extends object>(
  ns: LaterNamespace,
  Screen: ComponentType<P>,
): ComponentType<P> {
  function WithNamespace(props: P) {
    const { i18n } = useTranslation();
    if (!i18n.hasResourceBundle(i18n.language, ns)) use(namespaceLoaded(i18n, ns));
    return <Screen {...props} />;
  }
  WithNamespace.displayName = `WithNamespace(${ns})`;
  return WithNamespace;
}
