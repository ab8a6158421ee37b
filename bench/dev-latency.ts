/**
 * How long a one-chapter edit takes to reach the browser: `triptych dev` runs on a copy of the
 * manuscript, we listen to its SSE stream like a page does, rewrite one chapter (a real change
 * of its text, as a save does) and time from just before the write to the arrival of `reload`.
 * It includes the watcher's settle time, the re-parse of that chapter, the checks, the page and
 * deck renders and the event's trip over loopback.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connectEvents, startDevProcess, type EventStream } from './dev-process.ts';

export interface Latency {
  /** Edit → `reload` event, one per edit, in ms. */
  samples: number[];
  /** The server's own time for the rebuild whose reload was timed (the event's `ms`), in ms. */
  rebuilds: number[];
}

export async function measureReload(command: string, args: string[], dir: string, chapter: string, edits: number): Promise<Latency> {
  const server = await startDevProcess(command, [...args, 'dev', dir, '--port', '0'], { timeoutMs: 900_000 });
  const events = await connectEvents(server.url);
  const samples: number[] = [];
  const rebuilds: number[] = [];
  try {
    const path = join(dir, chapter);
    const original = await readFile(path, 'utf8');
    // Two warm-up edits: the first rebuilds run cold code (JIT); a writer saves many times.
    for (let edit = -2; edit < edits; edit++) {
      await quiet(events);
      const started = performance.now();
      const startedAt = performance.timeOrigin + started;
      await writeFile(path, `${original}\nEdit number ${edit + 3} of this chapter.\n`);
      // The reload of a rebuild that began after the write: one already under way when the file
      // was written (a second file event of the last save, reported late under load, starts one)
      // may not have read the edit, and would be timed from the wrong moment.
      let event = await events.next('reload', 600_000);
      while ((JSON.parse(event.data) as { started: number }).started < startedAt) event = await events.next('reload', 600_000);
      if (edit >= 0) {
        samples.push(event.at - started);
        rebuilds.push(Math.round((JSON.parse(event.data) as { ms: number }).ms));
      }
    }
    await writeFile(path, original);
    await events.next('reload', 600_000);
  } finally {
    events.close();
    await server.stop();
  }
  return { samples, rebuilds };
}

/** Waits until the server has sent no event for 300 ms (a late second rebuild of the last save included). */
async function quiet(events: EventStream): Promise<void> {
  for (;;) {
    try {
      await events.next('reload', 300);
    } catch {
      events.drain();
      return;
    }
  }
}
