/**
 * fast-check generators of manuscripts, valid and broken: YAML that may not parse, fields of the
 * wrong type, random Unicode, deep nesting, long lines, citations, dates (possible and impossible),
 * directives, raw HTML, images that are missing or outside, bibliographies that are not JSON.
 */
import fc from 'fast-check';

const unicode = fc.string({ unit: 'grapheme', maxLength: 40 });
const word = fc.constantFrom('siege', 'Tobolsk', 'Irtysh', 'Buchholz', 'Buccholz', 'Яміш', 'Бухгольц', 'ᠵᠡᠭᠦᠨ', '1716', '4,000', '20,000 rubles', '12:30', 'a:b', '@', '[', ']', '*', '_', '`', '<', '&amp;', '\\', '|');
const sentence = fc.array(fc.oneof(word, unicode), { maxLength: 20 }).map((parts) => parts.join(' '));

const key = fc.constantFrom('zlatkin1964', 'perdue2005', 'unknown', 'a:b', '', 'ZLATKIN1964');
const citation = fc.oneof(
  key.map((k) => `[@${k}]`),
  fc.tuple(key, fc.constantFrom('p. 12', 'pp. 3–5', 'pp.', 'chap. 2', 'foo 9', '')).map(([k, l]) => `[@${k}, ${l}]`),
  fc.tuple(key, key).map(([a, b]) => `[see @${a}; -@${b}]`),
  key.map((k) => `@${k}`),
);
const month = fc.constantFrom('January', 'February', 'March', 'May', 'August', 'October', 'December', 'Smarch');
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 32 }), month, fc.integer({ min: 900, max: 2100 })).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.integer({ min: 1500, max: 1800 }).map(String),
  fc.tuple(fc.integer({ min: 1500, max: 1800 }), fc.constantFrom('bikatun-raid', 'nope', '')).map(([y, e]) => `:date[${y}]{event=${e}}`),
);
const inline = fc.oneof(sentence, citation, date, fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<iframe src="https://example.org"></iframe>', '![a picture](images/missing.png)', '![](../../etc/passwd)', '![remote](https://example.org/x.png)', '[^n]', '**bold _nested_ text**', '`code`'));
const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

const block = fc.oneof(
  paragraph,
  fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.array(paragraph, { maxLength: 4 }).map((items) => `:::slide\n${items.map((item) => `- ${item}`).join('\n')}\n:::`),
  fc.constantFrom('::timeline', '::map', '::map{chapter=one}', '::map{chapter=nowhere}', '::glance', '::timline', ':::slide', ':::', '[^n]: A note.', '| a | b |\n| - | - |\n| 1 | 2 |'),
  fc.integer({ min: 1, max: 120 }).map((depth) => `${'> '.repeat(depth)}deep quote`),
  fc.integer({ min: 1, max: 60 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
  fc.integer({ min: 100, max: 20_000 }).map((length) => 'x'.repeat(length)),
);

export const chapterBody = fc.array(block, { maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

const yamlValue = fc.oneof(unicode.map((s) => JSON.stringify(s)), fc.integer().map(String), fc.constantFrom('[unclosed', '{a: 1', '- x', 'null', '~', '!!binary x', '"\\u0000"', '1716-02-29', '1700-02-29', '*alias', '&anchor x'));

export const chapterFile = fc.tuple(fc.option(yamlValue, { nil: undefined }), fc.boolean(), chapterBody).map(
  ([title, fenced, body]) => (fenced ? `---\n${title === undefined ? '' : `title: ${title}\n`}---\n\n${body}\n` : `${body}\n`),
);

const event = fc.record({
  id: fc.constantFrom('bikatun-raid', 'yamyshev', 'Bad Id', 'x'),
  date: fc.constantFrom('1710', '1716-02-09', '1700-02-29', '1715-12~', '1665/1667', '171X', '7175-05-13', '1716-02-30', 'soon', '1900'),
  calendar: fc.constantFrom('julian', 'gregorian', 'anno-mundi', 'lunar'),
  title: sentence,
  place: fc.constantFrom('tobolsk', 'nowhere'),
  people: fc.constantFrom('[buchholz]', '[ghost]', '[]'),
  cite: fc.constantFrom('[zlatkin1964]', '[missing]', '[]'),
});

export const bookFile = fc
  .record({
    title: fc.option(yamlValue, { nil: undefined }),
    lang: fc.constantFrom('en', 'ru', 'en_GB', 'x', '""'),
    identifier: fc.constantFrom('urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f', '978-0-674-04202-5', '978-0-674-04202-4', 'nope'),
    extra: fc.array(fc.tuple(fc.constantFrom('subtitel', 'period', 'calendar', 'csl', 'slug', 'deck'), yamlValue), { maxLength: 3 }),
    events: fc.array(event, { maxLength: 4 }),
    chapters: fc.integer({ min: 0, max: 3 }),
    bibliography: fc.constantFrom('references.json', 'missing.json', '../outside.json', undefined),
    body: chapterBody,
  })
  .map((b) => {
    const lines = ['---'];
    if (b.title !== undefined) lines.push(`title: ${b.title}`);
    lines.push('authors: [Fuzz Author]', `lang: ${b.lang}`, `identifier: ${b.identifier}`, 'published: 2026-11-25');
    for (const [k, v] of b.extra) lines.push(`${k}: ${v}`);
    lines.push('people:', '  - {id: buchholz, name: Buchholz, aliases: [Buccholz, {name: Бухгольц, lang: ru}]}');
    lines.push('places:', '  - {id: tobolsk, name: Tobolsk, coords: [58.2, 68.25]}');
    if (b.events.length > 0) {
      lines.push('events:');
      for (const e of b.events) {
        lines.push(`  - id: ${e.id}`, `    date: ${e.date}`, `    calendar: ${e.calendar}`, `    title: ${JSON.stringify(e.title)}`, `    place: ${e.place}`, `    people: ${e.people}`, `    cite: ${e.cite}`);
      }
    }
    if (b.bibliography) lines.push(`bibliography: ${b.bibliography}`);
    if (b.chapters > 0) lines.push('chapters:', ...Array.from({ length: b.chapters }, (_, i) => `  - chapters/c${i}.md`));
    lines.push('---', '', b.body, '');
    return { text: lines.join('\n'), chapters: b.chapters };
  });

export const bibliographyFile = fc.oneof(
  fc.constant('[{"id": "zlatkin1964", "type": "book", "title": "История Джунгарского ханства", "author": [{"family": "Златкин", "given": "И. Я."}], "issued": {"date-parts": [[1964]]}}]'),
  fc.constant('[{"id": "zlatkin1964", "type": "book"}, {"id": "zlatkin1964", "type": "book"}]'),
  fc.constant('[{"id": "perdue2005", "type": "book", "ISBN": "978-0-674-04202-4"}]'),
  fc.constant('{"not": "an array"}'),
  fc.constant('[{"id": 1, "type": "nonsense", "author": "x", "issued": {"date-parts": "1964"}}]'),
  unicode,
);

/* A manuscript that should build: random Unicode prose, structure and nesting, but no mistakes
   the checks would reject, so that the renderers see arbitrary text too. */
const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ÀéßøЖжяΩ中文ᠵᠡ🙂.,;!?-—“”\'"&<>'.split('')), minLength: 1, maxLength: 60 });
const safeInline = fc.oneof(letters, letters.map((t) => `*${t.trim() || 'x'}*`), letters.map((t) => `\`${t}\``), fc.constant('[a link](#top)'), fc.constant('at 12:30, ratio 1:2'));
const safeParagraph = fc.array(safeInline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const safeBlock = fc.oneof(
  safeParagraph,
  fc.tuple(fc.integer({ min: 2, max: 4 }), letters).map(([level, text]) => `${'#'.repeat(level)} ${text.replace(/[#\n]/g, '') || 'Section'}`),
  fc.array(safeParagraph, { minLength: 1, maxLength: 4 }).map((items) => `:::slide\n${items.map((item) => `- ${item}`).join('\n')}\n:::`),
  fc.integer({ min: 1, max: 40 }).map((depth) => `${'> '.repeat(depth)}deep quote`),
  fc.integer({ min: 1, max: 30 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')),
  fc.integer({ min: 100, max: 16_000 }).map((length) => 'x'.repeat(length)),
  fc.constant('| a | b |\n| - | - |\n| 1 | 2 |'),
  fc.constant('Text with a note.[^n]\n\n[^n]: The note.'),
);
const safeChapter = fc.tuple(letters, fc.array(safeBlock, { maxLength: 10 })).map(
  ([title, blocks]) => `---\ntitle: ${JSON.stringify(title.trim() || 'Chapter')}\n---\n\n## Opening\n\n${blocks.join('\n\n')}\n`,
);

// Mostly a few titles, sometimes a random one: a cover is rasterised once per distinct title, and
// the body text, where the variety matters, stays random.
const bookTitle = fc.oneof({ weight: 9, arbitrary: fc.constantFrom('Book', 'Ж — «Ω»', 'Forts & <Rivers>') }, { weight: 1, arbitrary: letters });

export const validManuscript = fc.tuple(bookTitle, fc.array(safeChapter, { minLength: 1, maxLength: 3 })).map(([title, chapters]) => ({
  book: [
    '---',
    `title: ${JSON.stringify(title.trim() || 'Book')}`,
    'authors: [Fuzz Author]',
    'lang: en',
    'identifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f',
    'published: 2026-11-25',
    'chapters:',
    ...chapters.map((_, i) => `  - chapters/c${i}.md`),
    '---',
    '',
  ].join('\n'),
  chapters,
}));
