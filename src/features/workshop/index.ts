/** The screens of this feature; the shell's route table (src/app/routes.ts) imports them from here. */
export { default as WorkshopPage } from './WorkshopPage.tsx';
export { default as PracticePage } from './PracticePage.tsx';
export { default as PresenterPage } from './PresenterPage.tsx';
export { default as GuidePage } from './GuidePage.tsx';
export { default as HandoutsPage } from './HandoutsPage.tsx';
export { default as BatteriesPage } from './BatteriesPage.tsx';
