/**
 * Navigation between screens, kept in memory and in `history.state` only: the address bar never
 * changes, so no screen, answer or id ever appears in a URL or the browser's history list.
 * A reload (or an app update) comes back to the same screen from `history.state`.
 *
 * Which screens exist, and the parameters each takes, is the shell's one route table
 * (src/app/routes.ts): it adds its entries to `RouteParams` below, so `navigate` is checked
 * against it here without this kit importing the shell.
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

/** Screen name → its parameters. Filled by the route table (src/app/routes.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RouteParams {}

/** A screen and its parameters, as kept in `history.state`. */
export type Route = { [K in keyof RouteParams]: { name: K } & RouteParams[K] }[keyof RouteParams];

/** Turns whatever `history.state` holds into a route, or undefined when it is none. */
export type RouteParser = (value: unknown) => Route | undefined;

interface RouterValue {
  route: Route;
  navigate: (to: Route, options?: { replace?: boolean }) => void;
  back: () => void;
}

const RouterContext = createContext<RouterValue | null>(null);

const HOME = { name: 'home' } as Route;

export function RouterProvider({
  children,
  parse,
  initial,
}: {
  children: ReactNode;
  /** Checks a saved route (a reload, Back); the default accepts any object with a name. */
  parse?: RouteParser;
  initial?: Route;
}) {
  const read = parse ?? anyNamedRoute;
  const [route, setRoute] = useState<Route>(() => read(history.state) ?? initial ?? HOME);

  useEffect(() => {
    history.replaceState(route, '');
    const onPop = (event: PopStateEvent) => startTransition(() => setRoute(read(event.state) ?? HOME));
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

function anyNamedRoute(value: unknown): Route | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    ? (value as Route)
    : undefined;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}
