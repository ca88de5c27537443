import { describe, expect, it } from 'vitest';
import { deriveTitle, MAX_DERIVED_TITLE, shortenTitle } from '../../src/read/derive-title.js';

describe('deriveTitle', () => {
  const headlines: Array<[string, string]> = [
    ['Council vote on harbour plan delayed again', 'Council vote on harbour plan delayed again'],
    ['Senator backs rival plan.', 'Senator backs rival plan.'],
    ["Senator backs rival's plan;\nCritics say the move comes too late.", "Senator backs rival's plan"],
    ['BREAKING: Minister resigns over budget row', 'BREAKING: Minister resigns over budget row'],
    ['  Mayor   wins second term  ', 'Mayor wins second term'],
    [',', ','],
    [';\n:', '; :'],
  ];
  it.each(headlines)('reads %j as a headline', (paragraph, title) => {
    expect(deriveTitle(paragraph)).toEqual({ title, isHeadline: true });
  });

  const prose: Array<[string, string]> = [
    [
      'The finance committee of the regional assembly voted on Thursday to open an inquiry into the contracts awarded by the ports authority. Members of both parties supported it.',
      'The finance committee of the regional assembly voted on Thursday to open an inquiry into the…',
    ],
    ['PORT ELLIS (AP) — Voters queued. The polls opened at seven.', 'Voters queued.'],
    [
      'Mr. Brek said the count would resume. The court ruling on the ballots from the northern districts was published on Monday, and officials said they expected no delay.',
      'Mr. Brek said the count would resume.',
    ],
    [
      'The committee met on Friday and talked\nabout the budget for the coming year\nwithout reaching any agreement.',
      'The committee met on Friday and talked about the budget for the coming year without reaching any…',
    ],
  ];
  it.each(prose)('takes the first sentence of prose %j', (paragraph, title) => {
    expect(deriveTitle(paragraph)).toEqual({ title, isHeadline: false });
  });

  it('keeps derived titles within the limit', () => {
    const { title } = deriveTitle('word '.repeat(300));
    expect(title.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE);
  });
});

describe('shortenTitle', () => {
  it('leaves a short title alone', () => {
    expect(shortenTitle('Short title', 20)).toBe('Short title');
  });
  it('cuts at a word boundary and marks the cut', () => {
    expect(shortenTitle('The assembly voted, on Thursday, to open an inquiry', 30)).toBe('The assembly voted, on…');
  });
});
