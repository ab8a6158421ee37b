/**
 * A stylesheet of the author's (`deck.css`), read at load time and made safe to ship, the way raw
 * HTML is (render/hast/sanitize.ts): the outputs never load anything from the network and never
 * run script, so
 * - an `@import` or `url()` with a scheme (`https:`, `//host`) is refused (`path-remote`): nothing
 *   is fetched, builds stay offline and reproducible;
 * - a local `@import` is read (inside the manuscript only) and put in its place, and a local
 *   `url()` (an image, a font) is read and inlined as a `data:` URI, so the result is one file
 *   that needs nothing beside it;
 * - what made old browsers run script from CSS (`expression()`, `behavior`, `-moz-binding`,
 *   `javascript:` URLs) is refused (`css-unsafe`);
 * - a stylesheet that does not parse is refused (`css-invalid`).
 * Every message points at the line and column in the CSS file. PostCSS parses it
 * (https://postcss.org/api/), keeping each node's position.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, relative, sep } from 'node:path';
import postcss, { CssSyntaxError, type AtRule, type Declaration, type Root } from 'postcss';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { report } from '../diagnostics/report.ts';
import { limits } from './limits.ts';
import { resolveInside, resolveReported } from './paths.ts';
import type { Asset, Manuscript } from './types.ts';

export const cssMediaType = 'text/css';

/** What a local `url()` may name, by extension: images and fonts every browser shows. */
const inlineTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export interface LoadedCss {
  /** The CSS files read (the stylesheet and what it imports), for their messages. */
  files: VFile[];
  /** The stylesheet as one safe file, under its manuscript path; undefined when it has errors. */
  asset: Asset | undefined;
}

/** Reads a text file of the manuscript within its bounds (pipeline/read-bounded.ts). */
export type ReadText = (path: string) => Promise<{ file: VFile; refused: boolean }>;

/** Reads the stylesheet at `path` (already resolved inside `root`) and everything it uses. */
export async function loadAuthorCss(root: string, path: string, read: ReadText): Promise<LoadedCss> {
  const files: VFile[] = [];
  const css = await sheet(root, path, read, files, []);
  const key = relative(root, path).split(sep).join('/');
  const failed = files.some((file) => file.messages.some((message) => message.fatal));
  return { files, asset: css === undefined || failed ? undefined : { path: key, mediaType: cssMediaType, data: new TextEncoder().encode(css) } };
}

