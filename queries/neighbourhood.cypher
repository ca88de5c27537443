// neighbourhood: every relationship of an entity (Person, Party or Event, found by name, acronym or alias,
// case-insensitively): its type, its direction from the entity (out, in, or both for the symmetric ALLIED_WITH
// and MET_WITH), the node at the other end (a name, a claim's text or an article's title) and the number of
// facts (evidence) behind it. One UNION ALL branch per type and direction, so that the same text runs on
// LadybugDB and Neo4j (which share no function naming a relationship's type); rows come in no fixed order.
// Parameters: $name, e.g. --param name="Tomas Kerrigan" (or --param name=GHP).
// Columns: entity, type, direction, other, evidence.
// Example: kg query neighbourhood --param name=kerrigan
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:ACCUSED]->(o)
RETURN e.name AS entity, 'ACCUSED' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:ACCUSED]-(o)
RETURN e.name AS entity, 'ACCUSED' AS type, 'in' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:ALLIED_WITH]-(o)
RETURN e.name AS entity, 'ALLIED_WITH' AS type, 'both' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:MEMBER_OF]->(o)
RETURN e.name AS entity, 'MEMBER_OF' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:MEMBER_OF]-(o)
RETURN e.name AS entity, 'MEMBER_OF' AS type, 'in' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:OPPOSED]->(o)
RETURN e.name AS entity, 'OPPOSED' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:OPPOSED]-(o)
RETURN e.name AS entity, 'OPPOSED' AS type, 'in' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:MET_WITH]-(o)
RETURN e.name AS entity, 'MET_WITH' AS type, 'both' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:PARTICIPATED_IN]->(o)
RETURN e.name AS entity, 'PARTICIPATED_IN' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:PARTICIPATED_IN]-(o)
RETURN e.name AS entity, 'PARTICIPATED_IN' AS type, 'in' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:SAID]->(o)
RETURN e.name AS entity, 'SAID' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:ABOUT]-(o)
RETURN e.name AS entity, 'ABOUT' AS type, 'in' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:MENTIONED_IN]->(o)
RETURN e.name AS entity, 'MENTIONED_IN' AS type, 'out' AS direction, coalesce(o.name, o.title, o.text) AS other, count(r) AS evidence
