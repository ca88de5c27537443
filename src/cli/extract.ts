// `kg extract PATHS... --out FILE`: articles to graph fragments as JSON lines, with no store; run it on as many
// machines as you like and load the files later with `kg load`, in any order.
import fs from 'node:fs';
import type { Command } from 'commander';
import { once } from 'node:events';
import { readArticles } from '../read/index.js';
import { createExtractor } from '../ingest/extract-pool.js';
import { writeFragmentLine } from '../ingest/fragments-jsonl.js';
import { resolveSettings } from '../settings.js';
import { EXIT_FAILED } from './common.js';
import {
  lexiconFrom,
  positiveInt,
  printProblem,
  stopOnInterrupt,
  withExtractOptions,
  type ExtractCliOptions,
} from './ingest-options.js';
import type { SourceArticle } from '../read/types.js';

export function register(program: Command): void {
  const cmd = program
    .command('extract')
    .description('Extract graph fragments from articles into JSON lines, without a store (load them with kg load).')
    .argument('<paths...>', 'files and folders to read')
    .option('-o, --out <file>', 'where to write the fragments (default: standard output)');
  withExtractOptions(cmd).action(async (paths: string[], opts: ExtractCliOptions & { out?: string }) => {
    const settings = resolveSettings();
    const jobs = positiveInt(opts.jobs, settings.jobs, '--jobs');
    const maxArticleChars = positiveInt(opts.maxChars, settings.maxArticleChars, '--max-chars');
    const extractor = createExtractor(jobs, lexiconFrom(opts));
    const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
    const interrupt = stopOnInterrupt();
    let articles = 0;
    let failed = 0;
    let skipped = 0;
    const inFlight: Array<Promise<Awaited<ReturnType<typeof extractor.extract>>>> = [];
    const drain = async () => {
      const results = await inFlight.shift()!;
      for (const r of results) {
        if (r.ok) {
          articles++;
          if (!writeFragmentLine(out, r.fragment)) await once(out, 'drain');
        } else {
          failed++;
          printProblem('failed', { path: r.path, reason: `extraction failed: ${r.reason}` });
        }
      }
    };
    let batch: SourceArticle[] = [];
    try {
      for await (const ev of readArticles(paths, { maxArticleChars })) {
        if (interrupt.shouldStop()) break;
        if (ev.kind === 'article') {
          batch.push(ev.article);
          if (batch.length >= 16) {
            inFlight.push(extractor.extract(batch));
            batch = [];
            while (inFlight.length >= jobs * 2) await drain();
          }
        } else {
          if (ev.kind === 'failed') failed++;
          else skipped++;
          printProblem(ev.kind, ev);
        }
      }
      if (batch.length) inFlight.push(extractor.extract(batch));
      while (inFlight.length) await drain();
    } finally {
      await extractor.close();
      interrupt.dispose();
      if (out !== process.stdout) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
    }
    process.stderr.write(
      `Extracted ${articles} articles${opts.out ? ` to ${opts.out}` : ''}; ${skipped} skipped, ${failed} failed.\n`,
    );
    if (failed > 0 || interrupt.shouldStop() || (opts.strict && skipped > 0)) process.exitCode = EXIT_FAILED;
  });
}
