/**
 * The deck's own few lines of script, run after reveal.js: a citation followed from a slide lands
 * on its source, marked (`deck-target`), with the link back to the slide it came from marked too
 * (`deck-origin`). reveal.js resolves `#/<element id>` to the slide holding the element and then
 * rewrites the hash to that slide's id (https://revealjs.com/links/), so `:target` never matches:
 * the element is taken from the link followed (or from the address the deck was opened at).
 */
export const navigationScript = `(function () {
  var target = decodeURIComponent(location.hash.replace(/^#\\/?/, ''));
  var origin = '';
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
    if (!link) return;
    target = decodeURIComponent(link.getAttribute('href').slice(2));
    origin = Reveal.getCurrentSlide().id;
  }, true);
  function mark() {
    document.querySelectorAll('.deck-target, .deck-origin').forEach(function (el) { el.classList.remove('deck-target', 'deck-origin'); });
    var el = target ? document.getElementById(target) : null;
    if (!el || el.tagName === 'SECTION' || !Reveal.getCurrentSlide().contains(el)) return;
    el.classList.add('deck-target');
    el.querySelectorAll('a.deck-back').forEach(function (back) {
      if (back.getAttribute('href') === '#/' + origin) back.classList.add('deck-origin');
    });
  }
  Reveal.on('ready', mark);
  Reveal.on('slidechanged', mark);
})();`;
