/** The screens of this feature; the shell's route table (src/app/routes.ts) imports them from here. */
export { default as OnboardingPage } from './OnboardingPage.tsx';
