// The viewer's palette: one colour per node label, per relationship type and per coalition edge kind, and
// the colours of blocs (communities). Kept apart so the legend and the reducers agree.
import type { NodeLabel, RelType } from '../../src/model/types.js';

export const LABEL_COLORS: Record<NodeLabel, string> = {
  Party: '#e07b39',
  Person: '#3b7dd8',
  Event: '#7a5cc4',
  Claim: '#2a9d8f',
  Article: '#9aa0a6',
};

/** Alliances (parties of kind `alliance`) are drawn darker than parties. */
export const ALLIANCE_COLOR = '#a44a12';

export const REL_COLORS: Record<RelType, string> = {
  ALLIED_WITH: '#2e9e5b',
  ACCUSED: '#d64545',
  OPPOSED: '#e8913a',
  MET_WITH: '#3f7fbf',
  MEMBER_OF: '#a39482',
  SAID: '#5fb3a8',
  ABOUT: '#b3a6d6',
  PARTICIPATED_IN: '#9b87c9',
  MENTIONED_IN: '#cfd3d7',
};

export const KIND_COLORS = {
  cooperation: REL_COLORS.ALLIED_WITH,
  conflict: REL_COLORS.ACCUSED,
  meeting: REL_COLORS.MET_WITH,
  membership: REL_COLORS.MEMBER_OF,
} as const;

/** A former alliance (every piece of evidence in view says `past`). */
export const FORMER_ALLIANCE_COLOR = '#9cc9ad';

export const DIMMED_NODE = '#e4e6e8';
export const DIMMED_EDGE = '#eef0f2';
export const SELECTED_EDGE = '#111111';

export const BLOC_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#393b79',
  '#ad494a',
];
/** Nodes alone in their bloc, or beyond the palette. */
export const NO_BLOC_COLOR = '#c7c7c7';
