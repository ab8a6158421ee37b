/**
 * package.json as the package's contract: a scoped name with the `triptych` command, the Node it
 * needs, the API, its types and the schema as exports, `files` that ship only what runs, and
 * `dependencies` that are exactly the packages the bundle leaves outside itself (everything else is
 * bundled at pack time, so an install needs neither it nor esbuild nor tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assetPackages, projectRoot } from '../scripts/resources.ts';

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  private?: boolean;
  bin: Record<string, string>;
  engines: Record<string, string>;
  exports: Record<string, unknown>;
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('package.json', () => {
  it('names a scoped package whose command is `triptych`, for Node 20.19 and later', () => {
    expect(manifest.name).toMatch(/^@[a-z0-9-]+\/triptych$/);
    expect(manifest.bin).toEqual({ triptych: './bin/triptych.js' });
    expect(manifest.engines).toEqual({ node: '>=20.19' });
    expect(manifest.private).toBeUndefined();
  });

  it('depends on exactly the packages the bundle reads or loads from node_modules', async () => {
    const { externalPackages } = (await import(pathToFileURL(join(projectRoot, 'scripts/bundle/build-bundle.mjs')).href)) as { externalPackages: string[] };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...assetPackages, ...externalPackages].sort());
    for (const tool of ['esbuild', 'tsx', 'typescript']) expect(Object.keys(manifest.devDependencies)).toContain(tool);
  });

  it('builds the bundle when packed, and ships it with the runner and the templates, nothing else', () => {
    expect(manifest.scripts['prepack']).toBe('node scripts/bundle/prebuild.mjs');
    expect(manifest.files).toEqual(['bin/triptych.js', 'bin/prebuilt/', 'scripts/bundle/run-bundle.mjs', 'scripts/bundle/code-cache.mjs', 'templates/']);
    // What the installed bin imports from scripts/ is in that list.
    const bin = readFileSync(join(projectRoot, 'bin/triptych.js'), 'utf8');
    const staticImports = [...bin.matchAll(/^import .* from '\.\.\/(scripts\/[^']+)';$/gm)].map((match) => match[1]);
    expect(staticImports).toEqual(['scripts/bundle/run-bundle.mjs']);
    expect(readFileSync(join(projectRoot, 'scripts/bundle/run-bundle.mjs'), 'utf8')).toMatch(/from '\.\/code-cache\.mjs'/);
  });

  it('exports the API with its types, and the front matter’s JSON Schema', () => {
    expect(manifest.exports).toEqual({
      '.': { types: './bin/prebuilt/index.d.ts', default: './bin/prebuilt/api.cjs' },
      './book.schema.json': './templates/book.schema.json',
      './package.json': './package.json',
    });
  });
});
