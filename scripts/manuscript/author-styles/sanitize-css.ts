/**
 * An author's style sheet made safe to carry in every output, with postcss's parser (the CSS
 * Syntax Level 3 tokeniser most tools use): the outputs open offline and load nothing from outside
 * themselves, as the raw-HTML and SVG rules already require. Refused (`css-refused`), each at its
 * place in the style sheet:
 * - `@import` of any kind: a remote one loads from the network, a local one names a file the
 *   outputs would not carry (list it in `css` instead);
 * - a `url()` that is not a `data:` URI or a file of the manuscript, or a file that is neither an
 *   image nor a font; a manuscript file becomes an asset, which each output carries in its own way;
 * - the old script hooks `expression()`, `behavior` and `-moz-binding`.
 * Comments are dropped, and `</` is written `<\/` (the same character in CSS), so the page's inline
 * `<style>` cannot be closed from inside. The result is a list of CSS texts and assets, in order:
 * each renderer writes an asset's `url()` in its own form.
 */
import type { Root } from 'postcss';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';
import type { Asset } from '../types.ts';

export type CssPart = string | Asset;

/** Finds the manuscript file a `url()` names, reporting a refusal itself; undefined when refused. */
export type UrlResolver = (reference: string, place: Position) => Asset | undefined;

const marker = (index: number) => `\u0000asset:${index}\u0000`;
const urlPattern = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)"'\s]*))\s*\)/gi;

export async function sanitizeCss(file: VFile, resolveUrl: UrlResolver): Promise<CssPart[] | undefined> {
  const { default: postcss } = await import('postcss');
  let root: Root;
  try {
    root = postcss.parse(String(file.value), { from: file.path });
  } catch (error) {
    const syntax = error as { name?: string; reason?: string; line?: number; column?: number };
    if (syntax.name !== 'CssSyntaxError') throw error;
    report(file, `This style sheet is not valid CSS: ${syntax.reason ?? 'a syntax error'}; every output would drop rules after it, differently; fix the CSS at this point`, { line: syntax.line ?? 1, column: syntax.column ?? 1 }, 'css-syntax');
    return undefined;
  }
  const place = (node: { source?: { start?: { line: number; column: number; offset: number }; end?: { line: number; column: number; offset: number } } }): Position => {
    const start = node.source?.start ?? { line: 1, column: 1, offset: 0 };
    return { start, end: node.source?.end ?? start };
  };
  const assets: Asset[] = [];
  let refused = false;
  const refuse = (node: Parameters<typeof place>[0], reason: string) => {
    report(file, reason, place(node), 'css-refused');
    refused = true;
  };

  root.walkComments((comment) => void comment.remove());
  root.walkAtRules('import', (rule) => refuse(rule, `\`@import ${rule.params}\` is refused: an output must load nothing from the network, and a style sheet it imports would not be carried with it; download the rules into the manuscript and list the file in \`css\``));
  root.walkDecls((decl) => {
    const prop = decl.prop.toLowerCase();
    if (prop === 'behavior' || prop === '-moz-binding' || /expression\s*\(/i.test(decl.value)) {
      refuse(decl, `\`${decl.prop}: ${decl.value}\` is refused: it runs script in old browsers, and no output runs the author’s scripts; remove it`);
      return;
    }
    decl.value = decl.value.replace(urlPattern, (whole, double?: string, single?: string, bare?: string) => {
      const reference = (double ?? single ?? bare ?? '').replace(/\\(.)/g, '$1');
      if (/^data:/i.test(reference)) return whole;
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) {
        refuse(decl, `\`url(${reference})\` is refused: an output must load nothing from the network, so that it opens offline and the same sources give the same book; download the file into the manuscript and name it by a relative path`);
        return whole;
      }
      if (reference === '' || reference.startsWith('#')) return whole;
      const asset = resolveUrl(reference, place(decl));
      if (!asset) {
        refused = true;
        return whole;
      }
      let index = assets.indexOf(asset);
      if (index === -1) index = assets.push(asset) - 1;
      return `url(${marker(index)})`;
    });
  });
  if (refused) return undefined;
  const css = root.toString().replace(/<\//g, '<\\/');
  return css.split(/\u0000asset:(\d+)\u0000/).map((part, index) => (index % 2 === 1 ? assets[Number(part)]! : part));
}
