// Test helper run as a separate process: writes a large batch of synthetic articles to an embedded store in one
// transaction (argv[3] synthetic nodes, three relationships each), prints what it wrote, and kills itself with
// SIGKILL: right away, before any checkpoint, or (argv[4] = "in-checkpoint") a few milliseconds into the
// checkpoint that follows.
import { syntheticFragments } from '../../src/bench/synthetic-graph.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

const store = await EmbeddedStore.open({ dir: process.argv[2] });
const report = await store.writeFragments(syntheticFragments(Number(process.argv[3])));
process.stdout.write(`${JSON.stringify(report)}\n`);
if (process.argv[4] === 'in-checkpoint') {
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 10);
  await store.flush();
  process.stdout.write('checkpoint finished before the kill\n');
}
process.kill(process.pid, 'SIGKILL');
