// Matches a new article's people and parties to nodes the store (or an earlier article of this run) already
// holds, by name, acronym and alias, so that "PPP" in one article and "Pakistan Peoples Party (PPP)" in another
// are one node. Ids of the fragment are rewritten in place; relationship ids follow their endpoints.
import type { EntityNode, GraphFragment, NodeRef } from '../model/types.js';
import { relationshipId } from '../model/ids.js';
import type { EntityNames } from '../store/types.js';
import { acronymKey, isAcronym, low, partyKey } from '../pipeline/names.js';

export class EntityResolver {
  /** party key or acronym key -> party id */
  private readonly parties = new Map<string, string>();
  /** lowercased multiword name -> person id */
  private readonly people = new Map<string, string>();
  /** lowercased surname -> person ids */
  private readonly surnames = new Map<string, Set<string>>();
  /** the words of each party name key (`N:` keys), by word count, in the order learnt: for abbreviations */
  private readonly partyNames = new Map<number, Array<{ key: string; words: string[]; id: string }>>();
  /**
   * First and last word of people's names -> ids, kept apart for names of two words ("donald trump") and for longer
   * ones ("donald j. trump"), so that one matches the other but two different middle names never match.
   */
  private readonly firstLastOfTwo = new Map<string, Set<string>>();
  private readonly firstLastOfMore = new Map<string, Set<string>>();
  /** people known by one name only ("Tessori") -> id */
  private readonly singles = new Map<string, string>();
  /** person id -> how many articles of this run named them */
  private readonly articles = new Map<string, number>();

  constructor(known: Iterable<EntityNames> = []) {
    for (const e of known) this.learn(e.label, e.id, e.names);
  }

  /** Rewrites the fragment's entity ids to the known ones and learns its names for the next fragments. */
  resolve(fragment: GraphFragment): GraphFragment {
    const remap = new Map<string, string>();
    for (const node of fragment.nodes) {
      if (node.label !== 'Person' && node.label !== 'Party') continue;
      const known = node.label === 'Party' ? this.findParty(node) : this.findPerson(node);
      if (known && known !== node.id) remap.set(node.id, known);
    }
    if (remap.size > 0) {
      const seen = new Set<string>();
      fragment.nodes = fragment.nodes.filter((n) => {
        const id = remap.get(n.id) ?? n.id;
        n.id = id;
        if (seen.has(`${n.label}|${id}`)) return false;
        seen.add(`${n.label}|${id}`);
        return true;
      });
      const ids = new Set<string>();
      fragment.relationships = fragment.relationships.filter((r) => {
        r.from = this.ref(r.from, remap);
        r.to = this.ref(r.to, remap);
        if (r.from.id === r.to.id) return false;
        r.id = relationshipId(r.type, r.from, r.to, r.articleId, r.start, r.end);
        if (ids.has(r.id)) return false;
        ids.add(r.id);
        return true;
      });
    }
    for (const node of fragment.nodes) {
      if (node.label === 'Person' || node.label === 'Party') this.learn(node.label, node.id, namesOf(node));
      if (node.label === 'Person') this.articles.set(node.id, (this.articles.get(node.id) ?? 0) + 1);
    }
    return fragment;
  }

  private ref(r: NodeRef, remap: Map<string, string>): NodeRef {
    const id = remap.get(r.id);
    return id ? { label: r.label, id } : r;
  }

  private findParty(node: Extract<EntityNode, { label: 'Party' }>): string | null {
    for (const n of namesOf(node)) {
      const k = isAcronym(n) ? `A:${acronymKey(n)}` : `N:${partyKey(n)}`;
      const id = this.parties.get(k);
      if (id) return id;
    }
    // "Lib Dems" in one article, "Liberal Democrats" in another: a word-by-word abbreviation of one known name
    for (const n of namesOf(node)) {
      if (isAcronym(n)) continue;
      const short = partyKey(n);
      const words = short.split(' ');
      const matches = new Set<string>();
      // only names of as many words can abbreviate each other (abbreviates)
      for (const known of this.partyNames.get(words.length) ?? []) {
        if (known.key !== short && (abbreviates(words, known.words) || abbreviates(known.words, words)))
          matches.add(known.id);
      }
      if (matches.size === 1) return [...matches][0];
    }
    return null;
  }

