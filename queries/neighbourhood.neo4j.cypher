// neighbourhood: every relationship of an entity (Person, Party or Event, found by name, acronym or alias,
// case-insensitively): its type, its direction from the entity (out, in, or both for the symmetric ALLIED_WITH
// and MET_WITH), the node at the other end (a name, a claim's text or an article's title) and the number of
// facts (evidence) behind it; rows come in no fixed order.
// Neo4j text (type(r)); LadybugDB runs neighbourhood.cypher, the same query with label(r).
// Every node pattern names its labels, and the entity is looked up once per branch (six, not one per type):
// an unlabelled node makes LadybugDB read every node table.
// Parameters: $name, e.g. --param name="Tomas Kerrigan" (or --param name=GHP).
// Columns: entity, type, direction, other, evidence.
// Example: kg query neighbourhood --param name=kerrigan
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:ACCUSED|MEMBER_OF|OPPOSED|PARTICIPATED_IN]->(o:Person|Party|Event)
RETURN e.name AS entity, type(r) AS type, 'out' AS direction, o.name AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:ACCUSED|MEMBER_OF|OPPOSED|PARTICIPATED_IN]-(o:Person|Party|Event)
RETURN e.name AS entity, type(r) AS type, 'in' AS direction, o.name AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:ALLIED_WITH|MET_WITH]-(o:Person|Party|Event)
RETURN e.name AS entity, type(r) AS type, 'both' AS direction, o.name AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:SAID]->(o:Claim)
RETURN e.name AS entity, 'SAID' AS type, 'out' AS direction, o.text AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)<-[r:ABOUT]-(o:Claim)
RETURN e.name AS entity, 'ABOUT' AS type, 'in' AS direction, o.text AS other, count(r) AS evidence
UNION ALL
WITH toLower($name) AS needle
MATCH (e:Person|Party|Event)
WHERE toLower(e.name) = needle OR toLower(e.acronym) = needle OR ANY(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = needle)
WITH e
MATCH (e)-[r:MENTIONED_IN]->(o:Article)
RETURN e.name AS entity, 'MENTIONED_IN' AS type, 'out' AS direction, o.title AS other, count(r) AS evidence
