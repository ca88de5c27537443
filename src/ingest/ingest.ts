// Ingestion: read articles (streamed), extract fragments on worker threads, match their entities to the stored
// graph, and write them to the store in transactions of whole articles. A file that cannot be read or written
// is reported with its path and reason and the batch goes on; Ctrl-C stops after the current batch.
import type { GraphFragment } from '../model/types.js';
import type { SourceArticle } from '../read/types.js';
import type { GraphStore } from '../store/types.js';
import type { UserLexicon } from '../lexicon/user-lexicon.js';
import { supportsBulkLoad, type BulkLoad } from '../store/bulk-load.js';
import { KgError, StoreAuthError, StoreLockedError, StoreUnavailableError, errorMessage } from '../errors.js';
import { createExtractor, type ExtractResult } from './extract-pool.js';
import { EntityResolver } from './resolve-across-articles.js';

export interface Problem {
  path: string;
  line?: number;
  reason: string;
}

export interface IngestReport {
  /** Articles read from the inputs. */
  read: number;
  written: number;
  unchanged: number;
  replaced: number;
  skipped: Problem[];
  failed: Problem[];
  nodes: number;
  relationships: number;
  /** Extraction messages (what could not be decided), over all articles. */
  messages: number;
  /** Whether the articles were written by the bulk path. */
  bulk: boolean;
  interrupted: boolean;
  seconds: number;
}

export interface IngestOptions {
  jobs: number;
  lexicon: UserLexicon;
  articlesPerTransaction: number;
  /** Articles sent to a worker at a time. */
  extractBatch?: number;
  /** Called as problems happen (one line each), for streaming output. */
  onProblem?: (kind: 'skipped' | 'failed', p: Problem) => void;
  /** Called with each article's extraction messages (for --verbose). */
  onMessages?: (path: string, messages: string[]) => void;
  /** Returns true once the user asked to stop (Ctrl-C). */
  shouldStop?: () => boolean;
  /**
   * Loads an empty embedded store in one go (Parquet files and COPY FROM) instead of transactions of
   * `articlesPerTransaction` articles. Ignored, with a note, when the store is not empty or has no bulk path.
   */
  bulk?: boolean;
  /** Called with remarks on how the ingest runs (the bulk path not taken, say). */
  onNote?: (note: string) => void;
  /** Called after each write transaction commits, with the report so far (for --progress). */
  onCommit?: (report: IngestReport) => void;
}

/** Where articles come from: the readers' events, or fragments already extracted (`kg load`). */
export type IngestSource =
  | AsyncIterable<
      | { kind: 'article'; article: SourceArticle }
      | { kind: 'skipped' | 'failed'; path: string; line?: number; reason: string }
    >
  | AsyncIterable<
      { kind: 'fragment'; fragment: GraphFragment } | { kind: 'failed'; path: string; line?: number; reason: string }
    >;

