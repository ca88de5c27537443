// most-mentioned: the persons and parties mentioned in the most articles (MENTIONED_IN), a first map of who
// the news is about.
// Parameters: $limit, the number of rows, e.g. --param limit=20.
// Columns: name, kind (Person or Party), articles.
// Example: kg query most-mentioned --param limit=20
MATCH (e)-[:MENTIONED_IN]->(a:Article)
WHERE e.id STARTS WITH 'person:' OR e.id STARTS WITH 'party:'
WITH e, a.id AS article, count(*) AS mentions
RETURN e.name AS name, CASE WHEN e.id STARTS WITH 'person:' THEN 'Person' ELSE 'Party' END AS kind,
  count(article) AS articles
ORDER BY articles DESC, name
LIMIT $limit
