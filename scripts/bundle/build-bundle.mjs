/**
 * The esbuild build of the CLI, shared by the repository's self-rebuilding cache (bundle-cli.mjs)
 * and the bundle shipped in the package (prebuild.mjs). Two CommonJS files, run by run-bundle.mjs:
 * `cli.cjs` (arguments, report; `--help` loads nothing more) and `heavy.cjs` (the pipeline, the
 * dev server, the API), compiled through `vm.Script` with a V8 code cache (code-cache.mjs).
 *
 * Plain JavaScript on purpose: the bin must run it without tsx.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Packages the bundle loads from `node_modules` at run time instead of holding them: a native
 * addon (resvg), and citeproc-js, whose licence (CPAL or AGPL) is best kept to its own files as
 * its authors publish them; highlight.js, whose grammars are required by a name known only at run
 * time (highlight/highlighter.ts); subset-font, which reads harfbuzz's wasm through
 * `require.resolve('harfbuzzjs/…')`, so harfbuzzjs must be installed beside it (the EPUB's embedded
 * font, render/epub/embedded-font.ts). All are `dependencies` of the package (tests/package.test.ts).
 */
export const externalPackages = ['@resvg/resvg-js', 'citeproc', 'highlight.js', 'subset-font'];

/** Forward slashes: the path is written into the bundle, which may run on another system. */
const portable = (path) => path.split(sep).join('/');

/**
 * A bundle has one location (its own), but our modules find files from theirs: `resources.ts`
 * reads `templates/` beside `scripts/`. Each of our modules keeps its location, as a path relative
 * to the bundle's directory (`__triptychPath`, defined by `banner`), so the bundle works wherever
 * the package is: in this repository or installed in someone's `node_modules`. A package from
 * `node_modules` that locates its own files cannot be bundled (where it lies once installed is not
 * where it lies here): the build fails and names it, so that its files are read through
 * resources.ts instead.
 */
const keepLocations = {
  name: 'keep-module-locations',
  setup(build) {
    build.onLoad({ filter: /\.(m|c)?(j|t)s$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      const usesMeta = contents.includes('import.meta');
      // CommonJS's free `__dirname`/`__filename`; an ES module that declares its own keeps it.
      const cjsPaths = ['__dirname', '__filename'].filter(
        (name) => new RegExp(`\\b${name}\\b`).test(contents) && !new RegExp(`\\b(var|let|const)\\s+${name}\\b`).test(contents),
      );
      if (!usesMeta && cjsPaths.length === 0) return undefined;
      if (args.path.includes(`${sep}node_modules${sep}`)) {
        return { errors: [{ text: `${relative(root, args.path)} locates files from its own location, which changes once the package is installed: read its files through scripts/resources.ts (packagePath) instead of importing it` }] };
      }
      const own = JSON.stringify(portable(relative(root, args.path)));
      const ownDir = JSON.stringify(portable(relative(root, resolve(args.path, '..'))));
      contents = contents
        .replaceAll('import.meta.url', `require("node:url").pathToFileURL(__triptychPath(${own})).href`)
        .replaceAll('import.meta.dirname', `__triptychPath(${ownDir})`)
        .replaceAll('import.meta.filename', `__triptychPath(${own})`);
      if (contents.includes('import.meta')) return { errors: [{ text: `${relative(root, args.path)} uses an \`import.meta\` property the bundle cannot keep` }] };
      if (cjsPaths.length > 0) {
        const values = { __dirname: `__triptychPath(${ownDir})`, __filename: `__triptychPath(${own})` };
        contents = `var ${cjsPaths.map((name) => `${name} = ${values[name]}`).join(', ')};\n${contents}`;
      }
      const loader = args.path.endsWith('.ts') ? 'ts' : 'js';
      return { contents, loader, resolveDir: resolve(args.path, '..') };
    });
  },
};

/** Defines `__triptychPath(p)`: `p` (relative to the project's root) from the bundle's directory. */
const banner = (outdir) =>
  `var __triptychRoot = require("node:path").join(__dirname, ${JSON.stringify(portable(relative(outdir, root)) || '.')});\n` +
  `function __triptychPath(path) { return require("node:path").join(__triptychRoot, path); }`;

/**
 * In `cli.cjs`, cli.ts's `await import('./pipeline/index.ts')` and the like become
 * `require('triptych:heavy').<name>`, which run-bundle.mjs answers with `heavy.cjs`.
 */
// `rules` (`triptych check --rules`) reads every check's table, and with it the checks' engines
// (temml, edtf, parse5): bundled into `cli.cjs` they were 1.3 MB that every command parsed.
export const heavyModules = { pipeline: 'scripts/pipeline/index.ts', dev: 'scripts/dev/dev.ts', api: 'scripts/api.ts', rules: 'scripts/checks/rule-list.ts' };

const heavyImports = {
  name: 'heavy-modules',
  setup(build) {
    const byPath = new Map(Object.entries(heavyModules).map(([name, path]) => [join(root, path), name]));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer === join(root, 'scripts/cli.ts') || args.importer.startsWith(join(root, 'scripts/cli') + sep)) {
        const name = byPath.get(resolve(args.resolveDir, args.path));
        if (name) return { path: name, namespace: 'triptych-heavy' };
      }
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'triptych-heavy' }, (args) => ({
      contents: `module.exports = require('triptych:heavy').${args.path};`,
      loader: 'js',
    }));
  },
};

