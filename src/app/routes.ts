/**
 * The one route table: every screen of the app, by name, with the code that draws it (loaded on
 * demand, except the home screen) and the parameters it takes. Adding a screen is one line here;
 * `navigate` in every screen is checked against this table (see src/ui/navigation.tsx).
 */
import { lazy, type ComponentType } from 'react';
import type { Route } from '../ui/navigation.tsx';
import { HomePage } from '../features/home/index.ts';
import * as assessment from '../features/assessment/index.ts';
import * as backup from '../features/backup/index.ts';
import * as contacts from '../features/contacts/index.ts';
import * as history from '../features/history/index.ts';
import * as onboarding from '../features/onboarding/index.ts';
import * as plan from '../features/plan/index.ts';
import * as results from '../features/results/index.ts';
import * as security from '../features/security/index.ts';
import * as settings from '../features/settings/index.ts';
import * as share from '../features/share/index.ts';
import * as workshop from '../features/workshop/index.ts';

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

/**
 * A screen whose code loads when she first opens it (a loader from a feature's `pages`). The
 * screen's props must be exactly the parameters the route reads: checked here, not cast.
 */
function page<P>(load: () => Promise<{ default: ComponentType<P> }>, params: Params<P>): Entry<P> {
  return { params, Screen: lazy(load) };
}

export const routes = {
  home: { params: none, Screen: HomePage },
  onboarding: page(onboarding.pages.OnboardingPage, none),
  settings: page(settings.pages.SettingsPage, none),
  security: page(security.pages.SecurityPage, none),
  assessment: page(assessment.pages.AssessmentPage, withId),
  results: page(results.pages.ResultsPage, withId),
  how: page(results.pages.HowItWorksPage, none),
  history: page(history.pages.HistoryPage, none),
  share: page(share.pages.ShareHubPage, none),
  shareSummary: page(share.pages.ShareSummaryPage, none),
  openSummary: page(share.pages.OpenSummaryPage, none),
  receive: page(share.pages.ReceivePage, none),
  backup: page(backup.pages.BackupPage, none),
  workshop: page(workshop.pages.WorkshopPage, none),
  practice: page(workshop.pages.PracticePage, withBattery),
  presenter: page(workshop.pages.PresenterPage, none),
  guide: page(workshop.pages.GuidePage, none),
  handouts: page(workshop.pages.HandoutsPage, none),
  batteries: page(workshop.pages.BatteriesPage, none),
  plan: page(plan.pages.PlanPage, none),
  library: page(plan.pages.LibraryPage, none),
  today: page(plan.pages.TodayPage, none),
  printPlan: page(plan.pages.PrintPlanPage, none),
  calendar: page(plan.pages.CalendarPage, none),
  contacts: page(contacts.pages.ContactsPage, none),
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
