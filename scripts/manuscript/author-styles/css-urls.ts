/**
 * The URLs a CSS value names, found the way a browser's tokeniser finds them (CSS Syntax 3,
 * https://www.w3.org/TR/css-syntax-3/#consume-ident-like-token): every `url()`, and every string
 * directly inside `image-set()` or `src()`, which CSS Images 4 and CSS Values 4 read as URLs too.
 * Escapes are undone first, so `\75 rl(…)` is the `url(…)` it is to a browser. What could still
 * name a URL out of sight (a function name written with escapes, a `var()` inside `image-set()`)
 * is reported as hidden rather than guessed at. postcss parses rules and declarations but not
 * values, and postcss-value-parser would not undo escapes in function names; hence this scanner.
 */

export interface UrlVisitor {
  /** A URL the value names, unescaped; the text to put in its place, or undefined to keep it. */
  url(reference: string, index: number): string | undefined;
  /** Something that may name a URL no scan can see; `what` is its text in the value. */
  hidden(what: string, index: number): void;
}

const token = /((?:[\w-]|\\[0-9a-f]{1,6}\s?|\\[^\n0-9a-f])+)\(|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|\(|\)/gis;
/** The rest of a `url(` token: a quoted string or an unquoted URL, then `)`. */
const urlRest = /\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|((?:[^)"'\s\\]|\\[0-9a-f]{1,6}\s?|\\[^\n0-9a-f])*))\s*\)/ysi;
const urlTaking = new Set(['image-set', '-webkit-image-set', 'src']);

/** `value` with each URL replaced by what `visit.url` returns for it. */
export function rewriteUrls(value: string, visit: UrlVisitor): string {
  /** For each open parenthesis, whether its strings are URLs. */
  const open: boolean[] = [];
  let out = '';
  let kept = 0;
  const replace = (from: number, to: number, replacement: string | undefined) => {
    if (replacement === undefined) return;
    out += value.slice(kept, from) + replacement;
    kept = to;
  };
  token.lastIndex = 0;
  for (let match = token.exec(value); match; match = token.exec(value)) {
    const [whole, name, double, single] = match;
    const index = match.index;
    if (name !== undefined) {
      // A name written with escapes is reported, and what it names is not looked at further.
      const escaped = name.includes('\\');
      if (escaped) visit.hidden(`${name}(`, index);
      const fn = unescapeCss(name).toLowerCase();
      if (fn === 'url') {
        urlRest.lastIndex = token.lastIndex;
        const rest = urlRest.exec(value);
        if (!rest) {
          if (!escaped) visit.hidden('url(', index);
          continue;
        }
        token.lastIndex = urlRest.lastIndex;
        if (!escaped) replace(index, token.lastIndex, visit.url(unescapeCss(rest[1] ?? rest[2] ?? rest[3] ?? '').trim(), index));
        continue;
      }
      if (fn === 'var' && open.at(-1)) visit.hidden('var(', index);
      open.push(urlTaking.has(fn));
    } else if (whole === '(') open.push(false);
    else if (whole === ')') open.pop();
    else if (open.at(-1)) replace(index, token.lastIndex, visit.url(unescapeCss(double ?? single ?? '').trim(), index));
  }
  return out + value.slice(kept);
}

/** CSS text with its escapes undone (CSS Syntax 3, "consume an escaped code point"). */
export function unescapeCss(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})\s?|(\n)|(.))/gis, (_, hex: string | undefined, newline: string | undefined, char: string | undefined) => {
    if (newline !== undefined) return '';
    if (hex === undefined) return char ?? '';
    const code = parseInt(hex, 16);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  });
}
