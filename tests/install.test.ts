/**
 * The package as an author gets it: `npm pack` (which runs `prepack`), the tarball installed into
 * an empty project with `npm install <tarball>`, and Triptych run there through `npx`, as the
 * README's "Install" says. The book it scaffolds and a copy of the flagship (timeline, maps, deck)
 * build there into three outputs that EPUBCheck passes, the scaffold's CI workflow runs as written,
 * the API and its types work from the package's name, and nothing is written inside the installed
 * package. Slow (npm installs the tarball's dependencies), so everything shares one install, and
 * the steps run in order, as an author would take them: the API's step uses the books built before it.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../scripts/resources.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';
import { readTree } from './helpers/tree.ts';
import { fixture, runCli } from './helpers/cli.ts';

const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), 'triptych-install-'));
const project = join(work, 'project');
const installed = join(project, 'node_modules', name);
// The code cache's home, so the test can see where it goes (and that it is not the package).
const cacheHome = join(work, 'cache');
const env = { ...process.env, XDG_CACHE_HOME: cacheHome, TRIPTYCH_CACHE_DIR: undefined, NO_COLOR: '1', FORCE_COLOR: undefined };

function run(command: string, args: string[], cwd = project): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 900_000 });
  if (result.error) throw result.error;
  return result;
}

/** Every file under `dir` with a hash of its bytes, one line each, sorted. */
function listing(dir: string): string {
  const lines: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else lines.push(`${relative(dir, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(dir);
  return lines.sort().join('\n');
}

const problems = (epub: string) => describeMessages(epubcheck(epub).messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity)));

/** The three outputs of a build into `out`: one EPUB, one page, one deck. */
function outputsOf(out: string): { epub: string; html: string; deck: string } {
  const names = readdirSync(out);
  const one = (test: (name: string) => boolean, what: string) => {
    const found = names.filter(test);
    expect(found, `${what} in ${out}: ${names.join(', ')}`).toHaveLength(1);
    return join(out, found[0] ?? '');
  };
  return {
    epub: one((n) => n.endsWith('.epub'), 'one EPUB'),
    html: one((n) => n.endsWith('.html'), 'one page'),
    deck: one((n) => n.endsWith('-deck') && existsSync(join(out, n, 'index.html')), 'one deck'),
  };
}

let before = '';

beforeAll(() => {
  const pack = run('npm', ['pack', '--pack-destination', work], projectRoot);
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = join(work, pack.stdout.trim().split('\n').pop() ?? '');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'a-book-project', private: true }, null, 2)}\n`);
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
  expect(install.status, install.stderr).toBe(0);
  before = listing(installed);
}, 900_000);

