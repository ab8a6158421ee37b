/** The tool's own `package.json`: its name and version, for `--version`, `init` and the schema's address. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './resources.ts';

export interface PackageInfo {
  name: string;
  version: string;
}

let info: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  info ??= JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageInfo;
  return info;
}
