/**
 * The words of "Who can help" (namespace `support`) load when a screen first shows support, not
 * at start, and again in each language she switches to.
 */
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../i18n/i18n.ts';
import { useAsync } from './useAsync.ts';

/** Whether the support words are there to show (they are loaded on first use). */
export function useSupportWords(): boolean {
  const { i18n } = useTranslation();
  const [state] = useAsync(() => loadNamespace(i18n, 'support'), [i18n, i18n.language]);
  return state.status === 'ready' || i18n.hasResourceBundle(i18n.language, 'support');
}
