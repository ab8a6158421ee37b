/**
 * `triptych init`: every scaffold builds clean (0 errors, 0 warnings, EPUBCheck 0/0), its CI
 * workflow is valid YAML that runs the commands a book is built with, its problem matcher reads
 * Triptych's diagnostics, and a folder that is not empty is refused unless `--force` (which never
 * replaces a file).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initTemplates } from '../scripts/init/init.ts';
import { schemaReference } from '../scripts/init/schema-reference.ts';
import { packageInfo } from '../scripts/package-info.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'triptych-init-'));
const { name, version } = packageInfo();

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { book: { 'runs-on': string; steps: Array<{ name?: string; uses?: string; run?: string; with?: Record<string, unknown> }> } };
}

// A scaffold's test builds it and runs EPUBCheck: on a busy machine, minutes.
describe('triptych init', { timeout: 600_000 }, () => {
  for (const template of initTemplates) {
    it(`scaffolds a \`${template}\` book that builds with no error and no warning, and that EPUBCheck passes`, () => {
      const dir = join(scratch(), 'my-book');
      const init = runCli(['init', dir, '--template', template]);
      expect(init.status, init.stderr).toBe(0);
      expect(init.stdout).toContain('book.md');
      const out = join(dir, '..', 'out');
      const build = runCli(['build', dir, '--out', out]);
      expect(build.status, build.stderr).toBe(0);
      expect(build.stderr).toBe('');
      const names = readdirSync(out).sort();
      expect(names.filter((n) => /\.(epub|html)$|-deck$/.test(n))).toHaveLength(3);
      const epub = names.find((n) => n.endsWith('.epub')) ?? '';
      expect(describeMessages(epubcheck(join(out, epub)).messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity)))).toEqual([]);
      if (template === 'history') {
        const page = readFileSync(join(out, names.find((n) => n.endsWith('.html')) ?? ''), 'utf8');
        for (const id of ['figure-timeline', 'figure-map']) expect(page).toContain(`id="${id}"`);
      }
    });
  }

  it('writes the book.md a new author needs: commented fields, a fresh identifier, today, the schema line', () => {
    const dir = join(scratch(), 'b');
    expect(runCli(['init', dir]).status).toBe(0);
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    expect(book.split('\n').slice(0, 2)).toEqual(['---', `# yaml-language-server: $schema=${schemaReference(dir)}`]);
    expect(book).toMatch(/^identifier: urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/m);
    expect(book).toContain(`published: ${new Date().toISOString().slice(0, 10)}`);
    expect(book).not.toContain('{{');
    for (const field of ['title', 'authors', 'lang', 'chapters', 'bibliography', 'csl', 'deck']) expect(book).toMatch(new RegExp(`^# .*\\n${field}:|^${field}:`, 'm'));
    const chapter = readFileSync(join(dir, 'chapters/01-getting-started.md'), 'utf8');
    // A citation, a footnote, a figure and a slide.
    expect(chapter).toMatch(/\[@knuth1984, 97\]/);
    expect(chapter).toMatch(/\[\^keys\]:/);
    expect(chapter).toMatch(/^!\[[^\]]+\]\(images\/three-forms\.svg\)$/m);
    expect(chapter).toMatch(/^:::slide\n[^]*?\n:::$/m);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
  });

  it('names the schema on the CDN of this version when no node_modules of the book holds this package', () => {
    const reference = schemaReference(scratch());
    expect(reference).toBe(`https://cdn.jsdelivr.net/npm/${name}@${version}/templates/book.schema.json`);
  });

  it('writes a CI workflow that is valid YAML, installs Node 20, checks and builds with this version, and uploads the three outputs', () => {
    const dir = join(scratch(), 'b');
    expect(runCli(['init', dir]).status).toBe(0);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/book.yml'), 'utf8'), { prettyErrors: true }) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs.book.steps;
    expect(steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run?.replace(/ .*/, ''))).toEqual([
      'actions/checkout', 'actions/setup-node', 'echo', 'npx', 'npx', 'actions/upload-artifact', 'actions/upload-artifact', 'actions/upload-artifact',
    ]);
    expect(steps[1]?.with).toEqual({ 'node-version': 20 });
    expect(steps.filter((step) => step.run?.startsWith('npx')).map((step) => step.run)).toEqual([`npx --yes ${name}@${version} check .`, `npx --yes ${name}@${version} build . --out dist`]);
    expect(steps.filter((step) => step.uses?.startsWith('actions/upload-artifact')).map((step) => step.with?.['path'])).toEqual(['dist/*.epub', 'dist/*.html', 'dist/*-deck/']);
    // The same commands, run here from the sources in place of the published package, build the
    // book into the paths the workflow uploads.
    for (const step of steps.filter((s) => s.run?.startsWith('npx'))) {
      const args = (step.run ?? '').split(' ').slice(3);
      const run = runCli(args, { cwd: dir });
      expect(run.status, `${step.run}\n${run.stderr}`).toBe(0);
    }
    const dist = readdirSync(join(dir, 'dist'));
    expect(dist.filter((n) => n.endsWith('.epub'))).toHaveLength(1);
    expect(dist.filter((n) => n.endsWith('.html'))).toHaveLength(1);
    expect(dist.filter((n) => n.endsWith('-deck'))).toHaveLength(1);
  });

  it('gives GitHub a problem matcher that reads every diagnostic line: file, line, column, severity, message, rule', () => {
    const dir = join(scratch(), 'b');
    expect(runCli(['init', dir]).status).toBe(0);
    const { problemMatcher } = JSON.parse(readFileSync(join(dir, '.github/triptych-problems.json'), 'utf8')) as { problemMatcher: Array<{ pattern: Array<{ regexp: string }> }> };
    const pattern = new RegExp(problemMatcher[0]?.pattern[0]?.regexp ?? '');
    const workflow = readFileSync(join(dir, '.github/workflows/book.yml'), 'utf8');
    expect(workflow).toContain('echo "::add-matcher::.github/triptych-problems.json"');
    const run = runCli(['check', fixture('unknown-key')], { cwd: projectRoot });
    const lines = run.stderr.trim().split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const match = pattern.exec(line);
      expect(match, line).not.toBeNull();
      expect(match?.[4]).toMatch(/^(error|warning)$/);
      expect(line.endsWith(`[${match?.[6]}]`)).toBe(true);
    }
  });

  it('refuses a folder that is not empty, with exit status 1, a clear message and nothing written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const run = runCli(['init', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`triptych: \`${dir}\` is not empty (it holds \`notes.txt\`): \`triptych init\` starts a book in a new or empty folder; choose another, or pass --force to add the book's files beside them (files already there are kept)\n`);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('takes a folder that holds only a git repository, and refuses a file', () => {
    const dir = scratch();
    mkdirSync(join(dir, '.git'));
    expect(runCli(['init', dir]).status).toBe(0);
    expect(readdirSync(dir)).toContain('book.md');
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    const run = runCli(['init', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is a file, not a folder');
  });

  it('with --force, adds the missing files beside the author’s and replaces none', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'book.md'), 'my own\n');
    const run = runCli(['init', dir, '--force']);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'book.md'), 'utf8')).toBe('my own\n');
    expect(run.stdout).toContain('book.md (already there: kept)');
    expect(readdirSync(join(dir, '.github/workflows'))).toEqual(['book.yml']);
  });
});
