/** Runs the real CLI in a child process, as a user would, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../scripts/resources.ts';

/** tsx's loader by its URL, so that the CLI also runs from a working directory outside the project. */
export const tsxLoader = pathToFileURL(createRequire(join(projectRoot, 'package.json')).resolve('tsx')).href;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, join(projectRoot, 'scripts/cli.ts'), ...args], {
    cwd: options.cwd ?? projectRoot,
    // Text, not colour, whatever the shell that started the tests asked for (a test may set it).
    env: { ...process.env, FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);
