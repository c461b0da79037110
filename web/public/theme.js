/*
 * Sets <html data-bs-theme> before the console's CSS and code load, so a dark page never flashes
 * light. An external file, not an inline script: the Content-Security-Policy allows same-origin
 * scripts only. Same key and values as src/lib/theme.ts (its test runs this file).
 */
(function () {
  var choice;
  try {
    choice = localStorage.getItem('ccm.theme');
  } catch {
    choice = null;
  }
  if (choice !== 'light' && choice !== 'dark') {
    choice = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-bs-theme', choice);
})();
