/**
 * Quarto's conditional content (https://quarto.org/docs/authoring/conditional.html): a div, a span
 * or a heading's section with the class `content-visible` or `content-hidden` and a `when-format` or
 * `unless-format` attribute shows in some outputs only. Format names are Quarto's, with its
 * aliases: `html` is every HTML output (the page, the EPUB and the deck), `html:js` those that run
 * scripts (the page and the deck), `html5`/`html4` the page, `epub` (`epub2`, `epub3`) the EPUB,
 * `revealjs` the deck; any other format (`pdf`, `docx`) is none of ours.
 */
import type { Attributes } from './nodes.ts';

export type Output = 'page' | 'epub' | 'deck';

const outputs: readonly Output[] = ['page', 'epub', 'deck'];

const formats: Record<string, readonly Output[]> = {
  html: outputs,
  'html:js': ['page', 'deck'],
  html4: ['page'],
  html5: ['page'],
  epub: ['epub'],
  epub2: ['epub'],
  epub3: ['epub'],
  revealjs: ['deck'],
};

/** True when the attributes make the element conditional at all. */
export function isConditional(attributes: Attributes | undefined): boolean {
  return attributes !== undefined && (attributes.classes.includes('content-visible') || attributes.classes.includes('content-hidden'));
}

/** Whether content with these attributes shows in `output`. */
export function visibleIn(attributes: Attributes | undefined, output: Output): boolean {
  if (!isConditional(attributes)) return true;
  return visibleByClass(attributes!.classes, new Map(attributes!.pairs), output);
}

/** The same from an element's class and `data-when-format`/`data-unless-format` values (hast). */
export function visibleByClass(classes: readonly string[], pairs: ReadonlyMap<string, string>, output: Output): boolean {
  const named = (value: string | undefined) => value !== undefined && value.split(/[\s,]+/).some((name) => formats[name.toLowerCase()]?.includes(output));
  const when = pairs.get('when-format');
  const unless = pairs.get('unless-format');
  // Neither attribute: Quarto shows a `content-visible` block everywhere and a `content-hidden` one nowhere.
  const matches = when !== undefined ? named(when) : unless !== undefined ? !named(unless) : true;
  if (classes.includes('content-visible')) return matches;
  if (classes.includes('content-hidden')) return !matches;
  return true;
}
