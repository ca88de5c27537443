// Table-driven tests of the scored relationships (MEMBER_OF, ACCUSED, ALLIED_WITH, OPPOSED, MET_WITH), by type
// and the names of their ends, with their status; and of statements that must not become relations.
import { describe } from 'vitest';
import { RELATION_CASES, type RelExpect, type RelationCase } from './cases/relations.js';
import { analyse, check, describeRelations, isEntity, runCases, type Found, type FoundRelation } from './helpers.js';
import { SYMMETRIC_RELS } from '../../src/model/types.js';

function matching(found: Found, [type, from, to]: RelExpect): FoundRelation[] {
  return found.relations.filter(
    (r) =>
      r.type === type &&
      ((isEntity(r.fromEntity, from) && isEntity(r.toEntity, to)) ||
        (SYMMETRIC_RELS.has(type) && isEntity(r.fromEntity, to) && isEntity(r.toEntity, from))),
  );
}

function runRelationCase(c: RelationCase): void {
  const found = analyse(c.text);
  for (const rel of c.rels ?? []) {
    const hits = matching(found, rel);
    check(hits.length > 0, `${rel[0]} ${rel[1]} -> ${rel[2]}`, () => describeRelations(found));
    if (c.status) {
      check(
        hits.some((r) => r.status === c.status),
        `${rel[0]} ${rel[1]} -> ${rel[2]} with status ${c.status}`,
        () => describeRelations(found),
      );
    }
  }
  for (const rel of c.noRels ?? []) {
    // a negative case means something only when both ends are found
    for (const name of [rel[1], rel[2]]) {
      check(
        [...found.persons, ...found.parties].some((e) => isEntity(e, name)),
        `an entity called "${name}" (for the negative case to mean anything)`,
        () => describeRelations(found),
      );
    }
    check(matching(found, rel).length === 0, `no ${rel[0]} ${rel[1]} -> ${rel[2]}`, () => describeRelations(found));
  }
}

describe('relations', () => {
  runCases(RELATION_CASES, runRelationCase);
});
