/**
 * The slide as the fitting model sees it: a 1280×720 box, its padding, the slide heading, and the
 * sizes the body may be set at. templates/deck.css sets the same numbers (each rule says so); the
 * browser test (tests/helpers/deck.ts) walks every slide and fails on any overflow, so the two
 * cannot drift apart unseen.
 *
 * reveal.js scales the 1280×720 slide by 0.96 in a 1280×720 window (its margin, config.ts), so a
 * body set at 26 px reads at 25 px there: the floor of 24 px that issue 19 asks for holds at every
 * level.
 */

/** How densely a slide's body is set, largest first; `compact` is the floor. */
export const fitLevels = ['normal', 'dense', 'compact'] as const;
export type FitLevel = (typeof fitLevels)[number];

export const slideGeometry = {
  width: 1280,
  height: 720,
  padding: { top: 44, right: 72, bottom: 52, left: 72 },
  /** The slide's `<h2>`: size, line height, and the rule and space under it (padding 14 + border 3 + margin 28). */
  heading: { size: 50, lineHeight: 1.2, below: 45 },
  /** Body text size at each level (px). */
  body: { normal: 34, dense: 30, compact: 26 } satisfies Record<FitLevel, number>,
  /** Code size at each level: never under the floor. */
  code: { normal: 28, dense: 26, compact: 26 } satisfies Record<FitLevel, number>,
  lineHeight: 1.3,
  codeLineHeight: 1.3,
  /** Padding inside a code block, top and bottom each. */
  codePadding: 12,
  /** Space between blocks (reveal.js's `--r-block-margin`, set in deck.css). */
  blockGap: 18,
  /** Space between columns side by side (deck.css `.columns`). */
  columnGap: 40,
  /** Space under a list item, in em. */
  itemGap: 0.45,
  /** A list's left indent, in em. */
  listIndent: 1.1,
  /** Average advance of a character, in em: serif body text (DejaVu Serif, the widest face a theme falls back to), monospace code. */
  charWidth: 0.55,
  headingCharWidth: 0.6,
  codeCharWidth: 0.61,
  /** Cell padding, left and right together, and top and bottom together (px). */
  cellPadding: { x: 24, y: 10 },
  /** The least height an image fitted to the space left may get before the slide is split instead. */
  minImageHeight: 160,
} as const;

/** Width of the slide's body (px). */
export const bodyWidth = slideGeometry.width - slideGeometry.padding.left - slideGeometry.padding.right;

/** Height of the slide's body under a heading of `headingLines` lines (px). */
export function bodyHeight(headingLines: number): number {
  const { height, padding, heading } = slideGeometry;
  const title = headingLines === 0 ? 0 : headingLines * heading.size * heading.lineHeight + heading.below;
  return height - padding.top - padding.bottom - title;
}

/** Lines that `text` takes in a box `width` px wide, wrapped at spaces, at `size` px with `charWidth` em a character. */
export function wrappedLines(text: string, width: number, size: number, charWidth: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * charWidth)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // A word longer than a line breaks anywhere (overflow-wrap: anywhere in deck.css).
      let length = word.length;
      if (used > 0 && used + 1 + length > perLine) {
        lines += 1;
        used = 0;
      }
      while (length > perLine) {
        lines += 1;
        length -= perLine;
      }
      used += (used > 0 ? 1 : 0) + length;
    }
  }
  return lines;
}
