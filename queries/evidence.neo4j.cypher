// evidence: every fact linking two entities (each found by name, acronym or alias, case-insensitively), in
// either direction, with its type, its direction from the first entity (out or in), date, confidence,
// evidence sentence and article title.
// Neo4j text (type(r)); LadybugDB runs evidence.cypher, the same query with label(r).
// Parameters: $a and $b, e.g. --param a=kerrigan --param b="Unity Front".
// Columns: entity, direction, type, other, date, confidence, evidence, article.
// Example: kg query evidence --param a=kerrigan --param b=uf
WITH toLower($a) AS first, toLower($b) AS second
MATCH (x:Person|Party|Event)
WHERE toLower(x.name) = first OR toLower(x.acronym) = first OR ANY(a1 IN coalesce(x.aliases, []) WHERE toLower(a1) = first)
WITH x, second
MATCH (y:Person|Party|Event)
WHERE toLower(y.name) = second OR toLower(y.acronym) = second OR ANY(a2 IN coalesce(y.aliases, []) WHERE toLower(a2) = second)
WITH x, y
MATCH (x)-[r]-(y)
OPTIONAL MATCH (x)-[out]->(y)
WHERE out.id = r.id
OPTIONAL MATCH (art:Article)
WHERE art.id = r.articleId
RETURN x.name AS entity, CASE WHEN out IS NULL THEN 'in' ELSE 'out' END AS direction,
  type(r) AS type, y.name AS other, r.date AS date, r.confidence AS confidence, r.evidence AS evidence,
  art.title AS article
ORDER BY date, type, direction, evidence
