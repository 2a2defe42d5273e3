/**
 * The page objects of the real-browser tests, one module per screen group under pages/.
 * Selectors are roles and names in English, or the app's own classes where a flow runs in any
 * language; each flow (open the app, answer to the end, set a passphrase, unlock…) is written once.
 */
export * from './pages/app.ts';
export * from './pages/audit.ts';
export * from './pages/assessment.ts';
export * from './pages/results.ts';
export * from './pages/plan.ts';
export * from './pages/settings.ts';
export * from './pages/lock.ts';
export * from './pages/share.ts';
export * from './pages/workshop.ts';
export * from './pages/storage.ts';
