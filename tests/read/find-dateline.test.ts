import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/read/find-dateline.js';

describe('findDateline', () => {
  const cases: Array<[string, string | null]> = [
    ['KARACHI: After the meeting, the committee...', 'KARACHI'],
    ['NEW DELHI - The party said...', 'NEW DELHI'],
    ['LONDON, Nov 3 (Reuters) - The minister...', 'LONDON'],
    ['PORT ELLIS (AP) — Voters queued...', 'PORT ELLIS'],
    ['MANCHESTER, N.H. - The candidate...', 'MANCHESTER, N.H.'],
    ['DES MOINES, Iowa, Aug. 10 (UPI) — The senator...', 'DES MOINES, Iowa'],
    ['ST. LOUIS — A judge ruled...', 'ST. LOUIS'],
    ['NORTH HAVEN -- The council...', 'NORTH HAVEN'],
    ['CHARLESTON, S.C.\u00a0— The governor...', 'CHARLESTON, S.C.'],
    ['Philadelphia (AFP) – The president...', 'Philadelphia'],
    ['Nagpur (India) (AFP) – The team...', 'Nagpur'],
    // Not datelines: no place, labels, prose, a headline in capitals.
    ['Aug 27 (Reuters) - Shares fell...', null],
    ['Q: What did the minister say?', null],
    ['UPDATE: The vote was delayed.', null],
    ['BREAKING: The minister resigned.', null],
    ['IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - The numbers...', null],
    ['The minister said: we will win.', null],
    ['Mara Quell - the council leader - said...', null],
    ['KARACHI:no space after the colon', null],
    ['WASHINGTON', null],
  ];
  it.each(cases)('finds the place in %j', (paragraph, place) => {
    expect(findDateline(paragraph)?.place ?? null).toBe(place);
  });

  it('measures the dateline up to the first word of the body', () => {
    const paragraph = 'LONDON, Nov 3 (Reuters) - The minister resigned.';
    const found = findDateline(paragraph);
    expect(paragraph.slice(found?.length)).toBe('The minister resigned.');
  });

  it('tells a colon dateline from a dash dateline', () => {
    expect(findDateline('KARACHI: The talks...')?.colon).toBe(true);
    expect(findDateline('KARACHI - The talks...')?.colon).toBe(false);
  });
});
