/** The screens of this feature; the shell's route table (src/app/routes.ts) imports them from here. */
export { default as PlanPage } from './PlanPage.tsx';
export { default as LibraryPage } from './LibraryPage.tsx';
export { default as TodayPage } from './TodayPage.tsx';
export { default as PrintPlanPage } from './PrintPlanPage.tsx';
export { default as CalendarPage } from './CalendarPage.tsx';
