/**
 * `npm run bench [-- --runs 5 --scale 50]`: Triptych's full build (three outputs, every check,
 * run as `node bin/triptych.js build` like a user) against pandoc's three jobs on the same
 * Markdown, on the flagship (or the largest passing fixture), on an N× copy, on a one-paragraph
 * book and on a feature-heavy book (bench/feature-book/: cross-references, math, code in several
 * languages, a BibTeX library); peak RSS of each child; and the time a one-chapter edit takes to
 * reach a page in `triptych dev`.
 * Prints the report and writes it to bench/results.md. A benchmark, not a test: nothing here
 * asserts a time; the report says which goals this run met.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../scripts/resources.ts';
import { measureReload } from './dev-latency.ts';
import { gnuTime, measure, summarise } from './measure.ts';
import { pandocJobs, pandocVersion } from './pandoc-jobs.ts';
import { formatReport, type ScaleResult } from './results.ts';
import { chapterList, scaleManuscript } from './scale-manuscript.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '50' },
    edits: { type: 'string', default: '7' },
    out: { type: 'string', default: join(projectRoot, 'bench/results.md') },
  },
});
const runs = Math.max(5, Number(values.runs));
const scale = Number(values.scale);
const edits = Math.max(3, Number(values.edits));
const bin = [join(projectRoot, 'bin/triptych.js')];
/** The bundle directory `freshBundle()` saw last (declared before the top-level runs use it). */
let lastBundle = '';
const floorLabel = 'a one-paragraph book (tests/fixtures/minimal)';
const featureLabel = 'a feature-heavy book (bench/feature-book/)';
const choice =
  'every chapter is repeated N times as new files whose `id:` gets a `-k` suffix; citation keys, events and people are kept, so every copy cites the same sources and dates the same events and every check still runs on real data and passes (bench/scale-manuscript.ts).';

