/**
 * `name-variant`: a word in the prose that is almost, but not exactly, a known name — "Buccholz"
 * when the book knows "Buchholz" and has not declared "Buccholz" an alias. A word is compared when
 * it is capitalised (names are), has at least `minLength` letters, is not an English word, and is
 * not a known name's word, nor a longer or shorter form of one (`Dzungaria`, `Dzungars` beside
 * `Dzungar`; a trailing `’s`). It is reported when its edit distance (Damerau–Levenshtein, see
 * edit-distance.ts) to a known name's word is within `variantThreshold` of its length.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { textLocator } from '../manuscript/text-position.ts';
import { wordPattern, type NameForm } from './known-names.ts';
import type { SlipFinder } from './name-slips.ts';

export const minLength = 5;
const capitalised = /^\p{Lu}/u;

/** The lower-cased words of the known names that are long enough to be compared. */
export function comparableWords(words: ReadonlyMap<string, NameForm>): string[] {
  return [...words.keys()].filter((word) => [...word].length >= minLength);
}

export function checkNameVariants(tree: Root, file: VFile, words: ReadonlyMap<string, NameForm>, slipOf: SlipFinder): void {
  const locate = textLocator(file);
  visit(tree, (node) => {
    if (node.type === 'link' && node.url.includes(node.children.map((c) => ('value' in c ? c.value : '')).join(''))) return SKIP;
    if (node.type !== 'text') return undefined;
    for (const match of node.value.matchAll(wordPattern)) {
      // Most prose words are lower case or short: turned away before any string is built.
      if (match[0].length < minLength || !capitalised.test(match[0])) continue;
      const word = match[0].replace(/['’]s$/u, '');
      const key = word.toLocaleLowerCase('und');
      if ([...word].length < minLength || words.has(key)) continue;
      const closest = slipOf(key);
      if (!closest) continue;
      const form = words.get(closest)!;
      const written = [...form.form.matchAll(wordPattern)].map(([w]) => w).find((w) => w.toLocaleLowerCase('und') === closest) ?? closest;
      report(
        file,
        `\`${word}\` looks like a misspelling of \`${written}\` (in \`${form.form}\`, the ${form.kind} \`${form.id}\`), but is none of its declared forms: a stray spelling makes one ${form.kind} look like two; write the book’s form, or add \`${word}\` to the \`aliases\` of \`${form.id}\``,
        locate(node, match.index, match.index + word.length),
        'name-variant',
        'warning',
      );
    }
    return undefined;
  });
}
