// timeline: the facts about an entity (Person, Party or Event, by name, acronym or alias, case-insensitively)
// in date order: each relationship with its type, the other end, its evidence and its article.
// Neo4j text (type(r)); LadybugDB runs timeline.cypher, the same query with label(r), because the two
// share no function naming a relationship's type and a UNION cannot be ordered as a whole in both.
// Parameters: $name, e.g. --param name="Unity Front".
// Columns: date, entity, type, other, evidence, article.
// Example: kg query timeline --param name=uf
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r]-(o:Person|Party|Event|Claim)
OPTIONAL MATCH (art:Article)
WHERE art.id = r.articleId
RETURN r.date AS date, e.name AS entity, type(r) AS type, coalesce(o.name, o.text) AS other, r.evidence AS evidence,
  art.title AS article
ORDER BY date, type, other, evidence
