/**
 * Whether a number that could be a year (`1716`, `780`) reads as one where it stands. A reader
 * does not read a year in a measure, a count, an identifier, a version, a formula, a page number or
 * a copyright notice, and neither do the dates rules (find-dates.ts) or `citation-missing`
 * (citations/claims.ts), which both ask here. The classes, each with a test in
 * tests/dates-false-alarms.test.ts:
 *   - a unit or counted noun after it: `1000 px`, `512 MB`, `1200 km`, `100 %`, `2048 bytes`,
 *     `1500 men`, `2000 years` (a number with letters glued to it, `1000px`, is never a year);
 *   - an identifier: `CVE-2025-51591`, `RFC 2119`, `ISO 8601`, `IEEE 754` (capitals or a word and
 *     a hyphen before it, or a long run of digits after it); `AD 1716`, `mid-1716` stay years;
 *   - a version: `version 2019`, `release 1024`, `v. 1716`, `LaTeX 2023+`;
 *   - a value: `width="780"`, `= 1024`, `2^10`, `1024 × 768`;
 *   - a file name: `report.2024.pdf`, `1716.txt`;
 *   - a page, folio or volume number: `p. 1716`, `pp. 1203–1210`, `№ 1716`;
 *   - a copyright notice: `Copyright 2006–2024`, `© 2024`, `(c) 1999`.
 * Code, URLs, attribute syntax and table columns of plain numbers never reach here: the callers
 * read text nodes only, and remark-dates skips such columns.
 */

