/**
 * A paragraph that pandoc's `raw_tex` (https://pandoc.org/MANUAL.html#extension-raw_tex) reads as
 * raw TeX: nothing but TeX commands (`\newpage`, `\clearpage`, `\vspace{2em}`, `\setlength{\parskip}{0pt}`),
 * or one environment from `\begin{name}` to `\end{name}`. Read from the source: Markdown would
 * have taken `\\` and `\{` as escapes. Returns how to name it in a warning (`raw TeX \`\newpage\``),
 * or undefined for a paragraph of prose. TeX inside a sentence (`see \cite{x}`) is left as text:
 * it is shown, not lost.
 */
import type { Paragraph } from 'mdast';

const command = String.raw`\\[A-Za-z]+\*?(?:\s*\[[^\]\n]*\])*(?:\s*\{(?:[^{}\n]|\{[^{}\n]*\})*\})*`;
const commandsOnly = new RegExp(String.raw`^(?:${command}\s*)+$`);
const environment = /^\\begin\{([A-Za-z*]+)\}[\s\S]*\\end\{\1\}$/;

export function rawTex(paragraph: Paragraph, source: string): string | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined || source[start] !== '\\') return undefined;
  const text = source.slice(start, end).trim();
  const env = environment.exec(text);
  if (env) return `the raw TeX environment \`${env[1]}\``;
  if (!commandsOnly.test(text)) return undefined;
  const names = [...new Set(text.match(/\\[A-Za-z]+/g) ?? [])];
  return `raw TeX ${names.map((name) => `\`${name}\``).join(', ')}`;
}
