// Text order of spans (mentions, quotations): by start offset.
//
// One comparator at module level for every such sort: a comparator written inline is a new closure each time the
// enclosing function runs, and V8 compiled those closures again and again (their optimised code goes when the last
// closure using it does), a few hundred needless compilations in a corpus pass (docs/performance.md).
export const byStart = (a: { readonly start: number }, b: { readonly start: number }): number => a.start - b.start;
