/**
 * The OCF container (EPUB 3.3 §4, https://www.w3.org/TR/epub-33/#sec-ocf): a zip whose first entry
 * is `mimetype`, stored uncompressed, with no extra field, so that `file` and reading systems can
 * sniff `application/epub+zip` at byte 38. Every other entry is deflated.
 *
 * Zip (DOS) timestamps carry no time zone, and fflate writes them with the local-time getters
 * (`getHours()`…). So the stamp is given as a local `Date` whose local fields are the UTC fields of
 * the book's modified time: the bytes are the same under every `TZ`.
 */
import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
}

const encoder = new TextEncoder();

export function ocfZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const mtime = dosStamp(modified);
  const files: Zippable = {
    mimetype: [encoder.encode('application/epub+zip'), { level: 0, mtime }],
  };
  for (const entry of entries) {
    if (entry.path === 'mimetype' || entry.path in files) throw new Error(`\`${entry.path}\` is packaged twice in the EPUB`);
    files[entry.path] = [typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data, { level: 9, mtime }];
  }
  return zipSync(files);
}

/** DOS dates start in 1980; an earlier publication date is stamped 1980-01-01. */
function dosStamp(utc: Date): Date {
  const floor = Date.UTC(1980, 0, 1);
  const at = new Date(Math.max(utc.getTime(), floor));
  return new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
}
