/**
 * Links whose text is their own address (`https://…` written out, as a bibliography entry does):
 * - marked with the class `bare-url`, so print, which writes out link targets, does not print the
 *   address twice;
 * - their text shown as a reader reads it: percent-encoded letters of other scripts decoded
 *   (`https://wikirussya.com/%D0%91%D0%B8…` → `https://wikirussya.com/Бикатунский_острог`), as
 *   browsers show an address (URL Standard §4.7, URL rendering, https://url.spec.whatwg.org/#url-rendering).
 *   The `href` stays as written: only the text changes. `readableUrl` says what is decoded.
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

export function markBareUrls(tree: Root | Element): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = String(node.properties['href'] ?? '');
    const text = textOf(node).trim();
    if (/^https?:/.test(href) && (text === href || safeDecode(href) === text || href === `${text}/`)) {
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      if (!classes.includes('bare-url')) node.properties['className'] = [...classes, 'bare-url'];
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'text') (only as Text).value = readableUrl(only.value);
    }
  });
}

/**
 * `url` with each percent-encoded UTF-8 sequence that spells a visible non-ASCII character
 * decoded. Left encoded, because decoding them would change what the address says or hide part of
 * it: ASCII (`%20` would read as a break between two addresses, `%2F` as a path separator, `%25`
 * as the start of an escape), bytes that are not UTF-8, and invisible or look-alike characters
 * (controls, format characters such as bidirectional overrides, spaces of every kind).
 */
export function readableUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decodeRun(run));
}

function decodeRun(run: string): string {
  const escapes = run.match(/%[0-9A-Fa-f]{2}/g) ?? [];
  const bytes = escapes.map((escape) => parseInt(escape.slice(1), 16));
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]!);
    const sequence = bytes.slice(i, i + length);
    const character = length > 1 && sequence.length === length ? utf8(sequence) : undefined;
    if (character !== undefined && visible(character)) {
      out += character;
      i += length;
    } else {
      out += escapes[i];
      i += 1;
    }
  }
  return out;
}

/** How many bytes a UTF-8 sequence starting with `lead` has; 1 for ASCII and for bytes that start none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: number[]): string | undefined {
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Letters, marks, numbers, punctuation and symbols; not controls, format characters, separators or unassigned code points. */
function visible(character: string): boolean {
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(character);
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