  private findPerson(node: Extract<EntityNode, { label: 'Person' }>): string | null {
    const names = namesOf(node);
    for (const n of names) {
      if (!n.includes(' ')) continue;
      const id = this.people.get(low(n));
      if (id) return id;
    }
    // "Donald J. Trump" in one article, "Donald Trump" in another
    for (const n of names) {
      const words = withoutHonorific(n).split(' ');
      if (words.length < 2) continue;
      const ids = (words.length === 2 ? this.firstLastOfMore : this.firstLastOfTwo).get(firstLast(words));
      if (ids && ids.size === 1) return [...ids][0];
    }
    // a person met before by surname alone, now named in full, when nobody else with that surname is known by a
    // full name (else "Quennell" met alone while two Quennells were known would take in every later one)
    const words = low(node.name).split(' ');
    const surname = words[words.length - 1];
    const single = words.length > 1 ? this.singles.get(surname) : undefined;
    if (single && !this.surnames.has(surname)) return single;
    // a person this article only names by surname: the one known person with that surname, or the one named in
    // far more articles than all the others together (a candidate's surname in an election year)
    if (!node.name.includes(' ')) {
      const ids = this.surnames.get(low(node.name));
      if (ids && ids.size === 1) return [...ids][0];
      if (ids) return this.dominant(ids);
    }
    return null;
  }

  /** Of people sharing a surname, the one met in at least 5 articles and 4 times as many as the rest together. */
  private dominant(ids: Set<string>): string | null {
    let best: string | null = null;
    let bestCount = 0;
    let rest = 0;
    for (const id of ids) {
      const n = this.articles.get(id) ?? 0;
      if (n > bestCount) {
        rest += bestCount;
        best = id;
        bestCount = n;
      } else rest += n;
    }
    return bestCount >= 5 && bestCount >= 4 * rest ? best : null;
  }

  private learn(label: string, id: string, names: string[]): void {
    if (label === 'Party') {
      for (const n of names) {
        const k = isAcronym(n) ? `A:${acronymKey(n)}` : `N:${partyKey(n)}`;
        if (this.parties.has(k)) continue;
        this.parties.set(k, id);
        if (k.startsWith('N:')) {
          const words = k.slice(2).split(' ');
          const same = this.partyNames.get(words.length) ?? [];
          same.push({ key: k.slice(2), words, id });
          this.partyNames.set(words.length, same);
        }
      }
    } else if (label === 'Person') {
      const plain = names.filter((n) => !n.includes(' '));
      if (plain.length === names.length && names.length > 0 && !this.singles.has(low(names[0])))
        this.singles.set(low(names[0]), id);
      for (const n of names) {
        if (!n.includes(' ')) continue;
        const l = withoutHonorific(n);
        if (!this.people.has(low(n))) this.people.set(low(n), id);
        const words = l.split(' ');
        if (words.length >= 2) {
          const byEnds = words.length === 2 ? this.firstLastOfTwo : this.firstLastOfMore;
          const ids = byEnds.get(firstLast(words)) ?? new Set();
          ids.add(id);
          byEnds.set(firstLast(words), ids);
          const set = this.surnames.get(words[words.length - 1]) ?? new Set();
          set.add(id);
          this.surnames.set(words[words.length - 1], set);
        }
      }
    }
  }
}

/**
 * Word by word, each word of `x` (three letters or more) begins the same word of `y`: "lib dem" of "liberal
 * democrat". The caller passes names of as many words, and not the same name.
 */
function abbreviates(x: string[], y: string[]): boolean {
  return x.every((w, i) => w.length >= 3 && y[i].startsWith(w));
}

function namesOf(node: EntityNode): string[] {
  if (node.label === 'Party') return [node.name, ...(node.acronym ? [node.acronym] : []), ...node.aliases];
  if (node.label === 'Person') return [node.name, ...node.aliases];
  return [node.name];
}

const withoutHonorific = (name: string): string => low(name).replace(/^(?:mr|mrs|ms|dr|sir|lord|lady|dame)\.?\s+/, '');
const firstLast = (words: string[]): string => `${words[0]} ${words[words.length - 1]}`;
