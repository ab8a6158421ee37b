/**
 * English words (the `word-list` package, about 274,000 lower-case words): a prose word that is
 * one is never reported as a misspelt name ("Baton" is not a slip of "Batur"). Read once, lazily.
 *
 * The names check asks only about words that are already near a known name (a handful per book;
 * none in the flagship), so the list is not turned into a Set up front: that split and Set cost
 * 200 ms of a 400 ms cold check. The first `scanQuestions` questions search the list's text
 * (about 1 ms each); a manuscript that asks more gets the Set, so the worst case stays what it was.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../resources.ts';

/** Questions answered by searching the text before the Set is worth building. */
export const scanQuestions = 32;

let text: string | undefined;
let words: Set<string> | undefined;
let asked = 0;

export function isEnglishWord(word: string): boolean {
  const key = word.toLowerCase();
  if (words) return words.has(key);
  // One word a line, no `\r` (checked by tests/names.test.ts); the newlines around the text
  // let the first and the last word match as whole lines too.
  text ??= `\n${readFileSync(packagePath('word-list', 'words.txt'), 'utf8')}\n`;
  if (++asked > scanQuestions) {
    words = new Set(text.split('\n'));
    text = undefined;
    return words.has(key);
  }
  return !key.includes('\n') && text.includes(`\n${key}\n`);
}
