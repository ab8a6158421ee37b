/**
 * `triptych dev`: builds the page and the deck in memory, serves them on loopback and rebuilds on
 * every change to the manuscript. The loop, once per burst of file events:
 *   1. load + check, with the parse memo on (parse-cache.ts): only the changed file is re-parsed,
 *      and the check memo (checks/check-memo.ts): only the changed chapter is checked
 *   2. errors → printed in the terminal and sent as an overlay; the last good pages stay served
 *   3. clean  → render the page and the deck again (not the EPUB), then SSE `reload`
 * Rebuilds never overlap: a change during a rebuild schedules exactly one more.
 */
import type { AddressInfo } from 'node:net';
import { collect, formatText, summary, type Diagnostic } from '../diagnostics/format.ts';
import type { Artifact } from '../manuscript/types.ts';
import { createCheckMemo } from '../checks/check-memo.ts';
import { check } from '../pipeline/index.ts';
import { manuscriptPaths } from '../pipeline/load.ts';
import { enableParseCache, parseCacheStats } from '../pipeline/parse-cache.ts';
import { enableReadCache } from '../pipeline/read-cache.ts';
import { renderAll, type Format } from '../render/index.ts';
import { createRenderMemo } from '../render/incremental/render-memo.ts';
import { createEventHub } from './event-hub.ts';
import { overlayHtml } from './overlay.ts';
import { createDevServer, type DevState } from './server.ts';
import { watchManuscript } from './watch.ts';

export interface DevOptions {
  dir: string;
  host: string;
  /** 0 for any free port. */
  port: number;
  /** When the port is taken, take a free one instead of failing (the default port only). */
  fallbackPort?: boolean;
  /** Where progress and diagnostics go (the terminal). */
  log: (text: string) => void;
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

const served: readonly Format[] = ['html', 'deck'];

export async function startDev(options: DevOptions): Promise<DevServer> {
  enableParseCache();
  enableReadCache();
  const hub = createEventHub();
  const state: DevState = { artifacts: new Map(), overlay: '' };
  // What each rebuild may reuse from the last one (render/incremental/render-memo.ts).
  const memo = createRenderMemo();
  // And what each rebuild may reuse of the checks: unchanged chapters' results (checks/check-memo.ts).
  const checkMemo = createCheckMemo();
  const server = createDevServer(() => state, hub);

  const rebuild = async (reason: string): Promise<void> => {
    const started = performance.now();
    const parsedBefore = parseCacheStats().filesParsed;
    let diagnostics: Diagnostic[];
    let rendered: Artifact[] | undefined;
    try {
      checkMemo.last = { checked: 0, reused: 0 }; // stays so when loading fails and nothing is checked
      const checked = await check(options.dir, checkMemo);
      diagnostics = collect(checked.files, process.cwd());
      if (checked.ok && checked.manuscript) {
        rendered = (await renderAll(checked.manuscript, served, undefined, memo)).flatMap((r) => r.artifacts);
      }
    } catch (error) {
      // A bug in Triptych, not in the manuscript: say so, keep serving, try again on the next save.
      const message = `internal error (a bug in Triptych, not in your manuscript): ${error instanceof Error ? error.message : String(error)}`;
      diagnostics = [{ path: options.dir, line: 1, column: 1, severity: 'error', message, ruleId: 'internal' }];
    }
    if (diagnostics.length > 0) options.log(`${formatText(diagnostics)}\n${summary(diagnostics)}\n`);
    state.overlay = overlayHtml(diagnostics);
    if (rendered) state.artifacts = new Map(rendered.map((a) => [a.path, a]));
    const parsed = parseCacheStats().filesParsed - parsedBefore;
    const ms = performance.now() - started;
    const { checked } = checkMemo.last;
    options.log(`${reason}: ${rendered ? 'rebuilt' : 'not rebuilt (errors)'} in ${Math.round(ms)} ms, ${parsed} file${parsed === 1 ? '' : 's'} parsed, ${checked} chapter${checked === 1 ? '' : 's'} checked\n`);
    // `started`: when this rebuild began (ms since the epoch, sub-ms precision), so that a client can
    // tell the rebuild of its save from one that was already under way (bench/dev-latency.ts).
    if (rendered) hub.send('reload', { ms, started: performance.timeOrigin + started });
    else hub.send('diagnostics', { html: state.overlay, diagnostics });
  };

  // Rebuilds run one at a time; changes arriving meanwhile are merged into one follow-up.
  let running: Promise<void> | undefined;
  let again: string[] | undefined;
  const start = (reason: string): void => {
    running = rebuild(reason).finally(() => {
      running = undefined;
      const next = again;
      again = undefined;
      if (next) schedule(next);
    });
  };
  const schedule = (paths: string[]): void => {
    if (running) again = [...(again ?? []), ...paths];
    else start(`changed ${[...new Set(paths)].join(', ') || 'files'}`);
  };

  // Watch first, so a save during the first build is not lost.
  // A one-file book (`triptych dev talk.md`) is watched with its folder: its images live there.
  const stopWatching = watchManuscript(manuscriptPaths(options.dir).dir, schedule);
  start('first build');
  await running;
  const port = await listen(server, options);
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    async close() {
      stopWatching();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running;
    },
  };
}

async function listen(server: ReturnType<typeof createDevServer>, options: DevOptions): Promise<number> {
  const attempt = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  try {
    return await attempt(options.port);
  } catch (error) {
    if (options.fallbackPort && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return attempt(0);
    throw error;
  }
}
