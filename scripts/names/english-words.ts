/**
 * English words (the `word-list` package, about 274,000 lower-case words): a prose word that is
 * one is never reported as a misspelt name ("Baton" is not a slip of "Batur"). Read once, lazily.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
