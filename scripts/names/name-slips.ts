/**
 * Which known name's word a prose word is a slip of, if any: the decision `name-variant` makes for
 * every capitalised word that is not itself a name's word. Built once per check from the book's
 * name words, and memoised per distinct word: prose repeats its words (in the 50× manuscript 98%
 * of the questions were repeats), and the answer depends on the word alone.
 *
 * The tests, cheapest first (the report is the same whatever the order, as every one must pass):
 *   - a longer or shorter form of a name's word (`Dzungaria`, `Dzungars` beside `Dzungar`) is no slip;
 *   - the nearest name's word within `variantThreshold` (only words of a near length can be);
 *   - an English word is no slip ("Baton" beside "Batur"), asked last because it reads a word list.
 */
import { codeDistance, codePoints, variantThreshold } from './edit-distance.ts';
import { isEnglishWord } from './english-words.ts';

export type SlipFinder = (key: string) => string | undefined;

/** `known`: the lower-cased words of the known names that are long enough to be compared. */
export function slipFinder(known: readonly string[]): SlipFinder {
  const names = known.map((name) => ({ name, codes: codePoints(name) }));
  const answers = new Map<string, string | undefined>();
  return (key) => {
    if (answers.has(key)) return answers.get(key);
    const answer = find(key);
    answers.set(key, answer);
    return answer;
  };

  function find(key: string): string | undefined {
    if (known.some((name) => name.startsWith(key) || key.startsWith(name))) return undefined;
    const codes = codePoints(key);
    const limit = variantThreshold(codes.length);
    let best: { name: string; distance: number } | undefined;
    for (const { name, codes: other } of names) {
      // A difference in length alone costs that many edits.
      if (Math.abs(other.length - codes.length) > limit) continue;
      const distance = codeDistance(codes, other, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
    }
    return best && !isEnglishWord(key) ? best.name : undefined;
  }
}
