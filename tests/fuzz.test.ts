/**
 * Property: any manuscript — valid or broken — either builds or gives positioned diagnostics
 * with rule ids; the pipeline never throws. `npm test` runs a few hundred cases; `npm run fuzz`
 * runs 10,000 (FUZZ_RUNS) and prints the figure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../scripts/pipeline/index.ts';
import { renderAll } from '../scripts/render/index.ts';
import { bibliographyFile, bookFile, chapterFile, validManuscript } from './fuzz/arbitraries.ts';

const runs = Number(process.env['FUZZ_RUNS'] ?? 200);
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

/** Half broken anything, half valid structure with arbitrary text, so the renderers are fuzzed too. */
const manuscripts = fc.oneof(
  fc.tuple(bookFile, fc.array(chapterFile, { minLength: 3, maxLength: 3 }), bibliographyFile).map(([book, chapters, bibliography]) => ({ book: book.text, chapters, bibliography })),
  validManuscript.map(({ book, chapters }) => ({ book, chapters, bibliography: undefined as string | undefined })),
);

describe('random manuscripts', () => {
  it(`build cleanly or give positioned diagnostics with rule ids, never an exception (${runs} runs)`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'triptych-fuzz-'));
    let built = 0;
    let rejected = 0;
    let index = 0;
    await fc.assert(
      fc.asyncProperty(manuscripts, async ({ book, chapters, bibliography }) => {
        const dir = join(root, String(index++));
        mkdirSync(join(dir, 'chapters'), { recursive: true });
        writeFileSync(join(dir, 'book.md'), book);
        chapters.forEach((text, i) => writeFileSync(join(dir, 'chapters', `c${i}.md`), text));
        if (bibliography !== undefined) writeFileSync(join(dir, 'references.json'), bibliography);
        try {
          const result = await check(dir);
          for (const file of result.files) {
            for (const message of file.messages) {
              expect(message.ruleId, message.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
              expect(message.line ?? 0, `${message.ruleId}: ${message.reason}`).toBeGreaterThanOrEqual(1);
              expect(message.column ?? 0, `${message.ruleId}: ${message.reason}`).toBeGreaterThanOrEqual(1);
            }
          }
          if (result.ok && result.manuscript) {
            const rendered = await renderAll(result.manuscript);
            expect(rendered.map((r) => r.format)).toEqual(['epub', 'html', 'deck']);
            built++;
          } else rejected++;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
    );
    rmSync(root, { recursive: true, force: true });
    process.stdout.write(`fuzz: ${runs} runs, ${built} built, ${rejected} rejected with diagnostics, 0 failures\n`);
    expect(built + rejected).toBe(runs);
    expect(built, 'the valid half must reach the renderers').toBeGreaterThan(runs / 10);
  }, 60 * 60 * 1000);
});
