/**
 * The EPUB's zip writer (scripts/render/epub/zip.ts) compresses each entry as it comes instead of
 * handing everything to fflate's `zipSync` at once; it must lay the archive out byte for byte as
 * `zipSync` did (the committed EPUB did not change with it), and the result must unzip to the
 * entries it was given, CRCs checked.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { deflateLevel, ocfZip, type ZipEntry } from '../scripts/render/epub/zip.ts';

/** What zip.ts wrote before: `zipSync` with `mimetype` stored first and the rest at zip.ts's level. */
function reference(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const at = new Date(Math.max(modified.getTime(), Date.UTC(1980, 0, 1)));
  const mtime = new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
  const encoder = new TextEncoder();
  const files: Zippable = { mimetype: [encoder.encode('application/epub+zip'), { level: 0, mtime }] };
  for (const entry of entries) files[entry.path] = [typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data, { level: deflateLevel, mtime }];
  return zipSync(files);
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
  it('writes the same bytes as fflate zipSync, for ASCII and UTF-8 names, text and binary, empty entries', () => {
    for (const modified of [new Date('2026-11-25T13:31:07Z'), new Date('1970-01-01T00:00:00Z'), new Date('2099-12-31T23:59:59Z')]) {
      expect(Buffer.from(ocfZip(entries, modified)).equals(Buffer.from(reference(entries, modified)))).toBe(true);
    }
    expect(Buffer.from(ocfZip([], new Date('2026-01-01T00:00:00Z'))).equals(Buffer.from(reference([], new Date('2026-01-01T00:00:00Z'))))).toBe(true);
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
