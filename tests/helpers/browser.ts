/**
 * Real Chromium for the tests (Debian's /usr/bin/chromium through playwright-core). Every request
 * other than `file://` is recorded and aborted, so a test can assert that a page needs no network;
 * axe-core is injected from node_modules, never fetched.
 */
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../scripts/resources.ts';

export const outputDir = join(projectRoot, 'tests/output');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every non-`file:` URL the page tried to load. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export async function openFile(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
  options: { allow?: (url: string) => boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:') || options.allow?.(url)) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`file://${path}`, { waitUntil: 'load' });
  return { page, context, requests, errors };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core (WCAG 2 A/AA rules and best practices) in the page and returns its violations. */
export async function axe(page: Page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']): Promise<AxeViolation[]> {
  // Injected once per page: a test that runs axe on every slide would otherwise re-parse 500 KB each time.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async (runOnly) => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: runOnly },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  }, tags);
}

/** A path under tests/output/ (git-ignored) for screenshots and PDFs. */
export function output(name: string): string {
  mkdirSync(outputDir, { recursive: true });
  return join(outputDir, name);
}
