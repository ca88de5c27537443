// Gold annotations in the GUIDELINES format (one file per article: entities, relations, claims, events), read and
// checked so that a typo in a gold file fails loudly instead of silently lowering a score.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidInputError, errorMessage } from '../errors.js';

/** The relationship types the scorer compares with gold. */
export const SCORED_REL_TYPES = ['MEMBER_OF', 'ACCUSED', 'ALLIED_WITH', 'OPPOSED', 'MET_WITH'] as const;
export type ScoredRelType = (typeof SCORED_REL_TYPES)[number];

const GoldSchema = z.object({
  article: z.string().min(1),
  entities: z.array(
    z.object({
      key: z.string().min(1),
      type: z.enum(['Person', 'Party']),
      names: z.array(z.string().min(1)).min(1),
    }),
  ),
  relations: z
    .array(
      z.object({
        type: z.enum(SCORED_REL_TYPES),
        from: z.string().min(1),
        to: z.string().min(1),
        optional: z.boolean().default(false),
        evidence: z.string().optional(),
      }),
    )
    .default([]),
  claims: z
    .array(
      z.object({
        speaker: z.string().min(1),
        text: z.string().min(1),
        optional: z.boolean().default(false),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        names: z.array(z.string().min(1)).min(1),
        kind: z.string().min(1),
        date: z.string().optional(),
        participants: z.array(z.string()).default([]),
      }),
    )
    .default([]),
});

export type GoldFile = z.infer<typeof GoldSchema>;
export type GoldEntity = GoldFile['entities'][number];
export type GoldRelation = GoldFile['relations'][number];
export type GoldClaim = GoldFile['claims'][number];

/** Checks one gold object: its shape, unique entity keys, and that relations and claims name entities it lists. */
export function parseGold(json: unknown, where = 'gold'): GoldFile {
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(
      `${where}: "${issue.path.join('.')}" is not valid (${issue.message}). Expecting the gold format of GUIDELINES.md: ` +
        `{"article", "entities": [{"key", "type", "names"}], "relations": [...], "claims": [...], "events": [...]}.`,
    );
  }
  const gold = parsed.data;
  const keys = new Set<string>();
  for (const e of gold.entities) {
    if (keys.has(e.key))
      throw new InvalidInputError(`${where}: entity key "${e.key}" is listed twice. Expecting unique keys.`);
    keys.add(e.key);
  }
  const known = (key: string, what: string) => {
    if (!keys.has(key)) {
      throw new InvalidInputError(
        `${where}: ${what} names "${key}", which is not in "entities". Expecting a listed key.`,
      );
    }
  };
  gold.relations.forEach((r, i) => {
    known(r.from, `relations.${i}.from`);
    known(r.to, `relations.${i}.to`);
  });
  gold.claims.forEach((c, i) => known(c.speaker, `claims.${i}.speaker`));
  return gold;
}

/** Reads and checks a gold file. */
export function readGoldFile(path: string): GoldFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InvalidInputError(`readGoldFile: cannot read "${path}" (${errorMessage(e)}). Expecting a readable file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError(`readGoldFile: "${path}" is not JSON (${errorMessage(e)}). Expecting a JSON object.`);
  }
  return parseGold(json, `readGoldFile: "${path}"`);
}
