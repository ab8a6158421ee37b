/**
 * The figures' colours in both schemes (issue 21): every colour a drawing uses has a dark
 * counterpart in palette.ts (so dark-mode.ts leaves nothing light behind), and text stays at
 * 4.5:1 or more on its card in both schemes (WCAG 2.2, 1.4.3), marks and lines at 3:1 (1.4.11).
 * The drawings: the figures-book fixture's and the flagship's, in every frame.
 */
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../scripts/pipeline/index.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { createFigureRenderer } from '../scripts/figures/renderer.ts';
import { card, darkColours, ink, mapColours, muted, sideStyle } from '../scripts/figures/palette.ts';
import { figureDarkCss } from '../scripts/figures/dark-mode.ts';
import { projectRoot } from '../scripts/resources.ts';

let books: Manuscript[];

beforeAll(async () => {
  books = [];
  for (const dir of [join(projectRoot, 'tests/fixtures/figures-book'), join(projectRoot, 'manuscript')]) {
    const result = await check(dir);
    if (!result.manuscript) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
    books.push(result.manuscript);
  }
});

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('the figures’ colours', () => {
  it('have a dark counterpart for every colour any drawing uses, in every frame', () => {
    const used = new Set<string>();
    for (const manuscript of books) {
      const renderer = createFigureRenderer(manuscript);
      for (const frame of ['book', 'slide'] as const) {
        for (const [name, attributes] of [['timeline', {}], ['map', {}], ['map', { chapter: manuscript.chapters[0]!.id }]] as const) {
          const figure = renderer.figure(name, attributes, { frame });
          if (!figure) continue;
          visit(figure as unknown as Root, 'element', (node: Element) => {
            for (const key of ['fill', 'stroke']) {
              const value = node.properties[key];
              if (typeof value === 'string' && value.startsWith('#')) used.add(value);
            }
          });
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((colour) => !darkColours.has(colour))).toEqual([]);
    // And the style sheet repaints each of them.
    const css = figureDarkCss();
    for (const colour of used) expect(css).toContain(`[fill="${colour}"]{fill:${darkColours.get(colour)}}`);
  });

  it('keep text at 4.5:1 and marks at 3:1 on the card, in the light scheme and the dark', () => {
    const dark = (colour: string) => darkColours.get(colour)!;
    const texts = [ink, muted, mapColours.accentText, sideStyle('russian').colour, sideStyle('dzungar').colour, sideStyle(undefined).colour];
    const marks = [mapColours.water, mapColours.accent, ...texts];
    for (const text of texts) {
      expect(contrast(text, card), `${text} on ${card}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark(text), dark(card)), `${dark(text)} on ${dark(card)}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const mark of marks) {
      expect(contrast(dark(mark), dark(card)), `${dark(mark)} on ${dark(card)}`).toBeGreaterThanOrEqual(3);
      expect(contrast(dark(mark), dark(mapColours.land)), `${dark(mark)} on the dark land`).toBeGreaterThanOrEqual(3);
    }
    // Labels on the map stand on land, with a card-coloured halo.
    expect(contrast(dark(ink), dark(mapColours.land))).toBeGreaterThanOrEqual(4.5);
  });
});
