// The in-repo scorer: gold files in the GUIDELINES format, and the scoring of a graph against them.
export { SCORED_REL_TYPES, parseGold, readGoldFile, type GoldFile, type ScoredRelType } from './gold.js';
export { articleViews, type ArticleView, type ScorableGraph } from './article-views.js';
export { matchEntities, type EntityMatch } from './match-entities.js';
export { nameKey, tokenF1, tokens } from './text-match.js';
export { scoreGraph, articleIsNamed, type GraphScore, type Prf } from './score-graph.js';
export { formatScore } from './format-score.js';
