/**
 * The parts every figure shares: the `<svg>` root (self-contained: presentation attributes only,
 * its own light card, `role="img"` named by its `<title>` and described by its `<desc>`) and the
 * `<figure>` around it with the caption and the text alternative.
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

export function svgRoot({ id, width, height, title, desc, children }: SvgFrame): Element {
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
  caption: ElementContent[];
  /** The text alternative, shown in a `<details>` under the caption. */
  alternative: Element;
  summary: string;
}

export function figureElement({ id, kind, svg, caption, alternative, summary }: FigureParts): Element {
  // The text alternative sits inside the caption: HTML allows `<figcaption>` only as the first or
  // last child of `<figure>`, and EPUBCheck holds us to it.
  return h('figure', { className: ['figure', `figure-${kind}`], id }, [
    svg,
    h('figcaption', [
      h('p', caption),
      h('details', { className: ['figure-alternative'] }, [h('summary', summary), alternative]),
    ]),
  ]);
}
