// What every extracted fragment must satisfy, whatever the article: offsets inside the text, evidence equal to
// the text between them, unique ids, edges between known nodes, no extraction step that threw, and a fragment
// the stores accept. Returns the broken rules (empty when none) so a property test can show them.
import type { GraphFragment } from '../../src/model/types.js';
import { validateFragment } from '../../src/store/validate-fragment.js';

export function fragmentProblems(f: GraphFragment): string[] {
  const problems: string[] = [];
  const text = f.article.text;
  const inside = (start: number, end: number) =>
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end <= text.length;

  // analyseArticle turns a step that throws into a message "<step>:error: ..." and goes on: still a crash
  for (const m of f.article.messages) if (/^[\w-]+:error\b/.test(m)) problems.push(`a step threw: ${m}`);

  const ids = new Set<string>([f.article.id]);
  for (const n of f.nodes) {
    if (ids.has(n.id)) problems.push(`node id ${n.id} twice`);
    ids.add(n.id);
    if (n.label === 'Claim' && !inside(n.start, n.end)) problems.push(`claim ${n.id} at [${n.start}, ${n.end})`);
  }
  const relIds = new Set<string>();
  for (const r of f.relationships) {
    const what = `${r.type} ${r.id} [${r.start}, ${r.end})`;
    if (relIds.has(r.id)) problems.push(`relationship id ${r.id} twice`);
    relIds.add(r.id);
    if (!inside(r.start, r.end)) problems.push(`${what} is outside the text (length ${text.length})`);
    else if (text.slice(r.start, r.end) !== r.evidence) problems.push(`${what}: evidence is not text.slice`);
    if (!ids.has(r.from.id) || !ids.has(r.to.id)) problems.push(`${what} joins a node not in the fragment`);
    if (!(r.confidence >= 0 && r.confidence <= 1)) problems.push(`${what} has confidence ${r.confidence}`);
  }
  try {
    validateFragment(f);
  } catch (e) {
    problems.push(`the stores would refuse it: ${e instanceof Error ? e.message : String(e)}`);
  }
  return problems;
}
