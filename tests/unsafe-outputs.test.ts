/**
 * Nothing executable from the manuscript reaches any output. The `html-unsafe` check stops such a
 * build, so here the three renderers are run directly on the loaded manuscript (as if the check had
 * been ignored) and every file they make is searched: the page, each XHTML document of the EPUB,
 * and the deck, slides and speaker notes included.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { check } from '../scripts/pipeline/index.ts';
import { renderAll, type Rendered } from '../scripts/render/index.ts';
import { fixture } from './helpers/cli.ts';

/** Traces of the payloads, in any case and position. */
const forbidden = [/pwned/i, /javascript:/i, /<iframe/i, /<object/i, /<embed/i, /<form/i, /data:text\/html/i, /@import/i, /example\.com/i, /\son[a-z]+\s*=/i];

function texts(rendered: Rendered): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const artifact of rendered.artifacts) {
    if (artifact.path.endsWith('.epub')) {
      const entries = unzipSync(artifact.data as Uint8Array);
      for (const [name, data] of Object.entries(entries)) if (/\.(x?html|svg|opf|css)$/.test(name)) out.push([`${artifact.path}!${name}`, strFromU8(data)]);
    } else if (/\.(html|css|svg)$/.test(artifact.path)) {
      out.push([artifact.path, typeof artifact.data === 'string' ? artifact.data : strFromU8(artifact.data)]);
    }
  }
  return out;
}

describe('unsafe raw HTML in the manuscript', async () => {
  const result = await check(fixture('unsafe-everywhere'));
  const rendered = result.manuscript ? await renderAll(result.manuscript) : [];

  it('is reported, so a real build stops', () => {
    expect(result.ok).toBe(false);
    expect(result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'html-unsafe').length).toBeGreaterThanOrEqual(10);
  });

  for (const format of ['html', 'epub', 'deck'] as const) {
    it(`never reaches the ${format} output`, () => {
      const output = rendered.find((r) => r.format === format);
      expect(output).toBeDefined();
      const files = texts(output!);
      expect(files.length).toBeGreaterThan(0);
      for (const [path, text] of files) {
        for (const pattern of forbidden) expect(text, `${path} matches ${pattern}`).not.toMatch(pattern);
        // The only scripts are Triptych's own: the deck's reveal.js, notes plugin and initializer.
        const scripts = text.match(/<script\b[^>]*>/gi) ?? [];
        if (format === 'deck' && path.endsWith('index.html')) {
          expect(scripts).toEqual(['<script src="reveal/reveal.js">', '<script src="reveal/plugin/notes.js">', '<script>']);
          expect(text).toMatch(/<script>Reveal\.initialize\(/);
        } else if (format === 'html') {
          // The page's only script is its JSON-LD, a data block that is never run (`<` escaped in it).
          expect(scripts, path).toEqual(['<script type="application/ld+json">']);
        } else expect(scripts, path).toEqual([]);
      }
    });
  }

  it('keeps the harmless text around the payloads', () => {
    const page = texts(rendered.find((r) => r.format === 'html')!)[0]![1];
    expect(page).toContain('Styled text.');
    expect(page).toContain('data link');
  });
});
