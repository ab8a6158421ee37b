/**
 * citeproc-js, required on first use: a book without a bibliography never loads it (about 1 MB of
 * JavaScript to compile) nor a CSL locale. By `require`: citeproc stays outside the CLI's bundle
 * (scripts/bundle/build-bundle.mjs), which runs in `vm.Script`, where `import()` has no loader.
 * There `require` is the bundle's own (run-bundle.mjs), which runs citeproc with a V8 code cache;
 * from the TypeScript sources (an ES module, no `require`), it is Node's.
 */
import type CSLModule from 'citeproc';
import { createRequire } from 'node:module';

export type Citeproc = typeof CSLModule;

/**
 * citeproc reports its own troubles (an insane note order, a malformed item) through `CSL.debug`,
 * which prints to stdout by default. Those are Triptych's bugs, not the author's: collect them so
 * that tests can insist there are none, and keep the CLI's output clean.
 */
export const engineWarnings: string[] = [];

let loaded: Citeproc | undefined;

export function citeproc(): Citeproc {
  if (!loaded) {
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    loaded = load('citeproc') as Citeproc;
    loaded.debug = (message: string) => {
      engineWarnings.push(message);
    };
  }
  return loaded;
}
