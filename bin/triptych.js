#!/usr/bin/env node
// The installed entry point. It runs the esbuild bundle of the CLI when that bundle is current
// (with a V8 code cache: see scripts/bundle/), rebuilds it when a source changed (about a second,
// once), and falls back to running the TypeScript through tsx's loader when it cannot bundle (no
// esbuild, read-only checkout) or when TRIPTYCH_NO_BUNDLE=1.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../scripts/bundle/fresh-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundled() {
  if (process.env.TRIPTYCH_NO_BUNDLE === '1') return undefined;
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

const bundle = await bundled();
if (bundle) {
  const { runBundle } = await import('../scripts/bundle/run-bundle.mjs');
  runBundle(bundle, process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../scripts/cli.ts');
}
