// Neo4j schema of the kg graph: a uniqueness constraint on the id of every node label and relationship type,
// indexes for article keys, claim articles, names and aliases, and each relationship's article (for deletes).
// Built from the model's fixed lists only; every statement is idempotent (IF NOT EXISTS).
import { ENTITY_LABELS, NODE_LABELS, REL_TYPES } from '../model/types.js';

export interface SchemaItem {
  name: string;
  statement: string;
}

const snake = (s: string) => s.toLowerCase();

export function neo4jSchema(): SchemaItem[] {
  const items: SchemaItem[] = [];
  for (const label of NODE_LABELS) {
    const name = `kg_${snake(label)}_id`;
    items.push({
      name,
      statement: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    });
  }
  const index = (name: string, pattern: string, property: string) => ({
    name,
    statement: `CREATE INDEX ${name} IF NOT EXISTS FOR ${pattern} ON (${property})`,
  });
  items.push(index('kg_article_key', '(n:Article)', 'n.key'));
  items.push(index('kg_claim_article', '(n:Claim)', 'n.articleId'));
  for (const label of ENTITY_LABELS) items.push(index(`kg_${snake(label)}_name`, `(n:${label})`, 'n.name'));
  items.push(index('kg_party_acronym', '(n:Party)', 'n.acronym'));
  // Aliases are lists: a full-text index covers them (and names), for lookups by any name an entity goes by.
  items.push({
    name: 'kg_entity_names',
    statement:
      `CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ` +
      'ON EACH [n.name, n.aliases, n.acronym]',
  });
  for (const type of REL_TYPES) {
    const name = `kg_${snake(type)}_id`;
    items.push({
      name,
      statement: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    });
    items.push(index(`kg_${snake(type)}_article`, `()-[r:${type}]-()`, 'r.articleId'));
  }
  return items;
}
