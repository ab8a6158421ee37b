/**
 * The identifier pandoc gives a heading (`auto_identifiers`, https://pandoc.org/MANUAL.html#extension-auto_identifiers),
 * from its text with formatting, links and notes removed: keep letters, digits, `_`, `-` and `.`;
 * spaces and line breaks become one hyphen; lowercase; drop everything before the first letter;
 * nothing left is `section`. `Heading identifiers in HTML` → `heading-identifiers-in-html`,
 * `Maître d'hôtel` → `maître-dhôtel`, `3. Applications` → `applications`, `33` → `section`
 * (pandoc's `textToIdentifier` in src/Text/Pandoc/Shared.hs). Repeats are numbered by the slugger.
 */
export function pandocIdentifier(text: string): string {
  const kept = text.toLowerCase().replace(/[^\s\p{L}\p{N}_.-]/gu, '');
  const joined = kept.split(/\s+/u).filter(Boolean).join('-');
  return joined.replace(/^\P{L}+/u, '') || 'section';
}
