// Cases for events: meetings, agreements, elections, leaks, press conferences, resignations and swearing-ins,
// with dates (explicit, a year in the name, or relative to the article date) and participants.
// The articles are dated Wednesday 14 May 2025 (CASE_DATE) unless a case says otherwise.
import type { CaseBase } from '../helpers.js';
import type { EventKind } from '../../../src/model/types.js';

export interface EventExpect {
  kind: EventKind;
  /** The event's date, exactly (null: the event must have no date). */
  date?: string | null;
  /** Or a date inside this range (inclusive ISO dates), for vague references such as "last week". */
  dateIn?: readonly [string, string];
  /** People or parties that take part. */
  participants?: string[];
  /** Words of the event's name. */
  nameHas?: string;
  /** The event's place, exactly (null: the event must have no place). */
  place?: string | null;
}

export interface EventCase extends CaseBase {
  text: string;
  date?: string | null;
  events?: EventExpect[];
  /** Kinds of event that must not be found. */
  noEvents?: EventKind[];
  /** Kinds of event that must be found exactly once. */
  oneEvent?: EventKind[];
}

export const EVENT_CASES: EventCase[] = [
  {
    note: 'talks a participant denies holding are no meeting',
    text: 'Coalition crisis\n\nDalia Oren denied holding talks with Noa Levin.',
    noEvents: ['meeting'],
  },
  {
    note: "talks the headline and the text both report are one event, with the text's date",
    text:
      'Civic Union agrees to coalition talks with Renewal Party\n\nThe ruling Civic Union agreed on Monday to open ' +
      'coalition talks with the Renewal Party.',
    events: [{ kind: 'meeting', date: '2025-05-12', participants: ['Civic Union', 'Renewal Party'] }],
    oneEvent: ['meeting'],
  },
  {
    note: 'a capitalised "Rally" after a capitalised word names a party ("the Civic Rally"), not a rally',
    text: 'Vote\n\nCivic Rally leader Anne Morel called the result a shameful deal.',
    noEvents: ['protest'],
  },
  {
    note: 'a meeting ("X met Y on Tuesday") dated the Tuesday before the article',
    text: 'Tomas Varga met Amara Okonjo-Reyes in Port Alder on Tuesday.',
    events: [{ kind: 'meeting', date: '2025-05-13', participants: ['Tomas Varga', 'Amara Okonjo-Reyes'] }],
  },
  {
    note: 'a meeting ("talks between X and Y on Sunday") dated the Sunday before the article',
    text: 'A round of talks between Rahimi Othman and Siew Ling Chong on Sunday ended without a deal.',
    events: [{ kind: 'meeting', date: '2025-05-11', participants: ['Rahimi Othman', 'Siew Ling Chong'] }],
  },
  {
    note: 'a meeting dated "yesterday"',
    text: 'Halim Yusof held talks with Nurul Izzah Kamal yesterday in Shah Alam.',
    events: [{ kind: 'meeting', date: '2025-05-13' }],
  },
  {
    note: 'a coalition agreement signed "on Saturday", with the parties taking part',
    text:
      'The National Unity Congress (NUC) and the Progressive Citizens Alliance (PCA) signed a coalition ' +
      'agreement in Abuja on Saturday.',
    events: [{ kind: 'agreement', date: '2025-05-10', participants: ['NUC', 'PCA'] }],
  },
  {
    note: 'an electoral pact is an agreement',
    text: 'The Frente Amplio Serrano and the Partido del Pueblo Andino announced an electoral pact on 3 April.',
    events: [{ kind: 'agreement', date: '2025-04-03' }],
  },
  {
    note: 'an election with a year in its name is dated that year',
    text: 'The Awam Dost League won 41 seats in the 2018 general election.',
    events: [{ kind: 'election', date: '2018', nameHas: '2018' }],
  },
  {
    note: 'an election with a year after it ("the election of 2019") is dated that year',
    text: 'The Kisan Shakti Dal has not won a seat since the assembly election of 2019.',
    events: [{ kind: 'election', date: '2019' }],
  },
  {
    note: 'a presidential election in a named month of the article\u2019s year',
    text: 'Rosa Villanueva will stand in the presidential election in October.',
    events: [{ kind: 'election', date: '2025-10' }],
  },
  {
    note: 'a leaked recording is a leak event with the person heard on it',
    text: 'A leaked audio recording of Imtiaz Khokhar discussing ticket prices surfaced on Monday.',
    events: [{ kind: 'leak', date: '2025-05-12', participants: ['Imtiaz Khokhar'] }],
  },
  {
    note: 'a press conference "on Monday" with the person who gave it',
    text: 'Ifeoma Nwachukwu told a press conference in Enugu on Monday that the results had been altered.',
    events: [{ kind: 'press-conference', date: '2025-05-12', participants: ['Ifeoma Nwachukwu'] }],
  },
  {
    note: 'a resignation "on Friday" with the person who resigned',
    text: 'Gerhard Vollmer resigned as party chairman on Friday after the defeat in Saxony.',
    events: [{ kind: 'resignation', date: '2025-05-09', participants: ['Gerhard Vollmer'] }],
  },
  {
    note: 'a swearing-in "last week" is dated in the week before the article',
    text: 'Murad Ali Shahzad was sworn in as chief minister last week.',
    events: [{ kind: 'swearing-in', dateIn: ['2025-05-05', '2025-05-11'], participants: ['Murad Ali Shahzad'] }],
  },
  {
    note: 'a no-confidence vote "on Thursday" is a vote',
    text: 'The government of Datuk Seri Rahimi Othman survived a no-confidence vote on Thursday.',
    events: [{ kind: 'vote', date: '2025-05-08' }],
  },
  {
    note: 'an explicit full date is kept as given',
    text: 'Amara Okonjo-Reyes was sworn in as prime minister on 29 March 2025.',
    events: [{ kind: 'swearing-in', date: '2025-03-29' }],
  },
  {
    note: 'a relative date is resolved against the article\u2019s own date',
    text: 'Ravi Tandon met Meenakshi Pillai in Chennai on Monday.',
    date: '2024-11-20',
    events: [{ kind: 'meeting', date: '2024-11-18' }],
  },
  {
    note: 'a day after the place closes it ("a rally in Port Alder Tuesday")',
    text: 'Rhea Voss held a rally in Port Alder Tuesday, and thousands came.',
    events: [{ kind: 'protest', place: 'Port Alder' }],
  },
  // negative cases
  {
    note: 'a duration ("met for two hours") in an undated article gives no date (not the day the test runs)',
    text: 'Gerhard Vollmer and Lena Baumgartner met for two hours at the chancellery.',
    date: null,
    events: [{ kind: 'meeting', date: null }],
  },
  {
    note: 'a relative date ("last year", "on Tuesday") in an undated article gives no date; an explicit one does',
    text:
      'The scandal led to the resignation of the minister Rhea Voss last year. ' +
      'Ivo Brandt met Lena Baumgartner on Tuesday. The election of 12 May 2005 was close.',
    date: null,
    events: [
      { kind: 'resignation', date: null },
      { kind: 'meeting', date: null },
      { kind: 'election', date: '2005-05-12' },
    ],
  },
  {
    note: 'no meeting from "did not meet"',
    text: 'Rahimi Othman did not meet Siew Ling Chong during his visit to Penang.',
    noEvents: ['meeting'],
  },
  {
    note: 'no meeting from "refused to meet"',
    text: 'Amara Okonjo-Reyes refused to meet Tomas Varga before the vote.',
    noEvents: ['meeting'],
  },
  {
    note: 'no election event from an "election commission"',
    text: 'The Independent Election Commission published its annual report on Monday.',
    noEvents: ['election'],
  },
  {
    note: 'no agreement from "failed to reach an agreement"',
    text: 'The National Unity Congress and the Sahel Democratic Front failed to reach a coalition agreement.',
    noEvents: ['agreement'],
  },
  {
    note: 'no resignation from "refused to resign"',
    text: 'Bruno Kessler refused to resign despite the scandal.',
    noEvents: ['resignation'],
  },
  {
    note: 'a place goes to the happening whose trigger is nearest to it, not to a meeting earlier in the sentence',
    text:
      'Joint rally\n\nSharan Pawde, who met Uday Thakre on Saturday, said the partners would hold a joint rally in ' +
      'Kolhar on 2 October.',
    events: [
      { kind: 'meeting', participants: ['Sharan Pawde', 'Uday Thakre'], place: null },
      { kind: 'protest', place: 'Kolhar' },
    ],
  },
];
