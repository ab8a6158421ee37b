/**
 * pandoc's `implicit_figures` (https://pandoc.org/MANUAL.html#extension-implicit_figures): an image
 * with alt text, alone in its paragraph, is a figure whose caption is that alt text. As pandoc's
 * HTML writer does, the image keeps its alt and the caption repeats it for the eye only
 * (`aria-hidden`), so a screen reader reads it once (crossref/render.ts unhides a caption it
 * numbers, `Figure 2: …`). Its `{#fig:x}` id stays on the `<img>`, inside the `<figure>`, where
 * crossref/render.ts finds the caption. An image with no alt, or not alone, stays inline; the
 * manual's way to keep one inline, a backslash after it (`![x](y.png)\`), gives the image alone,
 * without the backslash, as pandoc does.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { State } from 'mdast-util-to-hast';
import type { Image, ImageReference, Paragraph, PhrasingContent } from 'mdast';

export function implicitFigure(state: State, paragraph: Paragraph): Element | undefined {
  const content = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [image, after] = content;
  if (!isImage(image)) return undefined;
  if (content.length === 2 && after?.type === 'text' && after.value.trim() === '\\') {
    const inline = h('p', [state.one(image, paragraph) as ElementContent]);
    state.patch(paragraph, inline);
    return inline;
  }
  if (content.length !== 1 || !image.alt?.trim()) return undefined;
  const figure = h('figure', [state.one(image, paragraph) as ElementContent, h('figcaption', { ariaHidden: 'true' }, image.alt)]);
  state.patch(paragraph, figure);
  return figure;
}

function isImage(node: PhrasingContent | undefined): node is Image | ImageReference {
  return node?.type === 'image' || node?.type === 'imageReference';
}
