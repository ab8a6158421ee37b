/**
 * A slide heading's attributes on its `<section>`, as pandoc's revealjs writer moves them
 * (https://pandoc.org/MANUAL.html#background-in-reveal.js-beamer-and-pptx): the classes
 * (`.smaller`, `.scrollable`, `.center`) and every `key=value` as reveal.js's `data-key`
 * (`background-color`, `background-image`, `background-size`, `background-opacity`, `transition`,
 * `visibility="hidden"`: https://revealjs.com/backgrounds/, /transitions/, /slide-visibility/).
 * Only classes and `data-*` pass: the section is built here, after the sanitizer, so an event
 * handler or a style written on a heading must not reach it (the raw-HTML check reports those on
 * the book's heading). A background that is a web page (`background-iframe`) is not kept: the deck
 * loads nothing from the network. The id stays the heading's own.
 */
import type { Properties } from 'hast';
import type { Attributes } from '../../manuscript/nodes.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';

export function slideAttributes(attributes: Attributes | undefined): { className: string[]; properties: Properties } {
  if (!attributes) return { className: [], properties: {} };
  const all = attributesToProperties({ classes: attributes.classes, pairs: attributes.pairs.filter(([key]) => !/^(data-)?background-iframe$/i.test(key)) }, 'section');
  const properties: Properties = {};
  for (const [name, value] of Object.entries(all)) if (/^data[A-Z]/.test(name)) properties[name] = value;
  return { className: attributes.classes.filter((name) => /^[\w-]+$/.test(name)), properties };
}
