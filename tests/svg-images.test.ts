/**
 * An SVG image is a document that can run code and fetch from elsewhere, so it gets the raw-HTML
 * rule: a script, a handler, a `javascript:` link, declared entities or any outside reference is
 * `image-unsafe`, a malformed file `image-type`, each at the image in the chapter with its line in
 * the SVG; a clean SVG (fragments, `data:` images, local styles) builds into every output.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

const clean = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
  <style>.a { fill: url(#g); }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>
  <rect id="r" class="a" width="10" height="10"/>
  <use xlink:href="#r" x="2"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
</svg>
`;

/** A copy of the minimal book whose chapter shows `images/x.svg` with the given content. */
function book(svg: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-svg-')), 'm');
  cpSync(fixture('minimal'), dir, { recursive: true });
  mkdirSync(join(dir, 'chapters/images'));
  writeFileSync(join(dir, 'chapters/images/x.svg'), svg);
  const chapter = join(dir, 'chapters/one.md');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nA drawing: ![A drawing](images/x.svg)\n`);
  return dir;
}

/** The line of the chapter that shows the image (the last line of the copy). */
const imageLine = (dir: string) => readFileSync(join(dir, 'chapters/one.md'), 'utf8').trimEnd().split('\n').length;

describe('SVG images', () => {
  it('builds a clean SVG into every output, also with the SVG 1.1 document type editors export', () => {
    const dir = book(clean.replace('<svg', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg'));
    const run = runCli(['build', dir, '--out', join(dir, '..', 'out')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    // EPUBCheck reads the DTD a document type names and refuses its external entities (HTM-003):
    // the packaged SVG goes without it.
    const { messages } = epubcheck(join(dir, '..', 'out', 'a-book.epub'));
    expect(describeMessages(messages.filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO'))).toEqual([]);
  }, 60_000);

  const cases: Array<[string, string, RegExp]> = [
    ['a script', clean.replace('<rect', '<script>alert(1)</script>\n  <rect'), /holds a `<script>` \(line 5 of the SVG\).*\[image-unsafe\]/],
    ['an event handler', clean.replace('<rect id="r" class', '<rect onload="alert(1)" id="r" class'), /has an `onload` event handler \(line 5 of the SVG\).*\[image-unsafe\]/],
    ['a javascript: link', clean.replace('xlink:href="#r"', 'xlink:href="javascript:alert(1)"'), /links to `javascript:alert\(1\)` \(line 6 of the SVG\): a `javascript:` URL runs code.*\[image-unsafe\]/],
    ['a remote image', clean.replace('href="data:image/png;base64,iVBORw0KGgo="', 'href="https://example.org/x.png"'), /links to `https:\/\/example\.org\/x\.png`.*nothing is fetched.*\[image-unsafe\]/],
    ['another file', clean.replace('href="data:image/png;base64,iVBORw0KGgo="', 'href="other.png"'), /links to `other\.png`.*not packaged.*\[image-unsafe\]/],
    ['an @import', clean.replace('.a {', '@import url(https://example.org/a.css); .a {'), /loads a stylesheet, font or image from outside itself.*\[image-unsafe\]/],
    ['a remote url() in a style attribute', clean.replace('<rect id="r" class="a"', '<rect style="fill: url(https://example.org/p.svg#x)"'), /loads `https:\/\/example\.org\/p\.svg#x` in a `style`.*\[image-unsafe\]/],
    ['a foreignObject', clean.replace('<rect', '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>\n  <rect'), /holds a `<foreignObject>`.*\[image-unsafe\]/],
    ['a document type with an entity', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "y">]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>\n`, /declares entities in its document type.*\[image-unsafe\]/],
    ['a document type with an entity, whose subset holds a `>`', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>`, /declares entities in its document type.*\[image-unsafe\]/],
    ['malformed XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"', /is not well-formed XML \(Unclosed start tag for element `rect`.*\[image-type\]/],
  ];
  for (const [name, svg, expected] of cases) {
    it(`refuses an SVG with ${name}, at the image in the chapter`, () => {
      const dir = book(svg);
      const run = runCli(['check', dir]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`chapters/one\\.md:${imageLine(dir)}:\\d+: error: The SVG image \`images/x\\.svg\` `));
      expect(run.stderr).toMatch(expected);
    });
  }
});
