// Checks a fragment before any of it is written, so a bad one fails with a clear reason instead of
// relationships silently dropped (a relationship whose endpoint label the schema does not allow, say).
import { InvalidInputError } from '../errors.js';
import { ENTITY_LABELS, REL_ENDPOINTS, REL_TYPES, type GraphFragment } from '../model/types.js';

const where = (f: GraphFragment) => `writeFragments: article ${f.article?.id} (${f.article?.key})`;

export function validateFragment(f: GraphFragment): void {
  if (!f || !f.article || f.article.label !== 'Article' || typeof f.article.id !== 'string' || !f.article.id) {
    throw new InvalidInputError(
      'writeFragments: a fragment has no article. Expecting { article, nodes, relationships }.',
    );
  }
  if (typeof f.article.key !== 'string' || typeof f.article.text !== 'string') {
    throw new InvalidInputError(`${where(f)} has no key or text. Expecting strings.`);
  }
  if (!Array.isArray(f.nodes) || !Array.isArray(f.relationships) || !Array.isArray(f.article.messages)) {
    throw new InvalidInputError(`${where(f)}: nodes, relationships and messages must be arrays. Expecting arrays.`);
  }
  const labels = new Map<string, string>([[f.article.id, 'Article']]);
  for (const n of f.nodes) {
    if (n.label !== 'Claim' && !(ENTITY_LABELS as readonly string[]).includes(n.label)) {
      throw new InvalidInputError(
        `${where(f)}: node ${n.id} has label "${n.label}". Expecting Person, Party, Event or Claim.`,
      );
    }
    if (typeof n.id !== 'string' || !n.id)
      throw new InvalidInputError(`${where(f)}: a ${n.label} node has no id. Expecting a string id.`);
    const seen = labels.get(n.id);
    if (seen && seen !== n.label) {
      throw new InvalidInputError(
        `${where(f)}: id ${n.id} is used by a ${seen} and a ${n.label}. Expecting one label per id.`,
      );
    }
    labels.set(n.id, n.label);
    if (n.label === 'Claim') checkSpan(f, `claim ${n.id}`, n.sentence, n.start, n.end);
  }
  for (const r of f.relationships) {
    const what = `relationship ${r.id} (${r.type})`;
    if (!(REL_TYPES as readonly string[]).includes(r.type)) {
      throw new InvalidInputError(
        `${where(f)}: ${what} has an unknown type. Expecting one of ${REL_TYPES.join(', ')}.`,
      );
    }
    const allowed = REL_ENDPOINTS[r.type].some(([a, b]) => a === r.from.label && b === r.to.label);
    if (!allowed) {
      const pairs = REL_ENDPOINTS[r.type].map(([a, b]) => `${a}->${b}`).join(', ');
      throw new InvalidInputError(`${where(f)}: ${what} goes ${r.from.label}->${r.to.label}. Expecting ${pairs}.`);
    }
    if (r.articleId !== f.article.id) {
      throw new InvalidInputError(
        `${where(f)}: ${what} has articleId ${r.articleId}. Expecting the fragment's article id.`,
      );
    }
    checkSpan(f, what, r.sentence, r.start, r.end);
    if (typeof r.confidence !== 'number' || !Number.isFinite(r.confidence)) {
      throw new InvalidInputError(`${where(f)}: ${what} has confidence ${r.confidence}. Expecting a number in 0..1.`);
    }
    for (const end of [r.from, r.to]) {
      const known = labels.get(end.id);
      if (known !== undefined && known !== end.label) {
        throw new InvalidInputError(
          `${where(f)}: ${what} points at ${end.id} as a ${end.label}, but it is a ${known}. Expecting matching labels.`,
        );
      }
    }
  }
}

function checkSpan(f: GraphFragment, what: string, sentence: number, start: number, end: number): void {
  if (![sentence, start, end].every((v) => Number.isSafeInteger(v) && v >= 0) || end < start) {
    throw new InvalidInputError(
      `${where(f)}: ${what} has sentence ${sentence}, span ${start}..${end}. Expecting integers with 0 <= start <= end.`,
    );
  }
}
