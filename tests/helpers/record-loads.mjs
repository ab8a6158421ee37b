// Preloaded with `node --import` by tests/lazy-engines.test.ts: appends to $TRIPTYCH_RECORD_LOADS
// every module the process resolves (ES modules through a resolve hook, CommonJS through
// `Module._load`) and every file it reads with `readFileSync` or `fs/promises`' `readFile`, one a line.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import Module, { register, syncBuiltinESMExports } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const log = process.env.TRIPTYCH_RECORD_LOADS;
// The originals, taken before patching (syncBuiltinESMExports would update named imports too).
const { appendFileSync, readFileSync } = fs;
const record = (line) => appendFileSync(log, `${line}\n`);

const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => record(`module ${url}`));
port1.unref();
register('./record-loads-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });

const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    record(`module ${Module._resolveFilename(request, parent, isMain)}`);
  } catch {
    record(`module ${request}`);
  }
  return load.apply(this, arguments);
};
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' || path instanceof URL) record(`read ${path}`);
  return readFileSync.call(this, path, ...rest);
};
const readFile = fsp.readFile;
fsp.readFile = function (path, ...rest) {
  if (typeof path === 'string' || path instanceof URL) record(`read ${path}`);
  return readFile.call(this, path, ...rest);
};
syncBuiltinESMExports();
