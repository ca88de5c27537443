// Test helper run as a separate process: opens an embedded store for writing, writes the fixture articles,
// prints "ready" and keeps the store open until its standard input closes or it is killed.
import { EmbeddedStore } from '../../src/store/embedded.js';
import { articleA } from '../fixtures/fragments.js';

const store = await EmbeddedStore.open({ dir: process.argv[2] });
await store.writeFragments([articleA]);
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void store.close().then(() => process.exit(0));
});
