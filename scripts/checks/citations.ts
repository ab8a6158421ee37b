/**
 * Citations against the bibliography: every key cited in the text or in an event's `cite` names an
 * entry, every entry is cited somewhere, every locator reads as one, and every paragraph of
 * narrative that states a year, a date or a count cites a source (`citations/claims.ts` says what
 * counts). Messages point at the `@key`, the locator or the claim itself.
 */
import type { FootnoteDefinition, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import type { Citation } from '../manuscript/nodes.ts';
import { isSlideBlock } from '../manuscript/slide-blocks.ts';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { align } from '../citations/align.ts';
import { findClaims, type Claim } from '../citations/claims.ts';
import { closest } from '../citations/closest.ts';
import { readNocite } from '../citations/nocite.ts';
import { isReused, reusedFact } from './check-memo.ts';
import type { Check } from './types.ts';

export const citationsCheck: Check = {
  name: 'citations',
  rules: [
    { id: 'citation-unknown-key', severity: 'error', summary: 'a citation (`[@key]`, `@key`, an event’s `cite` or a `nocite` key) whose key is no `id` in the bibliography; fix the spelling (the message suggests the nearest key) or add the entry' },
    { id: 'citation-unused-entry', severity: 'warning', summary: 'bibliography entries cited neither in the text, in an event’s `cite` nor in `nocite` (they are left out of the bibliography): one line per file with the count and a few keys, or one per entry with `bibliography-unused: list`; cite them, list them in `nocite`, or remove them' },
    { id: 'citation-bad-locator', severity: 'error', summary: 'a locator that is not one (`[@a, pp.]`, `[@a, pg. 5]`, `[@a, p. 12-]`); write a known label and a number (`p. 12`, `chap. 3`, `§ 4`) or wrap it in `{}`' },
    { id: 'citation-missing', severity: 'error', on: 'history', summary: 'a paragraph of narrative that states a year, a date or a count of people, money or guns and cites nothing (see below); add the citation that supports it' },
  ],
  run(manuscript) {
    const entries = manuscript.bibliography?.entries ?? [];
    const ids = entries.flatMap((entry) => (typeof entry?.id === 'string' || typeof entry?.id === 'number' ? [String(entry.id)] : []));
    const known = new Set(ids);
    const cited = new Set<string>();
    const names = (manuscript.bibliography?.sources ?? []).map((source) => `\`${source.file.basename}\``);
    const unknown = (key: string, event?: string) => {
      const near = closest(key, ids);
      const where = names.length > 0 ? `no entry in ${names.join(' or ')} has the id \`${key}\`` : 'the book has no `bibliography:`';
      return `Unknown citation key \`${key}\`${event ? ` in event \`${event}\`` : ''}: ${where}, so the citation cannot be resolved; ${near ? `did you mean \`${near}\`? ` : ''}fix the key or add the entry to the bibliography`;
    };

    for (const chapter of manuscript.chapters) {
      // A reused chapter (check-memo.ts) counts only for `citation-unused-entry`.
      if (isReused(chapter)) {
        for (const key of reusedFact(chapter, 'citations:keys', () => citedKeys(chapter))) cited.add(key);
        continue;
      }
      visit(chapter.tree, 'citation', (node: Citation) => {
        for (const item of node.items) {
          cited.add(item.key);
          if (!known.has(item.key)) report(chapter.file, unknown(item.key), item.position ?? node.position, 'citation-unknown-key');
          if (item.locatorProblem) {
            report(chapter.file, `Bad locator in the citation of \`${item.key}\`: ${item.locatorProblem}; a locator is a label and a number (\`p. 12\`, \`pp. 3–5\`, \`chap. 2\`, \`§ 4\`), or anything inside \`{}\``, item.locatorPosition ?? item.position ?? node.position, 'citation-bad-locator');
          }
        }
      });
      checkClaims(chapter, manuscript.book.lang, ids[0]);
    }

    manuscript.book.events.forEach((event, i) => {
      event.cite.forEach((key, j) => {
        cited.add(key);
        if (!known.has(key)) report(manuscript.bookFile, unknown(key, event.id), manuscript.bookMatter.locate(['events', i, 'cite', j]), 'citation-unknown-key');
      });
    });

    const nocite = readNocite(manuscript);
    for (const { key, position } of nocite.keys) {
      cited.add(key);
      if (!known.has(key)) report(manuscript.bookFile, unknown(key).replace('Unknown citation key', 'Unknown `nocite` key'), position ?? manuscript.bookMatter.locate(['nocite']), 'citation-unknown-key');
    }
    if (!nocite.all) reportUnused(manuscript, cited);
    for (const source of manuscript.bibliography?.sources ?? []) {
      for (const warning of source.entryWarnings ?? []) {
        if (nocite.all || cited.has(String(source.entries[warning.index]?.id))) report(source.file, warning.reason, warning.place, warning.ruleId, 'warning');
      }
    }
  },
};

