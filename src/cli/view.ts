// `kg view`: serves the viewer and a read-only JSON API over the chosen store, on 127.0.0.1 unless --host says
// otherwise, prints the address, and stops on Ctrl-C. --open starts the platform's browser opener.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { ConfigError, errorMessage } from '../errors.js';
import { startViewerServer } from '../server/viewer-server.js';
import { openStore } from '../store/open-store.js';
import { settingsFromOptions, withStoreOptions, type StoreCliOptions } from './common.js';

interface ViewOptions extends StoreCliOptions {
  port: string;
  host: string;
  open?: boolean;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) {
    throw new ConfigError(`kg view: --port "${value}" is not a port. Expecting a number from 0 to 65535.`);
  }
  return port;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => process.stderr.write(`kg view: could not start ${cmd}; open ${url} yourself.\n`));
    child.unref();
  } catch {
    process.stderr.write(`kg view: could not start ${cmd}; open ${url} yourself.\n`);
  }
}

export function register(program: Command): void {
  withStoreOptions(
    program
      .command('view')
      .description('Serve the graph viewer and a read-only JSON API over the store (http://127.0.0.1:4173).'),
  )
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4173')
    .option(
      '--host <address>',
      'address to listen on; anything but loopback exposes the graph to the network',
      '127.0.0.1',
    )
    .option('--open', 'open the viewer in a browser')
    .action(async (opts: ViewOptions) => {
      const port = parsePort(opts.port);
      const settings = settingsFromOptions(opts);
      const store = await openStore(settings, { readOnly: true, mustExist: true });
      let server;
      try {
        server = await startViewerServer({ store, host: opts.host, port });
      } catch (e) {
        await store.close();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') {
          throw new ConfigError(`kg view: port ${port} on ${opts.host} is in use. Expecting a free port (--port).`);
        }
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
          throw new ConfigError(`kg view: cannot listen on "${opts.host}". Expecting an address of this machine.`);
        }
        throw e;
      }
      process.stdout.write(`kg view: the ${store.kind} store ${store.location}, read-only, at ${server.url}\n`);
      if (!LOOPBACK.test(opts.host)) {
        process.stderr.write(
          `kg view: listening on ${opts.host}: anyone who can reach this address can read the graph.\n`,
        );
      }
      process.stdout.write('Press Ctrl-C to stop.\n');
      if (opts.open) openBrowser(server.url);
      const stop = () => {
        void server
          .close()
          .then(() => store.close())
          .catch((e: unknown) => process.stderr.write(`kg view: ${errorMessage(e)}\n`))
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
