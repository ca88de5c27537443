// The optional user lexicon: known parties (with acronyms and aliases) and people of one country or beat,
// read from a JSON file the user supplies with --lexicon. Nothing in it ships with kg.
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';

const LexiconSchema = z.object({
  parties: z
    .array(
      z.object({
        name: z.string().min(1),
        acronym: z.string().min(1).optional(),
        aliases: z.array(z.string().min(1)).default([]),
        kind: z.enum(['party', 'alliance']).default('party'),
      }),
    )
    .default([]),
  people: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
        party: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

export type UserLexicon = z.infer<typeof LexiconSchema>;

export const EMPTY_LEXICON: UserLexicon = { parties: [], people: [] };

export function parseUserLexicon(json: unknown, where = 'lexicon'): UserLexicon {
  const parsed = LexiconSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `${where}: "${issue.path.join('.')}" is not valid: ${issue.message}. Expecting {"parties": [{"name", "acronym"?, "aliases"?, "kind"?}], "people": [{"name", "aliases"?, "party"?}]}.`,
    );
  }
  return parsed.data;
}

export function loadUserLexicon(file: string): UserLexicon {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`lexicon: cannot read "${file}" (${errorMessage(e)}). Expecting a readable JSON file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`lexicon: "${file}" is not JSON (${errorMessage(e)}). Expecting a JSON object.`);
  }
  return parseUserLexicon(json, `lexicon "${file}"`);
}
