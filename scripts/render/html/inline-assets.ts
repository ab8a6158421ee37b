/**
 * Images become `data:` URIs (RFC 2397), so the page is one file that opens anywhere, offline.
 * An image's `src` is a key of `manuscript.assets` (load time resolved it inside the manuscript);
 * the same key in raw HTML is honoured too. Any other `src` (a raw-HTML path Triptych never read)
 * is dropped, leaving the alt text: the page must not point at files beside it.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Asset } from '../../manuscript/types.ts';
import { assetForSrc } from '../../manuscript/asset-url.ts';

export function inlineAssets(tree: Root | Element, assets: ReadonlyMap<string, Asset>): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'img') return;
    const src = String(node.properties['src'] ?? '');
    const asset = assetForSrc(src, assets);
    if (asset) node.properties['src'] = dataUri(asset);
    else if (!src.startsWith('data:image/')) delete node.properties['src'];
  });
}

function dataUri(asset: Asset): string {
  return `data:${asset.mediaType};base64,${Buffer.from(asset.data).toString('base64')}`;
}
