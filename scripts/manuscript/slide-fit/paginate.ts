/**
 * Fitting a slide's body to the slide, at build time: set at the largest level at which it fits
 * (geometry.ts), or else split into continuation slides where a split is natural — between list
 * items (an ordered list keeps counting), between table rows (the header row repeated), between
 * lines of code — and each part set at the largest level at which it fits. A part that fits at no
 * level (one paragraph longer than a slide) is marked `overflow`: the deck lets that slide scroll
 * and the `slide-overflow` check names it to the author. The renderer and the check both call
 * this, so what the author is told is what the deck does.
 */
import type { Code, List, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { bodyHeight, bodyWidth, fitLevels, slideGeometry as g, wrappedLines, type FitLevel } from './geometry.ts';
import { blockHeight, codeLineHeights, itemHeights, rowHeights } from './measure.ts';
import { notesHeight } from './notes-height.ts';
import type { SlideNotes } from '../talk/slide-footnotes.ts';

export interface FittedPage {
  nodes: RootContent[];
  level: FitLevel;
  /** The block that does not fit even at the floor, if any: the page scrolls. */
  overflow?: RootContent;
}

export interface FittedSlide {
  pages: FittedPage[];
  /** True when the body was cut into continuation slides. */
  split: boolean;
}

/** Lines the slide heading takes (0: none); a continuation's heading carries " (continued)". */
export function headingLines(title: string | undefined, continued = false): number {
  if (title === undefined) return 0;
  return wrappedLines(continued ? `${title} (continued)` : title, bodyWidth, g.heading.size, g.headingCharWidth);
}

/** `notes`: the chapter's footnotes, which a slide sets at its foot (talk/slide-footnotes.ts). */
export function fitSlide(nodes: readonly RootContent[], title: string | undefined, notes?: SlideNotes): FittedSlide {
  const whole = bodyHeight(headingLines(title));
  const height = (part: readonly RootContent[], level: FitLevel) => part.reduce((sum, node) => sum + blockHeight(node, level), 0) + notesHeight(part, notes);
  // Points, rows and lines of code are split rather than set at the smallest size, which is kept
  // for what cannot be split (a quotation, a paragraph).
  const levels = nodes.some(splittable) ? fitLevels.filter((level) => level !== 'compact') : fitLevels;
  for (const level of levels) if (height(nodes, level) <= whole) return { pages: [{ nodes: [...nodes], level }], split: false };
  const room = bodyHeight(headingLines(title, true));
  return { pages: paginate(nodes, room, (part) => notesHeight(part, notes)).map((page) => fitPage(page, room, height)), split: true };
}

function splittable(node: RootContent): boolean {
  return (node.type === 'list' && node.children.length > 1) || (node.type === 'table' && node.children.length > 2) || (node.type === 'code' && node.value.includes('\n'));
}

function fitPage(nodes: RootContent[], room: number, height: (part: readonly RootContent[], level: FitLevel) => number): FittedPage {
  for (const level of fitLevels) if (height(nodes, level) <= room) return { nodes, level };
  const tallest = nodes.reduce((a, b) => (blockHeight(b, 'compact') > blockHeight(a, 'compact') ? b : a));
  return { nodes, level: 'compact', overflow: tallest };
}

/**
 * Cuts the body into pages of at most `room` px at the normal level, at the natural places; a
 * point, row or block takes the room of the notes it cites too (`notes`).
 */
function paginate(nodes: readonly RootContent[], room: number, notes: (part: RootContent[]) => number): RootContent[][] {
  const pages: RootContent[][] = [[]];
  let used = 0;
  /** Starts a new page when `needed` px would not fit on this one; true when it did. */
  const makeRoom = (needed: number): boolean => {
    if (used === 0 || used + needed <= room) return false;
    pages.push([]);
    used = 0;
    return true;
  };
  const place = (node: RootContent, h: number) => {
    pages[pages.length - 1]!.push(node);
    used += h;
  };
  for (const node of nodes) {
    if (node.type === 'list') {
      const heights = itemHeights(node, 'normal');
      let part: List | undefined;
      node.children.forEach((item, index) => {
        const h = heights[index]! + notes([item]);
        if (makeRoom(h + (part ? 0 : g.blockGap)) || !part) {
          part = { ...node, children: [], ...(node.ordered ? { start: (node.start ?? 1) + index } : {}) };
          place(part, g.blockGap);
        }
        part.children.push(item);
        used += h;
      });
    } else if (node.type === 'table' && node.children.length > 1) {
      const [header, ...rows] = node.children;
      const [headerHeight = 0, ...heights] = rowHeights(node, node.children, 'normal');
      let part: Table | undefined;
      rows.forEach((row, index) => {
        const h = heights[index]! + notes([row]);
        if (makeRoom(h + (part ? 0 : headerHeight + g.blockGap)) || !part) {
          part = { ...node, children: [header!] };
          place(part, headerHeight + g.blockGap);
        }
        part.children.push(row);
        used += h;
      });
    } else if (node.type === 'code') {
      const lines = node.value.split('\n');
      const heights = codeLineHeights(node.value, 'normal');
      let part: Code | undefined;
      let kept: string[] = [];
      lines.forEach((line, index) => {
        const h = heights[index]!;
        // A blank line at the top of a part is left out (the part before ends there).
        if (part && line.trim() === '' && used + h > room) return;
        if (makeRoom(h + (part ? 0 : 2 * g.codePadding + g.blockGap)) || !part) {
          kept = [];
          part = { ...node, value: '' };
          place(part, 2 * g.codePadding + g.blockGap);
        }
        kept.push(line);
        part.value = kept.join('\n').replace(/\n+$/, '');
        used += h;
      });
    } else {
      const h = blockHeight(node, 'normal') + notes([node]);
      makeRoom(h);
      place(node, h);
    }
  }
  return pages.filter((page) => page.length > 0 && page.some((node) => toString(node).trim() !== '' || node.type !== 'paragraph'));
}
