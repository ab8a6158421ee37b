import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real tools run in the loop (EPUBCheck ≈ 5–8 s a book, Chromium); two cores on CI.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    // Drawn images, font subsets and code caches go to a folder git ignores, not the user's own
    // cache directory (tests that are about that directory set their own).
    env: { TRIPTYCH_CACHE_DIR: process.env['TRIPTYCH_CACHE_DIR'] ?? fileURLToPath(new URL('tests/output/cache', import.meta.url)) },
  },
});