/**
 * `heavy.cjs`'s entry. Getters, so that `check` never evaluates the dev server (which loads the
 * renderers); esbuild evaluates a `require`d ES module on its first `require`.
 */
const heavyEntry = `module.exports = {
${Object.entries(heavyModules)
  .map(([name, path]) => `  get ${name}() { return require('./${path}'); },`)
  .join('\n')}
};`;

/**
 * unist-util-visit-parents (under every `visit` of remark, rehype and our checks) renames a fresh
 * closure for each node it walks, `Object.defineProperty(visit, 'name', …)` with a colourised
 * `node (type<tag>)`, so that a stack trace names the node. That is a property definition and two
 * string concatenations per node per walk, ~120 ms of a 50× dev rebuild of ~500. The bundle drops
 * the renaming; the walk is untouched (tests/bundle.test.ts checks the statement is gone, so an
 * update of the package that changes it is noticed). Running from source (tsx) keeps the package
 * as published.
 */
export const visitRenaming = `      Object.defineProperty(visit, 'name', {
        value:
          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'
      })`;

const unnamedVisits = {
  name: 'unnamed-visits',
  setup(build) {
    build.onLoad({ filter: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      return { contents: contents.replace(visitRenaming, ''), loader: 'js' };
    });
  },
};

/**
 * citation-js's core can fetch a bibliography from a URL (`sync-fetch`, which spawns a worker
 * file beside itself, and `node-fetch`); Triptych reads only the manuscript's own files and
 * fetches nothing (`path-remote`), so the bundle holds a module that says so instead of them.
 */
const noFetching = {
  name: 'no-fetching',
  setup(build) {
    build.onResolve({ filter: /^(sync-fetch|node-fetch)$/ }, (args) => ({ path: args.path, namespace: 'triptych-no-fetching' }));
    build.onLoad({ filter: /.*/, namespace: 'triptych-no-fetching' }, () => ({
      contents: 'function refuse() { throw new Error("Triptych fetches nothing from the network"); }\nmodule.exports = refuse; module.exports.default = refuse; module.exports.Headers = class Headers {};',
      loader: 'js',
    }));
  },
};

/**
 * Writes `cli.cjs` and `heavy.cjs` into `outdir`; returns the paths (relative to the root) of every
 * input esbuild read, ours and the packages'.
 */
export async function buildBundle(outdir) {
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    // One CommonJS file each, no code splitting: vm.Script (code-cache.mjs) compiles scripts, not
    // ES modules. `await import()` inside becomes a lazy `__esm` initialiser, so a module still
    // runs only when a command reaches it.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'error',
    legalComments: 'none',
    banner: { js: banner(outdir) },
    external: [...externalPackages, 'esbuild', 'fsevents', 'triptych:heavy'],
  };
  const [cli, heavy] = await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(root, 'scripts/cli.ts')], outfile: join(outdir, 'cli.cjs'), plugins: [heavyImports, keepLocations] }),
    esbuild.build({ ...common, stdin: { contents: heavyEntry, resolveDir: root, sourcefile: 'heavy-entry.cjs', loader: 'js' }, outfile: join(outdir, 'heavy.cjs'), plugins: [unnamedVisits, noFetching, keepLocations] }),
  ]);
  for (const name of ['cli.cjs', 'heavy.cjs']) {
    const file = join(outdir, name);
    writeFileSync(file, asciiOnly(readFileSync(file, 'utf8'), name));
  }
  return [...new Set([...Object.keys(cli.metafile.inputs), ...Object.keys(heavy.metafile.inputs)])].filter((input) => input !== 'heavy-entry.cjs');
}

/**
 * The bundle in ASCII. esbuild escapes what is outside ASCII in strings and identifiers, but leaves
 * comments, regular expressions and `String.raw` templates as they are, and a few such characters
 * made the whole 4 MB `heavy.cjs` slow to read: Node 20's `readFileSync(file, 'utf8')` took 30-50 ms
 * for it, against ~1 ms to read it as Latin-1 when it is ASCII (code-cache.mjs), and V8 holds a
 * string with any such character at two bytes a character. Every such character becomes `\uXXXX`
 * (a UTF-16 pair above U+FFFF), which is the same character in a string, a template and a regular
 * expression, with or without the `u` flag, and changes nothing in a comment. Two places where it
 * would change the meaning are refused (the bundle is then not made, and bin/triptych.js runs the
 * sources): after a backslash (`\–` would become a backslash and `u2013`), and in a `String.raw`
 * template, whose text is kept raw (write the `\u` escape there yourself).
 */
export function asciiOnly(code, name) {
  return code.replace(/[^\x00-\x7f]/gu, (character, offset) => {
    const line = code.slice(code.lastIndexOf('\n', offset) + 1, offset);
    if (line.endsWith('\\') || /String\.raw`[^`]*$/.test(line)) {
      throw new Error(`${name}: cannot write \`${character}\` as an escape after \`${line.slice(-40)}\`; write it as \\u${character.codePointAt(0).toString(16).padStart(4, '0')} in the source`);
    }
    let escaped = '';
    for (let i = 0; i < character.length; i++) escaped += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}
