// Synthetic articles for the Neo4j write bench and profile: invented people and parties from fixed pools, each
// article with 8 people, 4 parties, 2 claims and exactly 50 relationships whose evidence is the article's text.
import { claimId, personId, partyId, relationshipId, articleId } from '../src/model/ids.js';
import type {
  ClaimNode,
  EntityNode,
  GraphFragment,
  GraphRelationship,
  NodeRef,
  PartyNode,
  PersonNode,
  RelType,
} from '../src/model/types.js';

const PEOPLE = 2000;
const PARTIES = 120;

const people: PersonNode[] = Array.from({ length: PEOPLE }, (_, i) => {
  const name = `Person${String(i).padStart(4, '0')} Testname`;
  return { label: 'Person', id: personId(name), name, aliases: [`Testname ${i}`], titles: [] };
});
const parties: PartyNode[] = Array.from({ length: PARTIES }, (_, i) => {
  const name = `Invented Party ${i}`;
  return { label: 'Party', id: partyId(name), name, acronym: `IP${i}`, aliases: [], kind: 'party' };
});

/** One article: 8 people and 4 parties from the pools, 2 claims, and exactly 50 relationships. */
export function syntheticArticle(k: number): GraphFragment {
  const who = Array.from({ length: 8 }, (_, j) => people[(k * 7 + j * 13) % PEOPLE]);
  const which = Array.from({ length: 4 }, (_, j) => parties[(k * 3 + j * 5) % PARTIES]);
  const sentences: string[] = [];
  for (let s = 0; s < 40; s++) {
    const a = who[s % 8];
    const b = which[s % 4];
    sentences.push(`${a.name} spoke with ${b.name} about budget item ${k}-${s}.`);
  }
  const title = `Synthetic report ${k}`;
  const text = `${title}\n\n${sentences.join(' ')}`;
  const id = articleId(text);
  let cursor = title.length + 2;
  const spans = sentences.map((s, i) => {
    const start = cursor;
    cursor += s.length + 1;
    return { sentence: i, start, end: start + s.length };
  });
  const ref = (n: { label: NodeRef['label']; id: string }): NodeRef => ({ label: n.label, id: n.id });
  const rels: GraphRelationship[] = [];
  const rel = (type: RelType, from: NodeRef, to: NodeRef, i: number) => {
    const sp = spans[i % spans.length];
    rels.push({
      id: relationshipId(type, from, to, id, sp.start, sp.end),
      type,
      from,
      to,
      articleId: id,
      sentence: sp.sentence,
      start: sp.start,
      end: sp.end,
      evidence: text.slice(sp.start, sp.end),
      date: '2031-05-01',
      confidence: i % 2 ? 0.8 : 1,
      status: type === 'MEMBER_OF' ? 'current' : null,
      validFrom: null,
      validTo: null,
    });
  };
  const claims: ClaimNode[] = [0, 1].map((c) => {
    const sp = spans[c];
    return {
      label: 'Claim',
      id: claimId(id, sp.start, sp.end),
      text: text.slice(sp.start, sp.end),
      kind: 'reported',
      cue: 'said',
      articleId: id,
      sentence: sp.sentence,
      start: sp.start,
      end: sp.end,
      date: '2031-05-01',
      polarity: 'asserts',
    };
  });
  const articleRef: NodeRef = { label: 'Article', id };
  const entities: EntityNode[] = [...who, ...which];
  entities.forEach((e, i) => rel('MENTIONED_IN', ref(e), articleRef, i)); // 12
  claims.forEach((c, i) => rel('MENTIONED_IN', ref(c), articleRef, i)); // 2
  claims.forEach((c, i) => rel('SAID', ref(who[i]), ref(c), i)); // 2
  claims.forEach((c, i) => rel('ABOUT', ref(c), ref(which[i]), i)); // 2
  who.forEach((p, i) => rel('MEMBER_OF', ref(p), ref(which[i % 4]), i)); // 8
  for (let i = 0; i < 8; i++) rel('ACCUSED', ref(who[i]), ref(who[(i + 1) % 8]), i + 8); // 8
  for (let i = 0; i < 8; i++) rel('MET_WITH', ref(who[i]), ref(who[(i + 3) % 8]), i + 16); // 8
  for (let i = 0; i < 6; i++) rel('OPPOSED', ref(who[i]), ref(which[(i + 1) % 4]), i + 24); // 6
  rel('ALLIED_WITH', ref(which[0]), ref(which[1]), 30); // 1
  rel('ALLIED_WITH', ref(which[2]), ref(which[3]), 31); // 1
  if (rels.length !== 50) throw new Error(`bench: an article has ${rels.length} relationships, not 50`);
  const fragment: GraphFragment = {
    article: {
      label: 'Article',
      id,
      key: `synthetic/${k}.txt`,
      title,
      date: '2031-05-01',
      url: null,
      source: 'synthetic',
      path: `synthetic/${k}.txt`,
      text,
      messages: [],
    },
    nodes: [...entities, ...claims],
    relationships: rels,
  };
  return fragment;
}