// Each step runs real installs, builds and EPUBCheck: on a busy machine a step can take minutes.
describe('the packed package, installed into an empty project', { timeout: 900_000 }, () => {
  it('holds only what runs: no sources, tests, benchmarks or outputs, and no bundler', () => {
    const files = before.split('\n').map((line) => line.split(' ')[0] ?? '');
    expect(files).toContain('bin/prebuilt/heavy.cjs');
    expect(files).toContain('templates/book.schema.json');
    expect(files.filter((file) => /^(tests|bench|dist|manuscript)\/|\.ts$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
    expect(existsSync(join(project, 'node_modules/esbuild'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
  });

  it('prints its version through npx', () => {
    const result = run('npx', ['triptych', '--version']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('scaffolds a book with `init` and builds it: three outputs, EPUBCheck 0/0', () => {
    const init = run('npx', ['triptych', 'init', 'mybook']);
    expect(init.status, init.stderr).toBe(0);
    // The editor schema line points into the installed package, relative to the book.
    expect(readFileSync(join(project, 'mybook/book.md'), 'utf8')).toContain(`# yaml-language-server: $schema=../node_modules/${name}/templates/book.schema.json\n`);
    expect(existsSync(join(project, `node_modules/${name}/templates/book.schema.json`))).toBe(true);
    const build = run('npx', ['triptych', 'build', 'mybook']);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toBe('');
    const { epub, html, deck } = outputsOf(join(project, 'dist'));
    expect(readFileSync(html, 'utf8')).toContain('<title>A Book in Three Forms');
    expect(readFileSync(join(deck, 'index.html'), 'utf8')).toContain('reveal');
    expect(problems(epub)).toEqual([]);
  });

  it('runs the scaffold’s CI workflow as written: check, build, and the three artifacts it uploads', () => {
    // The book's own repository, checked out inside the project that installed Triptych: `npx`
    // finds the pinned version there, as it would download it on GitHub.
    const checkout = join(project, 'ci-book');
    cpSync(join(project, 'mybook'), checkout, { recursive: true });
    const workflow = parse(readFileSync(join(checkout, '.github/workflows/book.yml'), 'utf8')) as { jobs: { book: { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> } } };
    const steps = workflow.jobs.book.steps;
    const commands = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(commands).toEqual([expect.stringContaining('::add-matcher::'), `npx --yes ${name}@${version} check .`, `npx --yes ${name}@${version} build . --out dist`]);
    for (const command of commands) {
      const result = run('sh', ['-c', command], checkout);
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
    }
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const built = outputsOf(join(checkout, 'dist'));
    const globbed = uploads.map((step) => {
      const pattern = new RegExp(`^${(step.with?.['path'] ?? '').replace(/\/$/, '').replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`);
      return Object.values(built).find((path) => pattern.test(relative(checkout, path)));
    });
    expect(globbed).toEqual([built.epub, built.html, built.deck]);
  });

  it('builds a copy of the flagship (timeline, maps, deck) to the same bytes as the repository: EPUBCheck 0/0', () => {
    cpSync(join(projectRoot, 'manuscript'), join(project, 'flagship'), { recursive: true });
    const build = run('npx', ['triptych', 'build', 'flagship', '--out', 'flagship-dist']);
    expect(build.status, build.stderr).toBe(0);
    const { epub, html } = outputsOf(join(project, 'flagship-dist'));
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('id="figure-timeline"');
    expect(page).toContain('id="figure-map"');
    const reference = join(work, 'reference');
    expect(runCli(['build', join(projectRoot, 'manuscript'), '--out', reference]).status).toBe(0);
    expect(readTree(join(project, 'flagship-dist'))).toEqual(readTree(reference));
    expect(problems(epub)).toEqual([]);
  });

  // The engines a book loads only when it uses them (BibTeX, TeX math, a code fence's grammar) are
  // found where the package is installed, not only in this repository.
  it.each(['bibtex-book', 'pandoc-math', 'pandoc-code'])('builds %s, which loads an engine on demand, to the same bytes as the repository', (name) => {
    cpSync(fixture(name), join(project, name), { recursive: true });
    const build = run('npx', ['triptych', 'build', name, '--out', `${name}-dist`]);
    expect(build.status, build.stderr).toBe(0);
    const reference = join(work, `${name}-reference`);
    expect(runCli(['build', fixture(name), '--out', reference]).status).toBe(0);
    expect(readTree(join(project, `${name}-dist`))).toEqual(readTree(reference));
  });

  it('serves the API from the package’s name, with its types, returning what the CLI prints as JSON', () => {
    const script = `import { check, build } from ${JSON.stringify(name)};
const checked = await check('flagship');
const built = await build('mybook', { out: 'api-dist' });
process.stdout.write(JSON.stringify({ checked, built }));`;
    const api = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(api.status, api.stderr).toBe(0);
    const { checked, built } = JSON.parse(api.stdout) as { checked: unknown; built: { ok: boolean; outputs: Array<{ path: string }> } };
    const cli = run('npx', ['triptych', 'check', 'flagship', '--format', 'json']);
    expect(checked).toEqual(JSON.parse(cli.stdout));
    expect(built.ok).toBe(true);
    expect(built.outputs.map((output) => output.path.split('/')[0])).toEqual(['api-dist', 'api-dist', 'api-dist']);
    // A TypeScript project resolves the types through the package's `exports`.
    writeFileSync(join(project, 'uses-api.ts'), `import { build, type BuildReport, type Diagnostic } from ${JSON.stringify(name)};\nconst report: Promise<BuildReport> = build('mybook', { out: 'x' });\nexport const first = report.then((r): Diagnostic | undefined => r.diagnostics[0]);\n`);
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true, types: [] }, files: ['uses-api.ts'] }));
    const types = run(process.execPath, [tsc, '-p', '.']);
    expect(types.status, types.stdout).toBe(0);
  });

  it('writes nothing inside the installed package: its code cache goes to the user’s cache directory', () => {
    expect(listing(installed)).toBe(before);
    expect(readdirSync(join(cacheHome, 'triptych')).length).toBeGreaterThan(0);
  });
});
