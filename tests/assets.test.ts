/** Images: read from inside the manuscript only, described for every reader, in a format every output carries. */
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => / (error|warning): /.test(line));

describe('images named in the text', () => {
  const run = runCli(['check', fixture('images')]);
  const lines = diagnostics(run.stderr);
  const at = (rule: string) => lines.filter((line) => line.endsWith(`[${rule}]`)).map((line) => line.split(': ')[0]);

  it('accepts an image inside the manuscript, relative to the chapter that names it', () => {
    expect(lines.some((line) => line.includes('`images/dot.png` does not exist'))).toBe(false);
  });
  it('reports a missing image at its position', () => {
    expect(at('file-missing')).toEqual(['tests/fixtures/images/chapters/one.md:9:10']);
  });
  it('refuses a `../` path that leaves the manuscript', () => {
    expect(at('path-outside')).toEqual(['tests/fixtures/images/chapters/one.md:11:11']);
  });
  it('never fetches a remote image', () => {
    expect(at('path-remote')).toEqual(['tests/fixtures/images/chapters/one.md:13:9']);
  });
  it('requires alt text', () => {
    expect(at('image-alt-missing')).toEqual(['tests/fixtures/images/chapters/one.md:15:9']);
  });
  it('judges the format by the bytes, not the extension', () => {
    expect(at('image-type')).toEqual(['tests/fixtures/images/chapters/one.md:17:15']);
  });
  it('exits 1 with exactly these five errors', () => {
    expect(lines).toHaveLength(5);
    expect(run.status).toBe(1);
  });

  it('refuses a symlink that leads out of the manuscript', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-symlink-')), 'm');
    cpSync(fixture('minimal'), dir, { recursive: true });
    const secret = join(dir, '..', 'secret.png');
    cpSync(join(fixture('images'), 'chapters/images/dot.png'), secret);
    symlinkSync(secret, join(dir, 'chapters', 'link.png'));
    writeFileSync(join(dir, 'chapters', 'one.md'), '---\ntitle: One\n---\n\n![A linked picture](link.png)\n');
    const result = runCli(['check', dir]);
    expect(diagnostics(result.stderr)).toEqual([expect.stringMatching(/chapters\/one\.md:5:1: error: The image `link\.png` lies outside the manuscript directory.*\[path-outside\]$/)]);
    expect(result.status).toBe(1);
  });
});
