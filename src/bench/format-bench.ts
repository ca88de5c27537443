// The bench's result as text: the machine, then one table of figures (median of the runs, with the spread),
// the extraction profile, the queries, and the targets.
import type { BenchResult } from './run-bench.js';
import type { Summary } from './stats.js';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : String(n));
const secs = (s: Summary) =>
  `${s.median.toFixed(2)} s` + (s.runs > 1 ? ` (${s.min.toFixed(2)}-${s.max.toFixed(2)}, ${s.runs} runs)` : '');
const ms = (s: Summary) => `${fmt(s.median)} ms` + (s.runs > 1 ? ` (${fmt(s.min)}-${fmt(s.max)})` : '');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatBench(r: BenchResult): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}.`,
    `Load average at start: ${m.loadAverage.join(', ')}${m.loaded ? ` — above the ${m.cores} cores: the machine is shared and busy, so wall-clock figures are slower than it can do (CPU seconds are given beside them).` : '.'}`,
    `Corpus: ${r.corpus.name}: ${r.corpus.files} files, ${mb(r.corpus.bytes)}${r.corpus.generated ? ' (generated: the shared corpus was not found)' : ''}.`,
    `Median of ${r.settings.runs} runs for long parts, ${r.settings.quickRuns} for quick ones; ${r.settings.jobs} extraction threads for "all cores".`,
    '',
  );
  const rows: string[][] = [];
  if (!('skipped' in r.extraction)) {
    for (const [name, t] of [
      ['extraction alone, 1 core', r.extraction.oneCore],
      [`extraction alone, ${r.extraction.allCores.jobs} threads`, r.extraction.allCores],
    ] as const) {
      rows.push([
        name,
        `${fmt(t.articlesPerSecond)} articles/s`,
        `${t.mbPerSecond} MB/s`,
        secs(t.seconds),
        `${t.cpuSeconds} s CPU; first (cold) run ${t.firstSeconds} s, ${t.firstCpuSeconds} s CPU`,
      ]);
    }
    rows.push([`  speed-up with ${r.extraction.allCores.jobs} threads`, `${r.extraction.speedup}x`, '', '', '']);
  }
  if (!('skipped' in r.storeWrite)) {
    for (const t of [r.storeWrite.transactions, r.storeWrite.bulk]) {
      rows.push([
        `store write alone, embedded, ${t.mode === 'bulk' ? '--bulk (COPY)' : 'transactions'}`,
        `${fmt(t.articlesPerSecond)} articles/s`,
        `${t.mbPerSecond} MB/s`,
        secs(t.seconds),
        `${fmt(t.nodesPerSecond)} nodes/s, ${fmt(t.relationshipsPerSecond)} rels/s, ${t.cpuSeconds} s CPU`,
      ]);
    }
  }
  if (!('skipped' in r.neo4jWrite)) {
    const t = r.neo4jWrite;
    rows.push([
      'store write alone, Neo4j (local), transactions',
      `${fmt(t.articlesPerSecond)} articles/s`,
      `${t.mbPerSecond} MB/s`,
      secs(t.seconds),
      `${fmt(t.nodesPerSecond)} nodes/s, ${fmt(t.relationshipsPerSecond)} rels/s, ${t.cpuSeconds} s CPU here` +
        (t.warmupSeconds?.length
          ? `; after ${t.warmupSeconds.length} untimed warm-up runs (${t.warmupSeconds.join(', ')} s)`
          : ''),
    ]);
  }
  if (!('skipped' in r.ingest)) {
    for (const [name, t] of [
      ['end to end (kg ingest), 1 core', r.ingest.oneCore],
      [`end to end (kg ingest), ${r.ingest.allCores.jobs} threads`, r.ingest.allCores],
      [`end to end (kg ingest --bulk), ${r.ingest.allCoresBulk.jobs} threads`, r.ingest.allCoresBulk],
    ] as const) {
      rows.push([
        name,
        `${fmt(t.articlesPerSecond)} articles/s`,
        `${t.mbPerSecond} MB/s`,
        secs(t.seconds),
        `peak RSS ${fmt(t.peakRssMB)} MB, ${t.cpuSeconds} s CPU`,
      ]);
    }
  }
  if (!('skipped' in r.rss)) {
    for (const t of [r.rss.half, r.rss.full]) {
      rows.push([
        `peak RSS, kg ingest of ${r.rss.corpus}${t === r.rss.half ? ' (first half)' : ''}`,
        `${fmt(t.peakRssMB)} MB`,
        mb(t.bytes),
        secs(t.seconds),
        `${t.articles} files`,
      ]);
    }
    rows.push(['  growth, whole vs half', `${(r.rss.growth * 100).toFixed(1)}%`, '', '', '']);
  }
  if (r.viewer.ok) {
    for (const t of r.viewer.timings) {
      rows.push([
        `viewer, ${fmt(t.nodes)} nodes / ${fmt(t.relationships)} rels: first render`,
        ms(t.firstRenderMs),
        '',
        '',
        `${fmt(t.drawnNodes)} nodes, ${fmt(t.drawnEdges)} edges drawn; from navigation (the server read the graph at its start, ${fmt(t.serverReadMs)} ms)`,
      ]);
      rows.push([
        `viewer, ${fmt(t.nodes)} nodes: layout until settled`,
        ms(t.layoutMs),
        '',
        '',
        `ForceAtlas2 in a ${t.layoutEngine === 'worker' ? 'web worker' : t.layoutEngine}; settled ${fmt(t.settledMs.median)} ms after navigation`,
      ]);
    }
  }
  out.push(table(['figure', 'rate', 'MB/s', 'time (median, range)', 'notes'], rows));
  const notes: string[] = [];
  if ('skipped' in r.neo4jWrite) notes.push(`Neo4j writes not measured: ${r.neo4jWrite.skipped}.`);
  if (!r.viewer.ok) notes.push(`Viewer not measured: ${r.viewer.skipped}.`);
  if (notes.length) out.push('', ...notes);

  if (!('skipped' in r.queries)) {
    out.push('', 'Query latency on the end-to-end graph (kg query NAME):', '');
    out.push(
      table(
        ['query', 'median', 'p95', 'rows', 'runs'],
        r.queries.map((q) => [q.name, `${q.medianMs} ms`, `${q.p95Ms} ms`, String(q.rows), String(q.runs)]),
      ),
    );
  }
  if (!('skipped' in r.profile)) {
    out.push('', `Where extraction time goes (one core, ${r.profile.articles} articles), by pipeline step:`, '');
    out.push(
      table(
        ['step', 'seconds', 'share'],
        r.profile.steps.map((s) => [s.step, s.seconds.toFixed(2), `${(s.share * 100).toFixed(1)}%`]),
      ),
    );
    out.push('', 'CPU profile, self time by file or package:', '');
    out.push(
      table(
        ['where', 'self seconds', 'share'],
        r.profile.hotspots.map((h) => [h.where, h.selfSeconds.toFixed(2), `${(h.share * 100).toFixed(1)}%`]),
      ),
    );
  }
  out.push('', 'Targets:', '');
  out.push(
    table(
      ['target', 'wanted', 'measured', 'met'],
      r.targets.map((t) => [t.what, t.target, t.measured, t.met === null ? '-' : t.met ? 'yes' : 'no']),
    ),
  );
  out.push('', `Bench time: ${Math.round(r.seconds)} s.`);
  return out.join('\n') + '\n';
}
