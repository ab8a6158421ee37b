/**
 * The figures' colours and type, as presentation attributes: the SVG is also shipped alone (an EPUB
 * image, a deck slide), so it may not depend on page CSS. It draws on its own card, light by
 * default; `darkColours` gives every colour its counterpart for a dark page, which dark-mode.ts
 * applies under `prefers-color-scheme: dark`. Text colours have a contrast of at least 4.5:1 on
 * their card in both schemes (WCAG 2.2, 1.4.3); the side colours are ≥ 3:1 for the shapes (1.4.11)
 * and are never the only cue.
 */
import type { Words } from '../i18n/words.ts';

export const fontFamily = "Georgia, 'DejaVu Serif', serif";

export const card = '#fdfbf5';
export const ink = '#1d1d1f';
/** Secondary text (axis years, notes): 7.4:1 on the card. */
export const muted = '#4d4a44';
export const rule = '#8a857a';
export const faint = '#d9d3c4';

/** The map's ground and water, its highlight and the highlight's text. */
export const mapColours = {
  sea: '#dce8ef',
  land: '#f1ede1',
  graticule: '#d6cfbd',
  lakes: '#c3d7e6',
  water: '#6c93b0',
  coast: '#8d8776',
  accent: '#a3391b',
  accentText: '#8f3117',
} as const;

export interface SideStyle {
  colour: string;
  shape: 'circle' | 'diamond' | 'square';
}

const known: Record<string, SideStyle> = {
  russian: { colour: '#1f4e8c', shape: 'circle' },
  dzungar: { colour: '#a3391b', shape: 'diamond' },
};
const other: SideStyle = { colour: '#5b5b5b', shape: 'square' };

/**
 * Each colour above (light) and what it becomes on a dark card. One table, so that a drawing's
 * colours and their dark counterparts cannot drift apart (tests/figures-dark.test.ts finds every
 * colour a drawing uses here and measures the contrasts).
 */
export const darkColours: ReadonlyMap<string, string> = new Map([
  [card, '#24211b'],
  [ink, '#ebe5d9'],
  [muted, '#c2b8a6'],
  [rule, '#8c8577'],
  [faint, '#4a4337'],
  [known['russian']!.colour, '#8db4ec'],
  [known['dzungar']!.colour, '#f09a7e'],
  [other.colour, '#b3b3b3'],
  [mapColours.sea, '#1b2830'],
  [mapColours.land, '#2b2822'],
  [mapColours.graticule, '#3e392f'],
  [mapColours.lakes, '#233a4d'],
  [mapColours.water, '#6f9fc6'],
  [mapColours.coast, '#77715f'],
  [mapColours.accentText, '#f4a88e'],
]);

/** How a side is drawn: by shape first, colour second, so it survives greyscale and colour blindness. */
export function sideStyle(side: string | undefined): SideStyle {
  return (side !== undefined && known[side]) || other;
}

/**
 * A side's name in the key and the event table: the book's `sides` name for it, else the id
 * capitalised (`russian` → `Russian`); an event with no side is "Other" in the book's language.
 */
export function sideLabel(side: string | undefined, book: { sides: Readonly<Record<string, string>> }, words: Pick<Words, 'otherSide'>): string {
  if (side === undefined) return words.otherSide;
  return book.sides[side] ?? side.charAt(0).toUpperCase() + side.slice(1);
}
