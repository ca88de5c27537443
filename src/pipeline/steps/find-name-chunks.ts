// Finds runs of capitalised words ("name chunks") that may name a person, a party, an office or a place, with
// what surrounds them: a possessive, an "ex-" prefix, a "-led" suffix, a sentence-initial common word dropped.
import type { ArticleDoc, ChunkWord, NameChunk } from '../article-doc.js';
import { LED_SUFFIXES } from '../../lexicon/relation-cues.js';
import { ORG_HEADS, PARTY_HEADS } from '../../lexicon/organisations.js';
import { HONORIFICS, OFFICE_NOUNS, OFFICE_PHRASES } from '../../lexicon/titles.js';
import { CALENDAR_NAMES } from '../../lexicon/calendar.js';
import { SPEECH_VERBS } from '../../lexicon/speech-cues.js';
import { JOINED_PARTICLE, NAME_PARTICLE } from '../names.js';

// A capitalised word: letters with inner apostrophes, hyphens, dots or slashes ("O'Brien", "MQM-P", "U.S.",
// "CDU/CSU", "Tehreek-e-Insaf"), a plural possessive inside a name ("Peoples' Party"), optionally a
// parenthesised capital suffix ("JD(U)").
const WORD_REST = String.raw`[\p{L}\p{M}\p{N}]*(?:['’.\-/&][\p{L}\p{M}\p{N}]+)*(?:\.|(?<=s)['’](?=[ \t]+\p{Lu}))?(?:\(\p{Lu}{1,3}\))?`;
const WORD = String.raw`\p{Lu}${WORD_REST}`;
const PARTICLE = NAME_PARTICLE;
const LEADING_JOINED_PARTICLE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}'’-])(${JOINED_PARTICLE})$`, 'u');
// The first word's capital not preceded by a letter, a digit or an apostrophe: matched first and then looked behind
// (the same test as a look-behind before it, which the engine would try at every position of the text).
const CHUNK = new RegExp(
  String.raw`\p{Lu}(?<![\p{L}\p{N}'’]\p{Lu})${WORD_REST}(?:[ \t]+(?:(?:${PARTICLE}[ \t]+){0,2}${WORD}|${JOINED_PARTICLE}${WORD}))*`,
  'gu',
);
const ABBREVIATION =
  /^(?:(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Gov\.|Rep\.|St\.|Jr\.|Sr\.|Lt\.|Col\.|Gen\.|Capt\.|Prof\.|Rev\.|Hon\.|Sgt\.|Maj\.|Brig\.|Adm\.|Pres\.|Mt\.|Ft\.)$/u;

const SENTENCE_INITIAL_KEEP = new Set(['PROPN']);

/**
 * Verbs of saying as headlines capitalise them ("Clinton Says Trump ..."); not those that are as often nouns inside
 * names ("United States", "Court of Claims", "Notes").
 */
const HEADLINE_SPEECH =
  /^(?:Says|Tells|Warns|Insists|Admits|Denies|Vows|Urges|Accuses|Slams|Blasts|Argues|Explains|Suggests|Concedes|Predicts)$/;

/** Honorifics and offices written before a name. */
const TITLE_WORDS = new Set([...HONORIFICS, ...OFFICE_NOUNS].map((w) => w.toLowerCase()));

/** The words the article being chunked writes in lowercase somewhere (set by findNameChunks). */
let lowercaseWords = new Set<string>();
/** The words the article writes as the last word of a name of two or more words ("Peter Cook"; set by findNameChunks). */
let nameTails = new Set<string>();

export function findNameChunks(doc: ArticleDoc): ArticleDoc {
  const text = doc.text;
  const chunks: NameChunk[] = [];
  const titleCaseSentences = findTitleCaseSentences(doc);
  lowercaseWords = doc.lowercaseWords();
  nameTails = findNameTails(text);
  CHUNK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHUNK.exec(text))) {
    const words: ChunkWord[] = [];
    const runs = /[^ \t]+/g;
    for (let w: RegExpExecArray | null; (w = runs.exec(m[0]));) {
      const start = m.index + w.index;
      words.push({ text: w[0], start, end: start + w[0].length });
    }
    // "al-Sudani said": a joined article before the chunk's first word belongs to it (looked at here, not in the
    // pattern, which would then be tried at every position of the text)
    const joined = m.index >= 3 ? LEADING_JOINED_PARTICLE.exec(text.slice(Math.max(0, m.index - 5), m.index)) : null;
    if (joined) {
      words[0] = { text: joined[1] + words[0].text, start: words[0].start - joined[1].length, end: words[0].end };
    }
    // a chunk ends after a possessive ("Blair's Tory") and at a period that is not an abbreviation ("Today. Prime")
    let piece: ChunkWord[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      // "Hillary Clinton Says Trump ...": a headline's verb of saying ends the name before it (and is none of it)
      const speech = piece.length > 0 && HEADLINE_SPEECH.test(w.text);
      if (!speech) piece.push(w);
      const end = speech ? 'ends' : pieceEnd(text, words, i);
      if (end === 'goes-on') continue;
      // (one call for every way a piece ends: a call first made late in a run throws away optimised code)
      pushChunk(doc, chunks, piece, end === 'ends-possessive', titleCaseSentences);
      piece = [];
    }
    if (piece.length) {
      // an organisation's name runs into a person's: "the Washington Post Trump said" -> "Washington Post" | "Trump"
      // (not a surname after an honorific or an office: "Rep. Park Chan-dae", "Minister Park Jin"); the last head
      // word ends the organisation's name: "the Northern Policy Centre Mr Vance" -> "Northern Policy Centre" | ...
      const cut = piece.findLastIndex(
        (w, k) =>
          k > 0 &&
          k < piece.length - 1 &&
          ORG_HEADS.has(w.text.toLowerCase()) &&
          !piece.slice(0, k).every((x) => ABBREVIATION.test(x.text) || TITLE_WORDS.has(x.text.toLowerCase())),
      );
      if (cut > 0) {
        pushChunk(doc, chunks, piece.slice(0, cut + 1), false, titleCaseSentences);
        piece = piece.slice(cut + 1);
      }
      const next = text.slice(piece[piece.length - 1].end, piece[piece.length - 1].end + 2);
      pushChunk(doc, chunks, piece, /^['’]s?\b/u.test(next), titleCaseSentences);
    }
  }
  doc.chunks = joinNicknamed(text, chunks);
  return doc;
}

/**
 * Whether the piece of a name being built ends at word `i` of its chunk, and how. The possessive or the sentence's
 * period that ends it is cut off the word.
 */
function pieceEnd(text: string, words: ChunkWord[], i: number): 'goes-on' | 'ends' | 'ends-possessive' {
  const w = words[i];
  const poss = /(?:['’]s|s['’])$/u.exec(w.text);
  // "The People's Unity Front", "Workers' Party": a group noun's possessive inside a party name
  if (poss && i < words.length - 1 && GROUP_POSSESSIVES.has(w.text.toLowerCase().replace(/['’]s?$/, '')))
    return 'goes-on';
  if (poss) {
    const plural = /s['’]$/u.test(w.text);
    // "Peoples' Party", "Veterans' Affairs Committee": inside a name, when a party's or a body's head word
    // follows; "Channel News' Ana Ruiz" is an outlet's reporter
    if (
      plural &&
      words.slice(i + 1).some((x) => PARTY_HEADS.has(x.text.toLowerCase()) || ORG_HEADS.has(x.text.toLowerCase()))
    )
      return 'goes-on';
    w.text = w.text.slice(0, plural ? -1 : -2);
    w.end -= plural ? 1 : 2;
    return 'ends-possessive';
  }
  if (i === 0 && endsSentenceBeforeName(text, w, words.length)) return 'ends';
  // "the Odhiambo-led Popular Renewal Alliance": the leader's name is a chunk of its own
  if (i < words.length - 1 && endsInLedSuffix(w.text)) return 'ends';
  if (w.text.endsWith('.') && !ABBREVIATION.test(w.text) && !HONORIFICS.has(w.text.toLowerCase())) {
    w.text = w.text.slice(0, -1);
    w.end -= 1;
    return 'ends';
  }
  return 'goes-on';
}

/** A nickname in quote marks inside a name: ' "Monching" ', ' “Chuck” '. */
const NICKNAME = /^[ \t]+["“‘']\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*)?["”’'][ \t]+/u;

/**
 * 'Ramon "Monching" Dizon', 'Charles “Chuck” Brenner': one name around a quoted nickname (the chunks before and
 * after it join, the nickname's own chunk goes); otherwise two people, "Ramon" and "Dizon".
 */
function joinNicknamed(text: string, chunks: NameChunk[]): NameChunk[] {
  const out: NameChunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const nick = c.possessive || c.suffix ? null : NICKNAME.exec(text.slice(c.end, c.end + 40));
    const at = nick ? c.end + nick[0].length : -1;
    const j = nick ? chunks.findIndex((x, k) => k > i && x.start === at) : -1;
    if (j < 0 || chunks[j].sentence !== c.sentence) {
      out.push(c);
      continue;
    }
    const after = chunks[j];
    // every field written out in pushChunk's order: a spread copy would make objects of another shape, and the
    // optimised code of every step reading chunks would be thrown away when it met one
    out.push({
      start: c.start,
      end: after.end,
      words: [...c.words, ...after.words],
      sentence: c.sentence,
      inQuote: c.inQuote,
      possessive: after.possessive,
      prefix: c.prefix,
      suffix: after.suffix,
      titleCase: c.titleCase,
    });
    i = j;
  }
  return out;
}

function endsInLedSuffix(word: string): boolean {
  const sfx = /-(\p{Ll}+)$/u.exec(word);
  return sfx !== null && LED_SUFFIXES.has(sfx[1]);
}

/**
 * "... at Bedminster, N.J. Roger Ailes, the former ...": a dotted place abbreviation after a comma, then a full
 * name, ends one sentence and opens the next (the tokenizer keeps them together); "J.K. Rowling" stays whole.
 */
function endsSentenceBeforeName(text: string, w: ChunkWord, chunkWords: number): boolean {
  return (
    chunkWords >= 3 &&
    /^(?:\p{Lu}\.){2,}$/u.test(w.text) &&
    /,[ \t]*$/.test(text.slice(Math.max(0, w.start - 3), w.start))
  );
}

function pushChunk(
  doc: ArticleDoc,
  chunks: NameChunk[],
  words: ChunkWord[],
  possessive: boolean,
  titleCase: Set<number>,
): void {
  const text = doc.text;
  words = words.filter((w) => w.text.length > 0);
  if (words.length === 0) return;
  // "PTI-led": split the lowercase hyphen suffix off the last word
  let suffix: string | null = null;
  const last = words[words.length - 1];
  const sfx = /-(\p{Ll}+)$/u.exec(last.text);
  if (sfx && LED_SUFFIXES.has(sfx[1])) {
    suffix = sfx[1];
    last.text = last.text.slice(0, -sfx[0].length);
    last.end -= sfx[0].length;
  }
  // "ex-Tory", "pro-Labour", "anti-PTI", and "Ex-Labour" opening a sentence
  const before = text.slice(Math.max(0, words[0].start - 8), words[0].start);
  const pre = before.endsWith('-') ? /(?:^|[^\p{L}])(\p{Ll}+)-$/u.exec(before) : null;
  let prefix = pre ? pre[1] : null;
  const capPrefix = /^(Ex|Pro|Anti|Former)-(?=\p{Lu})/u.exec(words[0].text);
  if (capPrefix) {
    prefix = capPrefix[1].toLowerCase();
    const w0 = words[0];
    words = [
      { text: w0.text.slice(capPrefix[0].length), start: w0.start + capPrefix[0].length, end: w0.end },
      ...words.slice(1),
    ];
  }
  // drop a sentence-initial common word ("The", "Earlier", "Maternity") unless the tagger calls it a name,
  // and function words wherever they open a chunk ("While Ramos", "When Trump")
  while (
    words.length > 0 &&
    (FUNCTION_WORDS.has(words[0].text.toLowerCase()) ||
      (words.length > 1 && CALENDAR_NAMES.has(words[0].text.toLowerCase())) ||
      (isSentenceInitialCommon(doc, words[0]) && !opensOfficePhrase(words)))
  ) {
    words = words.slice(1);
  }
  if (words.length === 0) return;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const token = doc.tokens[doc.tokenAt(start)];
  const sentence = token ? token.sentence : (doc.sentenceAt(start)?.i ?? 0);
  chunks.push({
    start,
    end,
    words,
    sentence,
    inQuote: token ? token.quote >= 0 : false,
    possessive,
    prefix,
    suffix,
    titleCase: titleCase.has(sentence),
  });
}

/**
 * "Prime Minister X", "Environment Minister X" opening a sentence: the first word belongs to the office, though the
 * article writes "prime" or "environment" in lowercase elsewhere.
 */
function opensOfficePhrase(words: ChunkWord[]): boolean {
  if (words.length <= 2) return false;
  const second = words[1].text.toLowerCase();
  return OFFICE_PHRASES.has(`${words[0].text.toLowerCase()} ${second}`) || OFFICE_NOUNS.has(second);
}

/** Whether a capitalised word only carries a capital because it opens a sentence or a quotation. */
function isSentenceInitialCommon(doc: ArticleDoc, word: ChunkWord): boolean {
  const t = doc.tokenAt(word.start);
  const token = doc.tokens[t];
  if (!token) return false;
  const sentence = doc.sentences[token.sentence];
  let opensSentence = sentence !== undefined && sentence.firstToken === t;
  if (!opensSentence && t > 0) {
    const prev = doc.tokens[t - 1];
    opensSentence = /^["“‘'([—–-]$/.test(prev.text) || prev.text === ':';
    if (opensSentence && t > 1 && sentence && sentence.firstToken !== t - 1 && prev.text !== ':') {
      // a quote mark in mid-sentence only opens a sentence when it opens a quotation
      opensSentence = token.quote >= 0 && doc.quotes[token.quote]?.start === token.start;
    }
  }
  if (!opensSentence) return false;
  // "NAP leader X said": an acronym opening a sentence is a name, though the tagger reads it as a common noun
  if (/^\p{Lu}{2,}$/u.test(token.text) && !lowercaseWords.has(token.lower)) return false;
  // "Cook said ...", "Small, who ...": a surname the article gives in full elsewhere ("Peter Cook"), though the
  // tagger reads it as a verb or an adjective here
  if (nameTails.has(token.lower) && !COMMON_OPENERS.has(token.lower)) {
    if (!lowercaseWords.has(token.lower)) return false;
    // the article writes "small" in lowercase too, but "Small, who ..." and "Small said" are the person's
    const after = doc.text.slice(word.end, word.end + 24);
    const verb = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    if (/^,\s+who\b/.test(after) || (verb && SPEECH_VERBS.has(verb))) return false;
  }
  // "President Obama called ...", "Senator Ruiz said ...": an honorific or office before a capitalised word is the
  // name's title, though the article writes "president" in lowercase elsewhere
  // ("Don", "Dona" are English given names too)
  if (
    HONORIFICS.has(token.lower) &&
    !/^(?:don|dona)$/.test(token.lower) &&
    /^\s+\p{Lu}/u.test(doc.text.slice(word.end, word.end + 3))
  )
    return false;
  // "Rival Hillary Clinton", "Retired Lt. Gen. ...": a word the article also writes in lowercase is a common word,
  // whatever the tagger says of it here
  return !SENTENCE_INITIAL_KEEP.has(token.pos) || COMMON_OPENERS.has(token.lower) || lowercaseWords.has(token.lower);
}

/** Lowercased words that close a run of two capitalised words on one line ("Peter Cook", "Marty Small"). */
function findNameTails(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})/gu))
    out.add(m[1].toLowerCase());
  return out;
}

/** Possessive group nouns that stay inside party names. */
const GROUP_POSSESSIVES = new Set(['people', 'peoples', 'workers', 'farmers', 'citizens', 'women', 'nation', 'voters']);

/** Capitalised, these open a clause, never a name. */
const FUNCTION_WORDS = new Set(
  `the a an and but or nor if when while whereas although though because since unless until once after before as
  with without for from by to of during under over about against between through into upon among within like
  unlike whether where why how what who whom which whose all both each either neither no not only just perhaps
  maybe indeed instead thus hence therefore moreover furthermore nevertheless nonetheless otherwise rather yes so
  too very here there this that these those it its he she they we i you his her their our my your him them us
  also even still yet then now however meanwhile despite at in on`.split(/\s+/),
);

const COMMON_OPENERS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'meanwhile',
  'however',
  'earlier',
  'later',
  'in',
  'on',
  'at',
  'after',
  'before',
  'as',
  'if',
  'when',
  'while',
  'this',
  'that',
  'there',
  'it',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
  'our',
  'their',
  'his',
  'her',
  'its',
  'so',
  'yet',
  'still',
  'also',
  'now',
  'then',
  'today',
  'yesterday',
  'last',
  'next',
  'former',
  'new',
  'many',
  'some',
  'most',
  'more',
  'several',
  'other',
  'speaking',
  'asked',
  'according',
]);

/** Headline-like lines: a paragraph of one sentence on one line whose words are mostly capitalised. */
function findTitleCaseSentences(doc: ArticleDoc): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph];
    if (
      !p ||
      p.start !== s.start ||
      doc.text.slice(s.start, p.end).includes('\n') ||
      doc.text.slice(s.end, p.end).trim() !== '' ||
      /["”]\s*$/.test(doc.text.slice(s.start, p.end))
    )
      continue;
    let words = 0;
    let caps = 0;
    let lowerFunction = 0;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = doc.tokens[t];
      // (a capitalised token has a letter: the test is needed for the others only)
      if (!tok.cap && !/\p{L}/u.test(tok.text)) continue;
      words++;
      if (tok.cap) caps++;
      else if (/^(of|the|and|a|an|in|on|for|to|at|by|with|as|is|or)$/.test(tok.lower)) lowerFunction++;
    }
    // a closing period is a headline's only when every lowercase word is a function word ("... Headed to ER.")
    const closed = /[.!?]\s*$/.test(doc.text.slice(s.start, p.end));
    if (closed && caps + lowerFunction < words) continue;
    if (words >= 4 && caps / Math.max(1, words - lowerFunction) >= 0.8) out.add(s.i);
  }
  return out;
}
