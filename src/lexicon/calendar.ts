// Names of days and months. "May" is left out: it is as often a surname ("Theresa May") as a month.
import { wordSet } from './words.js';

/** Months by name, lowercased, without "may". */
export const MONTH_NAMES = wordSet(`january february march april june july august september october november december`);

/** Days of the week and months by name, lowercased, without "may". */
export const CALENDAR_NAMES = wordSet(`monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december`);
