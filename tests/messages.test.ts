/**
 * Messages speak of the author's book: an example in a message, a rule's summary or a field's
 * description is the author's own (their id, their path) or neutral, never a name from the flagship
 * history in manuscript/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { collect } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';

/** Names only the flagship uses: its people, places, sources and ids. */
const flagship = /tseren|dondub|irtysh|zlatkin|buchholz|buccholz|dzungar|yamyshev|bikatun|likharev|perdue|forsyth|sengge|galdan|omsk|mn-Cyrl|04202-5/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('messages', () => {
  it('name nothing from the flagship: no report, schema message, rule summary or field description does', () => {
    const offending: string[] = [];
    for (const file of sources(join(projectRoot, 'scripts'))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        const speaks = /report\(|message:|summary:|\.describe\(|addIssue|`[A-Z][^`]*\$\{/.test(line) && !/^\s*(\/\/|\*)/.test(line);
        if (speaks && flagship.test(line)) offending.push(`${file.slice(projectRoot.length + 1)}:${index + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('give an id that is none the id it would make as its example, and an image without alt text its own path', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-messages-')), 'book');
    mkdirSync(join(dir, 'images'), { recursive: true });
    copyFileSync(join(projectRoot, 'tests/fixtures/images/chapters/images/dot.png'), join(dir, 'images/plan.png'));
    writeFileSync(
      join(dir, 'book.md'),
      '---\ntitle: A\nauthors: [Ada Author]\nlang: en\nidentifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f\npublished: 2026-11-25\npeople:\n  - id: Anna Ivanovna\n    name: Anna Ivanovna\n---\n',
    );
    const invalid = collect((await check(dir)).files, dir).map((d) => d.message);
    expect(invalid).toEqual(['The book field `people[0].id` is not an id: an id is lowercase letters, digits and hyphens; write `anna-ivanovna`; correct the value']);
    writeFileSync(join(dir, 'book.md'), '---\ntitle: A\nauthors: [Ada Author]\nlang: en\nidentifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f\npublished: 2026-11-25\n---\n\n![](images/plan.png)\n');
    const alt = collect((await check(dir)).files, dir).map((d) => d.message);
    expect(alt).toEqual([expect.stringContaining('describe what it shows between the brackets, `![what the image shows](images/plan.png)`')]);
  });
});
