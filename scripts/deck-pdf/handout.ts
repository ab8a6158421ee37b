/**
 * Handout layouts for a printed deck, laid out in the page that reveal.js's print view has built
 * (https://revealjs.com/pdf-export/): each of its `.pdf-page`s (one slide, backgrounds and number
 * included) is scaled into a cell of an A4 sheet, so the handout prints from the same Chromium
 * print as the slides, with nothing drawn twice.
 * - `notes`: one slide a sheet (portrait), its speaker notes below it; long notes run on to the
 *   next sheet.
 * - `2`, `4`, `6`: that many slides a sheet (2 and 6 portrait, 4 landscape), in reading order.
 */
export const handoutLayouts = ['notes', '2', '4', '6'] as const;
export type HandoutLayout = (typeof handoutLayouts)[number];

export interface SheetPlan {
  /** Sheet size in CSS px (A4 at 96 px per inch). */
  width: number;
  height: number;
  columns: number;
  rows: number;
  notes: boolean;
}

const a4 = { short: 793.7, long: 1122.5 } as const;

export function sheetPlan(layout: HandoutLayout): SheetPlan {
  switch (layout) {
    case 'notes':
      return { width: a4.short, height: a4.long, columns: 1, rows: 1, notes: true };
    case '2':
      return { width: a4.short, height: a4.long, columns: 1, rows: 2, notes: false };
    case '4':
      return { width: a4.long, height: a4.short, columns: 2, rows: 2, notes: false };
    case '6':
      return { width: a4.short, height: a4.long, columns: 2, rows: 3, notes: false };
  }
}

/**
 * Runs in the page (passed to `page.evaluate`, so it uses nothing from outside itself): moves the
 * print view's pages into sheets of `plan` and sets the printed page size to the sheet's. Returns
 * the number of sheets.
 */
export function layOutHandout(plan: SheetPlan): number {
  const margin = 48;
  const gap = 28;
  const slides = document.querySelector('.reveal .slides')!;
  const pages = [...slides.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  const first = pages[0];
  if (!first) return 0;
  const pageWidth = first.offsetWidth;
  const pageHeight = first.offsetHeight;
  const cellWidth = (plan.width - 2 * margin - (plan.columns - 1) * gap) / plan.columns;
  const scale = plan.notes ? cellWidth / pageWidth : Math.min(cellWidth / pageWidth, (plan.height - 2 * margin - (plan.rows - 1) * gap) / plan.rows / pageHeight);
  const style = document.createElement('style');
  style.textContent = [
    `@page { size: ${plan.width}px ${plan.height}px; margin: 0; }`,
    'html, body, .reveal-viewport { background: #fff !important; background-image: none !important; }',
    // Only the sheets print: the emptied stacks and reveal.js's overlays would widen the page, and
    // Chromium shrinks a page wider than its sheet.
    `html.reveal-print, html.reveal-print body, html.reveal-print .reveal, html.reveal-print .reveal .slides { width: ${plan.width}px !important; min-width: 0 !important; }`,
    'html.reveal-print .reveal .slides > :not(.handout-sheet), html.reveal-print .reveal > :not(.slides) { display: none !important; }',
    `.handout-sheet { box-sizing: border-box; width: ${plan.width}px; min-height: ${plan.height}px; padding: ${margin}px; display: grid; grid-template-columns: repeat(${plan.columns}, ${cellWidth}px); gap: ${gap}px; align-content: start; justify-content: center; break-after: page; background: #fff; }`,
    '.handout-sheet:last-child { break-after: auto; }',
    `.handout-cell { position: relative; width: ${pageWidth * scale}px; height: ${pageHeight * scale}px; overflow: hidden; outline: 1px solid #999; background: var(--r-background-color); }`,
    `html.reveal-print .reveal .slides .handout-cell > .pdf-page { position: absolute; top: 0; left: 0; width: ${pageWidth}px; height: ${pageHeight}px; transform: scale(${scale}); transform-origin: 0 0; page-break-after: auto; break-after: auto; }`,
    `.handout-notes { font: 15px/1.45 "DejaVu Serif", Georgia, serif; color: #111; text-align: left; margin-top: 8px; }`,
    '.handout-notes p { margin: 0 0 0.6em; }',
    `.handout-sheet.notes { min-height: 0; break-inside: auto; }`,
  ].join('\n');
  // reveal.js's own rule sizes the printed page to one slide; the sheet's size replaces it.
  for (const sheet of document.querySelectorAll('style')) if (sheet.textContent?.includes('@page')) sheet.textContent = sheet.textContent.replace(/@page\s*\{[^}]*\}/g, '');
  document.head.append(style);
  const perSheet = plan.columns * plan.rows;
  let sheets = 0;
  for (let index = 0; index < pages.length; index += perSheet) {
    const sheet = document.createElement('div');
    sheet.className = plan.notes ? 'handout-sheet notes' : 'handout-sheet';
    for (const page of pages.slice(index, index + perSheet)) {
      const cell = document.createElement('div');
      cell.className = 'handout-cell';
      const notes = page.querySelector('aside.notes');
      cell.append(page);
      sheet.append(cell);
      if (plan.notes && notes) {
        const text = document.createElement('div');
        text.className = 'handout-notes';
        text.innerHTML = notes.innerHTML;
        sheet.append(text);
      }
    }
    slides.append(sheet);
    sheets += 1;
  }
  return sheets;
}
