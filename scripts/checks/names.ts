/**
 * The names check: ids that refer to nothing (`name-undefined`) and near-misses of known names in
 * the prose (`name-variant`). Once the words are checked, it tags the names written in another
 * language (remark-foreign-names) in each chapter's tree, because only now are book.md's aliases
 * known to the chapters (see that plugin for why).
 */
import { unified } from 'unified';
import { knownForms, nameWords } from '../names/known-names.ts';
import { checkNameVariants, comparableWords, minLength } from '../names/name-variants.ts';
import { slipFinder } from '../names/name-slips.ts';
import { checkUndefinedNames } from '../names/undefined-names.ts';
import { remarkForeignNames } from '../plugins/remark-foreign-names.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const namesCheck: Check = {
  name: 'names',
  rules: [
    { id: 'name-variant', severity: 'warning', on: 'names', summary: `a capitalised word of ${minLength}+ letters, not English, within a small edit distance of a known name but none of its forms ("Dostoyevski" beside "Dostoyevsky"); correct it or add it to \`aliases\`` },
    { id: 'name-undefined', severity: 'error', summary: 'an event’s `people` or `place`, a glance commander’s `person` or a `::map{chapter=…}` id that does not exist; correct the id or define it' },
  ],
  run(manuscript) {
    checkUndefinedNames(manuscript);
    const forms = knownForms(manuscript.book);
    const words = nameWords(forms);
    const foreign = forms.flatMap(({ form, lang }) => (lang ? [{ form, lang }] : []));
    const tagger = unified().use(remarkForeignNames, { forms: foreign });
    // One finder for the whole book: it remembers its answer for each distinct word.
    const slipOf = slipFinder(comparableWords(words));
    for (const chapter of manuscript.chapters) {
      if (isReused(chapter)) continue;
      checkNameVariants(chapter.tree, chapter.file, words, slipOf);
      tagger.runSync(chapter.tree, chapter.file);
    }
  },
};
