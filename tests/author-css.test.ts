/**
 * The author's style sheets (`css`): per output, after Triptych's own rules (so the author's win),
 * a `url()` to a manuscript file carried by each output in its own form, nothing remote, each
 * refusal at its place in the style sheet; EPUBCheck 0/0 and the rule in the page's computed style.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sanitizeCss, type CssFiles } from '../scripts/manuscript/author-styles/sanitize-css.ts';
import type { Asset } from '../scripts/manuscript/types.ts';
import { launch, openFile, outputDir } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { describeMessages, epubcheck, buildEpub } from './helpers/epub.ts';

/** A manuscript with no files: every `url()` and `@import` is refused. */
const nothing: CssFiles = { asset: () => undefined, sheet: async () => undefined };

const image = (path: string): Asset => ({ path, mediaType: 'image/png', data: new Uint8Array() });

const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => / (error|warning): /.test(line));

describe('the author’s style sheets', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-css-')), 'dist');
  let browser: Browser;
  beforeAll(async () => {
    const run = runCli(['build', fixture('author-css'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    browser = await launch();
  }, 300_000);
  afterAll(async () => browser?.close());

  it('are manifest items of the EPUB, linked after epub.css in every content document, their image carried; EPUBCheck finds nothing', () => {
    const book = buildEpub(fixture('author-css'));
    const opf = book.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="author-css-1" href="author-1.css" media-type="text/css"/>');
    expect(opf).toContain('<item id="author-css-2" href="author-2.css" media-type="text/css"/>');
    expect(opf).toContain('href="images/paper.png" media-type="image/png"');
    for (const name of [...book.entries.keys()].filter((entry) => entry.endsWith('.xhtml'))) {
      expect(book.text(name).match(/<link [^>]*>/g), name).toEqual([
        '<link rel="stylesheet" type="text/css" href="epub.css"/>',
        '<link rel="stylesheet" type="text/css" href="author-1.css"/>',
        '<link rel="stylesheet" type="text/css" href="author-2.css"/>',
      ]);
    }
    expect(book.text('OEBPS/author-1.css')).toContain('font-family: Georgia, serif;');
    expect(book.text('OEBPS/author-2.css')).toContain('background-image: url("images/paper.png");');
    expect(describeMessages(epubcheck(book.path).messages)).toEqual([]);
  }, 300_000);

  it('apply in the page over its own rules, inline, the image a data: URI, and only the sheets given to the page', async () => {
    const html = readFileSync(join(out, 'letters-from-the-irtysh.html'), 'utf8');
    expect(html).toContain("The author's style sheet `styles/look.css`");
    expect(html).not.toContain('pandoc-epub.css');
    const { page, requests, context } = await openFile(browser, join(out, 'letters-from-the-irtysh.html'), { width: 390, height: 844 });
    const style = await page.evaluate(() => {
      const h1 = getComputedStyle(document.querySelector('h1')!);
      const quote = getComputedStyle(document.querySelector('blockquote')!);
      return { h1: h1.color, quote: quote.fontStyle, background: getComputedStyle(document.body).backgroundImage.slice(0, 32) };
    });
    expect(style).toEqual({ h1: 'rgb(122, 31, 43)', quote: 'italic', background: 'url("data:image/png;base64,iVBOR' });
    await page.screenshot({ path: join(outputDir, 'author-css-page-390.png') });
    expect(requests).toEqual([]);
    await context.close();
  }, 300_000);

  it('come last in the deck, their image copied beside it', () => {
    const deck = join(out, 'letters-from-the-irtysh-deck');
    const links = [...readFileSync(join(deck, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.at(-1)).toBe('author-1.css');
    expect(readFileSync(join(deck, 'author-1.css'), 'utf8')).toContain('background-image: url("styles/paper.png");');
    expect(readdirSync(join(deck, 'styles'))).toEqual(['paper.png']);
  });

  it('refuse a remote @import or url(), a script hook and a file that is no image or font, each at its place', () => {
    const run = runCli(['check', fixture('author-css-refused')]);
    const at = diagnostics(run.stderr).map((line) => line.replace(/: error: (.{0,30}).*\[(.+)\]$/, ' $1… [$2]'));
    expect(at).toEqual([
      'tests/fixtures/author-css-refused/remote.css:1:1 The imported style sheet `http… [path-remote]',
      'tests/fixtures/author-css-refused/remote.css:5:15 The file named in the style sh… [path-remote]',
      'tests/fixtures/author-css-refused/remote.css:9:3 `behavior: url(fix.htc)` runs … [css-unsafe]',
      'tests/fixtures/author-css-refused/remote.css:13:21 `url(book.md)` names a file th… [css-url-type]',
    ]);
    expect(run.status).toBe(1);
  });

  it('report CSS that does not parse at its place', () => {
    const run = runCli(['check', fixture('author-css-syntax')]);
    expect(diagnostics(run.stderr)).toEqual([expect.stringMatching(/^tests\/fixtures\/author-css-syntax\/broken\.css:1:1: error: This style sheet is not valid CSS \(Unclosed block\).*\[css-invalid\]$/)]);
    expect(run.status).toBe(1);
  });

  it('read the strings of an image-set() as URLs, and leave strings elsewhere alone', async () => {
    const named: string[] = [];
    const files: CssFiles = { asset: (reference) => (named.push(reference), image(reference)), sheet: async () => undefined };
    const parts = await sanitizeCss(new VFile({ value: 'h1 { font-family: "Old.Style", serif; background-image: image-set("a.png" 1x, url(b.png) 2x); content: "c.png"; }' }), files);
    expect(named).toEqual(['a.png', 'b.png']);
    expect(parts!.map((part) => (typeof part === 'string' ? part : `<${part.path}>`)).join('')).toBe('h1 { font-family: "Old.Style", serif; background-image: image-set(url(<a.png>) 1x, url(<b.png>) 2x); content: "c.png"; }');
  });

  it('put a local @import in its place, in @media when it names media, and refuse one that imports itself', async () => {
    const sheets: Record<string, string> = { 'print.css': 'p { orphans: 3 }', 'loop.css': '\n@import "main.css";' };
    const read = new Map<string, VFile>();
    const files: CssFiles = {
      asset: () => undefined,
      sheet: async (reference) => read.set(reference, new VFile({ path: `/book/${reference}`, value: sheets[reference] ?? '@import "loop.css";' })).get(reference),
    };
    const parts = await sanitizeCss(new VFile({ path: '/book/main.css', value: '@import url("print.css") print;\nh1 { color: red }' }), files);
    expect(parts).toEqual(['@media print {p { orphans: 3 } }\nh1 { color: red }']);
    expect(await sanitizeCss(new VFile({ path: '/book/main.css', value: '@import "loop.css";' }), files)).toBeUndefined();
    expect(read.get('loop.css')!.messages.map((message) => [message.line, message.column, message.ruleId, message.reason.slice(0, 38)])).toEqual([
      [2, 1, 'css-invalid', 'The style sheet `main.css` imports its'],
    ]);
  });

  it('refuse a javascript: URL and an @import that names no file', async () => {
    const file = new VFile({ path: '/book/main.css', value: '@import foo;\na { background: url("javascript:alert(1)"); }' });
    expect(await sanitizeCss(file, nothing)).toBeUndefined();
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [2, 17, 'css-unsafe'],
      [1, 1, 'css-invalid'],
    ]);
  });

  it('refuse what hides a URL from these checks: names written with escapes, a var() in image-set(), comments inside a value', async () => {
    const named: string[] = [];
    const files: CssFiles = { asset: (reference) => (named.push(reference), image(reference)), sheet: async (reference) => void named.push(`@import ${reference}`) };
    const file = new VFile({
      path: '/book/main.css',
      value: ['@i\\6dport "https://example.com/x.css";', 'a { background: \\75 rl(https://example.com/a.png); }', ':root { --u: "https://example.com/b.png"; }', 'b { background: image-set(var(--u) 1x); behavio\\72: url(x.htc); }', '@IMPORT "y.css";'].join('\n'),
    });
    expect(await sanitizeCss(file, files)).toBeUndefined();
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [2, 17, 'css-unsafe'],
      [4, 27, 'css-unsafe'],
      [4, 41, 'css-unsafe'],
      [1, 1, 'css-unsafe'],
    ]);
    // An at-rule's name is read without regard to case, as browsers read it.
    expect(named).toEqual(['@import y.css']);
    // A URL escaped inside url() is read as the browser reads it; a comment in a value is not written.
    const plain = await sanitizeCss(new VFile({ value: 'p { background: url(my\\ paper\\2e png) /* </style> */ }' }), files);
    expect(named.at(-1)).toBe('my paper.png');
    expect(plain!.filter((part) => typeof part === 'string').join('')).not.toContain('/*');
  });

  it('cannot close the page’s <style> from inside a string, and lose their comments', async () => {
    const parts = await sanitizeCss(new VFile({ value: '/* </style><script>alert(1)</script> */\np::after { content: "</style><script>alert(1)</script>"; }' }), nothing);
    expect(parts).toHaveLength(1);
    expect(parts![0]).not.toMatch(/<\/|\/\*/);
    expect(parts![0]).toContain('p::after { content: "');
  });
});
