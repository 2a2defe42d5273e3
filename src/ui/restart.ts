/**
 * Starts the app again on what storage now holds — after "delete everything", an emergency
 * passphrase, or a restore: settings, language and every screen read it afresh. `route` is the
 * screen to open (none: the first screen, as on a new phone).
 */
export function restartApp(route: { name: 'home' } | null = null): void {
  history.replaceState(route, '');
  location.reload();
}
