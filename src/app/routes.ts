/**
 * The one route table: every screen of the app, by name, with the code that draws it (loaded on
 * demand, except the home screen) and the parameters it takes. Adding a screen is one line here;
 * `navigate` in every screen is checked against this table (see src/ui/navigation.tsx).
 */
import { lazy, type ComponentType } from 'react';
import type { Route } from '../ui/navigation.tsx';
import { withNamespace } from '../ui/withNamespace.tsx';
import { namespacesReady } from '../i18n/i18n.ts';
import { HomePage } from '../features/home/index.ts';
import { pages as assessment } from '../features/assessment/index.ts';
import { pages as backup } from '../features/backup/index.ts';
import { pages as contacts } from '../features/contacts/index.ts';
import { pages as history } from '../features/history/index.ts';
import { pages as onboarding } from '../features/onboarding/index.ts';
import { pages as plan } from '../features/plan/index.ts';
import { pages as results } from '../features/results/index.ts';
import { pages as security } from '../features/security/index.ts';
import { pages as settings } from '../features/settings/index.ts';
import { pages as share } from '../features/share/index.ts';
import { pages as support } from '../features/support/index.ts';
import { pages as workshop } from '../features/workshop/index.ts';

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
  /** Starts loading the screen's code and words ahead of a visit (none for the home screen). */
  preload?: () => void;
}

/**
 * A screen whose code loads when she first opens it (a loader from a feature's `pages`). The
 * screen's props must be exactly the parameters the route reads: checked here, not cast.
 */
function page<P>(load: () => Promise<{ default: ComponentType<P> }>, params: Params<P>): Entry<P> {
  // Its code and the words loaded after the home screen (issue 21), fetched side by side; once,
  // whether a visit or a preload asks first (a failed load is tried again at the next).
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () => {
    if (!loading) {
      loading = Promise.all([load(), namespacesReady()]).then(([module]) => module);
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return { params, Screen: lazy(get), preload: () => void get().catch(() => undefined) };
}

/** A trainer's screen: its code and the `workshop` words load when she first opens one. */
function trainerPage<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  params: Params<P>,
): Entry<P> {
  return page(async () => ({ default: withNamespace('workshop', (await load()).default) }), params);
}

export const routes = {
  home: { params: none, Screen: HomePage },
  onboarding: page(onboarding.OnboardingPage, none),
  settings: page(settings.SettingsPage, none),
  security: page(security.SecurityPage, none),
  assessment: page(assessment.AssessmentPage, withId),
  results: page(results.ResultsPage, withId),
  how: page(results.HowItWorksPage, none),
  history: page(history.HistoryPage, none),
  share: page(share.ShareHubPage, none),
  shareSummary: page(share.ShareSummaryPage, none),
  openSummary: page(share.OpenSummaryPage, none),
  receive: page(share.ReceivePage, none),
  backup: page(backup.BackupPage, none),
  workshop: trainerPage(workshop.WorkshopPage, none),
  practice: trainerPage(workshop.PracticePage, withBattery),
  presenter: trainerPage(workshop.PresenterPage, none),
  groupPicture: trainerPage(workshop.GroupPicturePage, none),
  guide: trainerPage(workshop.GuidePage, none),
  handouts: trainerPage(workshop.HandoutsPage, none),
  batteries: trainerPage(workshop.BatteriesPage, none),
  plan: page(plan.PlanPage, none),
  library: page(plan.LibraryPage, none),
  today: page(plan.TodayPage, none),
  printPlan: page(plan.PrintPlanPage, none),
  calendar: page(plan.CalendarPage, none),
  contacts: page(contacts.ContactsPage, none),
  support: page(support.WhoCanHelpPage, none),
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

/** Starts loading a screen's code ahead of a visit (src/ui/navigation.tsx `preload`). */
export function preloadScreen(name: Route['name']): void {
  const entry = routes[name];
  if ('preload' in entry) entry.preload?.();
}

/** The screen a route draws, with its parameters. */
export function screenOf(route: Route): { Screen: ComponentType<object>; props: object } {
  const { name, ...props } = route;
  return { Screen: routes[name].Screen as ComponentType<object>, props };
}
