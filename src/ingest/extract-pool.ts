// Extraction on worker threads (one per core by default): batches of articles go out, fragments come back in
// the order the batches were sent. With one job, extraction runs in this thread.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GraphFragment } from '../model/types.js';
import type { SourceArticle } from '../read/types.js';
import type { UserLexicon } from '../lexicon/user-lexicon.js';

export type ExtractResult = { ok: true; fragment: GraphFragment } | { ok: false; path: string; reason: string };

export interface Extractor {
  /** Extracts a batch; results keep the articles' order. */
  extract(articles: SourceArticle[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

export function createExtractor(jobs: number, lexicon: UserLexicon): Extractor {
  if (jobs <= 1) return new InlineExtractor(lexicon);
  return new WorkerExtractor(jobs, lexicon);
}

class InlineExtractor implements Extractor {
  constructor(private readonly lexicon: UserLexicon) {}
  async extract(articles: SourceArticle[]): Promise<ExtractResult[]> {
    // Loaded when first needed: the language model costs seconds and tens of MB, and a process whose
    // extraction runs on workers (or that only loads fragments, kg load) never needs it in this thread.
    const { extractArticle } = await import('../pipeline/index.js');
    return articles.map((a) => {
      try {
        return { ok: true, fragment: extractArticle(a, { lexicon: this.lexicon }) };
      } catch (e) {
        return { ok: false, path: a.path ?? a.key, reason: e instanceof Error ? e.message : String(e) };
      }
    });
  }
  async close(): Promise<void> {}
}

/**
 * Batches each worker may hold at once (one being extracted, the rest queued in its message port). The main thread
 * stops answering while a LadybugDB statement runs (its calls block the event loop for most of their duration,
 * measured), so a worker with only one batch sat idle until the statement ended; with batches queued it goes on.
 */
const BATCHES_PER_WORKER = 3;

class WorkerExtractor implements Extractor {
  private readonly workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered. */
  private readonly outstanding: number[] = [];
  private readonly waiting: Array<() => void> = [];
  private nextId = 0;

  constructor(jobs: number, lexicon: UserLexicon) {
    const url = new URL('./extract-worker.js', import.meta.url);
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(url, { workerData: { lexicon } });
      w.unref();
      this.workers.push(w);
      this.outstanding.push(0);
    }
  }

  async extract(articles: SourceArticle[]): Promise<ExtractResult[]> {
    const index = await this.acquire();
    const worker = this.workers[index];
    const id = this.nextId++;
    try {
      return await new Promise<ExtractResult[]>((resolve, reject) => {
        const onMessage = (msg: { id: number; fragments: ExtractResult[] }) => {
          if (msg.id !== id) return;
          cleanup();
          resolve(msg.fragments);
        };
        const onError = (e: Error) => {
          cleanup();
          reject(e);
        };
        const cleanup = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.postMessage({ id, articles });
      });
    } finally {
      this.release(index);
    }
  }

  /** The worker with the fewest batches in hand, once one has room. */
  private async acquire(): Promise<number> {
    for (;;) {
      let best = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.outstanding[i] < this.outstanding[best]) best = i;
      if (this.outstanding[best] < BATCHES_PER_WORKER) {
        this.outstanding[best]++;
        return best;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(index: number): void {
    this.outstanding[index]--;
    this.waiting.shift()?.();
  }

  /** Stops the workers (their memory goes back to the system); calling it again does nothing. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
