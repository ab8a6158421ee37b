/**
 * A generated reference library, the same entries written twice: as BibTeX the way Zotero or JabRef
 * export it (LaTeX accents, `--` ranges, `{Braced}` words, `@string` journals, abstracts), and as the
 * CSL-JSON those entries mean. Deterministic (a seeded generator), so a test can build a book from
 * either and compare. About 450 bytes of BibTeX an entry: 5,000 entries are over 2 MB.
 */
export interface Library {
  bibtex: string;
  json: string;
  keys: string[];
}

interface Person {
  family: [latex: string, text: string];
  given: [latex: string, text: string];
}

const people: Person[] = [
  { family: ['M{\\"u}ller', 'Müller'], given: ['J{\\"o}rg', 'Jörg'] },
  { family: ['Dupont', 'Dupont'], given: ['{\\\'E}tienne', 'Étienne'] },
  { family: ['Garc{\\\'i}a', 'García'], given: ['Jos{\\\'e}', 'José'] },
  { family: ['Smith', 'Smith'], given: ['Anna', 'Anna'] },
  { family: ['Nowak', 'Nowak'], given: ['Ma{\\l}gorzata', 'Małgorzata'] },
  { family: ['{\\O}stergaard', 'Østergaard'], given: ['Lars', 'Lars'] },
  { family: ['Perdue', 'Perdue'], given: ['Peter C.', 'Peter C.'] },
  { family: ['Bergholz', 'Bergholz'], given: ['Fred W.', 'Fred W.'] },
  { family: ['Sch{\\"o}nberg', 'Schönberg'], given: ['Clara', 'Clara'] },
  { family: ['Ko{\\c{c}}', 'Koç'], given: ['Ay{\\c{s}}e', 'Ayşe'] },
  { family: ['Lef{\\`e}vre', 'Lefèvre'], given: ['Marie', 'Marie'] },
  { family: ['Brown', 'Brown'], given: ['Thomas', 'Thomas'] },
];

const words = ['empire', 'steppe', 'frontier', 'trade', 'river', 'fortress', 'embassy', 'caravan', 'treaty', 'mapping', 'silver', 'horses', 'archive', 'chronicle', 'border', 'nomads', 'colonial', 'memory', 'salt', 'winter'];
const journals: Array<[macro: string, name: string]> = [
  ['jas', 'Journal of Asian Studies'],
  ['cas', 'Central Asian Survey'],
  ['kri', 'Kritika: Explorations in Russian and Eurasian History'],
];
const publishers = ['Harvard University Press', 'Cambridge University Press', 'Brill', 'Routledge'];

/** mulberry32: a small seeded generator, so the library is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLibrary(count: number, seed = 18): Library {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const bib: string[] = journals.map(([macro, name]) => `@string{${macro} = {${name}}}`);
  const json: Array<Record<string, unknown>> = [];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const authors = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(people));
    const year = 1950 + Math.floor(next() * 70);
    const key = `${authors[0]!.family[1].toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${year}-${i}`;
    keys.push(key);
    const topic = [pick(words), pick(words), pick(words)];
    const title = `The ${topic[0]} and the ${topic[1]}: ${capital(topic[2]!)} in {Siberia}, ${year - 20}--${year - 10}`;
    const titleText = `The ${topic[0]} and the ${topic[1]}: ${capital(topic[2]!)} in Siberia, ${year - 20}–${year - 10}`;
    const abstract = Array.from({ length: 24 }, () => pick(words)).join(' ');
    const author = authors.map((p) => `${p.family[0]}, ${p.given[0]}`).join(' and ');
    const authorJson = authors.map((p) => ({ family: p.family[1], given: p.given[1] }));
    const kind = next();
    const first = 1 + Math.floor(next() * 300);
    if (kind < 0.5) {
      const [macro, name] = pick(journals);
      bib.push(`@article{${key},\n  author = {${author}},\n  title = {${title}},\n  journal = ${macro},\n  year = {${year}},\n  volume = {${1 + (i % 40)}},\n  number = {${1 + (i % 4)}},\n  pages = {${first}--${first + 20}},\n  abstract = {${abstract}},\n}\n`);
      json.push({ id: key, type: 'article-journal', author: authorJson, title: titleText, 'container-title': name, issued: { 'date-parts': [[year]] }, volume: String(1 + (i % 40)), issue: String(1 + (i % 4)), page: `${first}-${first + 20}`, abstract });
    } else if (kind < 0.8) {
      const publisher = pick(publishers);
      bib.push(`@book{${key},\n  author = {${author}},\n  title = {${title}},\n  publisher = {${publisher}},\n  address = {Cambridge},\n  year = {${year}},\n  abstract = {${abstract}},\n}\n`);
      json.push({ id: key, type: 'book', author: authorJson, title: titleText, publisher, 'publisher-place': 'Cambridge', issued: { 'date-parts': [[year]] }, abstract });
    } else {
      const editor = pick(people);
      const publisher = pick(publishers);
      bib.push(`@incollection{${key},\n  author = {${author}},\n  title = {${title}},\n  booktitle = {Essays on the ${topic[2]}},\n  editor = {${editor.family[0]}, ${editor.given[0]}},\n  publisher = {${publisher}},\n  year = {${year}},\n  pages = {${first}--${first + 20}},\n  abstract = {${abstract}},\n}\n`);
      json.push({ id: key, type: 'chapter', author: authorJson, title: titleText, 'container-title': `Essays on the ${topic[2]}`, editor: [{ family: editor.family[1], given: editor.given[1] }], publisher, issued: { 'date-parts': [[year]] }, page: `${first}-${first + 20}`, abstract });
    }
  }
  return { bibtex: `${bib.join('\n')}\n`, json: `${JSON.stringify(json, null, 1)}\n`, keys };
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
