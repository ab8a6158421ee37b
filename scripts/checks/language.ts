/**
 * The book's language against the tables of interface words (scripts/i18n/): a `lang` Triptych
 * has no table for still builds, with the words it prints itself (Contents, Notes, the figures'
 * keys…) in English, so the author hears it once, at `lang` (`lang-fallback`).
 */
import { report } from '../diagnostics/report.ts';
import { hasWords, wordLanguages } from '../i18n/words.ts';
import type { Check } from './types.ts';

export const languageCheck: Check = {
  name: 'language',
  rules: [
    {
      id: 'lang-fallback',
      severity: 'warning',
      summary: 'a `lang` Triptych has no interface words for: the words it prints itself (Contents, Notes, figure keys…) are English; give them in `words:` or write the book in a supported language',
    },
  ],
  run({ book, bookFile, bookMatter }) {
    if (hasWords(book.lang)) return;
    const known = wordLanguages.map((lang) => `\`${lang}\``).join(', ');
    report(
      bookFile,
      `Triptych has no interface words for \`${book.lang}\`: the words it prints itself (Contents, Notes, Bibliography, the figures' keys and captions) will be English; Triptych has them for ${known} (a tag's region is ignored: \`de-AT\` uses \`de\`), and \`words:\` in book.md replaces single words`,
      bookMatter.locate(['lang']),
      'lang-fallback',
      'warning',
    );
  },
};
