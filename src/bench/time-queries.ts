// Query latency: every shipped query (queries/*.cypher) on a store, with parameter values taken from the graph
// (its most mentioned person, the most connected person-party pair), median and p95 of repeated runs.
import { listQueryNames, queryParameters, readNamedQuery } from '../queries/query-files.js';
import type { GraphStore } from '../store/types.js';
import { percentile, median, round } from './stats.js';

export interface QueryTiming {
  name: string;
  params: Record<string, unknown>;
  rows: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Values for the queries' parameters ($name, $a, $b, $limit), chosen from the graph itself. */
export async function queryParameterValues(store: GraphStore): Promise<Record<string, unknown>> {
  const top = await store.query(
    'MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1',
  );
  const pair = await store.query(
    'MATCH (x:Person)-[r:MEMBER_OF]->(y:Party) RETURN x.name AS a, y.name AS b, count(r) AS n ORDER BY n DESC, a LIMIT 1',
  );
  const name = top.rows[0]?.name ?? 'nobody';
  return { name, a: pair.rows[0]?.a ?? name, b: pair.rows[0]?.b ?? name, limit: 20 };
}

export async function timeQueries(store: GraphStore, runs: number): Promise<QueryTiming[]> {
  const values = await queryParameterValues(store);
  const out: QueryTiming[] = [];
  for (const name of listQueryNames()) {
    const q = readNamedQuery(name, store.kind);
    if (!q) continue;
    const params = Object.fromEntries(queryParameters(q.text).map((p) => [p, values[p] ?? null]));
    let rows = (await store.query(q.text, params, { readOnly: true })).rows.length; // warm-up
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      rows = (await store.query(q.text, params, { readOnly: true })).rows.length;
      samples.push(performance.now() - t0);
    }
    out.push({ name, params, rows, runs, medianMs: round(median(samples)), p95Ms: round(percentile(samples, 95)) });
  }
  return out;
}
