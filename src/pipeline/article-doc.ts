// The document the extraction steps enrich in turn: the article, its tokens and sentences, and what each step
// found (mentions, entities, claims, relations, events), plus messages about what could not be decided.
import type { SourceArticle } from '../read/types.js';
import type { EventKind, PartyKind, Polarity, RelType, TieStatus } from '../model/types.js';

export interface Token {
  i: number;
  text: string;
  /** Lowercased text, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from the NLP library (PROPN, NOUN, VERB, ...). */
  pos: string;
  sentence: number;
  /** True when the first character is an uppercase letter. */
  cap: boolean;
  /** Index of the quotation (in `doc.quotes`) this token lies inside, or -1. */
  quote: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph {
  i: number;
  start: number;
  end: number;
}

/** A stretch of text inside quotation marks: [start, end) excludes the marks; [outerStart, outerEnd) includes them. */
export interface Quotation {
  i: number;
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  /** The quotation ran to the end of a paragraph without closing and was continued by the next one. */
  continued: boolean;
  /** Number of word tokens inside. */
  words: number;
}

/** A word of a name chunk, with its offsets. */
export interface ChunkWord {
  text: string;
  start: number;
  end: number;
}

export interface NameChunk {
  start: number;
  end: number;
  words: ChunkWord[];
  sentence: number;
  inQuote: boolean;
  /** Followed by 's or ' (possessive). */
  possessive: boolean;
  /** A lowercase prefix joined by a hyphen: "ex-Tory" -> "ex". */
  prefix: string | null;
  /** A lowercase suffix joined by a hyphen: "PTI-led" -> "led". */
  suffix: string | null;
  /** The chunk sits in a title-case line (a headline), where capitals say little. */
  titleCase: boolean;
}

export type MentionKind = 'person' | 'party' | 'title' | 'pronoun' | 'group';

/** A span of text that names (or points at) an entity. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  text: string;
  /** The article-local entity this mention resolves to, once resolved. */
  entity: string | null;
  /** Inside quotation marks. */
  inQuote: boolean;
}

export type Gender = 'm' | 'f' | null;

/** An entity as found in one article, before it is matched to the stored graph. */
export interface LocalEntity {
  key: string;
  label: 'Person' | 'Party';
  name: string;
  aliases: Set<string>;
  titles: Set<string>;
  acronym: string | null;
  partyKind: PartyKind;
  gender: Gender;
  /** Start offset of the first mention, for MENTIONED_IN provenance. */
  firstMention: Mention | null;
}

/** A new article-local person, known by one name so far. */
export function newPerson(key: string, name: string): LocalEntity {
  return {
    key,
    label: 'Person',
    name,
    aliases: new Set([name]),
    titles: new Set(),
    acronym: null,
    partyKind: 'party',
    gender: null,
    firstMention: null,
  };
}

export interface ClaimDraft {
  text: string;
  start: number;
  end: number;
  kind: 'quote' | 'reported';
  cue: string | null;
  /** The speaker entity key, or null while unattributed. */
  speaker: string | null;
  /** Span of the whole attribution (speaker, cue and content), for the SAID edge's evidence. */
  evidenceStart: number;
  evidenceEnd: number;
  sentence: number;
  polarity: Polarity;
  confidence: number;
}

export interface RelationDraft {
  type: RelType;
  from: string;
  to: string;
  start: number;
  end: number;
  sentence: number;
  confidence: number;
  status: TieStatus | null;
  validFrom: string | null;
  validTo: string | null;
  /** The rule that produced it, for debugging and messages. */
  rule: string;
}

export interface EventDraft {
  /** Stable id: kind, date and participants, so two articles reporting one happening share it. */
  id: string;
  kind: EventKind;
  name: string;
  date: string | null;
  place: string | null;
  participants: Set<string>;
  start: number;
  end: number;
  sentence: number;
}

export interface DocMessage {
  origin: string;
  reason: string;
  start: number | null;
}

export class ArticleDoc {
  readonly source: SourceArticle;
  readonly text: string;
  readonly id: string;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  paragraphs: Paragraph[] = [];
  quotes: Quotation[] = [];
  chunks: NameChunk[] = [];
  mentions: Mention[] = [];
  entities = new Map<string, LocalEntity>();
  /** Spellings of known parties: partyKey -> entity key, acronymKey -> entity key. */
  partyNames = new Map<string, string>();
  partyAcronyms = new Map<string, string>();
  /** Acronyms the article defines for something that is not a party ("National Accountability Bureau (NAB)"). */
  otherAcronyms = new Set<string>();
  /** Offices with an indefinite article that no named person could be tied to ("a Labour Party spokesman"). */
  unnamedOffices: Mention[] = [];
  /** Definite offices ("the prime minister") the article ties to nobody (set by find-titles). */
  untiedOffices: Mention[] = [];
  /** The person a sentence's opening "he"/"she" was resolved to, by sentence index (filled as claims are found). */
  sentenceSubjects = new Map<number, string>();
  /** The claims found so far (their words, speaker and where their attribution starts), by sentence index. */
  spokenSpans = new Map<number, Array<{ start: number; end: number; speaker: string; subjectStart: number }>>();
  claims: ClaimDraft[] = [];
  relations: RelationDraft[] = [];
  events: EventDraft[] = [];
  messages: DocMessage[] = [];

  constructor(source: SourceArticle, id: string) {
    this.source = source;
    this.text = source.text;
    this.id = id;
  }

  /** Records something extraction could not decide; never throws. */
  message(origin: string, reason: string, start: number | null = null): void {
    this.messages.push({ origin, reason, start });
  }

  private lowercase: Set<string> | null = null;

  /** The words of three letters or more the article writes in lowercase (the tokens' text; gathered once). */
  lowercaseWords(): Set<string> {
    if (!this.lowercase) {
      this.lowercase = new Set<string>();
      for (const t of this.tokens) if (isLowercaseWord(t.text)) this.lowercase.add(t.text);
    }
    return this.lowercase;
  }

  private mentionIndex: { of: Mention[]; bySentence: Map<number, Mention[]> } | null = null;

  /** The mentions of one sentence, in text order (indexed once per list of mentions). */
  mentionsIn(sentence: number): Mention[] {
    if (!this.mentionIndex || this.mentionIndex.of !== this.mentions || this.mentionIndex.bySentence.size === 0) {
      const bySentence = new Map<number, Mention[]>();
      for (const m of this.mentions) {
        const list = bySentence.get(m.sentence);
        if (list) list.push(m);
        else bySentence.set(m.sentence, [m]);
      }
      this.mentionIndex = { of: this.mentions, bySentence };
    }
    return this.mentionIndex.bySentence.get(sentence) ?? [];
  }

  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether `text` is three lowercase letters or more (/^\p{Ll}{3,}$/u, decided without it for ASCII text). */
export function isLowercaseWord(text: string): boolean {
  if (text.length < 3) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}{3,}$/u.test(text);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
