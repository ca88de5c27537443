// Turns the analysed document into a graph fragment: nodes with stable ids, and relationships that each carry
// their provenance (article, sentence, character span, evidence = text.slice(start, end), date, confidence).
import type { ArticleDoc, LocalEntity } from '../article-doc.js';
import type {
  ArticleNode,
  ClaimNode,
  EntityNode,
  EventNode,
  GraphFragment,
  GraphRelationship,
  NodeRef,
  RelType,
  TieStatus,
} from '../../model/types.js';
import { SYMMETRIC_RELS } from '../../model/types.js';
import { claimId, relationshipId } from '../../model/ids.js';

export function buildGraph(doc: ArticleDoc): GraphFragment {
  const text = doc.text;
  const date = doc.source.date;
  const article: ArticleNode = {
    label: 'Article',
    id: doc.id,
    key: doc.source.key,
    title: doc.source.title,
    date,
    url: doc.source.url,
    source: doc.source.source,
    path: doc.source.path,
    text,
    messages: doc.messages.map((m) => `${m.origin}: ${m.reason}`),
  };
  const nodes: Array<EntityNode | ClaimNode> = [];
  const refs = new Map<string, NodeRef>();
  const relations = new RelationList(doc);

  // entities that some mention, claim or relation uses
  const used = new Set<string>();
  for (const m of doc.mentions) if (m.entity) used.add(m.entity);
  for (const e of doc.entities.values()) {
    if (!used.has(e.key)) continue;
    const node = entityNode(e);
    nodes.push(node);
    refs.set(e.key, { label: node.label, id: node.id });
    const m = e.firstMention;
    relations.add('MENTIONED_IN', refs.get(e.key)!, { label: 'Article', id: doc.id }, m?.start ?? 0, m?.end ?? 0, 1);
  }

  const claimIds = new Set<string>();
  for (const c of doc.claims) {
    const speaker = c.speaker ? refs.get(c.speaker) : undefined;
    if (!speaker) continue;
    const id = claimId(doc.id, c.start, c.end);
    const claim: ClaimNode = {
      label: 'Claim',
      id,
      text: c.text,
      kind: c.kind,
      cue: c.cue,
      articleId: doc.id,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      date,
      polarity: c.polarity,
    };
    // two speakers of one span (found by fuzzing) share the claim: one node, a SAID edge from each
    if (!claimIds.has(id)) nodes.push(claim);
    claimIds.add(id);
    const ref: NodeRef = { label: 'Claim', id };
    relations.add('SAID', speaker, ref, c.evidenceStart, c.evidenceEnd, c.confidence);
    relations.add('MENTIONED_IN', ref, { label: 'Article', id: doc.id }, c.start, c.end, 1);
    for (const m of doc.mentions) {
      if (!m.entity || m.entity === c.speaker || m.start < c.start || m.end > c.end) continue;
      const target = refs.get(m.entity);
      if (target) relations.add('ABOUT', ref, target, m.start, m.end, 0.7);
    }
  }

  for (const r of doc.relations) {
    const from = refs.get(r.from);
    const to = refs.get(r.to);
    if (!from || !to) continue;
    relations.add(r.type, from, to, r.start, r.end, r.confidence, r.status, r.validFrom, r.validTo);
  }

  for (const ev of doc.events) {
    // a claim that names the event is about it
    for (const c of doc.claims) {
      const claimRef =
        c.speaker && refs.get(c.speaker) ? { label: 'Claim' as const, id: claimId(doc.id, c.start, c.end) } : null;
      if (claimRef && ev.start >= c.start && ev.end <= c.end)
        relations.add('ABOUT', claimRef, { label: 'Event', id: ev.id }, ev.start, ev.end, 0.6);
    }
    const node: EventNode = { label: 'Event', id: ev.id, kind: ev.kind, name: ev.name, date: ev.date, place: ev.place };
    if (nodes.some((n) => n.id === node.id)) continue;
    nodes.push(node);
    const ref: NodeRef = { label: 'Event', id: node.id };
    relations.add('MENTIONED_IN', ref, { label: 'Article', id: doc.id }, ev.start, ev.end, 1);
    for (const p of ev.participants) {
      const who = refs.get(p);
      if (who) relations.add('PARTICIPATED_IN', who, ref, ev.start, ev.end, 0.7);
    }
  }
  return { article, nodes, relationships: relations.list };
}

/**
 * A fragment's relationships, each kept once, with its provenance. A class rather than a closure made per article:
 * V8 compiled such a closure afresh for many articles (its optimised code dies with the last closure using it).
 */
class RelationList {
  readonly list: GraphRelationship[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly doc: ArticleDoc) {}

  add(
    type: RelType,
    from: NodeRef,
    to: NodeRef,
    start: number,
    end: number,
    confidence: number,
    status: TieStatus | null = null,
    validFrom: string | null = null,
    validTo: string | null = null,
  ): void {
    if (from.id === to.id) return;
    const swap = SYMMETRIC_RELS.has(type) && from.id > to.id;
    const a = swap ? to : from;
    const b = swap ? from : to;
    const text = this.doc.text;
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    const id = relationshipId(type, a, b, this.doc.id, s, e);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push({
      id,
      type,
      from: a,
      to: b,
      articleId: this.doc.id,
      sentence: this.doc.sentenceAt(s)?.i ?? 0,
      start: s,
      end: e,
      evidence: text.slice(s, e),
      date: this.doc.source.date,
      confidence: round(confidence),
      status: status ?? null,
      validFrom: validFrom ?? null,
      validTo: validTo ?? null,
    });
  }
}

function entityNode(e: LocalEntity): EntityNode {
  const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
  if (e.label === 'Person') {
    return { label: 'Person', id: e.key, name: e.name, aliases, titles: [...e.titles].sort() };
  }
  return { label: 'Party', id: e.key, name: e.name, acronym: e.acronym, aliases, kind: e.partyKind };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
