/**
 * The domain: pure TypeScript, no React, no Dexie, no DOM (DESIGN.md §5). Everything the rest
 * of the app needs from the risk model is exported here, and only here.
 */
export * from './battery.ts';
export * from './scoring.ts';
export * from './conditions.ts';
export * from './urgent.ts';
export { combineThreats, firedFlags } from './scoring2.ts';
export * from './recommend.ts';
export * from './plan.ts';
export * from './ics.ts';
export * from './document.ts';
export * from './summary.ts';
export * from './steps.ts';
export * from './groupCode.ts';
export * from './support.ts';
