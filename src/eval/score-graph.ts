// Scores a graph (extraction fragments or the records of a whole-graph read) against gold annotations written to
// GUIDELINES.md: precision, recall and F1 for persons and parties (each counted once over the graph), relations
// (all and by type) and claims (summed over the gold articles), and the overall mean of the four F1s.
import { basename } from 'node:path';
import { InvalidInputError } from '../errors.js';
import { SYMMETRIC_RELS, type ArticleNode } from '../model/types.js';
import { SCORED_REL_TYPES, type GoldEntity, type GoldFile, type ScoredRelType } from './gold.js';
import { articleViews, type ArticleView, type EntityNode, type ScorableGraph } from './article-views.js';
import { matchEntities, type EntityMatch } from './match-entities.js';
import { overlap, tokenF1, tokens } from './text-match.js';

/** A claim matches a gold claim with the same speaker when the token F1 of their texts reaches this. */
export const CLAIM_MATCH_F1 = 0.5;
/** A claim counts as a piece of a longer gold claim when at least this share of its tokens lies in the gold text. */
export const PIECE_INSIDE = 0.6;
/** Pieces of one gold claim match it when together they cover at least this share of its tokens. */
export const PIECES_COVER = 0.5;

export interface Prf {
  /** Gold items that count (optional ones left out). */
  expected: number;
  /** Gold items the graph has. */
  found: number;
  /** Graph items that count (those matching only optional gold left out). */
  predicted: number;
  /** Graph items that match gold. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreErrors {
  missed: string[];
  spurious: string[];
}

export interface GraphScore {
  persons: Prf;
  parties: Prf;
  relations: Prf;
  relationsByType: Record<ScoredRelType, Prf>;
  claims: Prf;
  /** Mean of the F1 of persons, parties, relations and claims. */
  overall: number;
  /** Gold articles found in the graph, and those that were not (everything in them counts as missed). */
  articles: { scored: number; missing: string[] };
  errors: { persons: ScoreErrors; parties: ScoreErrors; relations: ScoreErrors; claims: ScoreErrors };
}

interface Tally {
  expected: number;
  found: number;
  predicted: number;
  correct: number;
}

const tally = (): Tally => ({ expected: 0, found: 0, predicted: 0, correct: 0 });
const errors = (): ScoreErrors => ({ missed: [], spurious: [] });

export function prf(t: Tally): Prf {
  const precision = t.predicted > 0 ? t.correct / t.predicted : 1;
  const recall = t.expected > 0 ? t.found / t.expected : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...t, precision, recall, f1 };
}

/** True when the gold file's `article` names this article: its key, its jsonl id, or its file name or path. */
export function articleIsNamed(article: ArticleNode, name: string): boolean {
  const candidates = [article.key, article.key.replace(/^jsonl:/, ''), article.path ?? ''];
  return candidates.some(
    (c) => c !== '' && (c === name || c.endsWith(`/${name}`) || (!name.includes('/') && basename(c) === name)),
  );
}

function viewFor(views: ArticleView[], gold: GoldFile): ArticleView | null {
  const hits = views.filter((v) => articleIsNamed(v.article, gold.article));
  const ids = new Set(hits.map((v) => v.article.id));
  if (ids.size > 1) {
    throw new InvalidInputError(
      `scoreGraph: gold article "${gold.article}" names ${ids.size} different articles (${hits
        .map((v) => v.article.key)
        .join(', ')}). Expecting a key, jsonl id or file name that names one article.`,
    );
  }
  return hits[0] ?? null;
}

class Scorer {
  readonly persons = tally();
  readonly parties = tally();
  readonly relations = tally();
  readonly byType = Object.fromEntries(SCORED_REL_TYPES.map((t) => [t, tally()])) as Record<ScoredRelType, Tally>;
  readonly claims = tally();
  readonly errors = { persons: errors(), parties: errors(), relations: errors(), claims: errors() };

