/**
 * The one route table: every screen of the app, by name, with the code that draws it (loaded on
 * demand, except the home screen) and the parameters it takes. Adding a screen is one line here;
 * `navigate` in every screen is checked against this table (see src/ui/navigation.tsx).
 */
import { lazy, type ComponentType } from 'react';
import type { Route } from '../ui/navigation.tsx';
import { HomePage } from '../features/home/index.ts';

/** Reads a screen's parameters from a saved route; undefined when they are not valid. */
type Params<P> = (value: Record<string, unknown>) => P | undefined;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
const none: Params<{}> = () => ({});
const withId: Params<{ id: string }> = (v) => (typeof v.id === 'string' ? { id: v.id } : undefined);
const withBattery: Params<{ battery?: string }> = (v) =>
  v.battery === undefined ? {} : typeof v.battery === 'string' ? { battery: v.battery } : undefined;

interface Entry<P> {
  params: Params<P>;
  Screen: ComponentType<P>;
}

/** A screen whose code loads when she first opens it: `Page` from a feature's index. */
function page<M, P>(load: () => Promise<M>, name: keyof M & string, params: Params<P>): Entry<P> {
  return {
    params,
    Screen: lazy(async () => ({ default: (await load())[name] as ComponentType<P> })),
  };
}

export const routes = {
  home: { params: none, Screen: HomePage },
  onboarding: page(() => import('../features/onboarding/index.ts'), 'OnboardingPage', none),
  settings: page(() => import('../features/settings/index.ts'), 'SettingsPage', none),
  security: page(() => import('../features/security/index.ts'), 'SecurityPage', none),
  assessment: page(() => import('../features/assessment/index.ts'), 'AssessmentPage', withId),
  results: page(() => import('../features/results/index.ts'), 'ResultsPage', withId),
  how: page(() => import('../features/results/index.ts'), 'HowItWorksPage', none),
  history: page(() => import('../features/history/index.ts'), 'HistoryPage', none),
  share: page(() => import('../features/share/index.ts'), 'ShareHubPage', none),
  shareSummary: page(() => import('../features/share/index.ts'), 'ShareSummaryPage', none),
  openSummary: page(() => import('../features/share/index.ts'), 'OpenSummaryPage', none),
  receive: page(() => import('../features/share/index.ts'), 'ReceivePage', none),
  backup: page(() => import('../features/backup/index.ts'), 'BackupPage', none),
  workshop: page(() => import('../features/workshop/index.ts'), 'WorkshopPage', none),
  practice: page(() => import('../features/workshop/index.ts'), 'PracticePage', withBattery),
  presenter: page(() => import('../features/workshop/index.ts'), 'PresenterPage', none),
  guide: page(() => import('../features/workshop/index.ts'), 'GuidePage', none),
  handouts: page(() => import('../features/workshop/index.ts'), 'HandoutsPage', none),
  batteries: page(() => import('../features/workshop/index.ts'), 'BatteriesPage', none),
  plan: page(() => import('../features/plan/index.ts'), 'PlanPage', none),
  library: page(() => import('../features/plan/index.ts'), 'LibraryPage', none),
  today: page(() => import('../features/plan/index.ts'), 'TodayPage', none),
  printPlan: page(() => import('../features/plan/index.ts'), 'PrintPlanPage', none),
  calendar: page(() => import('../features/plan/index.ts'), 'CalendarPage', none),
  contacts: page(() => import('../features/contacts/index.ts'), 'ContactsPage', none),
};

type Routes = typeof routes;

declare module '../ui/navigation.tsx' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RouteParams extends ParamsOfRoutes {}
}
type ParamsOfRoutes = { [K in keyof Routes]: Routes[K] extends Entry<infer P> ? P : never };

/** A saved route (`history.state`) if it names a screen of this table with valid parameters. */
export function parseRoute(value: unknown): Route | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, ...rest } = value as { name?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(routes, name)) return undefined;
  const params = (routes[name as keyof Routes].params as Params<object>)(rest);
  return params ? ({ name, ...params } as Route) : undefined;
}

/** The screen a route draws, with its parameters. */
export function screenOf(route: Route): { Screen: ComponentType<object>; props: object } {
  const { name, ...props } = route;
  return { Screen: routes[name].Screen as ComponentType<object>, props };
}
