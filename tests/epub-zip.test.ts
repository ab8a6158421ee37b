/**
 * The EPUB's zip writer (scripts/render/epub/zip.ts) compresses each entry as it comes, with Node's
 * zlib; the archive must be laid out as fflate's `zipSync` laid it out before (mimetype stored
 * first, no extra fields, the same headers), and read back by another reader (fflate's) to the
 * entries it was given, each CRC checked against a CRC computed here.
 */
import { describe, expect, it } from 'vitest';
import { inflateSync, unzipSync, zipSync, type Zippable } from 'fflate';
import { ocfZip, type ZipEntry } from '../scripts/render/epub/zip.ts';

/** `zipSync` with every entry stored: its headers, less the method, sizes and data. */
function reference(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const at = new Date(Math.max(modified.getTime(), Date.UTC(1980, 0, 1)));
  const mtime = new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
  const encoder = new TextEncoder();
  const files: Zippable = { mimetype: [encoder.encode('application/epub+zip'), { level: 0, mtime }] };
  for (const entry of entries) files[entry.path] = [typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data, { level: 0, mtime }];
  return zipSync(files);
}

interface Record {
  local: Uint8Array;
  central: Uint8Array;
  name: string;
  method: number;
  crc: number;
  data: Uint8Array;
}

/** Every entry of an archive, from its central directory, with the local header it points to. */
function records(zip: Uint8Array): Record[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: Record[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    expect(view.getUint16(at + 30, true)).toBe(0); // extra field
    expect(view.getUint16(at + 32, true)).toBe(0); // comment
    const offset = view.getUint32(at + 42, true);
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    expect(view.getUint16(offset + 28, true)).toBe(0); // extra field
    const size = view.getUint32(offset + 18, true);
    out.push({
      local: zip.slice(offset + 4, offset + 30),
      central: zip.slice(at + 6, at + 32),
      name: new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength)),
      method: view.getUint16(offset + 8, true),
      crc: view.getUint32(offset + 14, true),
      data: zip.slice(offset + 30 + nameLength, offset + 30 + nameLength + size),
    });
    at += 46 + nameLength;
  }
  return out;
}

/** Version, flags and time: what a header holds besides the method, CRC and sizes. */
const fixedFields = (header: Uint8Array) => [...header.subarray(0, 4), ...header.subarray(6, 10), ...header.subarray(22, 26)];

/** CRC-32 (ISO 3309) by table, independent of the writer's. */
function crc(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Given for two entries (one drawing's PNG for two figures): compressed once, packaged twice. */
const picture = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);

const entries: ZipEntry[] = [
  { path: 'META-INF/container.xml', data: '<?xml version="1.0"?><container/>' },
  { path: 'OEBPS/ch01.xhtml', data: '<p>Джунгарское ханство, 1715–1716. </p>'.repeat(400) },
  { path: 'OEBPS/images/Бухгольц портрет.png', data: picture },
  { path: 'OEBPS/images/copy.png', data: picture },
  { path: 'OEBPS/empty.css', data: '' },
  { path: 'OEBPS/figures/map.svg', data: `<svg>${'<path d="M0 0L10 10"/>'.repeat(2000)}</svg>` },
];

describe('EPUB zip writer', () => {
  it('lays the archive out as fflate zipSync does, for ASCII and UTF-8 names, text and binary, empty entries', () => {
    const encoder = new TextEncoder();
    for (const modified of [new Date('2026-11-25T13:31:07Z'), new Date('1970-01-01T00:00:00Z'), new Date('2099-12-31T23:59:59Z')]) {
      const zip = ocfZip(entries, modified);
      const ours = records(zip);
      const theirs = records(reference(entries, modified));
      expect(ours.map((record) => record.name)).toEqual(theirs.map((record) => record.name));
      // mimetype first, stored, its content at byte 38 (EPUB 3.3 §4.2.6).
      expect(new TextDecoder().decode(zip.subarray(30, 38 + 20))).toBe('mimetypeapplication/epub+zip');
      expect(ours.map((record) => record.method)).toEqual([0, ...entries.map(() => 8)]);
      for (const [i, record] of ours.entries()) {
        expect(fixedFields(record.local)).toEqual(fixedFields(theirs[i]!.local));
        expect(record.local).toEqual(record.central);
        const data = i === 0 ? encoder.encode('application/epub+zip') : ((entry) => (typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data))(entries[i - 1]!);
        const content = record.method === 0 ? record.data : inflateSync(record.data);
        expect(Buffer.from(content).equals(Buffer.from(data))).toBe(true);
        expect(record.crc).toBe(crc(data));
        expect(record.crc).toBe(theirs[i]!.crc);
      }
      // One drawing's PNG given for two entries: the same compressed bytes in both.
      expect(ours[3]!.data).toEqual(ours[4]!.data);
    }
    expect(records(ocfZip([], new Date('2026-01-01T00:00:00Z'))).map((record) => record.name)).toEqual(['mimetype']);
  });

  it('takes a generator, asking for each entry only after the one before is packaged', () => {
    const asked: string[] = [];
    function* lazily(): Generator<ZipEntry> {
      for (const entry of entries) {
        asked.push(entry.path);
        yield entry;
      }
    }
    const zip = ocfZip(lazily(), new Date('2026-11-25T00:00:00Z'));
    expect(asked).toEqual(entries.map((entry) => entry.path));
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(['mimetype', ...entries.map((entry) => entry.path)]);
    expect(new TextDecoder().decode(unzipped['OEBPS/ch01.xhtml'])).toBe(entries[1]!.data);
    expect(Buffer.from(unzipped['OEBPS/images/Бухгольц портрет.png']!).equals(Buffer.from(entries[2]!.data as Uint8Array))).toBe(true);
  });

  it('refuses an entry packaged twice, and a date past what a zip can carry', () => {
    expect(() => ocfZip([entries[0]!, entries[0]!], new Date('2026-01-01T00:00:00Z'))).toThrow(/packaged twice/);
    expect(() => ocfZip([{ path: 'mimetype', data: '' }], new Date('2026-01-01T00:00:00Z'))).toThrow(/packaged twice/);
    expect(() => ocfZip(entries, new Date('2100-01-01T00:00:00Z'))).toThrow(/2099/);
  });
});
