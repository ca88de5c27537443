// Generates a synthetic graph of a chosen size as article fragments (people, parties, events, claims and every
// relationship type, each with an exact evidence span), for measuring the viewer on large graphs.
import { articleId, claimId, eventId, partyId, personId, relationshipId } from '../src/model/ids.js';
import type {
  ArticleNode,
  ClaimNode,
  EntityNode,
  GraphFragment,
  GraphRelationship,
  NodeRef,
  RelType,
} from '../src/model/types.js';

/** A small seeded generator (mulberry32), so the same size gives the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ISO = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** About `nodes` entity and claim nodes, about three relationships a node, over `nodes / 20` articles. */
export function syntheticFragments(nodes: number, seed = 7): GraphFragment[] {
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const nParties = Math.max(4, Math.round(nodes * 0.03));
  const nEvents = Math.round(nodes * 0.07);
  const nClaims = Math.round(nodes * 0.1);
  const nPeople = Math.max(2, nodes - nParties - nEvents - nClaims);
  const nArticles = Math.max(5, Math.round(nodes / 20));
  const parties: EntityNode[] = Array.from({ length: nParties }, (_, i) => ({
    label: 'Party',
    id: partyId(`Party ${i}`),
    name: `Party ${i}`,
    acronym: `P${i}`,
    aliases: [`P${i}`],
    kind: i % 10 === 9 ? 'alliance' : 'party',
  }));
  const people: EntityNode[] = Array.from({ length: nPeople }, (_, i) => ({
    label: 'Person',
    id: personId(`Person ${i}`),
    name: `Person ${i}`,
    aliases: [],
    titles: [],
  }));
  const events: EntityNode[] = Array.from({ length: nEvents }, (_, i) => ({
    label: 'Event',
    id: eventId('meeting', `Event ${i}`),
    kind: 'meeting',
    name: `Event ${i}`,
    date: null,
    place: null,
  }));
  // Sentences per article: each becomes the evidence of one relationship.
  type Fact = { type: RelType; from: EntityNode | ClaimNode; to: EntityNode | ClaimNode; sentence: string };
  const facts: Fact[][] = Array.from({ length: nArticles }, () => []);
  const party = (p: EntityNode) => people.indexOf(p) % nParties;
  const add = (f: Fact) => facts[Math.floor(random() * nArticles)].push(f);
  for (const p of people) {
    const of = parties[party(p)];
    add({ type: 'MEMBER_OF', from: p, to: of, sentence: `${p.name} of ${of.name} spoke.` });
    const roll = random();
    const other = pick(random() < 0.5 ? people : parties);
    if (other !== p) {
      if (roll < 0.35)
        add({ type: 'ACCUSED', from: p, to: other, sentence: `${p.name} accused ${other.name} of lying.` });
      else if (roll < 0.6) add({ type: 'MET_WITH', from: p, to: other, sentence: `${p.name} met ${other.name}.` });
      else if (roll < 0.75 && other.label === 'Party')
        add({ type: 'OPPOSED', from: p, to: other, sentence: `${p.name} voted against ${other.name}.` });
    }
    if (random() < 0.5) {
      const ev = pick(events.length ? events : parties);
      if (ev.label === 'Event')
        add({ type: 'PARTICIPATED_IN', from: p, to: ev, sentence: `${p.name} attended ${ev.name}.` });
    }
  }
  for (let i = 0; i < nParties * 2; i++) {
    const a = pick(parties);
    const b = pick(parties);
    if (a !== b)
      add({
        type: random() < 0.5 ? 'ALLIED_WITH' : 'ACCUSED',
        from: a,
        to: b,
        sentence: `${a.name} joined hands with ${b.name}.`,
      });
  }
  const fragments: GraphFragment[] = [];
  let claimsLeft = nClaims;
  facts.forEach((list, i) => {
    const sentences = list.map((f) => f.sentence);
    const claimSpecs: Array<{ speaker: EntityNode; quote: string; about: EntityNode }> = [];
    const claimsHere = Math.min(claimsLeft, Math.round(nClaims / nArticles) + (i < nClaims % nArticles ? 1 : 0));
    for (let c = 0; c < claimsHere; c++) {
      const speaker = pick(people);
      const quote = `Claim ${i}-${c} is what we believe`;
      sentences.push(`"${quote}," ${speaker.name} said.`);
      claimSpecs.push({ speaker, quote, about: pick(parties) });
    }
    claimsLeft -= claimsHere;
    const text = sentences.join(' ');
    const date = ISO(Math.floor((i / nArticles) * 180));
    const article: ArticleNode = {
      label: 'Article',
      id: articleId(`${text} #${i}`),
      key: `synthetic-${i}`,
      title: `Synthetic article ${i}`,
      date,
      url: null,
      source: 'synthetic',
      path: null,
      text,
      messages: [],
    };
    const nodesHere = new Map<string, EntityNode | ClaimNode>();
    const rels: GraphRelationship[] = [];
    let offset = 0;
    const starts = sentences.map((s) => {
      const start = offset;
      offset += s.length + 1;
      return start;
    });
    const rel = (type: RelType, from: NodeRef, to: NodeRef, start: number, end: number, sentence: number) =>
      rels.push({
        id: relationshipId(type, from, to, article.id, start, end),
        type,
        from: { label: from.label, id: from.id },
        to: { label: to.label, id: to.id },
        articleId: article.id,
        sentence,
        start,
        end,
        evidence: text.slice(start, end),
        date,
        confidence: 0.8,
        status: type === 'ALLIED_WITH' || type === 'MEMBER_OF' ? 'current' : null,
        validFrom: null,
        validTo: null,
      });
    list.forEach((f, s) => {
      nodesHere.set(f.from.id, f.from);
      nodesHere.set(f.to.id, f.to);
      rel(f.type, f.from, f.to, starts[s], starts[s] + f.sentence.length, s);
    });
    claimSpecs.forEach((spec, c) => {
      const s = list.length + c;
      const start = starts[s] + 1;
      const end = start + spec.quote.length;
      const claim: ClaimNode = {
        label: 'Claim',
        id: claimId(article.id, start, end),
        text: spec.quote,
        kind: 'quote',
        cue: 'said',
        articleId: article.id,
        sentence: s,
        start,
        end,
        date,
        polarity: 'asserts',
      };
      nodesHere.set(claim.id, claim);
      nodesHere.set(spec.speaker.id, spec.speaker);
      nodesHere.set(spec.about.id, spec.about);
      rel('SAID', spec.speaker, claim, starts[s], starts[s] + sentences[s].length, s);
      rel('ABOUT', claim, spec.about, start, end, s);
    });
    for (const node of nodesHere.values()) {
      rel('MENTIONED_IN', node, { label: 'Article', id: article.id }, 0, Math.min(10, text.length), 0);
    }
    fragments.push({ article, nodes: [...nodesHere.values()], relationships: rels });
  });
  return fragments;
}
