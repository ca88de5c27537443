// Stable ids: derived from canonical names and content, so re-ingesting never duplicates a node or a fact.
import { hash as digest } from 'node:crypto';
import type { NodeRef, RelType } from './types.js';

/** Lowercase, accents folded, punctuation dropped, words joined by hyphens. Keeps letters of every script. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function hash(...parts: Array<string | number | null | undefined>): string {
  // the joined parts hashed in one call (the same bytes as an update per part and separator); the one-shot
  // crypto.hash costs about half of createHash().update().digest() for short inputs like these
  let joined = '';
  for (const p of parts) joined += `${p ?? ''}\u0000`;
  return digest('sha256', joined, 'hex').slice(0, 20);
}

/** Whitespace, line endings, quote styles and case differences do not make a different article. */
export function normaliseArticleText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/^\uFEFF/, '')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // every run of whitespace becomes one space; written so that a lone space (most of them) is not replaced
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
      .toLowerCase()
  );
}

export const articleId = (text: string): string => `article:${hash(normaliseArticleText(text))}`;
export const personId = (canonicalName: string): string => `person:${slug(canonicalName)}`;
export const partyId = (canonicalName: string): string => `party:${slug(canonicalName)}`;
export const eventId = (kind: string, ...keys: string[]): string => `event:${kind}:${hash(...keys)}`;
export const claimId = (article: string, start: number, end: number): string => `claim:${hash(article, start, end)}`;

export function relationshipId(type: RelType, from: NodeRef, to: NodeRef, article: string, start: number, end: number) {
  return `rel:${hash(type, from.id, to.id, article, start, end)}`;
}
