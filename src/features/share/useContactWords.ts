/**
 * The words of the contact's view (namespace `contact`: the app's words about her for every
 * question, what a contact can do) load only when a screen shows a summary, not at start.
 */
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { loadNamespace } from '../../i18n/i18n.ts';
import { useAsync } from '../../ui/useAsync.ts';

/** Loads them (once per language); a screen can also wait for this before it shows a summary. */
export function loadContactWords(i18n: I18n): Promise<void> {
  return loadNamespace(i18n, 'contact');
}

/** Whether the contact's words are there to show. */
export function useContactWords(): boolean {
  const { i18n } = useTranslation();
  const [state] = useAsync(() => loadContactWords(i18n), [i18n, i18n.language]);
  return state.status === 'ready' || i18n.hasResourceBundle(i18n.language, 'contact');
}
