// Types of run-bundle.mjs (plain JavaScript: bin/triptych.js runs it without tsx), for the
// TypeScript that shares its choice of cache directory.
export function runBundle(dir: string, argv: readonly string[], cacheDir: string | undefined): void;
export function userCacheBase(env?: NodeJS.ProcessEnv): string | undefined;
export function userCacheDir(id: string, env?: NodeJS.ProcessEnv): string | undefined;
