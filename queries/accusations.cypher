// accusations: who accused whom (ACCUSED between persons and parties), with the number of facts and of
// supporting articles, and one evidence sentence; the most supported first.
// Parameters: none.
// Columns: accuser, accuserKind (Person or Party), accused, accusedKind, facts, articles, evidence.
// Example: kg query accusations
MATCH (a)-[r:ACCUSED]->(b)
WITH a, b, r.articleId AS article, count(r) AS facts, min(r.evidence) AS evidence
RETURN a.name AS accuser,
  CASE WHEN a.id STARTS WITH 'person:' THEN 'Person' ELSE 'Party' END AS accuserKind,
  b.name AS accused,
  CASE WHEN b.id STARTS WITH 'person:' THEN 'Person' ELSE 'Party' END AS accusedKind,
  sum(facts) AS facts, count(article) AS articles, min(evidence) AS evidence
ORDER BY facts DESC, accuser, accused
