/**
 * Language of parts (WCAG 2.1 SC 3.1.2; XHTML's `xml:lang`, WCAG technique H57): a cited work in another
 * language has its own words (its title, its authors' names) marked with its language in every
 * output, the page, the EPUB and the deck, and only those: the words and the punctuation the
 * citation style adds (`and`, `n.d.`, `In`, `no.`, a month) stay in the book's language. Every
 * XHTML content document says its language with both `lang` and `xml:lang` on its root.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Element, Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem } from '../scripts/manuscript/csl.ts';
import { build } from '../scripts/pipeline/index.ts';
import { xhtmlDocument } from '../scripts/render/epub/xhtml.ts';
import { workLanguage } from '../scripts/render/hast/work-language.ts';
import { workParts } from '../scripts/render/hast/work-parts.ts';

const slow = 120_000;

const references: CslItem[] = [
  {
    id: 'lizunov_solovyov',
    type: 'article-journal',
    title: 'Об истории основания Ямышева как предшественника Омска',
    author: [{ family: 'Лизунов', given: 'В. В.' }, { family: 'Соловьёв', given: 'А. А.' }],
    language: 'ru',
  },
  {
    id: 'umetbaev2019',
    type: 'article-journal',
    title: 'Джунгары у стен Красноярска. 1667 год',
    author: [{ family: 'Уметбаев', given: 'Т. Ш.' }],
    'container-title': 'The Newman in Foreign Policy',
    issue: '47 (91)',
    issued: { 'date-parts': [[2019]] },
    language: 'ru',
  },
  {
    id: 'muller1760',
    type: 'article-journal',
    title: 'Известие о песошном золоте в Бухарии',
    author: [{ family: 'Миллер', given: 'Г. Ф.' }],
    'container-title': 'Сочинения и переводы, к пользе и увеселению служащие',
    issued: { 'date-parts': [[1760, 1]] },
    language: 'ru',
  },
  {
    id: 'ruwiki_bikatun',
    type: 'entry-encyclopedia',
    title: 'Бикатунский острог',
    'container-title': 'Википедия',
    language: 'ru',
  },
  {
    id: 'mark2015',
    type: 'book',
    title: 'Imperial Science im Zarenreich',
    author: [{ family: 'Mark', given: 'Rudolf A.' }],
    issued: { 'date-parts': [[2015]] },
    'publisher-place': 'Lüneburg',
    URL: 'http://www.ikgn.de/online-publikationen/mark.htm',
    language: 'de',
  },
  {
    id: 'forsyth1992',
    type: 'book',
    title: 'A History of the Peoples of Siberia',
    author: [{ family: 'Forsyth', given: 'James' }],
    issued: { 'date-parts': [[1992]] },
    language: 'en',
  },
];

const book = `---
title: Forts on the Irtysh
authors: [Ada Author]
lang: en
slug: forts
identifier: urn:uuid:6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
published: 2026-11-25
chapters: [chapters/one.md]
bibliography: references.json
---
`;

const chapter = `---
title: One
---

## The forts

Yamyshev came before Omsk [@lizunov_solovyov; @umetbaev2019, 12]. As @muller1760 [p. 3] tells, gold
drew the Russians south [@ruwiki_bikatun; @mark2015; @forsyth1992].

:::slide
- Yamyshev came first [@lizunov_solovyov; @ruwiki_bikatun]
- Science served the empire [@mark2015]
:::
`;

interface Outputs {
  page: string;
  deck: string;
  /** The EPUB's XHTML files, by name. */
  xhtml: Map<string, string>;
  epub: string;
}