/** Units and counted nouns that make the number before them a quantity. */
const units = [
  // measures (symbols are matched case-sensitively)
  'px', 'pt', 'pc', 'em', 'rem', 'dpi', 'ppi', 'KB', 'kB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB', 'Kbps', 'Mbps', 'Gbps',
  'Hz', 'kHz', 'MHz', 'GHz', 'ms', 'µs', 'ns', 'km', 'cm', 'mm', 'nm', 'µm', 'kg', 'mg', 'lb', 'lbs', 'oz', 'ft', 'mph', 'km/h',
  'kW', 'MW', 'kWh', 'mAh', 'kcal', '°', '°C', '°F', '%', '‰',
].map((unit) => unit.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&'));

const countedNouns = [
  // measures and data, in words
  'pixels?', 'points?', 'bytes?', 'kilobytes?', 'megabytes?', 'gigabytes?', 'bits?', 'hertz', 'metres?', 'meters?', 'kilometres?',
  'kilometers?', 'miles?', 'feet', 'foot', 'yards?', 'inches', 'grams?', 'kilograms?', 'tonnes?', 'tons?', 'pounds?', 'litres?',
  'liters?', 'degrees?', 'percent', 'per cent', 'versts?', 'poods?', 'roubles?', 'rubles?', 'dollars?', 'euros?',
  // time spans: `2000 years` is a length of time, not a year
  'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'centuries',
  // things counted
  'men', 'man', 'women', 'soldiers', 'troops', 'horsemen', 'riders', 'cavalry', 'infantry', 'warriors', 'people', 'persons',
  'households', 'families', 'tents', 'yurts', 'horses', 'camels', 'sheep', 'cattle', 'head', 'guns', 'cannon', 'muskets', 'boats',
  'ships', 'carts', 'wagons', 'copies', 'pages', 'words', 'lines', 'characters', 'times', 'items', 'entries', 'rows', 'columns',
  'records', 'elements', 'nodes', 'steps', 'iterations', 'users', 'votes', 'strong',
];

/** `1500 men`, `2000 or 3000 soldiers`, `1200 versts`, `512 MB`, `100 %` (after the number). */
const rangeTail = String.raw`(?:\s*(?:or|to|and|[\u2013-])\s*[\d,]+)?`;
const unitAfter = new RegExp(String.raw`^${rangeTail}[ \u00a0\u202f]?(?:${units.join('|')})(?![\p{L}\p{N}])`, 'u');
const nounAfter = new RegExp(String.raw`^${rangeTail}\s+(?:${countedNouns.join('|')})(?![\p{L}\p{N}])`, 'iu');

/**
 * In English, any plural noun after a number makes it a count (`1024 keys`, `2048 rows`), unless
 * the number follows a word that introduces a year (`in 1716 settlers came`) or the word is a verb
 * a year often takes as its subject (`1716 marks the end`).
 */
const pluralAfter = /^\s+(\p{Ll}+s)(?![\p{L}\p{N}])/u;
const notPlurals = new Set([
  'is', 'was', 'has', 'does', 'as', 'its', 'this', 'thus', 'us', 'yes', 'less', 'unless', 'always', 'perhaps', 'besides', 'across',
  'towards', 'afterwards', 'marks', 'sees', 'brings', 'begins', 'ends', 'opens', 'closes', 'remains', 'becomes', 'finds', 'shows',
  'gives', 'makes', 'starts', 'stands', 'follows', 'comes', 'goes', 'means', 'matters', 'seems', 'proves', 'turns', 'belongs', 'lies',
]);
const yearWordBefore = /(?:\b(?:in|by|since|until|till|from|after|before|during|circa|c\.|ca\.|year|spring|summer|autumn|fall|winter)\s+|\b(?:pre|post|mid|early|late)-)$/i;

/** Page, folio, volume, number and currency marks before a number. */
const pageBefore = /(?:\b(?:pp?|pages?|vols?|nos?|fols?|ff?|ll?|cols?|ch|chap|art|sect?)\.?|[§№#$£€₽¥])\s*$/i;
/** The first number of a range, taken off before looking further back (`pp. 1203–1210`, `2006--2024`). */
const rangeBefore = /\d+\s*[–—-]+\s*$/;
const copyrightBefore = /(?:\bcopyright|©|\(c\)|\bcopr\.)\s*(?:©\s*)?$/i;
const versionBefore = /\b(?:versions?|releases?|builds?|revisions?|rev\.|v\.?|patch|updates?)\s*$/i;
/** An identifier's prefix: capitals (`RFC 2119`, `ISO/IEC 8859`) but eras, or a word and a hyphen (`CVE-2025`). */
const identifierBefore = /(?:\b(\p{Lu}{2,})[ \u00a0-]|\b(\p{L}[\p{L}\p{N}]*)-)$/u;
const eras = new Set(['AD', 'BC', 'BCE', 'CE', 'AM', 'AH', 'AUC', 'BP', 'OS', 'NS']);
/** Words that put a hyphen before a year without making it an identifier (`mid-1716`). */
const yearPrefixes = new Set(['mid', 'pre', 'post', 'early', 'late', 'ca', 'c', 'circa', 'anti', 'non', 'since', 'until', 'till', 'by', 'in', 'from']);
/** An identifier's tail (`2025-51591`), a version's (`2023+`), a file extension (`1716.txt`). */
const identifierAfter = /^(?:-\d{5,}|\+(?!\d)|\.\p{L})/u;
/** A formula or a value: `= 1024`, `width="780"`, `2^10`, `1024 × 768`. */
const valueBefore = /(?:[=<>≤≥≈^×÷*·]\s*["'“]?|\d\s*[x×*]\s*)$/u;
const valueAfter = /^\s*(?:[×*·^÷=<>≤≥]|x\s*\d)/u;

/** Whether the number at `text[start, end)` is no year, by what stands around it (`lang`: the text's language). */
export function notAYear(text: string, start: number, end: number, lang = 'en'): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const beforeRange = before.replace(rangeBefore, '');
  if (pageBefore.test(beforeRange) || copyrightBefore.test(beforeRange) || versionBefore.test(before)) return true;
  if (unitAfter.test(after) || nounAfter.test(after)) return true;
  const plural = /^en\b/i.test(lang) ? pluralAfter.exec(after)?.[1] : undefined;
  if (plural !== undefined && !notPlurals.has(plural) && !plural.endsWith('ss') && !yearWordBefore.test(before)) return true;
  if (identifierAfter.test(after) || valueBefore.test(before) || valueAfter.test(after)) return true;
  const identifier = identifierBefore.exec(before);
  if (identifier) {
    const [, capitals, word] = identifier;
    // Capitals are an acronym only in text that is not itself in capitals (`THE SIEGE OF 1716`).
    if (capitals !== undefined ? !eras.has(capitals) && /\p{Ll}/u.test(before + after) : !yearPrefixes.has(word!.toLowerCase())) return true;
  }
  return false;
}
