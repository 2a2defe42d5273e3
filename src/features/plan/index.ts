/**
 * The screens of this feature, for the shell's route table (src/app/routes.ts). Each loads its own
 * code when she first opens it, so opening one screen never downloads its neighbours' code.
 */
export const pages = {
  PlanPage: () => import('./PlanPage.tsx'),
  LibraryPage: () => import('./LibraryPage.tsx'),
  TodayPage: () => import('./TodayPage.tsx'),
  PrintPlanPage: () => import('./PrintPlanPage.tsx'),
  CalendarPage: () => import('./CalendarPage.tsx'),
};