  /** Entities seen over all scored articles: graph nodes by id and gold entities by key, names merged. */
  private readonly nodes = new Map<string, EntityNode>();
  private readonly goldEntities = new Map<string, GoldEntity>();

  article(view: ArticleView | null, gold: GoldFile): void {
    const where = gold.article;
    for (const n of view?.entities ?? []) {
      const seen = this.nodes.get(n.id);
      if (!seen) this.nodes.set(n.id, { ...n, aliases: [...n.aliases] });
      else seen.aliases = [...new Set([...seen.aliases, n.name, ...n.aliases])];
    }
    for (const e of gold.entities) {
      const seen = this.goldEntities.get(e.key);
      if (!seen) this.goldEntities.set(e.key, { ...e, names: [...e.names] });
      else seen.names = [...new Set([...seen.names, ...e.names])];
    }
    // relations and claims map graph nodes to gold keys by the names used in this article
    const match = matchEntities(view?.entities ?? [], gold.entities);
    this.rels(where, view, gold, match);
    this.claimsOf(where, view, gold, match);
  }

  /** Persons and parties, counted once each over the whole graph (keys are global across gold files). */
  finishEntities(): void {
    const nodes = [...this.nodes.values()];
    const gold = [...this.goldEntities.values()];
    const match = matchEntities(nodes, gold);
    const matchedNodes = new Set(match.matched.values());
    for (const label of ['Person', 'Party'] as const) {
      const t = label === 'Person' ? this.persons : this.parties;
      const err = label === 'Person' ? this.errors.persons : this.errors.parties;
      for (const g of gold.filter((e) => e.type === label)) {
        t.expected++;
        if (match.matched.has(g.key)) t.found++;
        else err.missed.push(`${g.names[0]} (${g.key})`);
      }
      for (const n of nodes.filter((x) => x.label === label)) {
        t.predicted++;
        if (matchedNodes.has(n.id)) t.correct++;
        else {
          const dup = match.goldOf.get(n.id);
          err.spurious.push(`${n.name}${dup ? ` (a second node for ${dup})` : ''}`);
        }
      }
    }
  }

  private rels(where: string, view: ArticleView | null, gold: GoldFile, match: EntityMatch): void {
    const key = (type: string, a: string, b: string) =>
      SYMMETRIC_RELS.has(type as ScoredRelType) && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
    const required = new Set<string>();
    const optional = new Set<string>();
    for (const r of gold.relations) (r.optional ? optional : required).add(key(r.type, r.from, r.to));
    for (const k of required) optional.delete(k);

    const scored = new Set<string>(SCORED_REL_TYPES);
    const names = new Map((view?.entities ?? []).map((n) => [n.id, n.name]));
    const graph = new Map<string, string>();
    for (const r of view?.relationships ?? []) {
      if (!scored.has(r.type)) continue;
      const a = match.goldOf.get(r.from.id) ?? `?${names.get(r.from.id) ?? r.from.id}`;
      const b = match.goldOf.get(r.to.id) ?? `?${names.get(r.to.id) ?? r.to.id}`;
      const k = key(r.type, a, b);
      if (!graph.has(k)) graph.set(k, r.evidence);
    }
    for (const k of required) {
      const type = k.split('|')[0] as ScoredRelType;
      this.relations.expected++;
      this.byType[type].expected++;
      if (graph.has(k)) {
        this.relations.found++;
        this.byType[type].found++;
      } else this.errors.relations.missed.push(`${where}: ${k.replaceAll('|', ' ')}`);
    }
    for (const [k, evidence] of graph) {
      if (optional.has(k)) continue;
      const type = k.split('|')[0] as ScoredRelType;
      this.relations.predicted++;
      this.byType[type].predicted++;
      if (required.has(k)) {
        this.relations.correct++;
        this.byType[type].correct++;
      } else this.errors.relations.spurious.push(`${where}: ${k.replaceAll('|', ' ')} ("${evidence}")`);
    }
  }

