/**
 * How long a one-chapter edit takes to reach the browser: `triptych dev` runs on a copy of the
 * manuscript, we listen to its SSE stream like a page does, rewrite one chapter (a real change
 * of its text, as a save does) and time from just before the write to the arrival of `reload`.
 * It includes the watcher's settle time, the re-parse of that chapter, the checks, the page and
 * deck renders and the event's trip over loopback.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connectEvents, startDevProcess } from './dev-process.ts';

export interface Latency {
  /** Edit → `reload` event, one per edit, in ms. */
  samples: number[];
  /** The server's own rebuild time, as it logged it, in ms. */
  rebuilds: number[];
}

export async function measureReload(command: string, args: string[], dir: string, chapter: string, edits: number): Promise<Latency> {
  const server = await startDevProcess(command, [...args, 'dev', dir, '--port', '0'], { timeoutMs: 900_000 });
  const events = await connectEvents(server.url);
  const samples: number[] = [];
  try {
    const path = join(dir, chapter);
    const original = await readFile(path, 'utf8');
    // Two warm-up edits: the first rebuilds run cold code (JIT); a writer saves many times.
    for (let edit = -2; edit < edits; edit++) {
      events.drain();
      const started = performance.now();
      await writeFile(path, `${original}\nEdit number ${edit + 3} of this chapter.\n`);
      const event = await events.next('reload', 600_000);
      if (edit >= 0) samples.push(event.at - started);
      // Let a second event from the same save (some file systems report two) pass before the next.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await writeFile(path, original);
    await events.next('reload', 600_000);
  } finally {
    events.close();
    await server.stop();
  }
  const rebuilds = [...server.log().matchAll(/rebuilt in (\d+) ms/g)].map((m) => Number(m[1])).slice(3, 3 + edits);
  return { samples, rebuilds };
}
