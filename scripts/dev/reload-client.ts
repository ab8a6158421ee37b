/**
 * The few lines of JavaScript the dev server adds to each HTML page it serves (never to dist/):
 * reload on `reload`, draw the overlay on `diagnostics`. reveal.js keeps the current slide across
 * the reload through its `hash: true` URL.
 */
import { overlayId } from './overlay.ts';

export const eventsPath = '/__triptych/events';

const client = `(() => {
  const events = new EventSource(${JSON.stringify(eventsPath)});
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('diagnostics', (event) => {
    const { html } = JSON.parse(event.data);
    document.getElementById(${JSON.stringify(overlayId)})?.remove();
    if (html) document.body.insertAdjacentHTML('beforeend', html);
  });
})();`;

/** `html` with the client (and `overlay`, if any) just before its closing `</body>`. */
export function injectClient(html: string, overlay = ''): string {
  const snippet = `${overlay}<script>${client}</script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${snippet}` : `${html.slice(0, at)}${snippet}${html.slice(at)}`;
}
