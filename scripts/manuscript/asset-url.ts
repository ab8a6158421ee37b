/**
 * How an output refers to a manuscript image. An asset's key is its path in the manuscript, as the
 * file system spells it (`images/Yamysh lake #2.png`); in a URL each segment is percent-encoded
 * (RFC 3986), or a space breaks the reference, `#` starts a fragment and `%` an escape. The image
 * node carries the encoded form from load time on; mdast-util-to-hast keeps a valid escape as it is,
 * so every `<img src>` in the book's hast is that same string, and each renderer finds the asset by
 * decoding it. (A raw-HTML `<img>` written with a plain path decodes to itself.)
 */
import type { Asset } from './types.ts';

/** The URL path of the asset with this key (relative, `/`-separated). */
export function assetUrl(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** The asset an `<img src>` names, if any. */
export function assetForSrc(src: string, assets: ReadonlyMap<string, Asset>): Asset | undefined {
  return assets.get(src) ?? assets.get(decodePath(src));
}

function decodePath(src: string): string {
  return src
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}
