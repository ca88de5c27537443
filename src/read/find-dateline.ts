// Finds the dateline that opens a news body: an all-caps place ("KARACHI:", "NEW DELHI -",
// "MANCHESTER, N.H. -", "LONDON, Nov 3 (Reuters) -"), or a place followed by a news agency ("Beirut (AFP) -").

export interface Dateline {
  /** The place as written, with its region when there is one: "KARACHI", "DES MOINES, Iowa". */
  place: string;
  /** Characters from the start of the paragraph to the first character after the dateline. */
  length: number;
  /** "KARACHI:" ends with a colon, which headline kickers ("BREAKING: ...") share; a dash never opens a headline. */
  colon: boolean;
}

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const REGION_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const REGION = String.raw`${REGION_WORD}(?: ${REGION_WORD}){0,2}`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
const AGENCY = String.raw`\(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\)`;
const SEPARATOR = String.raw`\s*(?:--|[:\-—–])\s+(?=\S)`;
const MIXED_PLACE = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;

const CAPS_DATELINE = new RegExp(
  String.raw`^(${CAPS_PLACE})(?:, (${REGION}))?(?:,? ${MONTH_DAY})?(?: ${AGENCY})?${SEPARATOR}`,
  'u',
);
const AGENCY_DATELINE = new RegExp(String.raw`^(${MIXED_PLACE})(?: \([^()]{1,30}\))?,? ${AGENCY}${SEPARATOR}`, 'u');

/** All-caps labels that open paragraphs like datelines but are not places. */
const NOT_PLACES = new Set([
  'ANALYSIS',
  'BREAKING',
  'BREAKING NEWS',
  'BY',
  'BYLINE',
  'CORRECTION',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'EXCLUSIVE',
  'FACT CHECK',
  'LIVE',
  'NEW',
  'NOTE',
  'OPINION',
  'PHOTOS',
  'READ MORE',
  'UPDATE',
  'UPDATED',
  'VIDEO',
  'WATCH',
]);

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

export function findDateline(paragraph: string): Dateline | null {
  const caps = CAPS_DATELINE.exec(paragraph);
  if (caps) {
    const place = caps[1];
    if (letters(place) < 2 || NOT_PLACES.has(place)) return null;
    const colon = caps[0].trimEnd().endsWith(':');
    return { place: caps[2] ? `${place}, ${caps[2]}` : place, length: caps[0].length, colon };
  }
  const agency = AGENCY_DATELINE.exec(paragraph);
  if (agency) return { place: agency[1], length: agency[0].length, colon: agency[0].trimEnd().endsWith(':') };
  return null;
}
