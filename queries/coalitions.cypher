// coalitions: which parties are allied with each other (ALLIED_WITH, in either direction), each pair once,
// with how many articles support the alliance, how many facts, the latest date and one evidence sentence.
// Parameters: none.
// Columns: party, ally (party < ally by id), articles, facts, latest (ISO date or null), evidence.
// Example: kg query coalitions
MATCH (a:Party)-[r:ALLIED_WITH]-(b:Party)
WHERE a.id < b.id
WITH a, b, r.articleId AS article, count(r) AS facts, max(r.date) AS latest, min(r.evidence) AS evidence
RETURN a.name AS party, b.name AS ally, count(article) AS articles, sum(facts) AS facts, max(latest) AS latest,
  min(evidence) AS evidence
ORDER BY articles DESC, facts DESC, party, ally
