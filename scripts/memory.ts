/**
 * Collections on request, for the two places in a one-shot build where waiting for V8 costs memory
 * that the process never gets back. Measured at 50× (`node bin/triptych.js build`, peak RSS from
 * `--timings`, same machine, several runs each): ~312-341 MB before, ~272-288 MB after. Neither
 * changes a byte of the outputs: a collection only frees what nothing can reach.
 *
 * 1. The EPUB's zip (`collectYoungGarbage`). fflate's `deflateSync` makes its working arrays afresh
 *    for every entry (an output buffer the size of the input, 64 KiB of hash chains, 128 KiB to
 *    2 MiB of hash heads, a 100 KB symbol buffer). A typed array's bytes live outside V8's heap, in
 *    `malloc`, and are freed only when a collection finds the array dead; V8 schedules collections
 *    by its own heap and lets ~64 MB of such outside bytes pile up first. At 50× (~350 entries)
 *    they piled up in glibc's heap, which then kept its high-water mark for the rest of the build:
 *    `[heap]` in /proc/self/smaps went from 10 to 44 MB during the zip and stayed there. A scavenge
 *    every few MiB of that churn frees the arrays while they are at the top of glibc's heap: 14-16 MB
 *    instead of 44, for no measurable time (a scavenge of a young generation that is mostly garbage
 *    takes well under a millisecond).
 * 2. Between formats (`collectBetweenStages`, from renderAll). V8 sizes the old generation after
 *    each full collection at 1.5× what survived it (cli.ts sets that factor), and its full
 *    collections fall where allocation happens to trigger them, often mid-format, with that
 *    format's output alive. Once a format is written and let go, the build's live set is at its
 *    lowest (the book's trees and little else); a full collection there sizes the heap for that,
 *    and the next format starts from it. At 50×: ~60-80 ms each, two per build, ~25-30 MB less at
 *    the peak. Only when the heap holds more than `stageMinimum`: the flagship's never does
 *    (~40-55 MB), and its time matters more than its ~190 MB.
 *
 * `gc` is V8's own function, reached as the `expose-gc` package does: a context made after
 * `--expose-gc` is set has it. The flag is set once, by the CLI, before the pipeline is loaded
 * (`allowCollections`), because V8 stamps its flags into the code cache (scripts/bundle/): a flag
 * set mid-run would make every later run reject the cache. Where the CLI did not allow it (tests,
 * `triptych dev`, another host), both functions do nothing.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Node 20's V8 takes `{ type: 'minor' }`; a full collection is the call without options (`{ type: 'major' }` is ignored there). */
type Collect = (options?: { type: 'minor' }) => void;

let collect: Collect | null | undefined;

/** Called by the CLI's one-shot commands before they load the pipeline (see above for why not later). */
export function allowCollections(): void {
  setFlagsFromString('--expose-gc');
}

/**
 * V8's `gc`, if the CLI allowed collections. Asks V8, not a variable here: the CLI's bundle and the
 * pipeline's are two files (scripts/bundle/), each with its own copy of this module.
 */
function collector(): Collect | null {
  if (collect === undefined) {
    try {
      // Without the flag, `gc` is not defined in the new context: a ReferenceError.
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** A scavenge (young generation only). */
export function collectYoungGarbage(): void {
  collector()?.({ type: 'minor' });
}

const stageMinimum = 64 * 1024 * 1024;

/** A full collection, when the heap holds more than `stageMinimum`. */
export function collectBetweenStages(): void {
  const collect = collector();
  if (collect && getHeapStatistics().used_heap_size > stageMinimum) collect();
}
