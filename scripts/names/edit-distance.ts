/**
 * The optimal-string-alignment distance (Damerau–Levenshtein restricted to adjacent
 * transpositions): the fewest insertions, deletions, substitutions or swaps of two neighbouring
 * letters that turn `a` into `b`. "Buccholz" → "Buchholz" is 1; "Bukholz" → "Buchholz" is 2.
 * Works on code points, so Cyrillic and accented letters count once. Stops early once every
 * alignment exceeds `max`, returning `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return codeDistance(codePoints(a), codePoints(b), max);
}

/** The code points of `text` (what `editDistance` compares), for callers that compare one word many times. */
export function codePoints(text: string): Int32Array {
  return Int32Array.from(text, (char) => char.codePointAt(0)!);
}

// Three rows of the dynamic-programming table (two back for transpositions, previous, current),
// reused between calls: the names check compares every candidate word with every known name, and
// allocating rows per call was most of its cost (profile of the 50× manuscript: 550 ms of 2.2 s).
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/** `editDistance` on code points. */
export function codeDistance(s: Int32Array, t: Int32Array, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (rows[0].length <= t.length) rows = [new Int32Array(t.length * 2), new Int32Array(t.length * 2), new Int32Array(t.length * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    const si = s[i - 1]!;
    for (let j = 1; j <= t.length; j++) {
      const cost = si === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length]!;
}

/** How far a word of `length` letters may be from a name and still look like a slip of it. */
export function variantThreshold(length: number): number {
  return length < 9 ? 1 : length < 13 ? 2 : 3;
}
