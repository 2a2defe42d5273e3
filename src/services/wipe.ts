/** Deletes everything the app stores (DESIGN.md §6); the screen then starts the app again as new. */
export { wipeEverything } from '../storage/wipe.ts';
