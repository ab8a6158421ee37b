/**
 * Where each manuscript image goes in the EPUB: `images/<name>`, under a name of ASCII letters,
 * digits, `.`, `-` and `_`, whatever the manuscript calls the file. EPUBCheck warns about spaces
 * (PKG-010) and, decoding `%23` before it splits off a fragment, cannot find a file with `#` in its
 * name (RSC-007); some reading systems resolve escaped names no better. The page and the deck keep
 * the manuscript's names: a browser has no such trouble.
 *
 * The extension is the one of the image's format.
 * Names are given in the order images are first shown (chapter by chapter), so the same book gets
 * the same names; two files that clean to one name get `-2`, `-3` before the extension.
 */
import type { Asset } from '../../manuscript/types.ts';

const extensions: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };

export class ImageFiles {
  private readonly byAsset = new Map<Asset, string>();
  private readonly taken = new Set<string>();

  /** The image's path in the package, relative to the package document's directory. */
  path(asset: Asset): string {
    let path = this.byAsset.get(asset);
    if (path === undefined) {
      const name = asset.path.slice(asset.path.lastIndexOf('/') + 1);
      const dot = name.lastIndexOf('.');
      const clean = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
      const stem = clean(dot > 0 ? name.slice(0, dot) : name);
      // The extension of what the file is (its bytes were sniffed at load), not of what it was called:
      // EPUBCheck warns when the two disagree (PKG-022: a PNG named `.jpg`).
      const extension = extensions[asset.mediaType] ?? (dot > 0 ? clean(name.slice(dot + 1)).toLowerCase() : '');
      const base = /[A-Za-z0-9]/.test(stem) ? stem : 'image';
      for (let n = 1; path === undefined || this.taken.has(path.toLowerCase()); n++) {
        path = `images/${base}${n > 1 ? `-${n}` : ''}${extension ? `.${extension}` : ''}`;
      }
      this.taken.add(path.toLowerCase());
      this.byAsset.set(asset, path);
    }
    return path;
  }
}
