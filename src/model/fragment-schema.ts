// Validation of graph fragments read from JSON lines (`kg load`): every field the stores rely on, with types.
import { z } from 'zod';
import { EVENT_KINDS, NODE_LABELS, REL_TYPES } from './types.js';
import type { GraphFragment } from './types.js';

const str = z.string();
const nstr = z.string().nullable();
const int = z.number().int().min(0);

const ArticleSchema = z.object({
  label: z.literal('Article'),
  id: str.min(1),
  key: str.min(1),
  title: str,
  date: nstr,
  url: nstr,
  source: nstr,
  path: nstr,
  text: str,
  messages: z.array(str),
});

const NodeSchema = z.discriminatedUnion('label', [
  z.object({
    label: z.literal('Person'),
    id: str.min(1),
    name: str.min(1),
    aliases: z.array(str),
    titles: z.array(str),
  }),
  z.object({
    label: z.literal('Party'),
    id: str.min(1),
    name: str.min(1),
    acronym: nstr,
    aliases: z.array(str),
    kind: z.enum(['party', 'alliance']),
  }),
  z.object({
    label: z.literal('Event'),
    id: str.min(1),
    kind: z.enum(EVENT_KINDS),
    name: str,
    date: nstr,
    place: nstr,
  }),
  z.object({
    label: z.literal('Claim'),
    id: str.min(1),
    text: str,
    kind: z.enum(['quote', 'reported']),
    cue: nstr,
    articleId: str.min(1),
    sentence: int,
    start: int,
    end: int,
    date: nstr,
    polarity: z.enum(['asserts', 'denies']),
  }),
]);

const RefSchema = z.object({ label: z.enum(NODE_LABELS), id: str.min(1) });

const RelationshipSchema = z.object({
  id: str.min(1),
  type: z.enum(REL_TYPES),
  from: RefSchema,
  to: RefSchema,
  articleId: str.min(1),
  sentence: int,
  start: int,
  end: int,
  evidence: str,
  date: nstr,
  confidence: z.number().min(0).max(1),
  status: z.enum(['current', 'past', 'proposed']).nullable(),
  validFrom: nstr,
  validTo: nstr,
});

export const FragmentSchema = z.object({
  article: ArticleSchema,
  nodes: z.array(NodeSchema),
  relationships: z.array(RelationshipSchema),
});

/** Parses and checks one fragment; offsets must lie inside the article text and evidence must match them. */
export function parseFragment(value: unknown): { ok: true; fragment: GraphFragment } | { ok: false; reason: string } {
  const parsed = FragmentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `"${issue.path.join('.')}" is not valid: ${issue.message}` };
  }
  const f = parsed.data as GraphFragment;
  const n = f.article.text.length;
  for (const r of f.relationships) {
    if (r.end > n || r.start > r.end)
      return { ok: false, reason: `relationship ${r.id} has offsets outside the article text` };
    if (f.article.text.slice(r.start, r.end) !== r.evidence)
      return { ok: false, reason: `relationship ${r.id}: evidence does not match its offsets` };
    if (r.articleId !== f.article.id) return { ok: false, reason: `relationship ${r.id} belongs to another article` };
  }
  return { ok: true, fragment: f };
}
