// Duplicates through `kg ingest`: the same article twice (by content, whatever the file, line endings or BOM) is
// one article; the same key (file path or JSON-lines id) with an edited text replaces the old version's facts;
// the same story told by two outlets stays two articles whose facts support the same edges.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import {
  articlesOf,
  factsByArticle,
  parseSummary,
  readEmbedded,
  removeTempDirs,
  runKg,
  tempDir,
  type StoredGraph,
} from './helpers.js';

afterAll(removeTempDirs);

// One story as two outlets told it (invented people and parties), and the first outlet's text after an edit.
const OUTLET_A =
  'Harbour Party leader accuses rival over budget\n\n' +
  'PORTMERE - Ana Okoye, the leader of the Harbour Party, accused Tomas Vell of lying about the budget on ' +
  'Tuesday. "The figures are false," Okoye said. The Harbour Party and the Green Union signed a coalition pact ' +
  'on Monday.\n';
const OUTLET_B =
  'Okoye attacks Vell as coalition is sealed\n\n' +
  'Harbour Party leader Ana Okoye on Tuesday accused Tomas Vell of misleading voters over the budget. Okoye ' +
  'told reporters that "nobody believes these numbers". On Monday the Harbour Party and the Green Union agreed ' +
  'a coalition pact.\n';
const EDITED_A = OUTLET_A.replace('"The figures are false,"', '"The figures are invented,"');

const claims = (g: StoredGraph) => g.nodes.flatMap((n) => (n.label === 'Claim' ? [n.text] : []));
const edge = (r: { type: string; from: { id: string }; to: { id: string } }) => `${r.type} ${r.from.id} ${r.to.id}`;

describe('the same article twice', () => {
  it('is one article, whatever the file name, line endings or byte-order mark, and stays one when ingested again', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'a.txt'), OUTLET_A);
    fs.writeFileSync(path.join(root, 'copy-of-a.txt'), OUTLET_A);
    fs.writeFileSync(path.join(root, 'windows-a.txt'), `\uFEFF${OUTLET_A.replace(/\n/g, '\r\n')}`);
    const first = await runKg(['ingest', '.', '--db', 'kg-data', '--jobs', '1'], root);
    expect(first.code).toBe(0);
    expect(parseSummary(first.stdout)).toMatchObject({ new: 1, unchanged: 2 });
    const once = await readEmbedded(path.join(root, 'kg-data'));
    expect(articlesOf(once)).toHaveLength(1);

    const again = await runKg(['ingest', '.', '--db', 'kg-data', '--jobs', '1'], root);
    expect(parseSummary(again.stdout)).toMatchObject({ written: 0, unchanged: 3 });
    const twice = await readEmbedded(path.join(root, 'kg-data'));
    expect(twice).toEqual(once);
  });
});

describe('an edited article under the same key', () => {
  it('replaces the old version and its facts when the file changes', async () => {
    const root = tempDir();
    const file = path.join(root, 'story.txt');
    fs.writeFileSync(file, OUTLET_A);
    await runKg(['ingest', file, '--db', 'kg-data', '--jobs', '1'], root);
    const before = await readEmbedded(path.join(root, 'kg-data'));
    const [old] = articlesOf(before);
    expect(claims(before)).toContain('The figures are false');

    fs.writeFileSync(file, EDITED_A);
    const r = await runKg(['ingest', file, '--db', 'kg-data', '--jobs', '1'], root);
    expect(r.code).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ written: 1, new: 0, replaced: 1 });
    const after = await readEmbedded(path.join(root, 'kg-data'));
    const [edited] = articlesOf(after);
    expect(articlesOf(after)).toHaveLength(1);
    expect(edited.id).not.toBe(old.id);
    expect(edited.text).toBe(EDITED_A.trim());
    expect(claims(after)).toContain('The figures are invented');
    expect(claims(after)).not.toContain('The figures are false');
    // nothing of the old version is left, and the new one has as many facts
    expect(factsByArticle(after).has(old.id)).toBe(false);
    expect(after.relationships.every((rel) => rel.articleId === edited.id)).toBe(true);
    expect(after.relationships.length).toBe(before.relationships.length);
  });

  it('replaces the old version when a JSON-lines record with the same id comes again edited', async () => {
    const root = tempDir();
    const line = (text: string) => `${JSON.stringify({ id: 'story-1', source: 'Portmere Post', text })}\n`;
    fs.writeFileSync(path.join(root, 'monday.jsonl'), line(OUTLET_A));
    fs.writeFileSync(path.join(root, 'tuesday.jsonl'), line(EDITED_A));
    await runKg(['ingest', 'monday.jsonl', '--db', 'kg-data', '--jobs', '1'], root);
    const r = await runKg(['ingest', 'tuesday.jsonl', '--db', 'kg-data', '--jobs', '1'], root);
    expect(parseSummary(r.stdout)).toMatchObject({ new: 0, replaced: 1 });
    const after = await readEmbedded(path.join(root, 'kg-data'));
    expect(articlesOf(after).map((a) => a.key)).toEqual(['jsonl:story-1']);
    expect(claims(after)).toContain('The figures are invented');
    expect(claims(after)).not.toContain('The figures are false');
  });
});

describe('the same story from two outlets', () => {
  let graph: StoredGraph;
  beforeAll(async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'portmere-post.txt'), OUTLET_A);
    fs.writeFileSync(path.join(root, 'coast-herald.txt'), OUTLET_B);
    const r = await runKg(['ingest', '.', '--db', 'kg-data', '--jobs', '1'], root);
    expect(parseSummary(r.stdout)).toMatchObject({ new: 2 });
    graph = await readEmbedded(path.join(root, 'kg-data'));
  });

  it('stays two articles, with one node per person, party and event', () => {
    expect(articlesOf(graph)).toHaveLength(2);
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = (name: string) => graph.nodes.filter((n) => 'name' in n && n.name === name);
    for (const name of ['Ana Okoye', 'Tomas Vell', 'Harbour Party', 'Green Union']) expect(named(name)).toHaveLength(1);
  });

  it('keeps one relationship per article for each edge both tell, each with its own evidence', () => {
    const [a, b] = articlesOf(graph);
    const fragments = [a, b].map((x) =>
      extractArticle({ ...x, url: null, source: null, dateline: null, path: x.path, date: x.date }),
    );
    const common = fragments[0].relationships
      .filter((r) => r.type !== 'MENTIONED_IN')
      .map(edge)
      .filter((e) => fragments[1].relationships.some((r) => edge(r) === e));
    // the alliance and the membership are in both stories
    expect(common).toEqual(
      expect.arrayContaining([
        'ALLIED_WITH party:green-union party:harbour',
        'MEMBER_OF person:ana-okoye party:harbour',
      ]),
    );
    for (const e of common) {
      const support = graph.relationships.filter((r) => edge(r) === e);
      expect(new Set(support.map((r) => r.articleId)), e).toEqual(new Set([a.id, b.id]));
      for (const r of support) {
        const text = r.articleId === a.id ? a.text : b.text;
        expect(text.slice(r.start, r.end)).toBe(r.evidence);
      }
    }
  });
});
