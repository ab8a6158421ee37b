/**
 * Raw HTML in the manuscript: what could run code never reaches an output, and the author is told
 * what was removed, where, under which rule id.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';
import { createRenderContext } from '../scripts/render/context.ts';
import { bookToHast } from '../scripts/render/hast/book-to-hast.ts';
import { renderAll } from '../scripts/render/index.ts';
import { launch, openFile } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import type { Browser } from 'playwright-core';

const dir = fixture('unsafe-html');
let browser: Browser;
let pageHtml: string;
let pagePath: string;

beforeAll(async () => {
  const checked = await check(dir);
  // The check stops the build; render anyway to prove the sanitizer holds on its own.
  const [rendered] = await renderAll(checked.manuscript!, ['html']);
  pageHtml = String(rendered!.artifacts[0]!.data);
  pagePath = join(mkdtempSync(join(tmpdir(), 'triptych-unsafe-')), 'unsafe.html');
  writeFileSync(pagePath, pageHtml);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('raw HTML in the manuscript', () => {
  it('reports each unsafe element, handler and URL at its line and column as an html-unsafe error', async () => {
    const { files } = await check(dir);
    const found = collect(files, process.cwd()).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message.split(':')[0]}`);
    expect(found).toEqual([
      '9:1 error html-unsafe Raw HTML `<script>` is removed from every output',
      '11:10 warning html-removed The image `images/none.png` in raw HTML is not embedded',
      '11:10 error html-unsafe The `onerror` attribute on `<img>` is removed',
      '13:3 error html-unsafe The link URL `javascript',
      '13:58 error html-unsafe The URL `javascript',
      '15:1 error html-unsafe Raw HTML `<iframe>` is removed from every output',
      '17:1 warning html-removed The `style` attribute on `<p>` is removed',
      '19:1 error html-unsafe Raw HTML `<object>` is removed from every output',
      '19:52 error html-unsafe Raw HTML `<embed>` is removed from every output',
      '21:1 error html-unsafe Raw HTML `<form>` is removed from every output',
      '23:1 error html-unsafe Raw HTML `<style>` is removed from every output',
      '25:1 warning html-removed Raw HTML `<svg>` is not part of the book’s HTML and is removed (with its content)',
      '25:6 error html-unsafe Raw HTML `<script>` is removed from every output',
      '27:1 error html-unsafe The URL `data',
      '29:1 warning html-removed Raw HTML `<triptych-slot>` is not part of the book’s HTML and is removed (its content is kept)',
    ]);
  });

  it('stops the build with exit status 1 and prints file:line:col and the rule id', () => {
    const run = runCli(['check', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unsafe-html\/chapters\/one\.md:9:1: error: Raw HTML `<script>` .* \[html-unsafe\]/);
  });

  it('keeps none of it in the shared book hast (so neither the page, the EPUB nor the deck gets it)', async () => {
    const { manuscript } = await check(dir);
    const html = toHtml(bookToHast(createRenderContext(manuscript!)).map((c) => c.section));
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<style|<svg|\son\w+=|javascript:|data:text|pwned|example\.com|triptych-slot/i);
    // What is safe stays: the prose, the abbreviation, the styled paragraph's text, the link text.
    expect(html).toContain('<abbr title="kept">an abbreviation</abbr>');
    expect(html).toContain('<p>Styled text that stays.</p>');
    expect(html).toContain('forged slot marker');
    expect(html).toMatch(/<a>link<\/a>/);
  });

  it('runs nothing and requests nothing when the page is opened in Chromium', async () => {
    expect(pageHtml).not.toMatch(/pwned|javascript:|example\.com/);
    const { page, context, requests, errors } = await openFile(browser, pagePath);
    await page.waitForTimeout(300);
    expect(await page.title()).toBe('Unsafe HTML');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const live = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
      frames: document.querySelectorAll('iframe, object, embed, form').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name))).length,
      styles: document.querySelectorAll('style').length,
    }));
    expect(live).toEqual({ scripts: 0, frames: 0, handlers: 0, styles: 1 });
    await context.close();
  });
});
