/**
 * The deck's short author–year label (`Perdue 2005`, `Mitirov and Ochirov 1998`, `Smith et al.
 * 2001`), whatever the book's style: a slide is read from across a room, and a note number means
 * nothing there. Built from CSL-JSON: the family names of the authors (or editors), else the short
 * title, else the title; the year issued, else `n.d.`. The joining words are the book's language's
 * (CSL terms `and`, `et-al`, `no date`, in its table of interface words).
 */
import type { CslItem, CslName } from '../manuscript/csl.ts';
import { en } from '../i18n/tables/en.ts';
import type { Words } from '../i18n/words.ts';

export function shortLabel(entry: CslItem | undefined, key: string, words: Pick<Words, 'and' | 'etAl' | 'noDate'> = en): string {
  if (!entry) return key;
  const names = (Array.isArray(entry.author) && entry.author.length > 0 ? entry.author : Array.isArray(entry.editor) ? entry.editor : []).map(nameOf).filter(Boolean);
  const who = names.length === 0
    ? String(entry['title-short'] ?? entry.title ?? key)
    : names.length === 1
      ? names[0]!
      : names.length === 2
        ? `${names[0]} ${words.and} ${names[1]}`
        : `${names[0]} ${words.etAl}`;
  return `${who} ${year(entry, words.noDate)}`;
}

function nameOf(name: CslName): string {
  return name.family ?? name.literal ?? name.given ?? '';
}

function year(entry: CslItem, noDate: string): string {
  const first = entry.issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined) return String(first);
  const literal = entry.issued?.literal;
  return literal ? (/\d{3,4}/.exec(literal)?.[0] ?? literal) : noDate;
}
