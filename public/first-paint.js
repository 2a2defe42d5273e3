/*
 * Before the body is drawn (no module, nothing to wait for): the language the app will open in —
 * the one she chose (the app keeps its code in localStorage, `shn-language`), else the browser's
 * where a shipped language matches, else English — on <html lang dir>, so index.html's first paint
 * of the home screen (scripts/firstPaint.ts) is in her language; and whether a passphrase protects
 * the app (`shn-protected`, `data-protected`: no home warning and actions on a phone that opens on
 * the lock screen). Reads and writes nothing else. And, until the app's first module listens, it
 * leaves on the first paint's quick exit and keeps a tap on its other buttons (src/ui/earlyTaps.ts).
 */
(function () {
  var shipped = { en: 'ltr', es: 'ltr', fr: 'ltr', ar: 'rtl', fa: 'rtl', ur: 'rtl', sw: 'ltr' };
  var html = document.documentElement;
  var wanted = [];
  try {
    var chosen = localStorage.getItem('shn-language');
    if (chosen) wanted.push(chosen);
    // A passphrase protects the app: it opens on the lock screen, so the first paint leaves out
    // what only home shows (src/app/protectedHint.ts keeps this "1").
    if (localStorage.getItem('shn-protected')) html.setAttribute('data-protected', '');
  } catch {
    // No storage: the browser's languages.
  }
  wanted = wanted.concat(navigator.languages || [navigator.language || 'en']);
  var lng = 'en';
  for (var i = 0; i < wanted.length; i += 1) {
    var base = String(wanted[i]).toLowerCase().split('-')[0];
    if (Object.prototype.hasOwnProperty.call(shipped, base)) {
      lng = base;
      break;
    }
  }
  html.lang = lng;
  html.dir = shipped[lng];
  html.setAttribute('data-first-paint', lng);

  // Before the app's first module listens (src/ui/earlyTaps.ts takes over then): quick exit, tapped
  // or Escape twice, leaves at once as src/ui/quickExit.ts does (nothing of hers is open yet);
  // another button tapped is marked waiting (the last one), for that module to take over.
  var left = false;
  function leave() {
    left = true;
    try {
      var exits = Number(sessionStorage.getItem('shn-exits')) || 0;
      sessionStorage.clear();
      sessionStorage.setItem('shn-exits', String(exits + 1));
    } catch {
      // Leave anyway.
    }
    document.title = '';
    document.body.replaceChildren();
    history.replaceState(null, '');
    location.replace('about:blank');
  }
  // Brought back from the back/forward cache after leaving: loaded afresh, not left blank.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && left) location.reload();
  });
  var escapedAt = -1e9;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || html.hasAttribute('data-early-taps')) return;
    var now = Date.now();
    if (now - escapedAt < 800) leave();
    escapedAt = now;
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('.first-paint [data-early]') : null;
    if (!button || html.hasAttribute('data-early-taps')) return;
    if (button.getAttribute('data-early') === 'exit') return leave();
    var marked = document.querySelector('.first-paint .is-waiting');
    if (marked) marked.classList.remove('is-waiting');
    button.classList.add('is-waiting');
  });
})();
