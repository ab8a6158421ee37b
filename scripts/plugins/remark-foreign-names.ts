/**
 * Tags the names written in another language or script: every occurrence, in the prose, of an
 * alias that declares a `lang` (`{name: Бухгольц, lang: ru}`) becomes `<span lang="ru">` in every
 * output, so screen readers switch voice and fonts switch script (WCAG 2.2 SC 3.1.2, Language of
 * Parts; EPUB Accessibility 1.1 asks the same).
 *
 * The aliases live in book.md, which the parse stage has not read when a chapter is parsed, so
 * this plugin takes them as options and runs at the check stage (`checks/names.ts` applies it to
 * each chapter once the manuscript is loaded). It adds no node type: the text of a name gets
 * mdast-util-to-hast's `data.hName`/`hProperties`, which turn it into the `<span>`.
 * Longer forms win (`Иван Дмитриевич Бухгольц` before `Бухгольц`); a form matches whole words only.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export interface ForeignNamesOptions {
  forms: ReadonlyArray<{ form: string; lang: string }>;
}

export const remarkForeignNames: Plugin<[ForeignNamesOptions], Root> = ({ forms }) => {
  const langs = new Map(forms.map(({ form, lang }) => [form, lang]));
  const alternatives = [...langs.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  return (tree: Root) => {
    if (!pattern) return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'code' || node.type === 'html') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || node.data?.hName) return undefined;
      const parts: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of node.value.matchAll(pattern)) {
        if (match.index > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        const lang = langs.get(match[0]) ?? '';
        parts.push({ type: 'text', value: match[0], data: { hName: 'span', hProperties: { lang } } });
        cursor = match.index + match[0].length;
      }
      if (parts.length === 0) return undefined;
      if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
