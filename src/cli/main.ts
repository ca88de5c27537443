// The kg command line: one file per command under src/cli/, registered here.
// Exit codes: 0 success; 1 the command ran but something failed (see its report); 2 bad usage or settings.
import { Command, CommanderError } from 'commander';
import { KgError, errorMessage } from '../errors.js';
import { exitCodeFor } from './common.js';
import { applyHeapGrowth } from './heap-growth.js';
import { resolveHeapGrowthPercent } from '../settings.js';

const COMMANDS: Array<() => Promise<{ register(program: Command): void }>> = [
  () => import('./ingest.js'),
  () => import('./extract.js'),
  () => import('./load.js'),
  () => import('./query.js'),
  () => import('./export.js'),
  () => import('./stats.js'),
  () => import('./copy.js'),
  () => import('./view.js'),
  () => import('./bench.js'),
];

async function main(argv: string[]): Promise<void> {
  applyHeapGrowth(resolveHeapGrowthPercent());
  const program = new Command('kg')
    .description('Turns political news into a knowledge graph of people, parties, events and claims, with evidence.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const load of COMMANDS) (await load()).register(program);
  await program.parseAsync(argv);
}

main(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    // commander has printed its own message (or the help); map its exit code to ours.
    process.exitCode = e.exitCode === 0 ? 0 : 2;
    return;
  }
  const where = e instanceof KgError ? '' : 'kg: unexpected error: ';
  process.stderr.write(`${where}${errorMessage(e)}\n`);
  if (process.env.KG_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = exitCodeFor(e);
});