  private claimsOf(where: string, view: ArticleView | null, gold: GoldFile, match: EntityMatch): void {
    const graph = (view?.claims ?? []).map((c) => ({
      text: c.claim.text,
      speaker: c.speaker ? (match.goldOf.get(c.speaker) ?? null) : null,
      tokens: tokens(c.claim.text),
      gold: -1,
    }));
    const golds = gold.claims.map((g) => ({ ...g, tokens: tokens(g.text), matched: false }));
    // one-to-one by best token F1
    const pairs: Array<{ g: number; c: number; f1: number }> = [];
    golds.forEach((g, gi) =>
      graph.forEach((c, ci) => {
        if (c.speaker !== g.speaker) return;
        const f1 = tokenF1(c.text, g.text);
        if (f1 >= CLAIM_MATCH_F1) pairs.push({ g: gi, c: ci, f1 });
      }),
    );
    pairs.sort((a, b) => b.f1 - a.f1 || a.g - b.g || a.c - b.c);
    for (const p of pairs) {
      if (golds[p.g].matched || graph[p.c].gold >= 0) continue;
      golds[p.g].matched = true;
      graph[p.c].gold = p.g;
    }
    // a gold claim split into pieces (a quotation cut at paragraph breaks): further claims of the same speaker
    // whose words mostly add new parts of the gold text join it; an unmatched gold claim matches when its pieces
    // cover half of it. A repeat of words already covered is not a piece.
    golds.forEach((g, gi) => {
      if (g.tokens.length === 0) return;
      const covered = graph.filter((c) => c.gold === gi).flatMap((c) => c.tokens);
      const pieces: typeof graph = [];
      for (const c of graph) {
        if (c.gold >= 0 || c.speaker !== g.speaker || c.tokens.length === 0) continue;
        const gain = overlap(g.tokens, [...covered, ...c.tokens]) - overlap(g.tokens, covered);
        if (gain / c.tokens.length < PIECE_INSIDE) continue;
        pieces.push(c);
        covered.push(...c.tokens);
      }
      if (pieces.length === 0) return;
      if (!g.matched && overlap(g.tokens, covered) / g.tokens.length < PIECES_COVER) return;
      g.matched = true;
      for (const c of pieces) c.gold = gi;
    });
    for (const g of golds) {
      if (g.optional) continue;
      this.claims.expected++;
      if (g.matched) this.claims.found++;
      else this.errors.claims.missed.push(`${where}: [${g.speaker}] ${g.text}`);
    }
    for (const c of graph) {
      if (c.gold >= 0 && golds[c.gold].optional) continue;
      this.claims.predicted++;
      if (c.gold >= 0) this.claims.correct++;
      else this.errors.claims.spurious.push(`${where}: [${c.speaker ?? '?'}] ${c.text}`);
    }
  }
}

/**
 * Scores the graph against the gold files. Only articles a gold file names are scored; a gold article missing from
 * the graph counts as entirely missed. People and parties are counted once each: gold entities by key, graph
 * nodes by id, over the scored articles. Relations and claims are matched per article and summed.
 */
export function scoreGraph(graph: ScorableGraph, gold: readonly GoldFile[]): GraphScore {
  const views = articleViews(graph);
  const scorer = new Scorer();
  const missing: string[] = [];
  for (const g of gold) {
    const view = viewFor(views, g);
    if (!view) missing.push(g.article);
    scorer.article(view, g);
  }
  scorer.finishEntities();
  const persons = prf(scorer.persons);
  const parties = prf(scorer.parties);
  const relations = prf(scorer.relations);
  const claims = prf(scorer.claims);
  return {
    persons,
    parties,
    relations,
    relationsByType: Object.fromEntries(SCORED_REL_TYPES.map((t) => [t, prf(scorer.byType[t])])) as Record<
      ScoredRelType,
      Prf
    >,
    claims,
    overall: (persons.f1 + parties.f1 + relations.f1 + claims.f1) / 4,
    articles: { scored: gold.length - missing.length, missing },
    errors: scorer.errors,
  };
}
