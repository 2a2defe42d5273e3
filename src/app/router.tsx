/**
 * Navigation between screens, kept in memory and in `history.state` only: the address bar never
 * changes, so no screen, answer or id ever appears in a URL or the browser's history list.
 * A reload (or an app update) comes back to the same screen from `history.state`.
 *
 * A screen change is a React transition: while the next screen's code loads, the one she is on
 * stays, instead of a "Loading…" fallback that React then keeps for at least 300 ms (its Suspense
 * fallback throttle) — that alone made opening History take 300 ms more (bench/scale.ts).
 */
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'security' }
  | { name: 'onboarding' }
  | { name: 'assessment'; id: string }
  | { name: 'results'; id: string }
  | { name: 'history' }
  | { name: 'how' }
  | { name: 'share' }
  | { name: 'shareSummary' }
  | { name: 'openSummary' }
  | { name: 'receive' }
  | { name: 'backup' }
  | { name: 'workshop' }
  /** A practice session; `battery` is the `${id}@${version}` to practise with, if not the current one. */
  | { name: 'practice'; battery?: string }
  | { name: 'presenter' }
  | { name: 'guide' }
  | { name: 'handouts' }
  | { name: 'batteries' }
  | { name: 'plan' }
  | { name: 'library' }
  | { name: 'today' }
  | { name: 'contacts' }
  | { name: 'printPlan' }
  | { name: 'calendar' };

const ROUTE_NAMES = new Set<Route['name']>([
  'home',
  'settings',
  'security',
  'onboarding',
  'assessment',
  'results',
  'history',
  'how',
  'share',
  'shareSummary',
  'openSummary',
  'receive',
  'backup',
  'workshop',
  'practice',
  'presenter',
  'guide',
  'handouts',
  'batteries',
  'plan',
  'library',
  'today',
  'contacts',
  'printPlan',
  'calendar',
]);

function isRoute(value: unknown): value is Route {
  if (typeof value !== 'object' || value === null) return false;
  const name = (value as { name?: unknown }).name;
  if (typeof name !== 'string' || !ROUTE_NAMES.has(name as Route['name'])) return false;
  if (name === 'assessment' || name === 'results') return typeof (value as { id?: unknown }).id === 'string';
  if (name === 'practice')
    return ['string', 'undefined'].includes(typeof (value as { battery?: unknown }).battery);
  return true;
}

interface RouterValue {
  route: Route;
  navigate: (to: Route, options?: { replace?: boolean }) => void;
  back: () => void;
}

const RouterContext = createContext<RouterValue | null>(null);

export function RouterProvider({ children, initial }: { children: ReactNode; initial?: Route }) {
  const [route, setRoute] = useState<Route>(() => {
    const saved: unknown = history.state;
    return isRoute(saved) ? saved : (initial ?? { name: 'home' });
  });

  useEffect(() => {
    history.replaceState(route, '');
    const onPop = (event: PopStateEvent) =>
      startTransition(() => setRoute(isRoute(event.state) ? event.state : { name: 'home' }));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Only on mount: later changes go through navigate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const navigate = useCallback((to: Route, options?: { replace?: boolean }) => {
    if (options?.replace) history.replaceState(to, '');
    else history.pushState(to, '');
    startTransition(() => setRoute(to));
    window.scrollTo(0, 0);
  }, []);

  const back = useCallback(() => history.back(), []);

  const value = useMemo(() => ({ route, navigate, back }), [route, navigate, back]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}
