/**
 * An author's style sheet made safe to carry in every output (page, EPUB, deck), with postcss's
 * parser (the CSS Syntax Level 3 tokeniser most tools use, https://postcss.org/api/), which keeps
 * each node's position. The outputs open offline, load nothing from outside themselves and run no
 * script, as the raw-HTML and SVG rules already require. Each problem is reported at its line and
 * column in the style sheet:
 * - a style sheet that does not parse (`css-invalid`): every browser would drop rules from there on,
 *   each differently;
 * - a local `@import` is read (inside the manuscript only) and put in its place, in an `@media`
 *   block when it names media; an `@import` naming no file, or one that imports itself, is
 *   `css-invalid`; a remote one is `path-remote` (the caller's resolver says so);
 * - a `url()` (or a string in `image-set()`, css-urls.ts) is a `data:` URI, kept, or a manuscript
 *   file, which becomes an asset each output carries in its own form; a remote one is `path-remote`;
 * - what runs script in some browser (`expression()`, `behavior`, `-moz-binding`, a `javascript:`
 *   or `vbscript:` URL), and what hides a URL from these checks (names written with escapes, a
 *   `var()` inside `image-set()`), is `css-unsafe`.
 * Comments are dropped, and `</` is written `<\/` (the same characters in CSS), so the page's
 * inline `<style>` cannot be closed from inside. The result is a list of CSS texts and assets, in
 * order: each renderer writes an asset's `url()` in its own form (render/hast/author-css.ts).
 */
import type { AtRule, ChildNode, Declaration, Root } from 'postcss';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';
import type { Asset } from '../types.ts';
import { rewriteUrls, unescapeCss } from './css-urls.ts';

export type CssPart = string | Asset;

/** What the sanitiser asks of the manuscript; each reports its own refusals on `from`. */
export interface CssFiles {
  /** The manuscript file a `url()` of `from` names, as an image or font asset; undefined when refused. */
  asset(reference: string, place: Position, from: VFile): Asset | undefined;
  /** The style sheet an `@import` of `from` names, read; undefined when refused. */
  sheet(reference: string, place: Position, from: VFile): Promise<VFile | undefined>;
}

const marker = (index: number) => `\u0000asset:${index}\u0000`;
const scriptUrl = /^\s*(javascript|vbscript):/i;