ensureSystemTools();
// The machine may be shared: the report gives its load at the start and at the end of the run.
const loadAtStart = loadavg()[0] ?? Number.NaN;
/** The highest one-minute load average seen before a timed run. */
let loadPeak = loadAtStart;
const noteLoad = () => (loadPeak = Math.max(loadPeak, loadavg()[0] ?? 0));
const manuscript = pickManuscript();
process.stdout.write(`Manuscript: ${manuscript.label}\n`);
const work = await mkdtemp(join(tmpdir(), 'triptych-bench-'));
try {
  const scales: ScaleResult[] = [];
  for (const [label, times] of [[manuscript.label, 1], [`${scale}× ${manuscript.label}`, scale]] as const) {
    scales.push(await benchScale(label, times, manuscript.dir, { warm: times === 1 }));
  }
  // The fixed cost of a build, on both sides: a book of one paragraph (no citations, no figures).
  const floor = await benchScale(floorLabel, 1, join(projectRoot, 'tests/fixtures/minimal'), { reload: false, name: 'floor' });
  // What the engines cost: math (temml), highlighting (lowlight), cross-references, a .bib library.
  const feature = await benchScale(featureLabel, 1, join(projectRoot, 'bench/feature-book'), { reload: false, name: 'feature' });
  const report = formatReport({
    manuscript: manuscript.label,
    runs,
    choice,
    environment: [
      `Node ${process.version}, pandoc ${pandocVersion()}, ${cpus().length} CPU (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadAtStart.toFixed(1)} when the run began, ${loadavg()[0]?.toFixed(1)} when it ended and up to ${loadPeak.toFixed(1)} before a timed run (above the CPU count, other work shared the cores and the wall times say more about it than about the tools)`,
      'Triptych runs as `node bin/triptych.js build <dir> --out <tmp>` (the esbuild bundle of the CLI, rebuilt beforehand if stale); pandoc as three processes (`--citeproc --mathml` and `-t epub3`, `-s -t html5 --self-contained`, `-s -t revealjs`), timed together; peak RSS from GNU time (`%M`), for pandoc the largest of its three jobs',
    ],
    scales,
    floor,
    feature,
  });
  process.stdout.write(`\n${report}`);
  await writeFile(values.out, report);
  process.stdout.write(`\nWritten to ${relative(process.cwd(), values.out)}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function benchScale(label: string, times: number, source: string, options: { reload?: boolean; name?: string; warm?: boolean } = {}): Promise<ScaleResult> {
  const name = options.name ?? `x${times}`;
  const dir = join(work, name, 'manuscript');
  const scaled = await scaleManuscript(source, dir, times);
  const pandocOut = join(work, name, 'pandoc');
  await mkdir(pandocOut, { recursive: true });
  const jobs = await pandocJobs(dir, scaled.chapters, pandocOut);
  const build = [...bin, 'build', dir, '--out', join(work, name, 'dist')];
  process.stdout.write(`${label}: ${scaled.chapters.length} chapters; warming up…\n`);
  // Cold means a new process and an empty cache directory (TRIPTYCH_CACHE_DIR): the cover is drawn
  // on every timed run. The V8 code cache is the installation's, made by its first run (beside the
  // bundle in a checkout), and present as after any first run. `warm`: the same build again with
  // the cache an earlier build filled (the cover read back), timed separately.
  const coldCache = (run: number) => ({ ...process.env, TRIPTYCH_CACHE_DIR: join(work, name, `cache-cold-${run}`) });
  const warmEnv = { ...process.env, TRIPTYCH_CACHE_DIR: join(work, name, 'cache-warm') };
  // One untimed run of each: the bundle is (re)built if needed, files are in the page cache.
  await measure(process.execPath, build, { cwd: projectRoot, env: warmEnv });
  for (const job of jobs) await measure('pandoc', job.args);

  const triptych: number[] = [];
  const triptychCpu: number[] = [];
  const warm: number[] = [];
  const warmCpu: number[] = [];
  const pandoc: number[] = [];
  const pandocCpu: number[] = [];
  let triptychRss = 0;
  let pandocRss = 0;
  for (let run = 0; run < runs; run++) {
    // Others may edit Triptych's sources meanwhile: rebuild a stale bundle here, untimed, so a
    // timed run never includes bundling (a user's builds do not, unless they edit Triptych).
    // A rebuilt bundle's first run also writes its V8 code cache (bin/triptych.js): untimed too.
    if (await freshBundle()) await measure(process.execPath, build, { cwd: projectRoot, env: warmEnv });
    noteLoad();
    const ours = await measure(process.execPath, build, { cwd: projectRoot, env: coldCache(run) });
    triptych.push(ours.ms);
    triptychCpu.push(ours.cpuMs);
    triptychRss = Math.max(triptychRss, ours.rss);
    if (options.warm) {
      const cached = await measure(process.execPath, build, { cwd: projectRoot, env: warmEnv });
      warm.push(cached.ms);
      warmCpu.push(cached.cpuMs);
    }
    let total = 0;
    let cpu = 0;
    for (const job of jobs) {
      const theirs = await measure('pandoc', job.args);
      total += theirs.ms;
      cpu += theirs.cpuMs;
      pandocRss = Math.max(pandocRss, theirs.rss);
    }
    pandoc.push(total);
    pandocCpu.push(cpu);
    const cachedNote = options.warm ? `, cover cached ${Math.round(warm.at(-1)!)} ms (CPU ${Math.round(warmCpu.at(-1)!)})` : '';
    process.stdout.write(`  run ${run + 1}/${runs}: Triptych ${Math.round(ours.ms)} ms (CPU ${Math.round(ours.cpuMs)})${cachedNote}, pandoc ${Math.round(total)} ms (CPU ${Math.round(cpu)})\n`);
  }
  const result = {
    label,
    times,
    triptych: summarise(triptych),
    pandoc: summarise(pandoc),
    triptychCpu: summarise(triptychCpu),
    pandocCpu: summarise(pandocCpu),
    triptychRss,
    pandocRss,
    ...(options.warm ? { warm: { triptych: summarise(warm), triptychCpu: summarise(warmCpu) } } : {}),
  };
  if (options.reload === false) return result;
  const chapter = scaled.chapters[Math.floor(scaled.chapters.length / 2)] ?? scaled.chapters[0]!;
  process.stdout.write(`  dev: editing ${chapter} ${edits} times…\n`);
  const reload = await measureReload(process.execPath, bin, dir, chapter, edits);
  return {
    ...result,
    reload: { latency: summarise(reload.samples), rebuild: summarise(reload.rebuilds.length > 0 ? reload.rebuilds : [Number.NaN]) },
  };
}

/**
 * Rebuilds the CLI bundle if stale. A source caught mid-edit can fail to bundle: retry a few
 * times, then stop; timing the tsx fallback instead would measure something else. True when the
 * bundle is not the one the previous call saw (the first call counts as a change).
 */
async function freshBundle(): Promise<boolean> {
  let failure = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/bundle/bundle-cli.mjs'), '--if-stale'], { encoding: 'utf8' });
    if (result.status === 0) {
      const changed = result.stdout.trim() !== lastBundle;
      lastBundle = result.stdout.trim();
      return changed;
    }
    failure = result.stderr;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  throw new Error(`Could not bundle the CLI (bin/triptych.js would fall back to tsx):\n${failure}`);
}

/** pandoc and GNU time: installed with apt-get when missing (CI runs as root); never skipped. */
function ensureSystemTools(): void {
  const missing = [
    ...(spawnSync('pandoc', ['--version']).status === 0 ? [] : ['pandoc']),
    ...(existsSync(gnuTime) ? [] : ['time']),
  ];
  if (missing.length === 0) return;
  process.stdout.write(`Installing ${missing.join(', ')} with apt-get…\n`);
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit' });
  } catch {
    throw new Error(`The benchmark needs ${missing.join(' and ')} and could not install ${missing.length === 1 ? 'it' : 'them'}: run \`apt-get install -y ${missing.join(' ')}\` as root`);
  }
}

/** The flagship if it passes `triptych check`, else the largest passing fixture with chapters. */
function pickManuscript(): { dir: string; label: string } {
  const passes = (dir: string) => spawnSync(process.execPath, [...bin, 'check', dir], { cwd: projectRoot, stdio: 'ignore' }).status === 0;
  const flagship = join(projectRoot, 'manuscript');
  if (passes(flagship)) return { dir: flagship, label: 'the flagship (manuscript/)' };
  process.stdout.write('manuscript/ does not pass `triptych check`; using the largest passing fixture\n');
  const fixtures = join(projectRoot, 'tests/fixtures');
  const candidates = readdirSync(fixtures)
    .map((name) => join(fixtures, name))
    .filter((dir) => hasChapters(dir))
    .sort((a, b) => size(b) - size(a));
  const found = candidates.find(passes);
  if (!found) throw new Error('Neither manuscript/ nor any fixture with chapters passes `triptych check`: nothing to benchmark');
  return { dir: found, label: `the fixture ${relative(projectRoot, found)} (manuscript/ does not pass its checks)` };
}

function hasChapters(dir: string): boolean {
  try {
    return chapterList(readFileSync(join(dir, 'book.md'), 'utf8')).length > 0;
  } catch {
    return false;
  }
}

function size(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
