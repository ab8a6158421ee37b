/**
 * The OCF container (EPUB 3.3 §4, https://www.w3.org/TR/epub-33/#sec-ocf): a zip whose first entry
 * is `mimetype`, stored uncompressed, with no extra field, so that `file` and reading systems can
 * sniff `application/epub+zip` at byte 38. Every other entry is deflated (fflate) at level 6,
 * zlib's default: level 9 took four times as long for the same bytes within 0.1% (the figures'
 * PNGs, already compressed, are most of the package).
 *
 * fflate, not Node's zlib, though zlib (C) deflated the flagship's entries in 35 ms against
 * fflate's 134 ms in a new process: zlib's bytes are those of the zlib Node was built with (a
 * Chromium fork whose output changed with Node's updates, nodejs/node#50138, and differs again in
 * Node 26), so the same book would give another EPUB under another Node, and a committed EPUB would
 * fail its rebuild. fflate's version is pinned by the lock file and bundled. The CRC is Node's
 * (`zlib.crc32`): a CRC is the same number everywhere.
 *
 * The entries are taken one at a time and each is compressed as soon as it comes, so only the
 * compressed bytes are kept: at 50× the package's ~15 MB of text used to be held encoded, all at
 * once, with fflate's working buffers, for `zipSync` (about 35 MB of the build's peak memory). The
 * archive is laid out byte for byte as fflate's `zipSync` lays it out (tests/epub-zip.test.ts
 * compares the two), so the container did not change when the writer did.
 *
 * Zip (DOS) timestamps carry no time zone, and fflate writes them with the local-time getters
 * (`getHours()`…). So the stamp is given as a local `Date` whose local fields are the UTC fields of
 * the book's modified time: the bytes are the same under every `TZ`.
 */
import { deflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { collectYoungGarbage } from '../../memory.ts';

export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
}

const encoder = new TextEncoder();

/**
 * About what fflate allocates outside V8's heap to deflate `bytes` (see memory.ts), and how much of
 * it may pile up before a scavenge frees it.
 */
/** The deflate level of every entry but `mimetype`. */
export const deflateLevel = 6;

const deflateChurn = (bytes: number) => 2 * bytes + 300_000;
const churnLimit = 8 * 1024 * 1024;

/** `entries` may be a generator: each entry's data is made, compressed and let go before the next is asked for. */
export function ocfZip(entries: Iterable<ZipEntry>, modified: Date): Uint8Array {
  const stamp = dosStamp(modified);
  const written: Array<{ header: Uint8Array; name: Uint8Array; data: Uint8Array; offset: number; utf8: boolean }> = [];
  const paths = new Set<string>();
  let offset = 0;
  let churn = 0;
  const packedOnce = new WeakMap<Uint8Array, { compressed: Uint8Array; crc: number }>();
  const add = (path: string, data: Uint8Array, store: boolean) => {
    if (paths.has(path)) throw new Error(`\`${path}\` is packaged twice in the EPUB`);
    paths.add(path);
    const name = encoder.encode(path);
    if (name.length > 0xffff) throw new Error(`\`${path}\` is too long a name for a zip entry`);
    // The same bytes given again (one drawing's PNG for several figures) are compressed once and held once.
    let packed = store ? { compressed: data, crc: crc32(data) } : packedOnce.get(data);
    if (!packed) {
      packed = { compressed: deflateSync(data, { level: deflateLevel }), crc: crc32(data) };
      packedOnce.set(data, packed);
      churn += deflateChurn(data.length);
      if (churn > churnLimit) {
        collectYoungGarbage();
        churn = 0;
      }
    }
    const { compressed, crc } = packed;
    const utf8 = name.length !== path.length;
    // The fields a local header and its central record share: version, flags, method, time, CRC, sizes, name length.
    const header = new Uint8Array(26);
    const view = new DataView(header.buffer);
    view.setUint16(0, 20, true);
    view.setUint16(2, utf8 ? 0x800 : 0, true);
    view.setUint16(4, store ? 0 : 8, true);
    view.setUint32(6, stamp, true);
    view.setUint32(10, crc, true);
    view.setUint32(14, compressed.length, true);
    view.setUint32(18, data.length, true);
    view.setUint16(22, name.length, true);
    written.push({ header, name, data: compressed, offset, utf8 });
    offset += 30 + name.length + compressed.length;
  };
  add('mimetype', encoder.encode('application/epub+zip'), true);
  for (const entry of entries) {
    add(entry.path, typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data, false);
  }
  const centralSize = written.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const entry of written) {
    view.setUint32(at, 0x04034b50, true);
    out.set(entry.header, at + 4);
    out.set(entry.name, at + 30);
    out.set(entry.data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + entry.data.length;
  }
  for (const entry of written) {
    view.setUint32(at, 0x02014b50, true);
    // "Version made by": 2.0, MS-DOS, as fflate writes it; then the shared fields.
    view.setUint16(at + 4, 20, true);
    out.set(entry.header, at + 6);
    // Comment length, disk number, internal and external attributes: all zero.
    view.setUint32(at + 42, entry.offset, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}

/** DOS dates start in 1980; an earlier publication date is stamped 1980-01-01. As one 32-bit field: date high, time low. */
function dosStamp(utc: Date): number {
  const floor = Date.UTC(1980, 0, 1);
  const at = new Date(Math.max(utc.getTime(), floor));
  const year = at.getUTCFullYear() - 1980;
  if (year > 119) throw new Error(`${at.toISOString()} is past the last date a zip entry can carry (2099)`);
  return (
    ((year << 25) | ((at.getUTCMonth() + 1) << 21) | (at.getUTCDate() << 16) | (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1)) >>> 0
  );
}