let outputs: Outputs;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-languages-'));
  mkdirSync(join(dir, 'chapters'));
  writeFileSync(join(dir, 'book.md'), book);
  writeFileSync(join(dir, 'chapters/one.md'), chapter);
  writeFileSync(join(dir, 'references.json'), JSON.stringify(references, null, 2));
  const out = join(dir, 'dist');
  const result = await build({ dir, out });
  if (!result.ok) throw new Error(`the fixture did not build: ${result.files.flatMap((file) => file.messages.map(String)).join('\n')}`);
  const epub = join(out, 'forts.epub');
  const entries = unzipSync(new Uint8Array(readFileSync(epub)));
  const xhtml = new Map(Object.entries(entries).filter(([name]) => name.endsWith('.xhtml')).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  outputs = { page: readFileSync(join(out, 'forts.html'), 'utf8'), deck: readFileSync(join(out, 'forts-deck/index.html'), 'utf8'), xhtml, epub };
}, slow);

/** A text of a citation or a bibliography entry (a URL aside), with the language it is in. */
interface Run {
  text: string;
  lang: string | undefined;
  xmlLang: string | undefined;
}

/** The text runs of the citations (`.citation`, `.deck-cite`) and entries (`li#ref-…`, `li#deck-source-…`) of an HTML or XHTML file. */
function citationRuns(html: string): Run[] {
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root);
  const runs: Run[] = [];
  const walk = (node: Nodes, inside: boolean, lang: string | undefined, xmlLang: string | undefined) => {
    if (node.type === 'text') {
      if (inside && node.value.trim() !== '') runs.push({ text: node.value, lang, xmlLang });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = inside;
    if (node.type === 'element') {
      const element: Element = node;
      const classes = (element.properties['className'] as string[] | undefined) ?? [];
      const id = String(element.properties['id'] ?? '');
      const href = String(element.properties['href'] ?? '');
      // A URL is no language's words; "Cited in" is the page's own.
      if (/^https?:/.test(href) || classes.includes('cited-in')) return;
      here ||= classes.includes('citation') || classes.includes('deck-cite') || (element.tagName === 'li' && /^(ref-|deck-source-)/.test(id));
      if (element.properties['lang'] !== undefined) lang = String(element.properties['lang']);
      if (element.properties['xmlLang'] !== undefined) xmlLang = String(element.properties['xmlLang']);
    }
    for (const child of node.children) walk(child, here, lang, xmlLang);
  };
  walk(tree, false, undefined, undefined);
  return runs;
}

const cyrillic = /\p{Script=Cyrillic}/u;

/** Every output's citation runs: the page, each XHTML file of the EPUB, the deck. */
function allRuns(): Array<[string, Run[]]> {
  return [['page', citationRuns(outputs.page)], ...[...outputs.xhtml].map(([name, text]): [string, Run[]] => [name, citationRuns(text)]), ['deck', citationRuns(outputs.deck)]];
}

