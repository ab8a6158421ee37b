/**
 * Images named in the text (`![alt](images/map.png)`), read at load time. A path resolves from the
 * file that names it, then from the book's folder, and must stay inside the manuscript directory (paths.ts); its bytes must be
 * an image format every output can carry (EPUB 3 core media types: PNG, JPEG, GIF, SVG, WebP).
 * The asset key is the path relative to the manuscript (POSIX separators); the node's `url` becomes
 * its URL form (asset-url.ts), which each renderer maps back to the asset.
 */
import { readFileSync, statSync } from 'node:fs';
import { limits } from './limits.ts';
import { dirname, relative, sep } from 'node:path';
import type { Heading, Image, ImageReference, Root } from 'mdast';
import type { Position } from 'unist';
import { definitions } from 'mdast-util-definitions';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { assetUrl } from './asset-url.ts';
import { resolveReported } from './paths.ts';
import { svgImageProblems, withoutDoctype } from './svg-image.ts';
import type { Asset } from './types.ts';

/** Media types by signature; the extension alone would let a renamed file through. */
export function sniffImage(data: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => data[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && data[8] === 0x57 && data[9] === 0x45 && data[10] === 0x42 && data[11] === 0x50) return 'image/webp';
  const head = Buffer.from(data.subarray(0, 512)).toString('utf8');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>[]*(\[[\s\S]*?\])?\s*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

export function collectAssets(root: string, file: VFile, tree: Root, assets: Map<string, Asset>): void {
  const base = file.path ? dirname(file.path) : root;
  resolveImageReferences(tree);
  /** Reads the image at `url` (as written) into `assets`; its URL form, or undefined when it is refused (and reported). */
  const load = (url: string, place: Position | undefined): string | undefined => {
    // From the chapter's folder, then the book's, as pandoc's resource path reads them.
    const path = resolveReported(root, url, file, place, 'image', [base, root]);
    if (!path) return undefined;
    const key = relative(root, path).split(sep).join('/');
    if (assets.has(key)) return assetUrl(key);
    if (statSync(path).size > limits.imageBytes) {
      report(file, `The image \`${url}\` is over ${limits.imageBytes / 1024 / 1024} MB: e-readers and phones choke on such files, and builds must stay bounded; scale it down`, place, 'file-too-large');
      return undefined;
    }
    const data = new Uint8Array(readFileSync(path));
    const mediaType = sniffImage(data);
    if (!mediaType) {
      report(file, `The image \`${url}\` is not a PNG, JPEG, GIF, WebP or SVG file: e-readers only display these formats (EPUB 3 core media types); convert it to PNG or JPEG`, place, 'image-type');
      return undefined;
    }
    if (mediaType === 'image/svg+xml') {
      const problems = svgImageProblems(data);
      for (const problem of problems) report(file, `The SVG image \`${url}\` ${problem.reason}`, place, problem.ruleId);
      if (problems.length > 0) return undefined;
    }
    assets.set(key, { path: key, mediaType, data: mediaType === 'image/svg+xml' ? withoutDoctype(data) : data });
    return assetUrl(key);
  };
  visit(tree, 'image', (node: Image) => {
    const place = node.position;
    if (!node.alt || node.alt.trim() === '') {
      report(file, `The image \`${node.url}\` has no alt text: readers who cannot see it (screen readers, text-only e-readers) get nothing; describe what it shows between the brackets, \`![what the image shows](${node.url})\``, place, 'image-alt-missing');
    }
    const url = load(node.url, place);
    if (url !== undefined) node.url = url;
  });
  // A slide's background picture (`## Title {background-image="x.png"}`, pandoc's and reveal.js's
  // attribute) is a manuscript image like any other: read, checked and carried into the deck.
  visit(tree, 'heading', (node: Heading) => {
    const pairs = node.data?.attributes?.pairs;
    if (!pairs) return;
    for (const pair of pairs) {
      if (!/^(data-)?background-image$/i.test(pair[0])) continue;
      const url = load(pair[1], node.data?.attributes?.position ?? node.position);
      if (url !== undefined) pair[1] = url;
    }
  });
}

/**
 * A reference-style image (`![a map][irtysh]` with `[irtysh]: images/irtysh.png` elsewhere) becomes
 * the plain image it stands for, at the reference's place, so it is checked, read and carried like
 * any other (it used to reach the outputs as an `<img>` no renderer recognised, and vanish). A
 * reference with no definition stays what Markdown makes of it: its text.
 */
function resolveImageReferences(tree: Root): void {
  const definition = definitions(tree);
  visit(tree, 'imageReference', (node: ImageReference, index, parent) => {
    const target = definition(node.identifier);
    if (!target || !parent || index === undefined) return;
    const image: Image = { type: 'image', url: target.url, title: target.title ?? null, alt: node.alt ?? '', ...(node.position ? { position: node.position } : {}) };
    parent.children[index] = image;
  });
}