/** The sanitised style sheet of `file`, or undefined when anything in it (or what it imports) was refused. */
export async function sanitizeCss(file: VFile, files: CssFiles): Promise<CssPart[] | undefined> {
  const { default: postcss } = await import('postcss');
  const assets: Asset[] = [];
  let refused = false;
  const refuse = (from: VFile, reason: string, place: Position, ruleId: string) => {
    report(from, reason, place, ruleId);
    refused = true;
  };

  const sheet = async (from: VFile, importing: readonly string[]): Promise<Root | undefined> => {
    let root: Root;
    try {
      // CSS Syntax 3 turns U+0000 into U+FFFD; here that also keeps the asset markers the sanitiser's own.
      root = postcss.parse(String(from.value).replace(/\u0000/g, '\uFFFD'), { from: from.path });
    } catch (error) {
      const syntax = error as { name?: string; reason?: string; line?: number; column?: number };
      if (syntax.name !== 'CssSyntaxError') throw error;
      const point = { line: syntax.line ?? 1, column: syntax.column ?? 1 };
      refuse(from, `This style sheet is not valid CSS (${syntax.reason ?? 'a syntax error'}): every output would drop rules from here on, each differently; fix the CSS at this point`, { start: point, end: point }, 'css-invalid');
      return undefined;
    }
    root.walkComments((comment) => void comment.remove());
    // Declarations first: an imported sheet's come in already done, with its own folder's paths.
    root.walkDecls((decl) => declaration(from, decl));
    const imports: AtRule[] = [];
    root.walkAtRules((rule) => {
      // `@i\6dport` is an `@import` to a browser (postcss reads the name as `i`): refused, not decoded.
      if (rule.name.includes('\\') || (rule.raws.afterName === '' && rule.params.startsWith('\\'))) {
        refuse(from, `\`@${rule.name}${rule.params.split(/\s/)[0]}\` is an at-rule name written with escapes, which hides what it does from the checks that keep the outputs offline; write it plainly`, nodePlace(rule), 'css-unsafe');
      } else if (rule.name.toLowerCase() === 'import') imports.push(rule);
    });
    for (const rule of imports) await inline(from, rule, importing);
    return root;
  };

  /** Puts the sheet an `@import` names in its place (CSS Cascading 4: the same order of appearance). */
  const inline = async (from: VFile, rule: AtRule, importing: readonly string[]) => {
    const place = nodePlace(rule);
    const parsed = /^(?:url\(\s*(["']?)(.*?)\1\s*\)|(["'])(.*?)\3)\s*(.*)$/s.exec(rule.params.trim());
    const target = parsed?.[2] ?? parsed?.[4];
    const conditions = parsed?.[5]?.trim() ?? '';
    if (target === undefined || target === '' || /^data:/i.test(target)) {
      refuse(from, `\`@import ${rule.params}\` names no file of the manuscript: write \`@import "other.css";\` with a path relative to this style sheet`, place, 'css-invalid');
      return rule.remove();
    }
    if (/^(layer|supports)\s*\(|^layer\b/i.test(conditions)) {
      refuse(from, `\`@import … ${conditions}\`: Triptych puts the imported rules in place of the \`@import\`, and keeps media queries but not layers or \`supports()\`; wrap the rules in \`@layer\` or \`@supports\` in the imported file instead`, place, 'css-invalid');
      return rule.remove();
    }
    if (scriptUrl.test(target)) {
      refuse(from, `\`@import ${rule.params}\` runs script; no output runs the author’s scripts: remove it`, place, 'css-unsafe');
      return rule.remove();
    }
    const inner = await files.sheet(target, place, from);
    if (!inner) {
      refused = true;
      return rule.remove();
    }
    const chain = [...importing, from.path];
    if (chain.includes(inner.path)) {
      refuse(from, `The style sheet \`${target}\` imports itself (${[...chain, inner.path].map((path) => `\`${path.replace(/.*[\\/]/, '')}\``).join(' → ')}): the import would never end; remove one of the imports`, place, 'css-invalid');
      return rule.remove();
    }
    const root = await sheet(inner, chain);
    if (!root) return rule.remove();
    const nodes: ChildNode[] = root.nodes.slice();
    if (conditions) rule.replaceWith(postcss.atRule({ name: 'media', params: conditions, nodes }));
    else rule.replaceWith(nodes);
  };

  /** Refuses script in a declaration; turns each `url()` into a marker for its asset. */
  const declaration = (from: VFile, decl: Declaration) => {
    const prop = unescapeCss(decl.prop).toLowerCase();
    if (prop === 'behavior' || prop === '-moz-binding' || /\bexpression\s*\(/i.test(decl.value)) {
      refuse(from, `\`${decl.prop}: ${decl.value.slice(0, 60)}\` runs script in old browsers; no output runs the author’s scripts: remove it`, nodePlace(decl), 'css-unsafe');
      return;
    }
    // What was scanned is what is written: the value without its comments.
    delete decl.raws.value;
    const valueStart = decl.prop.length + (decl.raws.between ?? ':').length;
    const placeAt = (index: number): Position => {
      const point = decl.positionInside(valueStart + index);
      return { start: point, end: point };
    };
    decl.value = rewriteUrls(decl.value, {
      hidden(what, index) {
        refuse(from, `\`${what}\` in \`${decl.prop}\` may name a file or a URL out of sight of the checks that keep the outputs offline and free of script; write \`url(…)\` plainly, without escapes or \`var()\``, placeAt(index), 'css-unsafe');
      },
      url(reference, index) {
        if (reference === '' || reference.startsWith('#') || /^data:/i.test(reference)) return undefined;
        if (scriptUrl.test(reference)) {
          refuse(from, `The URL \`${reference.slice(0, 40)}\` runs script; no output runs the author’s scripts: remove it`, placeAt(index), 'css-unsafe');
          return undefined;
        }
        const asset = files.asset(reference, placeAt(index), from);
        if (!asset) {
          refused = true;
          return undefined;
        }
        let at = assets.indexOf(asset);
        if (at === -1) at = assets.push(asset) - 1;
        return `url(${marker(at)})`;
      },
    });
  };

  const root = await sheet(file, []);
  if (!root || refused) return undefined;
  const css = root.toString().replace(/<\//g, '<\\/');
  return css.split(/\u0000asset:(\d+)\u0000/).map((part, index) => (index % 2 === 1 ? assets[Number(part)]! : part));
}

function nodePlace(node: { source?: { start?: { line: number; column: number }; end?: { line: number; column: number } } | undefined }): Position {
  const start = node.source?.start ?? { line: 1, column: 1 };
  return { start: { line: start.line, column: start.column }, end: node.source?.end ? { line: node.source.end.line, column: node.source.end.column } : { line: start.line, column: start.column } };
}
