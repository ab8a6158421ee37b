#!/usr/bin/env node
// The entry point. Installed from the package (no TypeScript sources beside it), it runs the bundle
// built when the package was packed (bin/prebuilt/, scripts/bundle/prebuild.mjs) and writes nothing
// into its own folder: the V8 code cache goes to the user's cache directory (run-bundle.mjs).
// In a checkout of the repository it runs the esbuild bundle in .cache/ when that is current,
// rebuilds it when a source changed (about a second, once), and falls back to the TypeScript
// through tsx's loader when it cannot bundle (no esbuild, read-only checkout) or when
// TRIPTYCH_NO_BUNDLE=1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle, userCacheDir } from '../scripts/bundle/run-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function fromCheckout() {
  if (process.env.TRIPTYCH_NO_BUNDLE === '1') return undefined;
  const { freshBundle } = await import('../scripts/bundle/fresh-bundle.mjs');
  const fresh = freshBundle(root);
  if (fresh) return fresh;
  try {
    const { bundleCli } = await import('../scripts/bundle/bundle-cli.mjs');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, '.cache/triptych'), { recursive: true });
    return await bundleCli();
  } catch {
    return undefined;
  }
}

const argv = process.argv.slice(2);
if (!existsSync(join(root, 'scripts/cli.ts'))) {
  const prebuilt = join(root, 'bin/prebuilt');
  let build;
  try {
    build = JSON.parse(readFileSync(join(prebuilt, 'build.json'), 'utf8'));
  } catch {
    process.stderr.write(`triptych: this installation has no prebuilt CLI (${prebuilt}): install the package from npm or from a tarball made by \`npm pack\`\n`);
    process.exit(2);
  }
  runBundle(prebuilt, argv, userCacheDir(build.id));
} else {
  const bundle = await fromCheckout();
  if (bundle) {
    runBundle(bundle, argv, bundle);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../scripts/cli.ts');
  }
}
