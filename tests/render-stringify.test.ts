/** Chapters written into the page and the deck as HTML text (stringify-html.ts `stringifyParts`). */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Raw } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { stringifyParts } from '../scripts/render/hast/stringify-html.ts';

const stringifyWithRaw = (...args: Parameters<typeof stringifyParts>) => stringifyParts(...args).join('');

const document = (text: string, slots: Raw[]): Root => ({
  type: 'root',
  children: [h('html', [h('head', [h('script', { type: 'application/ld+json' }, text)]), h('body', [h('p', text), h('main', slots)])])],
});

describe('writing chapters into a layout as HTML text', () => {
  it('gives what hast-util-to-html gives, each chapter in its place', () => {
    const slots: Raw[] = [{ type: 'raw', value: '<section id="a">Ä – one</section>' }, { type: 'raw', value: '<section id="b">two</section>' }];
    const tree = document('A title – <with> "quotes"', slots);
    expect(stringifyWithRaw(tree, slots)).toBe(toHtml(tree, { allowDangerousHtml: true }));
    expect(slots.map((slot) => slot.value)).toEqual(['<section id="a">Ä – one</section>', '<section id="b">two</section>']);
  });

  it('still does when the document itself holds the marker character (U+FFFF), in text or raw script text', () => {
    const slots: Raw[] = [{ type: 'raw', value: '<section>\uffff0\uffff</section>' }];
    const tree = document('text with \uffff0\uffff in it', slots);
    expect(stringifyWithRaw(tree, slots)).toBe(toHtml(tree, { allowDangerousHtml: true }));
  });

  it('puts the frame (doctype, final newline) around the document, on both paths', () => {
    const frame = { before: '<!doctype html>\n', after: '\n' };
    const slots: Raw[] = [{ type: 'raw', value: '<section>one</section>' }];
    const tree = document('plain', slots);
    expect(stringifyWithRaw(tree, slots, frame)).toBe(`<!doctype html>\n${toHtml(tree, { allowDangerousHtml: true })}\n`);
    const marked = document('with \uffff0\uffff', slots);
    expect(stringifyWithRaw(marked, slots, frame)).toBe(`<!doctype html>\n${toHtml(marked, { allowDangerousHtml: true })}\n`);
  });
});