describe('the language of cited works', () => {
  it('marks every Cyrillic word of a citation or a bibliography entry with lang="ru", on the page, in the EPUB (with xml:lang) and on the deck’s slides and sources', () => {
    const runs = allRuns();
    for (const output of ['page', 'OEBPS/ch01.xhtml', 'OEBPS/bibliography.xhtml', 'deck']) {
      expect(runs.find(([name]) => name === output)?.[1].some((run) => cyrillic.test(run.text)), `${output} cites Russian works`).toBe(true);
    }
    const unmarked = runs.flatMap(([output, outputRuns]) =>
      outputRuns.filter((run) => cyrillic.test(run.text) && (run.lang !== 'ru' || (output.endsWith('.xhtml') && run.xmlLang !== 'ru'))).map((run) => `${output}: ${run.text}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('leaves the words and punctuation the style adds (and, n.d., In, no., a month, an English journal title) outside the work’s language', () => {
    const english = allRuns().flatMap(([output, runs]) => runs.filter((run) => run.lang === 'ru' && /\p{Script=Latin}/u.test(run.text)).map((run) => `${output}: ${run.text}`));
    expect(english).toEqual([]);
    // As the reader meets them: each name and the title marked, the rest the book's.
    expect(outputs.page).toMatch(/<a href="#ref-lizunov_solovyov" id="cite-lizunov_solovyov-1"><span lang="ru">Лизунов<\/span> and <span lang="ru">Соловьёв<\/span>, n\.d\.<\/a>/);
    expect(outputs.page).toContain('“<span lang="ru">Джунгары у стен Красноярска. 1667 год</span>.” <i>The Newman in Foreign Policy</i>, no. 47 (91).');
    expect(outputs.page).toContain('n.d. In <i lang="ru">Википедия</i>.');
    expect(outputs.page).toContain('<i lang="ru">Сочинения и переводы, к пользе и увеселению служащие</i>, January.');
    expect(outputs.page).toContain('<span lang="de">Mark</span>, <span lang="de">Rudolf A.</span> 2015. <i lang="de">Imperial Science im Zarenreich</i>.');
    expect(outputs.page).not.toMatch(/lang="\w+">[^<]*online-publikationen/);
    expect(outputs.deck).toContain('<a href="#/deck-source-lizunov_solovyov" class="citation"><span lang="ru">Лизунов</span> and <span lang="ru">Соловьёв</span> n.d.</a>');
    // A work in the book's language is not marked.
    expect(outputs.page).toMatch(/<li id="ref-forsyth1992" class="csl-entry">Forsyth, James\./);
  });

  it('finds a work’s own words however the style wrote them: letter case, quotation marks, white space, periods, initials', () => {
    const item: CslItem = { id: 'x', type: 'book', language: 'fr', title: "L'Asie centrale", author: [{ family: 'Courant', given: 'Maurice Auguste' }], publisher: 'A. Rey' };
    const marked = (text: string) => workParts(text, item, 'en').map((part) => text.slice(part.start, part.end));
    expect(marked('COURANT, Maurice Auguste. L’Asie centrale. A Rey.')).toEqual(['COURANT', 'Maurice Auguste', 'L’Asie centrale', 'A Rey']);
    expect(marked('M. A. Courant, “L’Asie\u00a0centrale,” n.d.')).toEqual(['M. A. Courant', 'L’Asie\u00a0centrale']);
    // Whole words only: `Courant` is no part of `Courants`.
    expect(marked('Courants')).toEqual([]);
  });

  it('takes a work’s language from its CSL `language`, only when it is a language tag and not the book’s, and a value only when it is in that language’s script', () => {
    const item = (language: unknown): CslItem => ({ id: 'x', type: 'book', title: 'История Сибири', language });
    expect(workLanguage(item('RU'), 'en')).toBe('ru');
    expect(workLanguage(item('en-US'), 'en')).toBeUndefined();
    expect(workLanguage(item('Russian'), 'en')).toBeUndefined();
    expect(workLanguage(item(undefined), 'en')).toBeUndefined();
    const russian: CslItem = { id: 'y', type: 'article-journal', language: 'ru', title: 'Джунгары', 'container-title': 'The Newman in Foreign Policy', author: [{ family: 'Umetbaev' }] };
    expect(workParts('Umetbaev. “Джунгары.” The Newman in Foreign Policy', russian, 'en').map((part) => part.lang)).toEqual(['ru']);
  });
});

describe('the language of XHTML content documents', () => {
  it('puts xml:lang beside lang on the root html element', () => {
    expect(xhtmlDocument({ title: 'One', lang: 'en', body: [] })).toMatch(/<html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[^>]* lang="en" xml:lang="en">/);
    for (const [name, text] of outputs.xhtml) expect(text, name).toMatch(/<html [^>]*lang="en" xml:lang="en"/);
  });

  it('gives EPUBCheck (with usage messages) no HTM-020', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'triptych-epubcheck-')), 'report.json');
    const run = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', outputs.epub, '-u', '--json', report], { encoding: 'utf8' });
    if (run.error) throw run.error;
    const messages = (JSON.parse(readFileSync(report, 'utf8')) as { messages: Array<{ ID: string; severity: string; message: string }> }).messages;
    expect(messages.filter((message) => message.ID === 'HTM-020')).toEqual([]);
    expect(messages.filter((message) => message.severity === 'ERROR' || message.severity === 'FATAL')).toEqual([]);
  }, slow);
});
