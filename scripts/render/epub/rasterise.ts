/**
 * SVG → PNG with resvg in a worker thread. Rasterising the 1600 × 2560 cover costs ~260 ms of a
 * cold build (measured: about half drawing, half PNG encoding); resvg's own `renderAsync` moves
 * only the drawing off the main thread (`asPng()` still encodes on it), so the worker does both
 * and the main thread goes on with the rest of the build meanwhile (startCover in cover.ts starts
 * it before the shared hast is built). Same resvg, same options: the same bytes as in-thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** Eval'd (CommonJS) in the worker: the bundle has no file of its own to give a Worker. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const png = new Resvg(workerData.svg, workerData.options).render().asPng();
// A copy into a fresh ArrayBuffer: the addon's Buffer may not be transferable.
const bytes = new Uint8Array(png);
parentPort.postMessage(bytes, [bytes.buffer]);
`;

let resvgPath: string | undefined;

export function rasterise(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  // Resolved here, from this file, so the worker loads the same copy of the addon as the tests do.
  resvgPath ??= createRequire(import.meta.url).resolve('@resvg/resvg-js');
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { resvg: resvgPath, svg, options } });
    worker.once('message', (png: Uint8Array) => {
      resolve(png);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the cover rasteriser's worker exited (code ${code}) without a PNG`)));
  });
}
