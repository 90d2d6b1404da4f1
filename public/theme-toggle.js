// The theme toggle: shows the button (hidden without JavaScript), reflects the theme in
// aria-pressed, and remembers the reader's choice. The <head> of every page applies a
// remembered choice before the first paint.
(function () {
  var b = document.querySelector('.theme-toggle');
  if (!b) return;
  var root = document.documentElement;
  function dark() {
    return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function show() {
    b.setAttribute('aria-pressed', String(dark()));
  }
  b.hidden = false;
  show();
  b.addEventListener('click', function () {
    var next = dark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch (e) {}
    show();
  });
})();
