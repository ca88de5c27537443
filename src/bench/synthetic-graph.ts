// Graphs of a chosen size for the viewer's timings: `nodes` invented people and parties (four people to a party)
// and about three relationships per node (memberships, meetings, accusations, alliances, opposition), spread
// over articles of 60 facts each, with evidence spans that point into the article text. Deterministic.
import { articleId, partyId, personId, relationshipId } from '../model/ids.js';
import type { EntityNode, GraphFragment, GraphRelationship, NodeRef, RelType } from '../model/types.js';

const FACTS_PER_ARTICLE = 60;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFragments(nodes: number, relsPerNode = 3, seed = 7): GraphFragment[] {
  const rand = random(seed);
  const parties = Math.max(2, Math.round(nodes / 5));
  const people = nodes - parties;
  const party = (i: number): EntityNode => {
    const name = `Party ${i + 1} of Synthetica`;
    return { label: 'Party', id: partyId(name), name, acronym: `PS${i + 1}`, aliases: [], kind: 'party' };
  };
  const person = (i: number): EntityNode => {
    const name = `Member ${i + 1} Synthetic`;
    return { label: 'Person', id: personId(name), name, aliases: [], titles: [] };
  };
  const pick = (n: number) => Math.floor(rand() * n);
  // Each fact: a type and two entity indexes (people first, then parties in one index space).
  const facts: Array<[RelType, number, number]> = [];
  for (let i = 0; i < people; i++) facts.push(['MEMBER_OF', i, people + (i % parties)]);
  const total = nodes * relsPerNode;
  const kinds: Array<[RelType, 'pp' | 'pa' | 'aa']> = [
    ['MET_WITH', 'pp'],
    ['ACCUSED', 'pa'],
    ['ALLIED_WITH', 'aa'],
    ['OPPOSED', 'aa'],
    ['ACCUSED', 'pp'],
  ];
  while (facts.length < total) {
    const [type, shape] = kinds[facts.length % kinds.length];
    const a = shape === 'aa' ? people + pick(parties) : pick(people);
    let b = shape === 'pp' ? pick(people) : people + pick(parties);
    if (b === a) b = shape === 'pp' ? (a + 1) % people : people + ((b - people + 1) % parties);
    facts.push([type, a, b]);
  }
  const entity = (i: number) => (i < people ? person(i) : party(i - people));
  const fragments: GraphFragment[] = [];
  for (let start = 0, n = 0; start < facts.length; start += FACTS_PER_ARTICLE, n++) {
    const mine = facts.slice(start, start + FACTS_PER_ARTICLE);
    const nodesById = new Map<string, EntityNode>();
    const sentences: string[] = [];
    for (const [, a, b] of mine) {
      for (const i of [a, b]) nodesById.set(entity(i).id, entity(i));
      sentences.push(`${entity(a).name} and ${entity(b).name} were in the news.`);
    }
    const title = `Synthetic report ${n + 1}`;
    const date = `2031-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    let text = `${title}\n\n`;
    const spans: Array<[number, number]> = [];
    for (const s of sentences) {
      spans.push([text.length, text.length + s.length]);
      text += `${s} `;
    }
    const id = articleId(text);
    const ref = (e: EntityNode): NodeRef => ({ label: e.label, id: e.id });
    const relationships: GraphRelationship[] = mine.map(([type, a, b], k) => {
      const [s, e] = spans[k];
      const from = ref(entity(a));
      const to = ref(entity(b));
      return {
        id: relationshipId(type, from, to, id, s, e),
        type,
        from,
        to,
        articleId: id,
        sentence: k,
        start: s,
        end: e,
        evidence: text.slice(s, e),
        date,
        confidence: 0.9,
        status: type === 'MEMBER_OF' || type === 'ALLIED_WITH' ? 'current' : null,
        validFrom: null,
        validTo: null,
      };
    });
    fragments.push({
      article: {
        label: 'Article',
        id,
        key: `synthetic/${nodes}/${n + 1}`,
        title,
        date,
        url: null,
        source: null,
        path: null,
        text,
        messages: [],
      },
      nodes: [...nodesById.values()],
      relationships,
    });
  }
  return fragments;
}
