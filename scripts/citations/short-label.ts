/**
 * The deck's short author–year label (`Perdue 2005`, `Mitirov and Ochirov 1998`, `Smith et al.
 * 2001`), whatever the book's style: a slide is read from across a room, and a note number means
 * nothing there. Built from CSL-JSON: the family names of the authors (or editors), else the short
 * title, else the title; the year issued, else `n.d.`.
 */
import type { CslItem, CslName } from '../manuscript/csl.ts';

export function shortLabel(entry: CslItem | undefined, key: string): string {
  if (!entry) return key;
  const names = (Array.isArray(entry.author) && entry.author.length > 0 ? entry.author : Array.isArray(entry.editor) ? entry.editor : []).map(nameOf).filter(Boolean);
  const who = names.length === 0
    ? String(entry['title-short'] ?? entry.title ?? key)
    : names.length === 1
      ? names[0]!
      : names.length === 2
        ? `${names[0]} and ${names[1]}`
        : `${names[0]} et al.`;
  return `${who} ${year(entry)}`;
}

function nameOf(name: CslName): string {
  return name.family ?? name.literal ?? name.given ?? '';
}

function year(entry: CslItem): string {
  const first = entry.issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined) return String(first);
  const literal = entry.issued?.literal;
  return literal ? (/\d{3,4}/.exec(literal)?.[0] ?? literal) : 'n.d.';
}
