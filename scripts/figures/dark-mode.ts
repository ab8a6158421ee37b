/**
 * The figures in a dark scheme: a style sheet that repaints every colour of palette.ts with its
 * dark counterpart under `prefers-color-scheme: dark` (Media Queries 5,
 * https://www.w3.org/TR/mediaqueries-5/#prefers-color-scheme). It selects by the presentation
 * attributes the drawings already carry (`[fill="#fdfbf5"]`), so the drawings need no classes and
 * read the same where CSS is not applied; CSS outranks presentation attributes (SVG 2 §6.8).
 * The EPUB puts it inside each SVG image, where browsers' engines evaluate it against the reader's
 * scheme; the page puts it in its own style sheet, scoped to its figures.
 */
import { darkColours } from './palette.ts';

/** `scope`: a selector the rules are limited to (`figure` on the page); none inside a standalone SVG. */
export function figureDarkCss(scope = ''): string {
  const prefix = scope ? `${scope} ` : '';
  const rules = [...darkColours].flatMap(([light, dark]) => [`${prefix}[fill="${light}"]{fill:${dark}}`, `${prefix}[stroke="${light}"]{stroke:${dark}}`]);
  return `@media (prefers-color-scheme:dark){${rules.join('')}}`;
}
