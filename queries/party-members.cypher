// party-members: the persons tied to a party by MEMBER_OF, with the tie's status (current, past, proposed),
// the number of facts and articles supporting it and one evidence sentence. The party is found by name,
// acronym or alias, case-insensitively.
// Parameters: $party, e.g. --param party=GHP (or --param party="Green Harbour Party").
// Columns: party, person, status, facts, articles, evidence.
// Example: kg query party-members --param party=ghp
WITH toLower($party) AS needle
MATCH (p:Person)-[m:MEMBER_OF]->(q:Party)
WHERE toLower(q.name) = needle OR toLower(q.acronym) = needle OR ANY(alias IN coalesce(q.aliases, []) WHERE toLower(alias) = needle)
WITH q, p, m.status AS status, m.articleId AS article, count(m) AS facts, min(m.evidence) AS evidence
RETURN q.name AS party, p.name AS person, status, sum(facts) AS facts, count(article) AS articles,
  min(evidence) AS evidence
ORDER BY facts DESC, person, status
