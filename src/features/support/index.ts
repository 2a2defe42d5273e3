/**
 * The screens of this feature, for the shell's route table (src/app/routes.ts). Each loads its own
 * code when she first opens it, so opening one screen never downloads its neighbours' code.
 */
export const pages = {
  WhoCanHelpPage: () => import('./WhoCanHelpPage.tsx'),
};
