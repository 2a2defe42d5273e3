/*
 * Before the body is drawn (no module, nothing to wait for): the language the app will open in —
 * the one she chose (the app keeps its code in localStorage, `shn-language`), else the browser's
 * where a shipped language matches, else English — on <html lang dir>, so index.html's first paint
 * of the home screen (scripts/firstPaint.ts) is in her language. Reads and writes nothing else.
 */
(function () {
  var shipped = { en: 'ltr', es: 'ltr', fr: 'ltr', ar: 'rtl', fa: 'rtl', ur: 'rtl', sw: 'ltr' };
  var wanted = [];
  try {
    var chosen = localStorage.getItem('shn-language');
    if (chosen) wanted.push(chosen);
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
  var html = document.documentElement;
  html.lang = lng;
  html.dir = shipped[lng];
  html.setAttribute('data-first-paint', lng);
})();
