/**
 * The error overlay: the manuscript's diagnostics, drawn over the last good page, in the same
 * `path:line:col: severity: message [rule-id]` form the terminal shows. Built here as escaped HTML
 * and sent whole to the page (SSE `diagnostics`), so the server and the browser show one rendering.
 */
import type { Diagnostic } from '../diagnostics/format.ts';

export const overlayId = 'triptych-overlay';

const style = [
  'position:fixed', 'inset:0', 'z-index:2147483647', 'overflow:auto', 'margin:0', 'padding:2rem',
  'background:rgba(20,16,12,.98)', 'color:#f4ede2', 'font:14px/1.5 ui-monospace,DejaVu Sans Mono,monospace',
].join(';');

/** The overlay element for `diagnostics`, or an empty string when there is nothing to show. */
export function overlayHtml(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return '';
  const items = diagnostics
    .map((d) => `<li><b>${escape(`${d.path}:${d.line}:${d.column}`)}</b>: ${escape(d.severity)}: ${escape(d.message)} <i>[${escape(d.ruleId)}]</i></li>`)
    .join('');
  const heading = `${errors.length} error${errors.length === 1 ? '' : 's'} in the manuscript: showing the last good build`;
  return `<div id="${overlayId}" role="alert" style="${style}"><h2 style="margin-top:0">${escape(heading)}</h2><ul style="padding-left:1.2em">${items}</ul><p>Fix the file and save: the page reloads by itself.</p></div>`;
}

/** A whole page for when there has been no good build yet: only the overlay. */
export function overlayPage(diagnostics: readonly Diagnostic[]): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Triptych: manuscript errors</title></head><body>${overlayHtml(diagnostics)}</body></html>\n`;
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
