/**
 * Pandoc attributes as hast properties, the way pandoc's HTML writer writes them
 * (https://pandoc.org/MANUAL.html#extension-link_attributes): the id and the classes as
 * themselves; a key that is an HTML attribute (`title`, `lang`, `dir`, `width`, `height`, `alt`…),
 * starts with `data-` or `aria-`, or holds a `:` (`epub:type`) as itself; any other key as `data-<key>`. An image's `width` and `height` in pixels (`30`,
 * `20px`) become those attributes; in another unit (`50%`, `3cm`) a `style` of just that
 * dimension, as pandoc does, since HTML's `width` takes pixels only. What the book's HTML does not
 * keep (`style`, `on…`) is still passed on: the sanitizer removes it and the raw-HTML check tells
 * the author, as for raw HTML.
 */
import type { Properties } from 'hast';
import { find, html } from 'property-information';
import type { Attributes } from '../../manuscript/nodes.ts';

/** `tagName` is the element the attributes land on (`img` treats `width`/`height` specially). */
export function attributesToProperties(attributes: Attributes, tagName?: string): Properties {
  const properties: Properties = {};
  if (attributes.id) properties['id'] = attributes.id;
  if (attributes.classes.length > 0) properties['className'] = [...attributes.classes];
  const styles: string[] = [];
  for (const [key, value] of attributes.pairs) {
    if (tagName === 'img' && (key === 'width' || key === 'height')) {
      const pixels = /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value);
      if (pixels) properties[key] = Math.round(Number(pixels[1]));
      else if (/^\d+(?:\.\d+)?(?:%|cm|mm|in|inch)$/.test(value)) styles.push(`${key}:${value.replace(/inch$/, 'in')}`);
      else properties[dataProperty(key)] = value;
      continue;
    }
    properties[htmlProperty(key) ?? (/^(?:data|aria)-|:/.test(key) ? find(html, key).property : dataProperty(key))] = value;
  }
  if (styles.length > 0) properties['style'] = styles.join(';');
  return properties;
}

/** The property of an attribute HTML defines (property-information's schema), case-insensitively. */
function htmlProperty(key: string): string | undefined {
  return html.normal[key.toLowerCase()];
}

function dataProperty(key: string): string {
  return find(html, `data-${key}`).property;
}