export async function ingest(events: IngestSource, store: GraphStore, options: IngestOptions): Promise<IngestReport> {
  const t0 = performance.now();
  const report: IngestReport = {
    read: 0,
    written: 0,
    unchanged: 0,
    replaced: 0,
    skipped: [],
    failed: [],
    nodes: 0,
    relationships: 0,
    messages: 0,
    bulk: false,
    interrupted: false,
    seconds: 0,
  };
  const problem = (kind: 'skipped' | 'failed', p: Problem) => {
    (kind === 'skipped' ? report.skipped : report.failed).push(p);
    options.onProblem?.(kind, p);
  };
  const resolver = new EntityResolver(await store.entityNames());
  const bulk = options.bulk ? await startBulk(store, options) : null;
  report.bulk = bulk !== null;
  const extractor = createExtractor(options.jobs, options.lexicon);
  const batchSize = options.extractBatch ?? 16;
  const inFlight: Array<Promise<ExtractResult[]>> = [];
  // enough batches out to keep every worker's queue full (see BATCHES_PER_WORKER in extract-pool.ts)
  const maxInFlight = Math.max(2, options.jobs * 4);
  let pending: SourceArticle[] = [];
  let toWrite: GraphFragment[] = [];

  // One transaction is written at a time, in the background: while it runs, this thread goes on reading
  // articles, handing them to the workers and collecting the next transaction's fragments, so that extraction
  // and writing overlap. A full next transaction waits for the running one (that bounds memory).
  let writing: Promise<void> | null = null;
  let writeFailure: { error: unknown } | null = null;
  const settleWrite = async () => {
    if (writing) await writing;
    writing = null;
    if (writeFailure) throw writeFailure.error;
  };
  const write = async (force: boolean) => {
    if (writeFailure) throw writeFailure.error;
    if (toWrite.length === 0 || (!force && toWrite.length < options.articlesPerTransaction)) return;
    await settleWrite();
    const batch = toWrite;
    toWrite = [];
    writing = writeBatch(store, batch, report, problem, () => options.onCommit?.(report)).catch((error: unknown) => {
      writeFailure = { error };
    });
  };
  const accept = async (results: ExtractResult[]) => {
    for (const r of results) {
      if (!r.ok) {
        problem('failed', { path: r.path, reason: `extraction failed: ${r.reason}` });
        continue;
      }
      const f = resolver.resolve(r.fragment);
      report.messages += f.article.messages.length;
      if (f.article.messages.length) options.onMessages?.(f.article.path ?? f.article.key, f.article.messages);
      if (bulk) addToBulk(bulk, f, report, problem);
      else toWrite.push(f);
    }
    await write(false);
  };
  const drainOne = async () => {
    const first = inFlight.shift();
    if (first) await accept(await first);
  };
  const flushPending = async () => {
    if (pending.length === 0) return;
    inFlight.push(extractor.extract(pending));
    pending = [];
    while (inFlight.length >= maxInFlight) await drainOne();
  };

  try {
    for await (const ev of events) {
      if (options.shouldStop?.()) {
        report.interrupted = true;
        break;
      }
      if (ev.kind === 'article') {
        report.read++;
        pending.push(ev.article);
        if (pending.length >= batchSize) await flushPending();
      } else if (ev.kind === 'fragment') {
        report.read++;
        await accept([{ ok: true, fragment: ev.fragment }]);
      } else {
        problem(ev.kind, { path: ev.path, line: ev.line, reason: ev.reason });
      }
    }
    await flushPending();
    while (inFlight.length) await drainOne();
    // The workers' heaps (a language model and its garbage each, over 100 MB) are given back before the last
    // writes and the checkpoint, which is when the process is largest.
    await extractor.close();
    if (bulk) {
      add(report, await bulk.finish());
      // Texts that replace an article of the same key, added earlier in this run: written the ordinary way.
      toWrite.push(...bulk.deferred);
    }
    await write(true);
    await settleWrite();
    await store.flush();
  } catch (e) {
    throw isFatal(e) ? stoppedError(e, store, report) : e;
  } finally {
    await writing; // never rejects: a failure is kept in writeFailure
    await extractor.close();
    await bulk?.abort();
  }
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

async function startBulk(store: GraphStore, options: IngestOptions): Promise<BulkLoad | null> {
  if (!supportsBulkLoad(store)) {
    options.onNote?.(`the ${store.kind} store has no bulk path here: writing in transactions instead.`);
    return null;
  }
  const bulk = await store.startBulkLoad();
  if (!bulk)
    options.onNote?.(
      `${store.location} is not empty: the bulk path is for first loads; writing in transactions instead.`,
    );
  return bulk;
}

function addToBulk(
  bulk: BulkLoad,
  f: GraphFragment,
  report: IngestReport,
  problem: (kind: 'failed', p: Problem) => void,
): void {
  try {
    if (bulk.add(f) === 'unchanged') report.unchanged++;
  } catch (e) {
    if (isFatal(e)) throw e;
    problem('failed', { path: where(f), reason: `could not be written: ${errorMessage(e)}` });
  }
}

/** Writes a batch; when the batch fails, writes its articles one by one so one bad article fails alone. */
async function writeBatch(
  store: GraphStore,
  batch: GraphFragment[],
  report: IngestReport,
  problem: (kind: 'failed', p: Problem) => void,
  committed: () => void,
): Promise<void> {
  try {
    add(report, await store.writeFragments(batch));
    committed();
    return;
  } catch (e) {
    if (isFatal(e) || batch.length === 1) {
      if (isFatal(e)) throw e;
      problem('failed', { path: where(batch[0]), reason: `could not be written: ${errorMessage(e)}` });
      return;
    }
  }
  for (const f of batch) {
    try {
      add(report, await store.writeFragments([f]));
      committed();
    } catch (e) {
      if (isFatal(e)) throw e;
      problem('failed', { path: where(f), reason: `could not be written: ${errorMessage(e)}` });
    }
  }
}

function add(report: IngestReport, w: Awaited<ReturnType<GraphStore['writeFragments']>>): void {
  report.written += w.written;
  report.unchanged += w.unchanged;
  report.replaced += w.replaced;
  report.nodes += w.nodes;
  report.relationships += w.relationships;
}

/** Errors that stop the whole ingest: the store itself is gone or refused us. */
function isFatal(e: unknown): boolean {
  return e instanceof StoreUnavailableError || e instanceof StoreAuthError || e instanceof StoreLockedError;
}

/** Articles in the store after this run's commits: written, replaced, or found there already. */
export function committedArticles(r: IngestReport): number {
  return r.written + r.replaced + r.unchanged;
}

/**
 * The store went away (or refused us) part-way: the same kind of error, saying what was committed before, so
 * that the one line kg prints tells the user what the store holds and that re-running the command finishes it.
 */
function stoppedError(e: unknown, store: GraphStore, r: IngestReport): KgError {
  const cause = errorMessage(e).replace(/\.$/, '');
  const message =
    `ingest: stopped after ${committedArticles(r)} articles were committed to the ${store.kind} store ` +
    `${store.location} (${r.written} new, ${r.replaced} replaced, ${r.unchanged} unchanged); the articles read ` +
    `after them were not written. Cause: ${cause}. Expecting the store to stay available: run the same command ` +
    'again to finish (articles already stored are left as they are).';
  if (e instanceof StoreAuthError) return new StoreAuthError(message, { cause: e });
  if (e instanceof StoreLockedError) return new StoreLockedError(message, { cause: e });
  return new StoreUnavailableError(message, { cause: e });
}

function where(f: GraphFragment): string {
  return f.article.path ?? f.article.key;
}
