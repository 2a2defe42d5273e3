/** The screens of this feature; the shell's route table (src/app/routes.ts) imports them from here. */
export { default as ShareHubPage } from './ShareHubPage.tsx';
export { default as ShareSummaryPage } from './ShareSummaryPage.tsx';
export { default as OpenSummaryPage } from './OpenSummaryPage.tsx';
export { default as ReceivePage } from './ReceivePage.tsx';
