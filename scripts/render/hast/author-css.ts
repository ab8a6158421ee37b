/**
 * The author's style sheets (`css:`, the deck's `deck.css`) as each output writes them: after Triptych's own rules, so
 * that at equal specificity the author's win (CSS Cascading 4, order of appearance). Each
 * manuscript file a `url()` named (sanitize-css.ts) is written in the output's form: a `data:` URI
 * in the standalone page, a path in the EPUB and the deck.
 */
import type { AuthorStyle, AuthorStyles } from '../../manuscript/author-styles/load-author-styles.ts';
import type { StyledOutput } from '../../manuscript/schema/look.ts';
import type { Asset } from '../../manuscript/types.ts';

/** The style sheets given to `output`, in the order the front matter lists them. */
export function stylesFor(styles: AuthorStyles | undefined, output: StyledOutput): readonly AuthorStyle[] {
  return styles?.[output] ?? [];
}

/** One style sheet's text, each asset's `url()` pointing where `url` says. */
export function authorCssText(style: AuthorStyle, url: (asset: Asset) => string): string {
  const text = style.parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(url(part)))).join('');
  return `/* The author's style sheet \`${style.path.replace(/\*\//g, '* /')}\` (book.md). */\n${text}\n`;
}

/** A `data:` URI of an asset (RFC 2397), for the standalone page. */
export function dataUri(asset: Asset): string {
  return `data:${asset.mediaType};base64,${Buffer.from(asset.data).toString('base64')}`;
}
