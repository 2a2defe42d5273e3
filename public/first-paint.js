/*
 * Before the body is drawn (no module, nothing to wait for): the language the app will open in —
 * the one she chose (the app keeps its code in localStorage, `shn-language`), else the browser's
 * where a shipped language matches, else English — on <html lang dir>, so index.html's first paint
 * of the home screen (scripts/firstPaint.ts) is in her language; and whether a passphrase protects
 * the app (`shn-protected`, `data-protected`: no home warning and actions on a phone that opens on
 * the lock screen). Reads and writes nothing else. And it marks a button of the first paint tapped
 * before the app's first module listens (src/ui/earlyTaps.ts).
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

  // A tap on the first paint's buttons before the app's first module listens: the button is marked
  // waiting (the last tapped; quick exit, once tapped, stays), for src/ui/earlyTaps.ts to take over.
  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('.first-paint [data-early]') : null;
    if (!button || html.hasAttribute('data-early-taps')) return;
    var marked = document.querySelector('.first-paint .is-waiting');
    if (marked && marked.getAttribute('data-early') === 'exit') return;
    if (marked) marked.classList.remove('is-waiting');
    button.classList.add('is-waiting');
  });
})();
