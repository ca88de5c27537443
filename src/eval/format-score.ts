// Prints a graph score as a small table (precision, recall, F1 and counts per line), with the errors on request.
import type { GraphScore, Prf } from './score-graph.js';
import { SCORED_REL_TYPES } from './gold.js';

const pct = (x: number) => x.toFixed(3);

function line(label: string, p: Prf): string {
  return `${label.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (gold ${p.found}/${p.expected}, graph ${p.correct}/${p.predicted})`;
}

export function formatScore(score: GraphScore, options: { errors?: boolean } = {}): string {
  const out = [
    line('persons', score.persons),
    line('parties', score.parties),
    line('relations', score.relations),
    ...SCORED_REL_TYPES.map((t) => line(`  ${t}`, score.relationsByType[t])),
    line('claims', score.claims),
    `overall F1             ${pct(score.overall)}`,
  ];
  if (score.articles.missing.length) out.push(`articles not in the graph: ${score.articles.missing.join(', ')}`);
  if (options.errors) {
    for (const [what, e] of Object.entries(score.errors)) {
      for (const m of e.missed) out.push(`  missed ${what}: ${m}`);
      for (const s of e.spurious) out.push(`  spurious ${what}: ${s}`);
    }
  }
  return out.join('\n');
}
