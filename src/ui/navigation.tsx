/**
 * Navigation between screens, kept in memory and in `history.state` only: the address bar never
 * changes, so no screen, answer or id ever appears in a URL or the browser's history list.
 * A reload (or an app update) comes back to the same screen from `history.state`.
 *
 * After a quick exit, no screen saved before it is shown again (Back, Forward, a reopened tab):
 * each saved screen carries the tab's count of quick exits (src/ui/quickExit.ts), and one saved
 * under an older count opens the home screen instead.
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
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { exitCount } from './quickExit.ts';

/** Screen name → its parameters. Filled by the route table (src/app/routes.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RouteParams {}

/** A screen and its parameters, as kept in `history.state`. */
export type Route = { [K in keyof RouteParams]: { name: K } & RouteParams[K] }[keyof RouteParams];

/** Turns whatever `history.state` holds into a route, or undefined when it is none. */
export type RouteParser = (value: unknown) => Route | undefined;

/** Starts loading a screen's code (and the words it needs) before she opens it. */
export type ScreenPreloader = (name: Route['name']) => void;

interface RouterValue {
  route: Route;
  navigate: (to: Route, options?: { replace?: boolean }) => void;
  back: () => void;
  /** Loads a screen's code ahead, where she is likely to open it next; never draws anything. */
  preload: ScreenPreloader;
}

const RouterContext = createContext<RouterValue | null>(null);

const HOME = { name: 'home' } as Route;

/** The field of a saved screen that holds the tab's count of quick exits when it was saved. */
const EXITS = 'exits';

/** What goes in `history.state`: the route, stamped once this tab has seen a quick exit. */
function saved(route: Route): object {
  const exits = exitCount();
  return exits > 0 ? { ...route, [EXITS]: exits } : route;
}

/** The route a saved state holds, without its stamp; nothing when it was saved before a quick exit. */
function current(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { [EXITS]: exits, ...route } = value as Record<string, unknown>;
  return (typeof exits === 'number' ? exits : 0) === exitCount() ? route : undefined;
}

export function RouterProvider({
  children,
  parse,
  initial,
  preload = noPreload,
}: {
  children: ReactNode;
  /** Loads a screen's code ahead (the shell's route table); by default, nothing. */
  preload?: ScreenPreloader;
  /** Checks a saved route (a reload, Back); the default accepts any object with a name. */
  parse?: RouteParser;
  initial?: Route;
}) {
  const read = parse ?? anyNamedRoute;
  const [route, setRoute] = useState<Route>(() => read(current(history.state)) ?? initial ?? HOME);

  // Before any screen's effects (a layout effect), and once (not again when StrictMode runs the
  // effects twice): the first screen saved here must not overwrite a screen one of them opened at
  // once (home, doing a tap made on the first paint).
  const firstSaved = useRef(false);
  useLayoutEffect(() => {
    if (!firstSaved.current) history.replaceState(saved(route), '');
    firstSaved.current = true;
    const onPop = (event: PopStateEvent) => {
      const next = read(current(event.state));
      // A screen from before a quick exit: the home screen, and this entry forgets it.
      if (!next) history.replaceState(saved(HOME), '');
      startTransition(() => setRoute(next ?? HOME));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Only on mount: later changes go through navigate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const navigate = useCallback((to: Route, options?: { replace?: boolean }) => {
    if (options?.replace) history.replaceState(saved(to), '');
    else history.pushState(saved(to), '');
    startTransition(() => setRoute(to));
    window.scrollTo(0, 0);
  }, []);

  const back = useCallback(() => history.back(), []);

  const value = useMemo(() => ({ route, navigate, back, preload }), [route, navigate, back, preload]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function noPreload(): void {}

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
