/**
 * The optimal-string-alignment distance (Damerau–Levenshtein restricted to adjacent
 * transpositions): the fewest insertions, deletions, substitutions or swaps of two neighbouring
 * letters that turn `a` into `b`. "Buccholz" → "Buchholz" is 1; "Bukholz" → "Buchholz" is 2.
 * Works on code points, so Cyrillic and accented letters count once. Stops early once every
 * alignment exceeds `max`, returning `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  // Three rows of the dynamic-programming table: two back (for transpositions), previous, current.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/** How far a word of `length` letters may be from a name and still look like a slip of it. */
export function variantThreshold(length: number): number {
  return length < 9 ? 1 : length < 13 ? 2 : 3;
}
