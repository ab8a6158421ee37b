/**
 * Pandoc attributes as hast properties, the way pandoc's HTML writer writes them
 * (https://pandoc.org/MANUAL.html#extension-link_attributes): the id and the classes as themselves,
 * a key that is an HTML attribute as itself, any other key as `data-<key>` (a key already starting
 * with `data-` or `aria-`, or holding a `:` such as `epub:type`, as itself). An image's `width` and
 * `height` in pixels (`30`, `20px`) become those attributes; in another unit (`50%`, `3cm`) a
 * `style` of just that dimension, as pandoc does, since HTML's `width` takes pixels only.
 *
 * One difference from pandoc, so that the EPUB stays valid: an HTML attribute that the element it
 * lands on does not have (`width` on a `div`, `href` on a `span`) becomes `data-<key>` instead of
 * an invalid attribute. Event handlers (`onclick`), `style` and `srcdoc` are passed on as
 * themselves, so that the sanitizer removes them and the raw-HTML check tells the author, exactly
 * as for raw HTML.
 */
import type { Properties } from 'hast';
import { find, html } from 'property-information';
import type { Attributes } from '../../manuscript/nodes.ts';

/** Attributes every element has (HTML's global attributes that a book can use). */
const global = new Set(['dir', 'lang', 'title', 'translate', 'role', 'tabindex', 'accesskey']);
/** Attributes of the elements attributes are written on. */
const ofElement: Record<string, ReadonlySet<string>> = {
  a: new Set(['hreflang', 'rel', 'target', 'type', 'download', 'ping', 'referrerpolicy']),
  img: new Set(['loading', 'decoding', 'srcset', 'sizes', 'crossorigin', 'referrerpolicy']),
};
/** Passed on as written for the sanitizer to remove and the check to report. */
const reported = /^(?:on.+|style|srcdoc)$/i;

/** `tagName`: the element the attributes land on. */
export function attributesToProperties(attributes: Attributes, tagName: string): Properties {
  const properties: Properties = {};
  if (attributes.id) properties['id'] = attributes.id;
  if (attributes.classes.length > 0) properties['className'] = [...attributes.classes];
  const styles: string[] = [];
  for (const [key, value] of attributes.pairs) {
    const name = key.toLowerCase();
    if (tagName === 'img' && (name === 'width' || name === 'height')) {
      const pixels = /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value);
      if (pixels) properties[name] = Math.round(Number(pixels[1]));
      else if (/^\d+(?:\.\d+)?(?:%|cm|mm|in|inch)$/.test(value)) styles.push(`${name}:${value.replace(/inch$/, 'in')}`);
      else properties[dataProperty(key)] = value;
      continue;
    }
    const asWritten = global.has(name) || ofElement[tagName]?.has(name) || reported.test(name) || /^(?:data|aria)-|:/.test(name);
    const htmlName = html.normal[name];
    properties[asWritten ? (htmlName ?? find(html, key).property) : dataProperty(key)] = value;
  }
  if (styles.length > 0) properties['style'] = [properties['style'], styles.join(';')].filter(Boolean).join(';');
  return properties;
}

function dataProperty(key: string): string {
  return find(html, `data-${key}`).property;
}
