// How an entity met again is merged with what is known of it: the first name is kept, other names become
// aliases, aliases and titles are unioned, and missing single values (acronym, date, place) are filled in.
import type { EntityNode } from '../model/types.js';

function union(...lists: Array<readonly string[]>): string[] {
  const out: string[] = [];
  for (const list of lists) for (const v of list) if (v && !out.includes(v)) out.push(v);
  return out;
}

/** Merges `incoming` into `kept` (same id and label); `kept` wins where both have a single value. */
export function mergeEntity<T extends EntityNode>(kept: T, incoming: T): T {
  return merge(kept, incoming) as T;
}

function merge(kept: EntityNode, incoming: EntityNode): EntityNode {
  if (kept.label !== incoming.label || kept.id !== incoming.id) {
    throw new Error(`mergeEntity: ${kept.label} ${kept.id} and ${incoming.label} ${incoming.id} are different nodes.`);
  }
  const otherName = incoming.name !== kept.name ? [incoming.name] : [];
  switch (kept.label) {
    case 'Person': {
      const inc = incoming as typeof kept;
      const aliases = union(kept.aliases, otherName, inc.aliases).filter((a) => a !== kept.name);
      return { ...kept, aliases, titles: union(kept.titles, inc.titles) };
    }
    case 'Party': {
      const inc = incoming as typeof kept;
      const acronym = kept.acronym ?? inc.acronym;
      const aliases = union(
        kept.aliases,
        otherName,
        inc.aliases,
        inc.acronym && inc.acronym !== acronym ? [inc.acronym] : [],
      );
      return { ...kept, acronym, aliases: aliases.filter((a) => a !== kept.name && a !== acronym) };
    }
    case 'Event': {
      const inc = incoming as typeof kept;
      return { ...kept, date: kept.date ?? inc.date, place: kept.place ?? inc.place };
    }
  }
}

/** Whether a merge changed anything worth writing. */
export function sameEntity(a: EntityNode, b: EntityNode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
