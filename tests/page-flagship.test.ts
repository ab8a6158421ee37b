/**
 * The flagship manuscript's page, built as `npm run build` would build it: the same guarantees as
 * the fixture's (nothing fetched, axe-clean in both colour schemes, every internal link and every
 * citation's way back lands), plus screenshots and a PDF to look at.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { axe, launch, openFile, output } from './helpers/browser.ts';

let browser: Browser;
let pagePath: string;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-flagship-page-')), 'dist');
  const result = await build({ dir: join(projectRoot, 'manuscript'), out, formats: ['html'] });
  expect(result.ok).toBe(true);
  pagePath = result.outputs[0]!.path;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the flagship page', () => {
  it('requests nothing, passes axe-core in light and dark mode, and resolves every internal link and citation back-link', async () => {
    const { page, context, requests, errors } = await openFile(browser, pagePath);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await axe(page)).map((v) => `${colorScheme} ${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
    const links = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
      const citations = [...document.querySelectorAll('main section.chapter a[href^="#ref-"]')];
      return {
        duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
        missing: targets.filter((target) => !ids.includes(target)),
        citations: citations.length,
        withoutWayBack: citations.filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))?.querySelector(`a[href="#${a.id}"]`)).map((a) => a.id),
      };
    });
    expect(links.duplicates).toEqual([]);
    expect(links.missing).toEqual([]);
    expect(links.citations).toBeGreaterThan(0);
    expect(links.withoutWayBack).toEqual([]);
    await context.close();
  });

  it('fits 375 px and 1280 px without sideways scrolling (screenshots and a PDF in tests/output)', async () => {
    for (const width of [375, 1280]) {
      const { page, context } = await openFile(browser, pagePath, { width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: output(`page-flagship-${width}.png`) });
      if (width === 1280) {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: output('page-flagship.pdf'), format: 'A4', printBackground: true });
      }
      await context.close();
    }
  });
});
