// claims-about: the claims made about an entity (Claim -ABOUT-> Person, Party or Event), with who made them.
// The entity is found by name, acronym or alias, case-insensitively.
// Parameters: $name, e.g. --param name="Unity Front" (or --param name=UF).
// Columns: about, speaker, claim, kind, date.
// Example: kg query claims-about --param name=uf
WITH toLower($name) AS needle
MATCH (c:Claim)-[:ABOUT]->(e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
OPTIONAL MATCH (s)-[:SAID]->(c)
RETURN e.name AS about, s.name AS speaker, c.text AS claim, c.kind AS kind, c.date AS date
ORDER BY date, speaker, claim
