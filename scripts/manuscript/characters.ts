/**
 * Characters a manuscript file must not hold. Every output is markup, and the EPUB's documents are
 * XML, whose character set (XML 1.0 §2.2, https://www.w3.org/TR/xml/#charsets) has no C0 control
 * characters but tab, line feed and carriage return, and no U+FFFE or U+FFFF: one of them in a
 * chapter made EPUBCheck stop with a fatal error, and some readers refuse the book. A file that is
 * not UTF-8 (saved as Windows-1251 or Latin-1, say) used to be read with each bad byte turned into
 * U+FFFD, silently. Both are reported where they stand, a few per file.
 */
import { readFileSync } from 'node:fs';

export interface CharacterProblem {
  /** Offset in the file's text. */
  offset: number;
  reason: string;
  ruleId: 'encoding-invalid' | 'character-invalid';
}

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const limit = 3;

/** `text` as read (UTF-8, bad bytes replaced); `path` to tell a replaced byte from a U+FFFD the file really holds. */
export function characterProblems(text: string, path: string): CharacterProblem[] {
  // `triptych dev` reads an unchanged file as the very same string (read-cache.ts): its verdict stands.
  const known = lastSeen.get(path);
  if (known?.text === text) return known.problems;
  const problems = scan(text, path);
  lastSeen.set(path, { text, problems });
  return problems;
}

const lastSeen = new Map<string, { text: string; problems: CharacterProblem[] }>();

function scan(text: string, path: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0 && !isUtf8(readFileSync(path))) {
    problems.push({
      offset: replaced,
      reason: 'This file is not UTF-8 from this point on (a byte here is not part of any UTF-8 character): it was saved in another encoding, such as Windows-1251 or Latin-1, and its letters would come out as “�”; save it again as UTF-8',
      ruleId: 'encoding-invalid',
    });
  }
  for (const match of text.matchAll(forbidden)) {
    if (problems.length >= limit) break;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      offset: match.index,
      reason: `The character U+${code} (invisible: ${code.startsWith('FFF') ? 'a noncharacter' : 'a control character'}) is not allowed in XML, which the EPUB is made of: readers would refuse the book; delete it (an editor's "show invisibles" shows where it is)`,
      ruleId: 'character-invalid',
    });
  }
  return problems;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
