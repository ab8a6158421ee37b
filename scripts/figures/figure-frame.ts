/**
 * The parts every figure shares: the `<svg>` root (self-contained: presentation attributes only,
 * its own card, `role="img"` named by its `<title>` and described by its `<desc>`) and the
 * `<figure>` around it with the caption and the text alternative. In the book a figure carries
 * two drawings of the same data: one for a column of the book's measure (`figure-wide`, 35 em) and
 * one for a phone's (`figure-narrow`, 19 em), each with its type at 16 user units, so that shown
 * 1 em to 16 units its text is the body's size (the page picks one by the screen's width; the EPUB
 * ships the narrow one).
 */
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { fmt } from './box.ts';
import { card, faint, fontFamily, ink } from './palette.ts';

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  children: Element[];
}

export function svgRoot({ id, width, height: drawn, title, desc, children }: SvgFrame): Element {
  // Whole units: Kindle's converter wants an integer viewBox (Kindle Publishing Guidelines, SVG).
  const height = Math.ceil(drawn - 0.05);
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${fmt(width)} ${fmt(height)}`,
      width: fmt(width),
      height: fmt(height),
      // Scales down to the column on a phone; never wider than drawn on a wide screen.
      style: 'max-width:100%;height:auto',
      role: 'img',
      ariaLabelledBy: `${id}-title`,
      ariaDescribedBy: `${id}-desc`,
      fontFamily,
      fill: ink,
    },
    [
      s('title', { id: `${id}-title` }, title),
      s('desc', { id: `${id}-desc` }, desc),
      s('rect', { x: '0.5', y: '0.5', width: fmt(width - 1), height: fmt(height - 1), rx: '6', fill: card, stroke: faint }),
      ...children,
    ],
  );
}

export interface FigureParts {
  id: string;
  kind: 'timeline' | 'map';
  svg: Element;
  /** The same drawing laid out for a phone's column (the book's figures; a slide has none). */
  narrow?: Element | undefined;
  caption: ElementContent[];
  /** The text alternative, shown in a `<details>` under the caption. */
  alternative: Element;
  summary: string;
}

export function figureElement({ id, kind, svg, narrow, caption, alternative, summary }: FigureParts): Element {
  const drawings = narrow
    ? [h('div', { className: ['figure-drawing', 'figure-wide'] }, [svg]), h('div', { className: ['figure-drawing', 'figure-narrow'] }, [narrow])]
    : [svg];
  // The text alternative sits inside the caption: HTML allows `<figcaption>` only as the first or
  // last child of `<figure>`, and EPUBCheck holds us to it.
  return h('figure', { className: ['figure', `figure-${kind}`], id }, [
    ...drawings,
    h('figcaption', [
      h('p', caption),
      h('details', { className: ['figure-alternative'] }, [h('summary', summary), alternative]),
    ]),
  ]);
}
