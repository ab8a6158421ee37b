/**
 * Walking a built deck in Chromium, slide by slide, as the room sees it: what leaves the slide box
 * (or makes a slide scroll), and which text is set under the legibility floor on screen.
 */
import type { Page } from 'playwright-core';

interface RevealApi {
  isReady(): boolean;
  getCurrentSlide(): HTMLElement;
  getScale(): number;
  getTotalSlides(): number;
  getIndices(el?: Element): { h: number; v: number; f?: number };
  slide(h: number, v?: number, f?: number): void;
  getSlides(): HTMLElement[];
}

export const revealReady = (page: Page) => page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true);

export const currentSlideId = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getCurrentSlide().id);

/** The smallest text the room may be shown, in px on a 1280×720 screen (issue 19: ≥ 24 px). */
export const textFloor = 24;

/** What on the current slide leaves the slide box, and which text is set under `floor` px on screen (at the window's scale). */
export async function inspectCurrentSlide(page: Page, floor = textFloor): Promise<{ overflow: string[]; small: string[] }> {
  return page.evaluate((minimum) => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    const slide = reveal.getCurrentSlide();
    const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
    const scale = reveal.getScale();
    // The floor is for a 1280×720 screen: at another size, judge the size the text would have there.
    const factor = scale / Math.min(1280 / (1280 * 1.04), 720 / (720 * 1.04));
    const overflow: string[] = [];
    const small: string[] = [];
    // Visible to the room: not in the notes, laid out, and not inside a visually hidden (clipped) text alternative.
    const clipped = (el: Element | null): boolean => el !== null && el !== slide && (getComputedStyle(el).clipPath !== 'none' || clipped(el.parentElement));
    const visible = (el: Element) => el.closest('aside.notes') === null && (el as HTMLElement).offsetParent !== null && !clipped(el);
    const describe = (el: Element) => `${slide.id} ${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
    if (slide.scrollHeight > slide.clientHeight + 1) overflow.push(`${slide.id} scrolls: ${slide.scrollHeight} > ${slide.clientHeight}`);
    if (slide.scrollWidth > slide.clientWidth + 1) overflow.push(`${slide.id} scrolls sideways: ${slide.scrollWidth} > ${slide.clientWidth}`);
    for (const el of slide.querySelectorAll('*')) {
      if (!visible(el)) continue;
      // Inside a scrolling body (`.scrollable`) content passes the box's edge by design: the slide scrolls, and the author was warned.
      if (el.closest('.scrollable') !== null) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) overflow.push(describe(el));
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      // Body text (HTML); a figure's labels are sized by the figure for its slide frame.
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (ownText && el.closest('svg') === null && size / factor < minimum - 0.05) small.push(`${describe(el)} (${getComputedStyle(el).fontSize} × ${scale.toFixed(2)})`);
    }
    return { overflow, small };
  }, floor);
}

/** Visits every slide in order (each with all its fragments shown) and returns what overflows or is too small, and the ids visited. */
export async function walkDeck(page: Page): Promise<{ visited: string[]; problems: string[] }> {
  const ids = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getSlides().map((s) => s.id));
  const visited: string[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    await page.evaluate((slideId) => {
      const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
      const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
      // The last fragment: everything the slide will show.
      reveal.slide(h, v, Number.MAX_SAFE_INTEGER);
    }, id);
    await page.waitForTimeout(30);
    visited.push(await currentSlideId(page));
    const { overflow, small } = await inspectCurrentSlide(page);
    problems.push(...overflow.map((p) => `overflow ${p}`), ...small.map((p) => `small ${p}`));
  }
  return { visited, problems };
}

/** The slides in reveal.js's order: id, its stack (h) and place in it (v), heading, text shown (notes aside). */
export async function shownSlides(page: Page): Promise<Array<{ id: string; h: number; v: number; title: string; text: string }>> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    return reveal.getSlides().map((slide) => {
      const copy = slide.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('aside.notes').forEach((notes) => notes.remove());
      // Blocks apart by a space, as they are seen.
      copy.querySelectorAll('h1, h2, h3, p, li, td, th, pre, div').forEach((block) => block.append(' '));
      const { h, v } = reveal.getIndices(slide);
      return { id: slide.id, h, v: v ?? 0, title: slide.querySelector('h1, h2')?.textContent ?? '', text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });
  });
}
