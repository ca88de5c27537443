// person-claims: what a person said (SAID -> Claim): the claim text, its kind (quote or reported), its date
// and the title of its article; the person is found by name or alias, case-insensitively.
// Parameters: $name, e.g. --param name="Tomas Kerrigan" (or an alias: --param name=kerrigan).
// Columns: person, claim, kind, date, article.
// Example: kg query person-claims --param name=kerrigan
WITH toLower($name) AS needle
MATCH (p:Person)-[:SAID]->(c:Claim)
WHERE toLower(p.name) = needle OR ANY(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = needle)
OPTIONAL MATCH (art:Article)
WHERE art.id = c.articleId
RETURN p.name AS person, c.text AS claim, c.kind AS kind, c.date AS date, art.title AS article
ORDER BY date, article, claim