/**
 * Entries cited nowhere are left out of the bibliography. A library shared by several books has
 * many, so by default each file gets one line saying how many (at its first uncited entry);
 * `bibliography-unused: list` reports each one, for a bibliography that is the book's own.
 */
function reportUnused(manuscript: Manuscript, cited: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const source of manuscript.bibliography?.sources ?? []) {
    const unused: Array<{ id: string; index: number }> = [];
    source.entries.forEach((entry, index) => {
      if (typeof entry?.id !== 'string' && typeof entry?.id !== 'number') return;
      const id = String(entry.id);
      if (seen.has(id)) return;
      seen.add(id);
      if (!cited.has(id)) unused.push({ id, index });
    });
    if (unused.length === 0) continue;
    if (manuscript.book['bibliography-unused'] === 'list') {
      for (const { id, index } of unused) {
        report(source.file, `Bibliography entry \`${id}\` is never cited, in the text, in an event’s \`cite\` or in \`nocite\`, so it is left out of the book’s bibliography; cite it where it supports a claim (\`[@${id}]\`), list it in \`nocite\`, or remove it`, source.locate(index, 'id'), 'citation-unused-entry', 'warning');
      }
      continue;
    }
    const shown = unused.slice(0, 3).map(({ id }) => `\`${id}\``).join(', ');
    const count = unused.length === 1 ? '1 entry' : `${unused.length} of its ${source.entries.length} entries`;
    report(source.file, `${count} ${unused.length === 1 ? 'is' : 'are'} never cited (${shown}${unused.length > 3 ? ', …' : ''}), so ${unused.length === 1 ? 'it is' : 'they are'} left out of the book’s bibliography; that is expected of a library shared by several books. Set \`bibliography-unused: list\` in book.md for one line per entry, or \`nocite: "@*"\` to list every entry`, source.locate(unused[0]!.index, 'id'), 'citation-unused-entry', 'warning');
  }
}

/** The keys `chapter` cites, in order, repeated as often as cited. */
function citedKeys(chapter: Chapter): string[] {
  const keys: string[] = [];
  visit(chapter.tree, 'citation', (node: Citation) => {
    for (const item of node.items) keys.push(item.key);
  });
  return keys;
}

/**
 * Narrative is the chapter's prose: paragraphs at the top level, in block quotes, in lists and in
 * divs other than `::: slide` blocks (the deck's bullet points). Headings, table cells,
 * slide blocks and footnote definitions are not narrative. A paragraph cites when it holds a
 * citation, or a footnote reference whose note holds one.
 */
function checkClaims(chapter: Chapter, lang: string, firstKey: string | undefined): void {
  // The example cites a key of the author's own bibliography; a book without one is told to add one.
  const advice = firstKey
    ? `add the citation that supports it (\`[@${firstKey}, p. 12]\`, with the key of the right work), or a footnote that cites one`
    : 'the book has no `bibliography:` to cite from: add one (a CSL-JSON file) to book.md and cite it (`[@key, p. 12]`), or set `citation-missing: off` under `checks:`';
  const source = String(chapter.file.value);
  const toPoint = location(chapter.file).toPoint;
  const notes = new Map<string, FootnoteDefinition>();
  visit(chapter.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    notes.set(node.identifier, node);
  });
  const walk = (parent: Root | Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'paragraph') checkParagraph(child);
      else if (child.type === 'blockquote' || child.type === 'list' || child.type === 'listItem') walk(child);
      else if (child.type === 'div' && !isSlideBlock(child)) walk(child);
    }
  };
  const checkParagraph = (paragraph: Paragraph) => {
    let cites = false;
    let claim: { claim: Claim; position: Position | undefined } | undefined;
    visit(paragraph, (node) => {
      if (node.type === 'citation') cites = true;
      else if (node.type === 'footnoteReference') {
        const note = notes.get(node.identifier);
        if (note) visit(note, 'citation', () => {
          cites = true;
        });
      } else if (node.type === 'dateMention' && !claim) {
        claim = { claim: { kind: node.month === undefined ? 'year' : 'date', text: node.value, start: 0, end: node.value.length }, position: node.position };
      } else if (node.type === 'text' && !claim) {
        const found = findClaims(node.value, lang)[0];
        if (found) {
          const offsets = align(node, source)?.offsets;
          const start = offsets?.[found.start];
          const end = offsets?.[found.end - 1];
          const from = start === undefined ? undefined : toPoint(start);
          const to = end === undefined ? undefined : toPoint(end + 1);
          claim = { claim: found, position: from && to ? { start: from, end: to } : node.position };
        }
      } else if (node.type === 'link' || node.type === 'inlineCode') return 'skip';
      return undefined;
    });
    if (claim && !cites) {
      const what = { year: 'a year', date: 'a date', count: 'a count' }[claim.claim.kind];
      report(chapter.file, `Uncited claim: this paragraph states ${what} (\`${claim.claim.text}\`) but cites no source, so a reader cannot check it; ${advice}`, claim.position ?? paragraph.position, 'citation-missing');
    }
  };
  walk(chapter.tree);
}
