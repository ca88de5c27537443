// The extraction pipeline: an article in, a graph fragment out, through a list of steps applied in order.
import { ArticleDoc } from './article-doc.js';
import type { SourceArticle } from '../read/types.js';
import type { GraphFragment } from '../model/types.js';
import { articleId } from '../model/ids.js';
import { EMPTY_LEXICON, type UserLexicon } from '../lexicon/user-lexicon.js';
import { segment } from './steps/segment.js';
import { findQuotes } from './steps/find-quotes.js';
import { findNameChunks } from './steps/find-name-chunks.js';
import { findParties } from './steps/find-parties.js';
import { findPeople } from './steps/find-people.js';
import { findMentions } from './steps/find-mentions.js';
import { findTitles } from './steps/find-titles.js';
import { findMemberships } from './steps/find-memberships.js';
import { findClaims } from './steps/find-claims.js';
import { findSpeakerLabels } from './steps/find-speaker-labels.js';
import { findRelations } from './steps/find-relations.js';
import { findEvents } from './steps/find-events.js';
import { findTiePeriods } from './steps/find-tie-periods.js';
import { buildGraph } from './steps/build-graph.js';
import { trimMemos } from './names.js';

export interface ExtractOptions {
  lexicon: UserLexicon;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { lexicon: EMPTY_LEXICON };

type Step = (doc: ArticleDoc, options: ExtractOptions) => ArticleDoc;

/** The steps, in order. Each enriches the document; none throws on odd input (problems become messages). */
export const STEPS: ReadonlyArray<readonly [string, Step]> = [
  ['segment', (d) => segment(d)],
  ['find-quotes', (d) => findQuotes(d)],
  ['find-name-chunks', (d) => findNameChunks(d)],
  ['find-parties', (d, o) => findParties(d, o.lexicon)],
  ['find-people', (d, o) => findPeople(d, o.lexicon)],
  ['find-mentions', (d) => findMentions(d)],
  ['find-titles', (d) => findTitles(d)],
  ['find-memberships', (d) => findMemberships(d)],
  ['find-speaker-labels', (d) => findSpeakerLabels(d)],
  ['find-claims', (d) => findClaims(d)],
  ['find-relations', (d) => findRelations(d)],
  ['find-events', (d) => findEvents(d)],
  ['find-tie-periods', (d) => findTiePeriods(d)],
];

/** Runs every step over one article and returns the enriched document. */
export function analyseArticle(source: SourceArticle, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): ArticleDoc {
  // the name memos are bounded here, between articles, not inside the lookups every step calls
  trimMemos();
  let doc = new ArticleDoc(source, articleId(source.text));
  for (const [name, step] of STEPS) {
    try {
      doc = step(doc, options);
    } catch (e) {
      // a bug in one step must not lose the article: record it and go on with what the earlier steps found
      doc.message(`${name}:error`, e instanceof Error ? e.message : String(e));
    }
  }
  return doc;
}

/** Extracts one article's graph fragment. Never throws on article content. */
export function extractArticle(
  source: SourceArticle,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
): GraphFragment {
  return buildGraph(analyseArticle(source, options));
}
