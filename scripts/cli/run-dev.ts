/** `triptych dev`: runs until SIGINT or SIGTERM, then closes the server and exits 0. */
import { exitCode } from './exit-codes.ts';
import type { Terminal } from './terminal.ts';

export async function runDev(dir: string, host: string, port: string | undefined, terminal: Terminal): Promise<number> {
  const portNumber = port === undefined ? 4321 : Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) {
    terminal.err(`triptych: --port must be a whole number from 0 to 65535, not \`${port}\`\n`);
    return exitCode.usage;
  }
  const { startDev } = await import('../dev/dev.ts');
  const server = await startDev({ dir, host, port: portNumber, fallbackPort: port === undefined, log: terminal.err });
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) terminal.err(`triptych: listening on ${host}, beyond loopback: other machines can read this manuscript\n`);
  terminal.out(`Serving ${server.url} (the page and the deck; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return exitCode.ok;
}
