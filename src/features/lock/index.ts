/** The screen of this feature; the shell draws it without waiting for code to load. */
export { LockScreen } from './LockScreen.tsx';