async function sheet(root: string, path: string, read: ReadText, files: VFile[], importing: string[]): Promise<string | undefined> {
  const { file, refused } = await read(path);
  files.push(file);
  if (refused) return undefined;
  let tree: Root;
  try {
    tree = postcss.parse(String(file.value), { from: path });
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    report(file, `This stylesheet does not parse (${error.reason}): a browser would drop the rules from here on; fix the syntax at the position shown`, point(error.line, error.column), 'css-invalid');
    return undefined;
  }
  const imports: AtRule[] = [];
  tree.walkAtRules('import', (rule) => {
    imports.push(rule);
  });
  for (const rule of imports) {
    const parsed = /^(?:url\(\s*(["']?)(.*?)\1\s*\)|(["'])(.*?)\3)\s*(.*)$/s.exec(rule.params.trim());
    const target = parsed?.[2] ?? parsed?.[4];
    const place = at(rule.source?.start);
    if (target === undefined) {
      report(file, `This \`@import\` names no file: write \`@import "other.css";\``, place, 'css-invalid');
      continue;
    }
    const resolved = resolveReported(root, target, file, place, 'imported stylesheet', dirname(path));
    if (!resolved) continue;
    if (importing.includes(resolved) || resolved === path) {
      report(file, `The stylesheet \`${target}\` imports itself (through \`${[...importing, path].map((p) => relative(root, p)).join('` → `')}\`): the import would never end; remove one of the imports`, place, 'css-invalid');
      continue;
    }
    const inner = await sheet(root, resolved, read, files, [...importing, path]);
    if (inner === undefined) continue;
    const media = parsed?.[5]?.trim();
    const nodes = postcss.parse(inner).nodes;
    if (media) rule.replaceWith(postcss.atRule({ name: 'media', params: media, nodes }));
    else rule.replaceWith(nodes);
  }
  tree.walkDecls((decl) => declaration(root, path, file, decl));
  return tree.toString();
}

/** Refuses script in a declaration; inlines its local `url()`s and refuses remote ones. */
function declaration(root: string, path: string, file: VFile, decl: Declaration): void {
  const prop = decl.prop.toLowerCase();
  const place = at(decl.source?.start);
  if (prop === 'behavior' || prop === '-moz-binding' || /\bexpression\s*\(/i.test(decl.value)) {
    report(file, `\`${decl.prop}: ${decl.value.slice(0, 40)}\` runs script in old browsers; the outputs never run the author’s script: remove it`, place, 'css-unsafe');
    return;
  }
  if (!/url\(|image-set\(/i.test(decl.value)) return;
  const text = decl.toString();
  decl.value = decl.value.replace(/url\(\s*(["']?)(.*?)\1\s*\)|(image-set\()\s*(["'])(.*?)\4/gis, (whole: string, _q: string, urlTarget: string | undefined, imageSet: string | undefined, _q2: string, setTarget: string | undefined) => {
    const target = (urlTarget ?? setTarget ?? '').trim();
    const index = text.indexOf(whole);
    const where = index >= 0 ? decl.positionInside(index) : decl.source?.start;
    const inlined = inline(root, path, file, target, at(where));
    if (inlined === undefined) return whole;
    return imageSet ? `image-set(url("${inlined}")` : `url("${inlined}")`;
  });
}

/** The `data:` URI for a local file; undefined (with a message) when it cannot be, or for a target kept as written. */
function inline(root: string, path: string, file: VFile, target: string, place: Position | undefined): string | undefined {
  if (target === '' || target.startsWith('#') || /^data:/i.test(target)) return undefined;
  if (/^(javascript|vbscript):/i.test(target)) {
    report(file, `The URL \`${target.slice(0, 40)}\` runs script; the outputs never run the author’s script: remove it`, place, 'css-unsafe');
    return undefined;
  }
  const resolved = resolveReported(root, target, file, place, 'file', dirname(path));
  if (!resolved) return undefined;
  const type = inlineTypes[extname(resolved).toLowerCase()];
  if (!type) {
    report(file, `\`${target}\` is not an image or font every browser shows (PNG, JPEG, GIF, WebP, SVG, WOFF, WOFF2, TTF, OTF): convert it`, place, 'image-type');
    return undefined;
  }
  if (statSync(resolved).size > limits.imageBytes) {
    report(file, `\`${target}\` is over ${limits.imageBytes / 1024 / 1024} MB: builds must stay bounded; scale it down`, place, 'file-too-large');
    return undefined;
  }
  return `data:${type};base64,${readFileSync(resolved).toString('base64')}`;
}

function at(start: { line: number; column: number } | undefined): Position | undefined {
  return start ? { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column } } : undefined;
}

function point(line: number | undefined, column: number | undefined): Position | undefined {
  return line === undefined ? undefined : at({ line, column: column ?? 1 });
}

/** The deck's stylesheet as the load stage made it (`deck.css`), if the book names one. */
export function authorCssAsset(manuscript: Manuscript): Asset | undefined {
  const reference = manuscript.book.deck.css;
  if (reference === undefined) return undefined;
  const resolved = resolveInside(manuscript.dir, reference);
  const asset = resolved.ok ? manuscript.assets.get(relative(manuscript.dir, resolved.path).split(sep).join('/')) : undefined;
  if (asset?.mediaType !== cssMediaType) throw new Error(`The stylesheet \`${reference}\` passed the load stage but is not among the assets`);
  return asset;
}
