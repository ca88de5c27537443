// Worker thread body: extracts graph fragments from the articles it is sent, one message per batch.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../pipeline/index.js';
import type { SourceArticle } from '../read/types.js';
import type { UserLexicon } from '../lexicon/user-lexicon.js';

const lexicon = (workerData as { lexicon: UserLexicon }).lexicon;

parentPort?.on('message', (msg: { id: number; articles: SourceArticle[] }) => {
  const fragments = msg.articles.map((a) => {
    try {
      return { ok: true as const, fragment: extractArticle(a, { lexicon }) };
    } catch (e) {
      return { ok: false as const, path: a.path ?? a.key, reason: e instanceof Error ? e.message : String(e) };
    }
  });
  parentPort?.postMessage({ id: msg.id, fragments });
});
