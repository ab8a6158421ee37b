/**
 * Whether a book that names no `lang` reads as English, the language pandoc, Quarto and Triptych
 * then give it. An English book needs no warning (pandoc's own manual declares none); a Russian
 * or German one left without `lang` would be hyphenated, quoted and spoken by screen readers as
 * English, so its author hears of it (`lang-missing`).
 *
 * Written by hand: a language identifier (franc and its trigram tables, ~1 MB) would name the
 * language, but the question is only "English or not", which two counts answer: how many letters
 * are Latin, and how often English's commonest words occur (a fifth to a third of the words of any
 * English prose, a few in a hundred in other languages written in Latin letters).
 */

/** The commonest English words, none of them common in other languages written in Latin letters. */
const englishWords = new Set(['the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'are', 'this', 'by', 'be', 'or', 'which', 'from', 'have', 'not', 'you', 'an', 'on', 'at']);

/** Below these, the text says too little to tell, and the book is left English without a word. */
const fewestLetters = 40;
const fewestWords = 40;

export type LanguageGuess = { english: true } | { english: false; why: string };

/** `markdown`: the book's files as written; code, URLs and front matter are set aside first. */
export function guessEnglish(markdown: string): LanguageGuess {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n(---|\.\.\.)\n/, '')
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<[^>\n]*>|\]\([^)\n]*\)|https?:\/\/\S+/g, ' ');
  const letters = prose.match(/\p{L}/gu) ?? [];
  if (letters.length < fewestLetters) return { english: true };
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin < letters.length / 2) {
    const share = Math.round((100 * (letters.length - latin)) / letters.length);
    return { english: false, why: `${share}% of its letters are not Latin` };
  }
  const words = prose.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length < fewestWords) return { english: true };
  const common = words.filter((word) => englishWords.has(word)).length;
  if (common / words.length >= 0.08) return { english: true };
  return { english: false, why: `${Math.round((100 * common) / words.length)}% of its words are English’s commonest, “the”, “of”, “and”…, a fifth or more of English prose` };
}
