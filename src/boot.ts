/**
 * The page's first module: it lets the browser draw index.html's first paint of the home screen
 * (scripts/firstPaint.ts) before the app's code runs, with its buttons taking a tap, then starts the
 * app (main.tsx). Without that wait the app's code, arriving quickly, ran before that first paint
 * and the home screen was drawn only once React had drawn it (issue 21). When what is fetched, and
 * when: src/app/startCode.ts.
 */
import { listenForInstallPrompt } from './ui/installPrompt.ts';
import { listenForEarlyTaps } from './ui/earlyTaps.ts';
import { homeStringsOf } from './i18n/homeStringFiles.ts';
import { afterFirstPaint, preloadStartCode, servedFromThePhone } from './app/startCode.ts';
import { warmUpDatabase } from './storage/warmUp.ts';
// In index.html as a stylesheet: the first paint is drawn with it.
import './app/app.css';

// The browser's offer to install the app may come before any screen is drawn.
listenForInstallPrompt();
// The first paint's buttons, from public/first-paint.js on: quick exit leaves at once, and the home
// screen does what was tapped once the app's code draws it (src/ui/earlyTaps.ts).
listenForEarlyTaps();

// Home's words (src/i18n/homeStrings.ts) in the language public/first-paint.js chose: fetched with
// the app's code, not after it (src/i18n/i18n.ts reads the same module). Nothing else of hers.
function loadHomeStrings(): void {
  homeStringsOf(document.documentElement.dataset.firstPaint ?? 'en')?.().catch(() => undefined);
}

// While the first paint is drawn: her database opens once (so start-up finds it open), and on a
// page the service worker serves, home's words and the app's code are fetched from the phone's own
// copy (the code compiled too). Over the network they are asked for once the paint is shown.
void warmUpDatabase();
const local = servedFromThePhone();
if (local) {
  loadHomeStrings();
  preloadStartCode();
}

afterFirstPaint(local ? 'drawn' : 'shown', () => {
  if (!local) loadHomeStrings();
  void import('./main.tsx');
});
