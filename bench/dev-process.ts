/**
 * Drives a real `triptych dev` process from outside, as a browser would: start it, read the URL
 * it prints, listen to its Server-Sent Events, stop it. Shared by the benchmark (reload latency)
 * and tests/dev.test.ts. Every wait is bounded by a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get, type IncomingMessage } from 'node:http';

export interface DevProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (its log and diagnostics). */
  log(): string;
  /** SIGTERM, then the exit code (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
}

export function startDevProcess(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<DevProcess> {
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = (timeoutMs = 10_000) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(kill);
        resolve(code);
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`\`triptych dev\` printed no URL within ${options.timeoutMs ?? 60_000} ms:\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`triptych dev\` exited with ${code} before serving:\n${stderr}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Serving (http:\/\/\S+)/.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, child, log: () => stderr, stop });
    });
  });
}

export interface DevEvent {
  event: string;
  data: string;
  /** `performance.now()` when the event's last byte arrived. */
  at: number;
}

export interface EventStream {
  /** The next event named `name`, skipping others; rejects after `timeoutMs`. */
  next(name: string, timeoutMs?: number): Promise<DevEvent>;
  /** Forgets events received so far. */
  drain(): void;
  close(): void;
}

/** Connects to the dev server's SSE endpoint and parses `event:`/`data:` blocks. */
export function connectEvents(url: string): Promise<EventStream> {
  const queue: DevEvent[] = [];
  let wake: (() => void) | undefined;
  return new Promise((resolve, reject) => {
    const request = get(new URL('/__triptych/events', url), (response: IncomingMessage) => {
      if (response.statusCode !== 200) return reject(new Error(`SSE endpoint answered ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          if (event) queue.push({ event, data: /^data: (.*)$/m.exec(block)?.[1] ?? '', at: performance.now() });
        }
        wake?.();
      });
      resolve({
        async next(name, timeoutMs = 20_000) {
          const deadline = performance.now() + timeoutMs;
          for (;;) {
            const index = queue.findIndex((e) => e.event === name);
            if (index !== -1) return queue.splice(0, index + 1).pop()!;
            const left = deadline - performance.now();
            if (left <= 0) throw new Error(`no \`${name}\` event within ${timeoutMs} ms (got: ${queue.map((e) => e.event).join(', ') || 'nothing'})`);
            await new Promise<void>((done) => {
              const timer = setTimeout(done, left);
              wake = () => {
                clearTimeout(timer);
                done();
              };
            });
          }
        },
        drain() {
          queue.length = 0;
        },
        close() {
          request.destroy();
        },
      });
    });
    request.on('error', reject);
  });
}
