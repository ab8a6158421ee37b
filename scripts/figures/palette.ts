/**
 * The figures' colours and type, as presentation attributes: the SVG is also shipped alone (an EPUB
 * image, a deck slide), so it may not depend on page CSS. It draws on its own light card, which
 * keeps it readable in a dark page. Text colours have a contrast of at least 4.5:1 on `card`
 * (WCAG 2.2, 1.4.3); the side colours are ≥ 3:1 for the shapes (1.4.11) and are never the only cue.
 */
import type { Words } from '../i18n/words.ts';

export const fontFamily = "Georgia, 'DejaVu Serif', serif";

export const card = '#fdfbf5';
export const ink = '#1d1d1f';
/** Secondary text (axis years, notes): 7.4:1 on the card. */
export const muted = '#4d4a44';
export const rule = '#8a857a';
export const faint = '#d9d3c4';

export interface SideStyle {
  colour: string;
  shape: 'circle' | 'diamond' | 'square';
}

const known: Record<string, SideStyle> = {
  russian: { colour: '#1f4e8c', shape: 'circle' },
  dzungar: { colour: '#a3391b', shape: 'diamond' },
};
const other: SideStyle = { colour: '#5b5b5b', shape: 'square' };

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
