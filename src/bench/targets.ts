// The targets, each compared with what the bench measured (met, missed, or not measured).
import type { BenchResult } from './run-bench.js';

export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  /** null when the figure was not measured. */
  met: boolean | null;
}

const has = <T extends object>(v: T | { skipped: string }): v is T => !('skipped' in v);

export function checkTargets(r: BenchResult): TargetCheck[] {
  const out: TargetCheck[] = [];
  const add = (what: string, target: string, value: number | null, unit: string, met: (v: number) => boolean) =>
    out.push({
      what,
      target,
      measured: value === null ? 'not measured' : `${value} ${unit}`,
      met: value === null ? null : met(value),
    });
  const ingest = has(r.ingest) ? r.ingest : null;
  add('end to end, embedded, all cores', '>= 1 MB/s', ingest?.allCores.mbPerSecond ?? null, 'MB/s', (v) => v >= 1);
  add(
    'end to end, embedded, all cores, --bulk',
    '>= 1 MB/s',
    ingest?.allCoresBulk.mbPerSecond ?? null,
    'MB/s',
    (v) => v >= 1,
  );
  const ex = has(r.extraction) ? r.extraction : null;
  add('extraction alone, one core', '>= 1.5 MB/s', ex?.oneCore.mbPerSecond ?? null, 'MB/s', (v) => v >= 1.5);
  const sw = has(r.storeWrite) ? r.storeWrite : null;
  add(
    'embedded store writes during ingest (transactions)',
    '>= 30k rels/s',
    sw?.transactions.relationshipsPerSecond ?? null,
    'rels/s',
    (v) => v >= 30_000,
  );
  const neo = has(r.neo4jWrite) ? r.neo4jWrite : null;
  add(
    'Neo4j writes during ingest (local server)',
    '>= 10k rels/s',
    neo?.relationshipsPerSecond ?? null,
    'rels/s',
    (v) => v >= 10_000,
  );
  const rss = has(r.rss) ? r.rss : null;
  add(
    `peak RSS ingesting ${rss?.corpus ?? 'the corpus'}`,
    '< 1024 MB',
    rss?.full.peakRssMB ?? null,
    'MB',
    (v) => v < 1024,
  );
  add('peak RSS, whole vs half of it', '<= +10%', rss ? Math.round(rss.growth * 1000) / 10 : null, '%', (v) => v <= 10);
  const q = has(r.queries) && r.queries.length ? r.queries : null;
  add('slowest query p95', '< 200 ms', q ? Math.max(...q.map((x) => x.p95Ms)) : null, 'ms', (v) => v < 200);
  const v10k = r.viewer.ok ? r.viewer.timings.find((t) => t.nodes === 10_000) : undefined;
  add('viewer 10k nodes: first render', '< 3000 ms', v10k?.firstRenderMs.median ?? null, 'ms', (v) => v < 3000);
  add('viewer 10k nodes: layout settles', '< 15000 ms', v10k?.layoutMs.median ?? null, 'ms', (v) => v < 15_000);
  return out;
}
