// The graph model: node and relationship types shared by the pipeline, the stores, the exports and the viewer.
// Stored data only; anything derived for display lives in the viewer.

export const NODE_LABELS = ['Article', 'Person', 'Party', 'Event', 'Claim'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels of the entities that extraction resolves across articles. */
export const ENTITY_LABELS = ['Person', 'Party', 'Event'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const REL_TYPES = [
  'SAID',
  'ACCUSED',
  'ALLIED_WITH',
  'MEMBER_OF',
  'OPPOSED',
  'MET_WITH',
  'PARTICIPATED_IN',
  'ABOUT',
  'MENTIONED_IN',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Relationships whose direction carries no meaning (A allied with B is B allied with A). */
export const SYMMETRIC_RELS: ReadonlySet<RelType> = new Set(['ALLIED_WITH', 'MET_WITH']);

/** Which labels each relationship type may connect; the stores build their schema from this table. */
export const REL_ENDPOINTS: Record<RelType, ReadonlyArray<readonly [NodeLabel, NodeLabel]>> = {
  SAID: [
    ['Person', 'Claim'],
    ['Party', 'Claim'],
  ],
  ACCUSED: [
    ['Person', 'Person'],
    ['Person', 'Party'],
    ['Party', 'Person'],
    ['Party', 'Party'],
  ],
  ALLIED_WITH: [['Party', 'Party']],
  MEMBER_OF: [['Person', 'Party']],
  OPPOSED: [
    ['Person', 'Party'],
    ['Party', 'Party'],
    ['Person', 'Person'],
    ['Party', 'Person'],
  ],
  MET_WITH: [
    ['Person', 'Person'],
    ['Person', 'Party'],
    ['Party', 'Person'],
    ['Party', 'Party'],
  ],
  PARTICIPATED_IN: [
    ['Person', 'Event'],
    ['Party', 'Event'],
  ],
  ABOUT: [
    ['Claim', 'Person'],
    ['Claim', 'Party'],
    ['Claim', 'Event'],
  ],
  MENTIONED_IN: [
    ['Person', 'Article'],
    ['Party', 'Article'],
    ['Event', 'Article'],
    ['Claim', 'Article'],
  ],
};

export type TieStatus = 'current' | 'past' | 'proposed';
export type ClaimKind = 'quote' | 'reported';
export type Polarity = 'asserts' | 'denies';
export type PartyKind = 'party' | 'alliance';
export const EVENT_KINDS = [
  'meeting',
  'agreement',
  'election',
  'vote',
  'leak',
  'press-conference',
  'resignation',
  'swearing-in',
  'announcement',
  'protest',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ArticleNode {
  label: 'Article';
  /** `article:` + a hash of the normalised text: the same text ingested twice is one article. */
  id: string;
  /** Where the article came from (url, jsonl id or path); a new text under the same key replaces the old one. */
  key: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the article gives none. */
  date: string | null;
  url: string | null;
  source: string | null;
  path: string | null;
  /** The article text every offset of its facts points into. */
  text: string;
  /** What extraction could not decide, one line each (`origin: reason`). */
  messages: string[];
}

export interface PersonNode {
  label: 'Person';
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
}

export interface PartyNode {
  label: 'Party';
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: PartyKind;
}

export interface EventNode {
  label: 'Event';
  id: string;
  kind: EventKind;
  name: string;
  /** ISO date, a year-month, a year, or null. */
  date: string | null;
  place: string | null;
}

export interface ClaimNode {
  label: 'Claim';
  id: string;
  text: string;
  kind: ClaimKind;
  /** The cue that attributes it ("said", "according to", or the quote marks' neighbour verb). */
  cue: string | null;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  date: string | null;
  polarity: Polarity;
}

export type EntityNode = PersonNode | PartyNode | EventNode;
export type GraphNode = ArticleNode | EntityNode | ClaimNode;

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

/** Where a fact comes from: enough to check it against its source. `evidence === text.slice(start, end)`. */
export interface Provenance {
  articleId: string;
  /** Index of the sentence in the article (0-based). */
  sentence: number;
  /** Character offsets into the article text, [start, end). */
  start: number;
  end: number;
  evidence: string;
  date: string | null;
  /** 0..1, how sure the extractor is. */
  confidence: number;
}

export interface GraphRelationship extends Provenance {
  /** A hash of type, endpoints, article and span: the same fact written twice is one relationship. */
  id: string;
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  /** ALLIED_WITH and MEMBER_OF: whether the tie holds now, held before, or is proposed. */
  status: TieStatus | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Everything extracted from one article; the unit that is written to a store in one transaction. */
export interface GraphFragment {
  article: ArticleNode;
  nodes: Array<EntityNode | ClaimNode>;
  relationships: GraphRelationship[];
}

/** One record of a whole-graph read, nodes first. */
export type GraphRecord = { kind: 'node'; node: GraphNode } | { kind: 'relationship'; relationship: GraphRelationship };
