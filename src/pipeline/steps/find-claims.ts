// Claims: direct quotations with their speaker (cue before or after the quote, split quotes, quotes that
// stand alone after the speaker's previous one) and reported speech ("X said (that) ...", "..., X told Y",
// "according to X", "X accused Y of ..."). Only people are speakers; what cannot be attributed is a message.
import type { ArticleDoc, ClaimDraft, Mention, Quotation, Token } from '../article-doc.js';
import {
  ADDRESSEE_VERBS,
  BELIEF_VERBS,
  DENIAL_VERBS,
  INTENTION_VERBS,
  NO_COMMENT_VERBS,
  OUT_VERBS,
  REFUSAL_VERBS,
  OBJECT_CUES,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  STANCE_VERBS,
} from '../../lexicon/speech-cues.js';
import {
  isDescriptionLead,
  isMainVerbObject,
  isParticipleModifier,
  mainClauseStart,
  resolvePronoun,
  secondInfinitive,
  subjectAfter,
  subjectBefore,
  type Subject,
} from '../speakers.js';

interface QuoteGroup {
  quotes: Quotation[];
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
}

/** Cue words that may introduce a quotation: the verbs of saying, and "heard"/"quoted" in "can be heard". */
const EXTRA_QUOTE_CUES = [
  'heard',
  'quoted',
  'reads',
  'read',
  'put',
  'boasted',
  'exclaimed',
  'pleaded',
  'wrote',
  'sang',
  'sings',
  'tweeted',
  'posted',
];
const QUOTE_CUE_WORDS = [...new Set([...SPEECH_VERBS, ...EXTRA_QUOTE_CUES])].sort((a, b) => b.length - a.length);
const QUOTE_CUE = new RegExp(String.raw`\b(${QUOTE_CUE_WORDS.join('|')})\b`, 'i');
const QUOTE_CUE_SET = new Set(QUOTE_CUE_WORDS);
const QUOTE_CUE_FIRST = new RegExp(String.raw`^${QUOTE_CUE.source.slice(2, -2)}\b`, 'i');

/** Verbs of plain saying, which take no prepositional object ("agreed with X" does). */
const PLAIN_SAYING =
  /^(?:say|says|said|add|adds|added|write|writes|wrote|tweet|tweets|tweeted|posted|stated|explained|noted)$/;

/** Tokens [from, to) that are a phrase of place or time and nothing else ("in a statement.", "at a rally in X."). */
function onlyAdverbial(doc: ArticleDoc, from: number, to: number): boolean {
  if (from >= to || !/^(?:in|at|on|during|from|via|through|after|before)$/.test(doc.tokens[from].lower)) return false;
  for (let k = from; k < to; k++) {
    const x = doc.tokens[k];
    if (x.quote >= 0 || x.pos === 'AUX' || x.pos === 'SCONJ' || x.lower === 'that') return false;
    if (x.pos === 'VERB' && !isParticipleModifier(doc, k)) return false;
  }
  return true;
}

/**
 * After a cue, only a time and place up to the end of the clause ("said Tuesday in Paris, noting ...", "said in a
 * statement."): the cue's content is elsewhere. The clause ends at the sentence end or at a participle's comma.
 */
function trailingAdverbial(doc: ArticleDoc, from: number, endToken: number): boolean {
  let a = from;
  while (a < endToken && (isDay(doc.tokens[a]) || /^(?:morning|afternoon|evening|night)$/.test(doc.tokens[a].lower)))
    a++;
  let z = a;
  while (z < endToken && !(doc.tokens[z].text === ',' && isParticiple(doc.tokens[z + 1]))) z++;
  // "said Tuesday, noting ...": a day alone before the participle
  if (a === z) return a > from && z < endToken;
  return onlyAdverbial(doc, a, z);
}

function isParticiple(tok: ArticleDoc['tokens'][number] | undefined): boolean {
  return !!tok && tok.pos === 'VERB' && /ing$/.test(tok.lower);
}

/** A day or a part of one, and nothing else, to the end of the sentence. */
const TIME_ONLY =
  /^(?:(?:on|late|early|last|this|next|yesterday|today|tonight)\s+)*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|weekend)(?:\s+(?:morning|afternoon|evening|night))?\s*[.!?]?\s*$/u;

/** Nouns of a written or spoken statement that may introduce a quotation after a colon. */
const STATEMENT_NOUNS = new Set(['statement', 'tweet', 'message', 'post', 'letter', 'email', 'memo', 'note']);

/** What may stand before a participial cue that belongs to the main clause's subject. */
const PARTICIPLE_LEAD =
  /(?:\s[-—–]|\b(?:by|after|before|while|when|since)(?:\s+(?:\p{Ll}+ly|also|again|then|still))?|\b(?:statements?|letters?|tweets?|posts?|messages?|emails?|e-mails?|videos?|release|memo|note|op-ed|column|ad|interview|speech)(?:\s+(?:early\s+|late\s+|on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)?)\s+$/u;

/** The start of the nearest "and" or "but" before token `t` within four tokens (-1 if none). */
function conjunctionBefore(doc: ArticleDoc, t: number): number {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--)
    if (doc.tokens[k].lower === 'and' || doc.tokens[k].lower === 'but') return doc.tokens[k].start;
  return -1;
}

/** A second predicate of the same subject: "X was quick to embrace Y and said ...", "..., and has called for". */
const COORDINATED_LEAD =
  /(?:\b(?:and|but)|,\s*yet)\s+(?:\p{Ll}+ly\s+)?(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:(?:also|then|later|has|have|had)\s+){0,2}(?:(?:seemed|seems|appeared|appears)\s+to\s+)?$/u;

/** The auxiliary of a progressive before a participle, adverbs allowed ("is once again questioning"). */
const PROGRESSIVE_LEAD =
  /\b(?:(?:is|was|are|were|been|be)\s+(?:not\s+)?|(?:is|was|are|were)n['’]t\s+)(?:(?:once\s+again|again|also|now|still|already|even|increasingly|openly|\p{Ll}+ly)\s+)?$/u;

/**
 * Where a plain negation of the cue at `cueStart` starts ("isn't saying", "has not mentioned", "never said"), or -1
 * (also -1 after a modal or "to": "would not say" is no statement at all).
 */
function plainNegation(cueStart: number, beforeCue: string): number {
  if (process.env.NONEG) return -1;
  const m =
    /(?:\b(?:is|are|was|were|do|does|did|has|have|had)(?:n['’]t|\s+not)|\b(?:not|never))\s+(?:\p{Ll}+ly\s+|even\s+|yet\s+)?$/u.exec(
      beforeCue,
    );
  if (!m) return -1;
  if (/\b(?:would|will|could|should|might|must|may|can|cannot|to)\s+$/.test(beforeCue.slice(0, m.index))) return -1;
  return cueStart - beforeCue.length + m.index;
}

/**
 * What makes a cue unreal: negation, a refusal, a modal, a future or an infinitive (but "went on to add" happened,
 * and "seemed to think", "appeared to blame" are the subject's, if hedged).
 */
const NEGATED_CUE =
  /(?:n['’]t|\b(?:not|never|no longer|refused to|declined to|would|should|could|might|must|may|cannot|expected to|likely to|set to|due to|will|(?<!\b(?:(?:went|go|goes|going|gone)\s+on|seemed|seems|appeared|appears)\s+)to))\s+(?:(?:be|been|being|have|having)\s+)*(?:\p{Ll}+ly\s+)?$/u;

export function findClaims(doc: ArticleDoc): ArticleDoc {
  const claims: ClaimDraft[] = [...doc.claims];
  const usedCues = new Set<number>();
  const groups = groupQuotes(doc);
  const pendingQuotes: QuoteGroup[] = [];

  // 1. direct quotations
  findDirectQuotations(doc, groups, claims, usedCues, pendingQuotes);
  // 2. reported speech
  findReportedSpeech(doc, claims, usedCues);
  // 3. quotations standing alone after a reported claim, or after "X turned to the cameras:" / "X spoke."
  attributePendingQuotes(doc, claims, pendingQuotes);
  // 4. a paragraph set off after "X added:" without quotation marks
  findBlockQuotes(doc, claims);
  doc.claims = dedupe(claims);
  return doc;
}

// The passes of findClaims, each a function of its own: V8 optimises and, after a deoptimisation, recompiles each
// apart (one function holding them all was compiled six times in a cold run, 40-85 ms each).

/**
 * 4. "Limbaugh added:" closing a paragraph, then a paragraph without quotation marks: that paragraph is what the
 * speaker said (a block quotation, as transcripts and columns print them).
 */
function findBlockQuotes(doc: ArticleDoc, claims: ClaimDraft[]): void {
  for (let i = 0; i + 1 < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const head = doc.text.slice(p.start, p.end).trimEnd();
    if (!head.endsWith(':')) continue;
    const colon = p.start + head.length - 1;
    const t = doc.tokenAt(colon) - 1;
    const cue = doc.tokens[t];
    if (!cue || cue.quote >= 0 || !BLOCK_CUES.test(cue.lower)) continue;
    const next = doc.paragraphs[i + 1];
    const [a, b] = trimSpan(doc.text, next.start, next.end);
    // (a paragraph that opens a quotation is the quotations' business; a short line is a heading)
    if (b <= a || /^["“‘']/.test(doc.text.slice(next.start, next.start + 1)) || wordCount(doc.text.slice(a, b)) < 5)
      continue;
    const subject = subjectBefore(doc, cue.start, cue.sentence);
    if (!subject?.entity || doc.entities.get(subject.entity)?.label !== 'Person') continue;
    const sentence = doc.sentenceAt(a)?.i ?? cue.sentence;
    // (the paragraph's words as they stand: it may hold quotations of its own, which a quote's text would keep alone)
    const claim = makeClaim(
      doc,
      a,
      b,
      'reported',
      cue.lower,
      subject.entity,
      subject.start,
      b,
      sentence,
      'asserts',
      0.75,
    );
    claims.push({ ...claim, kind: 'quote' });
  }
}

/** Verbs of saying that may close a paragraph before a block quotation. */
const BLOCK_CUES = /^(?:said|says|added|adds|wrote|writes|continued|continues|explained|explains|declared|declares)$/;

/** 1. Direct quotations, with the cue before or after them; a quotation standing alone waits in `pendingQuotes`. */
function findDirectQuotations(
  doc: ArticleDoc,
  groups: QuoteGroup[],
  claims: ClaimDraft[],
  usedCues: Set<number>,
  pendingQuotes: QuoteGroup[],
): void {
  let previous: ClaimDraft | null = null;
  // claims of the speaker-label step (transcript turns, "PENCE: ...") already hold these words: a quotation
  // running over them (a transcript's paragraphs open with a quote mark and never close it) is not another claim
  const labelled = doc.claims.map((c) => [c.start] as const);
  for (const g of groups) {
    if (labelled.some(([a]) => g.outerStart <= a && a < g.end)) {
      previous = null;
      continue;
    }
    const sentence = doc.sentenceAt(g.start)?.i ?? 0;
    const s = doc.sentences[sentence];
    const aside = dashedAside(doc, g);
    const after = aside ? null : attributionAfter(doc, g);
    const before = aside ?? (after ? null : (attributionBefore(doc, g) ?? attributionByDash(doc, g)));
    const attr = after ?? before;
    const standalone = isStandalone(doc, g);
    // 'Asked why ... on "Face the Nation," Ode said he ...': a title in quote marks inside the writer's scene-setting
    if (after && quotedTitleInLeadIn(doc, g)) {
      previous = null;
      continue;
    }
    if (attr) {
      // a quoted phrase the sentence goes on from ('argued that "liberals" allowed ...') leaves its cue to
      // reported speech, which takes the whole clause
      // 'Bemoaning the "phony system," X said the vote was rigged': a quoted phrase inside a participial clause
      // that opens the sentence leaves the cue to the reported speech after it (not 'Turning around the agency
      // "was like turning a tanker," he said', whose cue ends the sentence)
      const leadIn = after ? clauseLeadIn(doc, g) : -1;
      if (
        leadIn >= 0 &&
        LEADING_PARTICIPLE.test(doc.text.slice(leadIn, g.start)) &&
        wordCount(doc.text.slice(attr.spanEnd, s?.end ?? attr.spanEnd)) >= 3
      ) {
        previous = null;
        continue;
      }
      if (attr.cueStart >= 0 && !(before && embeddedPhrase(doc, g))) usedCues.add(attr.cueStart);
      if (attr.subject?.kind === 'party' || attr.subject?.kind === 'other') {
        previous = null;
        continue;
      }
      if (!attr.subject?.entity || doc.entities.get(attr.subject.entity)?.label !== 'Person') {
        doc.message('find-claims:unattributed', `quotation at ${g.start} has a cue but no resolvable speaker`, g.start);
        previous = null;
        continue;
      }
      // 'The rival will play the "woman card," Ruiz said': the clause the quotation closes is the claim
      previous = pushClaim(
        claims,
        doc,
        leadIn >= 0 ? leadIn : g.start,
        g.end,
        leadIn >= 0 ? 'reported' : 'quote',
        attr.cue,
        attr.subject.entity,
        Math.min(g.outerStart, attr.spanStart),
        Math.max(g.outerEnd, attr.spanEnd),
        sentence,
        'asserts',
        0.9,
      );
      continue;
    }
    // 'Richard Tomas "totally condemned" the deletion of e-mails': the person's own words as the predicate
    const predicate = standalone ? null : quotedPredicate(doc, g, sentence);
    if (predicate) {
      claims.push(predicate);
      continue;
    }
    if (standalone && g.quotes.reduce((n, q) => n + q.words, 0) >= 3) {
      // a quotation standing alone continues the speaker of the claim just before it
      if (
        previous &&
        previous.speaker &&
        s &&
        !unnamedLeadIn(doc, sentence) &&
        sentencesApart(doc, previous.end, g.start) <= 3 &&
        !otherPersonBetween(doc, previous.evidenceEnd, g.outerStart, previous.speaker)
      ) {
        previous = pushClaim(
          claims,
          doc,
          g.start,
          g.end,
          'quote',
          null,
          previous.speaker,
          g.outerStart,
          g.outerEnd,
          sentence,
          'asserts',
          0.7,
        );
      } else {
        pendingQuotes.push(g);
      }
    }
  }
}

/** 2. Reported speech: verbs of saying, stance and intention, clauses after "that", nouns of speech. */
function findReportedSpeech(doc: ArticleDoc, claims: ClaimDraft[], usedCues: Set<number>): void {
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    // "He went on to ...": who a sentence opening with a pronoun is about, for the pronouns of the next ones
    const opening = tokens[s.firstToken];
    if (opening && opening.quote < 0 && /^(?:he|she)$/.test(opening.lower))
      resolvePronoun(doc, opening.start, opening.lower);
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t];
      if (tok.quote >= 0 || usedCues.has(tok.start)) continue;
      // the neighbours, read once for every test below (none at the article's ends)
      const prev = t > 0 ? tokens[t - 1] : undefined;
      const next = t + 1 < tokens.length ? tokens[t + 1] : undefined;
      const verb =
        tok.pos === 'VERB' ||
        tok.pos === 'AUX' ||
        ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && misreadAsVerb(tok, prev, next));
      // one place that keeps a claim, whatever kind of word opened it
      const claim = claimAt(doc, t, verb, next);
      if (claim) claims.push(claim);
    }
  }
}

/**
 * Whether the tagger read a verb of saying, stance or intention as a noun or an adjective, by its neighbours (`prev`,
 * `next`: the tokens around it, if any). A function of its own: its rare tests, first met late in a run, then
 * recompile this small function and not the whole pass.
 */
function misreadAsVerb(tok: Token, prev: Token | undefined, next: Token | undefined): boolean {
  // (each test returns as soon as it can: this runs for every noun and adjective)
  const noun = tok.pos === 'NOUN';
  const plural = /s$/.test(tok.lower);
  if (noun && plural && prev?.pos === 'PROPN') {
    // "Tomas Vidal claims he is ...": a verb of saying the tagger read as a plural noun, between a name and a clause
    // (or a stance before its object: "Dan Tromp demands accountability")
    if (
      /^(?:PRON|DET|SCONJ)$/.test(next?.pos ?? '') ||
      (STANCE_VERBS.has(tok.lower) && /^(?:NOUN|ADJ)$/.test(next?.pos ?? ''))
    )
      return true;
    // "Ana Ruiz plans to ...": an intention verb the tagger read as a plural noun, between a name and "to"
    if (next?.lower === 'to' && INTENTION_VERBS.has(tok.lower)) return true;
  }
  // "with party chairperson X warning that ...": a participle of saying the tagger read as a noun
  if (noun && next?.lower === 'that' && prev?.pos === 'PROPN' && WITH_NAME_CUES.test(tok.lower)) return true;
  if (tok.pos === 'ADJ') {
    // "Ana Ruiz alleged that ...": a past tense of saying the tagger read as an adjective, before "that"
    if (next?.lower === 'that' && /ed$/.test(tok.lower) && /^(?:PROPN|PRON|NOUN)$/.test(prev?.pos ?? '')) return true;
    // "X is promising lower taxes", "..., promising to lift": a participle of stance the tagger read as an adjective
    if (
      /ing$/.test(tok.lower) &&
      STANCE_VERBS.has(tok.lower) &&
      (/^(?:is|are|was|were)$/.test(prev?.lower ?? '') || (prev?.text === ',' && EVALUATING_PARTICIPLES.has(tok.lower)))
    )
      return true;
  }
  // "X chides Turkey and praises Trump": a cue read as a plural noun after "and", before a name or determiner
  if (
    (noun || tok.pos === 'PROPN') &&
    plural &&
    prev?.lower === 'and' &&
    /^(?:PROPN|DET|PRON)$/.test(next?.pos ?? '') &&
    (SPEECH_VERBS.has(tok.lower) || STANCE_VERBS.has(tok.lower))
  )
    return true;
  // "X cast himself as ...", ", painting others as weak": a stance verb the tagger read as a noun, after a name and
  // before a pronoun, or a participle of judging after a comma
  return (
    noun &&
    ((prev?.pos === 'PROPN' && next?.pos === 'PRON') ||
      (prev?.text === ',' && EVALUATING_PARTICIPLES.has(tok.lower))) &&
    STANCE_VERBS.has(tok.lower)
  );
}

/** The claim a token of reported speech opens, by the kind of word it is (`verb`: as the tagger or a misreading has it). */
function claimAt(doc: ArticleDoc, t: number, verb: boolean, next: Token | undefined): ClaimDraft | null {
  const tok = doc.tokens[t];
  if (
    (verb && SPEECH_VERBS.has(tok.lower)) ||
    (tok.lower === 'according' && next?.lower === 'to') ||
    (tok.lower === 'put' && next?.lower === 'it' && asPutIt(doc, t))
  )
    return reported(doc, t);
  if (
    verb &&
    (STANCE_VERBS.has(tok.lower) ||
      INTENTION_VERBS.has(tok.lower) ||
      REFUSAL_VERBS.has(tok.lower) ||
      (OUT_VERBS.has(tok.lower) && laysOut(doc, t)) ||
      phrasalStance(doc, t) >= 0)
  )
    return stance(doc, t);
  if ((verb || tok.pos === 'ADJ') && next?.pos === 'SCONJ' && next.lower === 'that') return thatClause(doc, t);
  if (SPEECH_NOUNS.has(tok.lower) && tok.pos === 'NOUN') return possessedSpeech(doc, t);
  return null;
}

/**
 * "As Ruiz put it, the network is ...", "As Ruiz put it in a statement in July, ...", "..., as Ruiz put it.": "put it"
 * after "as" and a subject of at most four words, then a comma, a phrase of time or medium and a comma, or the
 * sentence's end.
 */
function asPutIt(doc: ArticleDoc, t: number): boolean {
  const toks = doc.tokens;
  const s = doc.sentences[toks[t].sentence];
  let as = -1;
  for (let k = t - 2; k >= Math.max(s.firstToken, t - 5) && as < 0; k--) if (toks[k].lower === 'as') as = k;
  if (as < 0) return false;
  const after = toks[t + 2];
  if (!after || t + 2 >= s.endToken || after.text === ',' || after.text === '.') return true;
  // (a phrase after "it" only when "As" opens the sentence: ", as she put it on Wednesday in Raleigh, N.C., where
  // ..." goes on with the writer's words)
  return as === s.firstToken && putItCommaAfter(doc, t) > 0;
}

/** After "put it" at `t` and a phrase opening with a preposition ("in a statement to reporters"), its comma; or -1. */
function putItCommaAfter(doc: ArticleDoc, t: number): number {
  const toks = doc.tokens;
  const s = doc.sentences[toks[t].sentence];
  if (!/^(?:in|on|at|during|to|after|before|when|while|with|via)$/.test(toks[t + 2]?.lower ?? '')) return -1;
  for (let k = t + 3; k < Math.min(s.endToken, t + 20); k++) {
    if (toks[k].text === ',') return k;
    if (toks[k].quote >= 0 || isFiniteVerb(doc, k)) return -1;
  }
  return -1;
}

/** 3. Quotations standing alone after a reported claim, or after "X turned to the cameras:" / "X spoke.". */
function attributePendingQuotes(doc: ArticleDoc, claims: ClaimDraft[], pendingQuotes: QuoteGroup[]): void {
  for (const g of pendingQuotes) {
    const sentence = doc.sentenceAt(g.start)?.i ?? 0;
    const speaker = previousSpeaker(doc, claims, g, sentence);
    if (speaker)
      pushClaim(
        claims,
        doc,
        g.start,
        g.end,
        'quote',
        null,
        speaker,
        g.outerStart,
        g.outerEnd,
        sentence,
        'asserts',
        0.6,
      );
    else
      doc.message(
        'find-claims:unattributed',
        `quotation at ${g.start} stands alone and no speaker precedes it`,
        g.start,
      );
  }
}

/** The speaker a standalone quotation continues: the last claim's, or the subject of a lead-in sentence. */
function previousSpeaker(doc: ArticleDoc, claims: ClaimDraft[], g: QuoteGroup, sentence: number): string | null {
  if (unnamedLeadIn(doc, sentence)) return null;
  const prev = doc.sentences[sentence - 1];
  // the person the sentence just before is about ("Gillian Shepherd remembered how ...") comes first
  if (prev && !doc.tokens[prev.firstToken]?.quote) {
    const subj = clauseSubject(doc, prev.i, prev.end);
    if (subj?.entity && subj.kind !== 'pronoun' && doc.entities.get(subj.entity)?.label === 'Person')
      return subj.entity;
  }
  const before = claims.filter((c) => c.end <= g.outerStart && c.speaker).sort((a, b) => b.end - a.end)[0];
  if (before?.speaker && sentencesApart(doc, before.end, g.start) <= 3) return before.speaker;
  if (!prev) return null;
  const lead = doc.text.slice(prev.start, prev.end);
  // "Then Ramón Iturbide turned to the cameras:" / "Leila Farouk spoke after the vote."
  if (/:\s*$/.test(lead) || LEAD_IN_VERBS.test(lead)) {
    const subj = clauseSubject(doc, prev.i, prev.end);
    if (subj?.entity && doc.entities.get(subj.entity)?.label === 'Person') return subj.entity;
  }
  return null;
}

/** Whether text between two offsets names, outside quotations, a person other than `speaker`. */
function otherPersonBetween(doc: ArticleDoc, from: number, to: number, speaker: string): boolean {
  return doc.mentions.some(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      !m.inQuote &&
      m.entity !== null &&
      m.entity !== speaker &&
      (m.kind === 'person' || m.kind === 'title') &&
      doc.entities.get(m.entity)?.label === 'Person',
  );
}

/**
 * Whether the sentence before `sentence` is about somebody the article does not name, who speaks ("A party
 * spokesman played down the row and said ..."): a quotation standing alone after it is theirs, not the last
 * named speaker's.
 */
function unnamedLeadIn(doc: ArticleDoc, sentence: number): boolean {
  const prev = doc.sentences[sentence - 1];
  if (!prev || !/^[\s"“]*(?:A|An)\s/.test(doc.text.slice(prev.start, prev.start + 6))) return false;
  const subj = clauseSubject(doc, prev.i, prev.end, true);
  if (subj?.entity && doc.entities.get(subj.entity)?.label === 'Person') return false;
  return SAYS.test(doc.text.slice(prev.start, prev.end));
}

/** A verb of saying. */
const SAYS = /\b(?:said|says|told|added|argued|insisted|warned|claimed|stated)\b/;

/** Verbs of a sentence that leads into a quotation ("X spoke for twenty minutes."). */
const LEAD_IN_VERBS =
  /\b(?:spoke|speaks|addressed|addresses|turned to|told|wrote|posted|tweeted|responded|replied|continued|explained|recalled|added|said|says)\b/;

function pushClaim(
  claims: ClaimDraft[],
  doc: ArticleDoc,
  start: number,
  end: number,
  kind: 'quote' | 'reported',
  cue: string | null,
  speaker: string | null,
  evidenceStart: number,
  evidenceEnd: number,
  sentence: number,
  polarity: 'asserts' | 'denies',
  confidence: number,
): ClaimDraft {
  const c = makeClaim(doc, start, end, kind, cue, speaker, evidenceStart, evidenceEnd, sentence, polarity, confidence);
  claims.push(c);
  return c;
}

/** A claim over [start, end), trimmed of quotation marks and edge punctuation; its evidence covers it. */
function makeClaim(
  doc: ArticleDoc,
  start: number,
  end: number,
  kind: 'quote' | 'reported',
  cue: string | null,
  speaker: string | null,
  evidenceStart: number,
  evidenceEnd: number,
  sentence: number,
  polarity: 'asserts' | 'denies',
  confidence: number,
): ClaimDraft {
  const [a, b] = trimSpan(doc.text, start, end);
  if (speaker) {
    // who a "he said" in a later sentence may mean (speakers.ts, resolvePronoun)
    const first = doc.sentenceAt(Math.min(evidenceStart, a))?.i ?? sentence;
    const last = doc.sentenceAt(Math.max(evidenceEnd, b) - 1)?.i ?? sentence;
    for (let i = first; i <= last; i++) {
      const spans = doc.spokenSpans.get(i) ?? [];
      spans.push({ start: a, end: b, speaker, subjectStart: Math.min(evidenceStart, a) });
      doc.spokenSpans.set(i, spans);
    }
  }
  return {
    text: kind === 'quote' ? quotedText(doc, a, b) : cleanClaimText(doc.text.slice(a, b)),
    start: a,
    end: b,
    kind,
    cue,
    speaker,
    evidenceStart: Math.min(evidenceStart, a),
    evidenceEnd: Math.max(evidenceEnd, b),
    sentence,
    polarity,
    confidence,
  };
}

/** Quotations joined when one continues another (over a paragraph break) or a cue splits them. */
function groupQuotes(doc: ArticleDoc): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  for (const q of doc.quotes) {
    const last = groups.at(-1);
    const between = last ? doc.text.slice(last.outerEnd, q.outerStart) : '';
    const splitByCue =
      last &&
      doc.text.charCodeAt(last.end - 1) === 0x2c && // ","
      /^\s*,?\s*[^.!?"“”;:]{1,60},\s*$/u.test(between.replace(/\b(\p{Lu})\./gu, '$1')) &&
      QUOTE_CUE.test(between) &&
      // '"...," X said on the radio, adding, "..."': a second statement, not the rest of the first
      !/\b(?:adding|noting|continuing|explaining|insisting|arguing|stressing|before)\b/i.test(between) &&
      // 'Remarking upon Clinton's "genuine empathy," Starr said, "..."': a short quoted phrase after a possessive or
      // a preposition is no first half
      !(last.quotes.length === 1 && last.quotes[0].words <= 4 && PHRASE_LEAD.test(sentenceLead(doc, last.outerStart)));
    if (last && (q.continued || splitByCue)) {
      last.quotes.push(q);
      last.end = q.end;
      last.outerEnd = q.outerEnd;
    } else {
      groups.push({ quotes: [q], start: q.start, end: q.end, outerStart: q.outerStart, outerEnd: q.outerEnd });
    }
  }
  return groups;
}

/** What stands before a quoted phrase that is part of a sentence: a possessive, a preposition, a naming verb. */
const PHRASE_LEAD = /\p{L}(?:['’]s|\s+(?:of|upon|about|on|for|as|called|dubbed|termed|labell?ed))\s*$/u;

/** The text of the sentence (of the paragraph at most) before `offset`. */
function sentenceLead(doc: ArticleDoc, offset: number): string {
  const s = doc.sentenceAt(offset);
  const lead = doc.text.slice(s ? s.start : offset, offset);
  return lead.slice(lead.lastIndexOf('\n') + 1);
}

interface Attribution {
  subject: Subject | null;
  cue: string;
  cueStart: number;
  spanStart: number;
  spanEnd: number;
}

/** `"...," X said` / `"...," said X` / `"..." Tessori can be heard in the clip` (same sentence). */
function attributionAfter(doc: ArticleDoc, g: QuoteGroup): Attribution | null {
  // the first quotation of a split group carries the cue between its parts
  const q0 = g.quotes[0];
  const candidates: Array<[number, number]> = [
    [q0.outerEnd, q0.end],
    [g.outerEnd, g.end],
  ];
  for (const [at, innerEnd] of candidates) {
    const text = doc.text.slice(at, at + 120);
    // "“...” ― Karen Bobadilla." : a dash, then a name closing the sentence or the paragraph
    const dashed = /^\s*[―—–]\s*/.exec(text);
    if (dashed) {
      const m = doc.mentions.find((x) => x.start === at + dashed[0].length && x.kind !== 'party');
      if (m?.entity && /^\s*[.,]?\s*(?:$|\n)/.test(doc.text.slice(m.end, m.end + 3))) {
        const kind = m.kind === 'pronoun' || m.kind === 'group' ? 'other' : m.kind;
        return {
          subject: { entity: m.entity, start: m.start, end: m.end, kind },
          cue: dashed[0].trim(),
          cueStart: at,
          spanStart: at,
          spanEnd: m.end,
        };
      }
    }
    const lead = /^\s*(?:[,—–-]\s*)?/.exec(text)![0];
    // what follows in the next paragraph is never the attribution of a quotation closing this one
    if (lead.includes('\n')) continue;
    // a quotation may close on a quotation inside it ('... help do you need?’”'): look past its closing marks
    const tail = doc.text.slice(Math.max(0, innerEnd - 5), innerEnd).replace(/[\s'’"”]+$/u, '');
    // (an ellipsis trails off: '"... a lot of different people…" Clinton said')
    const openEnded = /(?:[,!?—–-]|…|\.\.\.)\s*$/.test(tail);
    if (lead.trim() === '' && !openEnded && !/^\s*\p{Ll}/u.test(text)) {
      // `"Quote." He said` is a new sentence, unless the quote ended with a comma or the text goes on in lowercase
      if (!/^\s+\p{Ll}/u.test(text)) continue;
    }
    // 'give the government "a last chance" after Lecornu agreed ...': a quoted phrase inside a sentence that goes on
    // with a conjunction or a preposition and another subject has no attribution after it (not '"disastrous" and
    // she accused ...': the pronoun is the speaker's)
    if (
      !openEnded &&
      /^\s+(?:after|before|when|while|because|as|if|and|but|to|for|in|on|at|from|with|by|than|of)\s+(?!(?:he|she|they|we|I)\s)/.test(
        text,
      )
    )
      continue;
    const sentence = doc.sentenceAt(Math.min(at + lead.length, doc.text.length - 1))?.i ?? 0;
    // '"...!" beamed Ana Ruiz': any past-tense verb right before a person's name, after an open-ended quotation
    const cueFirst =
      QUOTE_CUE_FIRST.exec(text.slice(lead.length)) ??
      (openEnded ? /^(\p{Ll}{3,}ed)\b(?=\s+\p{Lu})/u.exec(text.slice(lead.length)) : null);
    if (cueFirst) {
      const subject = subjectAfter(doc, at + lead.length + cueFirst[0].length, sentence);
      // '..., who calls him a "liar," said he would ...': a pronoun with words after it is the subject of reported
      // content, not an inverted speaker
      const reportedPronoun =
        subject?.kind === 'pronoun' && /^\s+\p{L}/u.test(doc.text.slice(subject.end, subject.end + 3));
      if (subject && !reportedPronoun)
        return {
          subject,
          cue: cueFirst[1].toLowerCase(),
          cueStart: at + lead.length,
          spanStart: at,
          spanEnd: subject.end,
        };
    }
    // subject then cue: find a mention or pronoun starting right after the lead
    const restStart = at + lead.length;
    const clauseEnd = Math.min(doc.sentences[sentence]?.end ?? doc.text.length, nextQuoteStart(doc, restStart));
    const window = doc.text.slice(restStart, Math.min(clauseEnd, restStart + 100));
    const cue = QUOTE_CUE.exec(window);
    if (!cue) {
      const bare = openEnded ? bareVerbAfter(doc, at, restStart, sentence) : null;
      if (bare) return bare;
      continue;
    }
    const cueStart = restStart + cue.index;
    // '"Sunday Morning Futures," Issa said Democratic candidates ...': the cue has content of its own
    if (ownsContent(doc, cueStart + cue[0].length, sentence, cue[1].toLowerCase(), openEnded)) continue;
    const subject = subjectBefore(doc, cueStart, sentence, restStart);
    // the subject may follow an owner's name: "American Action Forum's Douglas Holtz-Eakin said"
    // or a role: "Trump lawyer Marc Kasowitz said", "campaign spokeswoman Jen Ruiz said"
    const owner =
      /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}?[\p{Lu}][\p{L}.&-]*['’]s\s+/u.exec(window) ??
      /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:(?!(?:said|says|told|to|of|for|with|from|by|near|close|and|or|but|than)\b)\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})/u.exec(
        window,
      );
    const reach = 6 + (owner ? owner[0].length : 0);
    // a name chunk opening the attribution: its office words may come first ("Oversight Chairman Jason Chaffetz")
    const chunk0 = doc.chunks.find((c) => c.start >= restStart && c.start - restStart <= reach);
    const lead0 = doc.mentions.find(
      (x) =>
        x.start >= restStart &&
        (x.start - restStart <= reach || (chunk0 !== undefined && x.start >= chunk0.start && x.end <= chunk0.end)),
    );
    // "Polk County Sheriff Joe Marlow said": capitalised place and office words before the name
    // or a description ("former Ohio governor Jeb Bush said")
    const capitalisedLead =
      subject !== null &&
      (/^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}$/u.test(doc.text.slice(restStart, subject.start)) ||
        (subject.kind === 'person' && isDescriptionLead(doc, restStart, subject.start)));
    if (
      subject &&
      (subject.start - restStart <= reach || capitalisedLead || (lead0 && lead0.entity === subject.entity))
    ) {
      return { subject, cue: cue[1].toLowerCase(), cueStart, spanStart: at, spanEnd: cueStart + cue[0].length };
    }
  }
  return null;
}

/**
 * '"...," Ana Ruiz barked.' / '"...," Ruiz shot back with a laugh.': after a quotation left open by a comma, a
 * person's name and a past-tense verb of any kind closing the clause (within four more words).
 */
function bareVerbAfter(doc: ArticleDoc, at: number, restStart: number, sentence: number): Attribution | null {
  const m = doc.mentionsIn(sentence).find((x) => x.start >= restStart && x.start - restStart <= 4);
  if (!m?.entity || m.kind !== 'person') return null;
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(doc.text.slice(m.end, m.end + 40));
  if (!verb) return null;
  const verbStart = m.end + verb[0].length - verb[1].length;
  const tok = doc.tokens[doc.tokenAt(verbStart)];
  if (!tok || tok.start !== verbStart || !/(?:ed|ot|ew|oke|ote|ent)$/.test(tok.lower)) return null;
  // "shot back", "hit back": the tagger may read the verb as a noun
  const backed =
    /^(?:shot|hit|fired|snapped)$/.test(tok.lower) && doc.tokens[doc.tokenAt(verbStart) + 1]?.lower === 'back';
  if (tok.pos !== 'VERB' && !backed) return null;
  const rest = doc.text.slice(tok.end, doc.sentences[sentence]?.end ?? doc.text.length);
  if (!/^(?:\s+[\p{L}'’-]+){0,4}\s*(?:[.,;!?]|$)/u.test(rest)) return null;
  return {
    subject: { entity: m.entity, start: m.start, end: m.end, kind: 'person' },
    cue: tok.lower,
    cueStart: tok.start,
    spanStart: at,
    spanEnd: tok.end,
  };
}

/** After a cue, a clause of its own (more than a few words, not an adverbial): the cue reports that clause. */
function ownsContent(doc: ArticleDoc, cueEnd: number, sentence: number, cue: string, quoteOpenEnded = false): boolean {
  const end = doc.sentences[sentence]?.end ?? doc.text.length;
  const rest = doc.text.slice(cueEnd, Math.min(end, nextQuoteStart(doc, cueEnd)));
  if (/^\s*[,.;:!?)]/.test(rest) || /^\s*$/.test(rest)) return false;
  // '"...," Trump told the crowd, reciting ...': an addressee of up to five words, then the clause ends
  if (ADDRESSEE_VERBS.has(cue) && /^\s+(?:(?!that\b)[\p{L}\p{N}.'’-]+\s*){1,5}(?:[,.;:!?]|$)/u.test(rest)) return false;
  // '"...," Obama told a town hall meeting with young leaders in ...': after a quotation that ended with a
  // comma, "told" takes an addressee of any length; only a "that" right after it brings content of its own
  if (
    ADDRESSEE_VERBS.has(cue) &&
    quoteOpenEnded &&
    !/^\s+(?:[\p{L}\p{N}.'’-]+\s+){0,5}that\b(?!\s+(?:was|is|were|are|has|had|have|will|would)\b)/u.test(rest)
  )
    return false;
  // '"...," X said Tuesday night, drawing applause' / '"...," X said answering a question': a day or a participle
  // ("suggested looking at ..." is content: only plain saying verbs)
  if (
    /^\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?\s+\d)/u.test(
      rest,
    )
  )
    return false;
  // '"...," X tweeted the day after the attack': a time phrase
  if (
    /^\s+(?:the\s+(?:day|night|morning|evening|week)\s+(?:after|before)|shortly|soon|hours|minutes|days|moments)\b/.test(
      rest,
    )
  )
    return false;
  if (/^(?:said|says)$/.test(cue) && /^\s+(?!\p{Ll}*thing\b)\p{Ll}{2,}ing\b/u.test(rest)) return false;
  if (
    /^\s+(?:on|in|at|during|after|before|last|this|yesterday|today|tonight|earlier|later|recently|again|to|of|from|with|when|while|as)\b/i.test(
      rest,
    )
  )
    return false;
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > 8;
}

/** Participles of saying that "with X ..." attributes ("with Maddow asking Clinton whether" is a question). */
const WITH_NAME_CUES = /^(?:saying|adding|noting|arguing|insisting|claiming|warning|stating|declaring)$/;

/** "..., with party chairman X saying the rulers had ...": the name right before the participle speaks. */
function withNameSaying(doc: ArticleDoc, sentence: number, cueStart: number): Subject | null {
  const m = doc
    .mentionsIn(sentence)
    .filter((x) => x.end <= cueStart)
    .pop();
  if (!m?.entity || m.kind !== 'person' || !/^\s+$/.test(doc.text.slice(m.end, cueStart))) return null;
  const lead = doc.text.slice(doc.sentences[sentence].start, m.start);
  // (past an office with its party: "with DA federal chairperson X warning that ...")
  // (or the object of "of" after a recording: "footage of X asking, "..."", "a video of X saying")
  if (
    !/\bwith\s+(?:[\p{L}'’()-]+\s+){0,6}$/u.test(lead) &&
    !/\b(?:footage|video|clip|recording|audio|tape)\s+of\s+$/.test(lead)
  )
    return null;
  return { entity: m.entity, start: m.start, end: m.end, kind: 'person' };
}

/** `X said: "..."` / `X told the BBC: "..."` / `..., saying: "..."` / `X said that "..."`. */
function attributionBefore(doc: ArticleDoc, g: QuoteGroup): Attribution | null {
  const sentence = doc.sentenceAt(g.outerStart)?.i ?? doc.sentenceAt(g.start)?.i ?? 0;
  const s = doc.sentences[sentence];
  if (!s) return null;
  const from = Math.max(s.start, previousQuoteEnd(doc, g.outerStart));
  const before = doc.text.slice(from, g.outerStart);
  // the cue must be close to the quotation: only an addressee ("told BBC Radio"), then a colon, a comma or "that"
  const owned = possessedStatement(doc, from, g, sentence);
  if (owned) return owned;
  // (further back only when nothing nearer: 'said in an op-ed piece before a 2014 Senate hearing, "..."')
  const m =
    cueBefore(doc, from, g.outerStart) ?? colonLead(doc, from, g.outerStart) ?? cueBefore(doc, from, g.outerStart, 16);
  if (!m) return null;
  const cueStart = m.start;
  // 'X said, and I quote, "..."': an aside of the writer's between the cue and the quotation
  const gapText = doc.text.slice(m.end, g.outerStart).replace(QUOTING_ASIDE, ',');
  // ('tweeted that, "..."': a "that" before the comma is the cue's own)
  const term = /(\bthat\s*,|:|,|\bthat)\s*$/.exec(gapText);
  const gap = (term ? gapText.slice(0, term.index) : gapText).trim();
  if (gap && !term) return null; // "warned that many firms could be "crippled"": the quotation is embedded
  if (gap.length > 60 || /[.!?"“”]/.test(gap)) return null;
  const gapEnd = m.end + gapText.length - (term ? gapText.length - term.index : 0);
  // (an addressee, "told BBC Radio:", or a phrase of time or place, "said in an op-ed before the hearing,")
  if (gap && !isAddressee(doc, m.end, gapEnd) && !(term && isAdverbialPhrase(doc, m.end, gapEnd))) return null;
  const cueWord = m.word;
  // "she was told:": someone unnamed said it
  if (/\b(?:was|were|been|being|is|are)\s+$/.test(doc.text.slice(Math.max(from, m.start - 8), m.start))) return null;
  // "Said Ellis: “...”": the cue opens the sentence and the speaker follows it
  const inverted = /^\s*(?:said|says|added|adds|asked|asks|wrote|writes)\s+$/i.test(before.slice(0, m.end - from + 1));
  if (inverted) {
    const subj = subjectAfter(doc, m.end, sentence);
    if (subj) return { subject: subj, cue: cueWord, cueStart, spanStart: cueStart, spanEnd: g.outerStart };
  }
  let subject: Subject | null;
  if (/ing$/.test(cueWord) && cueWord !== 'heard') {
    // participial cue (", saying:"): the subject of the cue before it, else of the main clause ("with footage of X
    // saying during the debate, "..."": the name before the participle)
    subject =
      // (a quoted question is the asker's: 'footage of X asking, "Why ...?"')
      (WITH_NAME_CUES.test(cueWord) || cueWord === 'asking' ? withNameSaying(doc, sentence, cueStart) : null) ??
      participleSubject(doc, sentence, cueStart);
  } else if (STATEMENT_NOUNS.has(cueWord)) {
    // "X released the following statement:": the subject of the verb that takes the noun
    let v = doc.tokenAt(cueStart) - 1;
    while (v >= s.firstToken && doc.tokens[v].pos !== 'VERB') v--;
    subject = v >= s.firstToken ? subjectBefore(doc, doc.tokens[v].start, sentence) : null;
  } else {
    subject = subjectBefore(doc, cueStart, sentence);
    if (!subject && /heard|quoted/.test(cueWord)) subject = clauseSubject(doc, sentence, cueStart);
  }
  if (!subject) return null;
  return { subject, cue: cueWord, cueStart, spanStart: subject.start, spanEnd: g.outerStart };
}

/** Nouns of a statement that a possessor made ("His message to the chancellor was: ..."). */
const POSSESSED_STATEMENT =
  /(?:^|[\s(])(?:([Hh]is|[Hh]er)|([\p{Lu}][\p{L}.'’-]*)['’]s?)\s+(?:\p{Ll}+\s+)?(?:message|verdict|advice|response|reply|answer|warning|argument|plea|explanation|reaction|retort)\b[^.:;"“”]{0,50}?\s+(?:was|is)\s*:\s*$/u;

/** `His message to the chancellor was: "..."` / `Ruiz's reply was: "..."`: the possessor speaks. */
function possessedStatement(doc: ArticleDoc, from: number, g: QuoteGroup, sentence: number): Attribution | null {
  const lead = POSSESSED_STATEMENT.exec(doc.text.slice(from, g.outerStart));
  if (!lead) return null;
  const at = from + lead.index + lead[0].length - lead[0].trimStart().length;
  let subject: Subject | null = null;
  if (lead[1]) {
    const word = lead[1].toLowerCase() === 'his' ? 'he' : 'she';
    subject = { entity: resolvePronoun(doc, at, word), start: at, end: at + lead[1].length, kind: 'pronoun' };
  } else {
    const m = doc.mentionsIn(sentence).find((x) => x.start === at && x.kind === 'person');
    if (m) subject = { entity: m.entity, start: m.start, end: m.end, kind: 'person' };
  }
  if (!subject?.entity) return null;
  const cueStart = at + lead[0].trimStart().indexOf(' ', 0) + 1;
  return { subject, cue: 'was', cueStart, spanStart: at, spanEnd: g.outerStart };
}

/**
 * 'X "totally condemned" the deletion ...': a short quotation opening with a verb, right after a person's name,
 * is that person's verdict; the claim runs from the quotation to the end of the clause.
 */
function quotedPredicate(doc: ArticleDoc, g: QuoteGroup, sentence: number): ClaimDraft | null {
  if (g.quotes.length !== 1 || g.quotes[0].words > 6) return null;
  const subject = [...doc.mentionsIn(sentence)]
    .reverse()
    .find((m) => m.end <= g.outerStart && /^\s*$/.test(doc.text.slice(m.end, g.outerStart)));
  if (!subject?.entity || subject.kind !== 'person') return null;
  const s = doc.sentences[sentence];
  // the name opens the sentence, and nobody is said to say anything else in it ('X said Y "caused death"' is X's)
  if (wordCount(doc.text.slice(mainClauseStart(doc, sentence), subject.start)) > 2) return null;
  for (let t = s.firstToken; t < s.endToken; t++) {
    const x = doc.tokens[t];
    if (x.quote < 0 && (SPEECH_VERBS.has(x.lower) || SPEECH_NOUNS.has(x.lower))) return null;
  }
  let k = doc.tokenAt(g.start);
  if (doc.tokens[k]?.pos === 'ADV') k++;
  const verb = doc.tokens[k];
  if (!verb || verb.start >= g.end || verb.pos !== 'VERB' || !/(?:ed|en|wn|ght|id|ld)$/.test(verb.lower)) return null;
  const end = cutAtNextAttribution(doc, g.start, clauseEnd(doc, g.start, s.end));
  return draft(doc, g.start, end, verb.lower, subject.entity, subject.start, end, sentence, 'asserts', 0.7);
}

/** The writer's aside between a cue and its quotation ("said, and I quote, ..."). */
const QUOTING_ASIDE = /^\s*,\s*(?:and\s+)?I\s+quote\s*,/i;

/** The nearest cue word before `end` (within `reach` tokens of the same sentence, outside quotations). */
function cueBefore(
  doc: ArticleDoc,
  from: number,
  end: number,
  reach = 12,
): { start: number; end: number; word: string } | null {
  let t = doc.tokenAt(end) - 1;
  for (let n = 0; t >= 0 && n < reach && doc.tokens[t].start >= from; t--, n++) {
    const tok = doc.tokens[t];
    if (tok.quote >= 0) return null;
    if (tok.lower === 'quote' && doc.tokens[t - 1]?.lower === 'i') continue;
    if (QUOTE_CUE_SET.has(tok.lower)) return { start: tok.start, end: tok.end, word: tok.lower };
    // "X issued a statement: "..."": a noun of saying right before the colon or comma that opens the quotation
    if (STATEMENT_NOUNS.has(tok.lower) && /^\s*[:,]\s*$/.test(doc.text.slice(tok.end, end)))
      return { start: tok.start, end: tok.end, word: tok.lower };
    // "put it": the cue is two words
    if (tok.lower === 'it' && doc.tokens[t - 1]?.lower === 'put')
      return { start: doc.tokens[t - 1].start, end: tok.end, word: 'put it' };
  }
  return null;
}

/**
 * 'X shot back: "..."', 'X echoed: "..."': a verb of any kind, at most two more words, then the colon that opens
 * the quotation.
 */
function colonLead(doc: ArticleDoc, from: number, end: number): { start: number; end: number; word: string } | null {
  const lead = /:\s*$/.exec(doc.text.slice(from, end));
  if (!lead) return null;
  const colon = from + lead.index;
  let t = doc.tokenAt(colon) - 1;
  for (let n = 0; t >= 0 && n < 3 && doc.tokens[t].start >= from; t--, n++) {
    const tok = doc.tokens[t];
    if (tok.quote >= 0 || tok.pos === 'PUNCT') return null;
    if (tok.pos === 'VERB' && /(?:ed|ew|ot|ote|id|aid|ke)$/.test(tok.lower))
      return { start: tok.start, end: colon, word: tok.lower };
    // "shot back", "hit back" (the tagger may read the verb as a noun)
    const prev = doc.tokens[t - 1];
    if (tok.lower === 'back' && prev && /^(?:shot|hit|fired|snapped)$/.test(prev.lower))
      return { start: prev.start, end: colon, word: `${prev.lower} back` };
  }
  return null;
}

/** `Sonya Herridge ― "..."` and `Kamal: "..."`: a name, then a dash or a colon, then the quotation. */
function attributionByDash(doc: ArticleDoc, g: QuoteGroup): Attribution | null {
  const m = mentionBefore(doc, g, /^\s*[―—–:-]\s*$/);
  // (a quotation between two dashes is an aside: dashedAside's)
  if (!m || /^\s*(?:--|[―—–])/.test(doc.text.slice(g.outerEnd, g.outerEnd + 4))) return null;
  const before = doc.text.slice(doc.sentenceAt(m.start)?.start ?? m.start, m.start);
  // "Pollsters agree - Ana Ruiz: "..."": a topic line, a dash, then the name
  if (!/^[\s"“”]*$/.test(before) && !/[.!?]["”]?\s*$/.test(before) && !/\s[-—–]\s*$/.test(before)) return null;
  return dashAttribution(doc, m, g);
}

/** A dash that sets words off inside a sentence: two hyphens, an en dash, an em dash or a horizontal bar. */
const ASIDE_DASH = /^\s*(?:--|[―—–])\s*$/;

/**
 * `the former candidate Dana Whitfield -- "It is disqualifying ..." -- and Fred Osgood, ...`: a quotation set off
 * by dashes right after a person's name is that person's, wherever the name stands in the sentence, whatever cue
 * comes after it (a short quoted phrase, two words or fewer, is no statement).
 */
function dashedAside(doc: ArticleDoc, g: QuoteGroup): Attribution | null {
  if (g.quotes.reduce((n, q) => n + q.words, 0) < 3) return null;
  if (!/^\s*(?:--|[―—–])/.test(doc.text.slice(g.outerEnd, g.outerEnd + 4))) return null;
  const m = mentionBefore(doc, g, ASIDE_DASH);
  return m && m.kind === 'person' ? dashAttribution(doc, m, g) : null;
}

/** The mention (not of a party) that ends at most four characters before the quotation, with `between` between. */
function mentionBefore(doc: ArticleDoc, g: QuoteGroup, between: RegExp): Mention | null {
  const m = [...doc.mentions]
    .reverse()
    .find((x) => x.end <= g.outerStart && g.outerStart - x.end <= 4 && x.kind !== 'party');
  return m?.entity && between.test(doc.text.slice(m.end, g.outerStart)) ? m : null;
}

function dashAttribution(doc: ArticleDoc, m: Mention, g: QuoteGroup): Attribution {
  const kind = m.kind === 'pronoun' || m.kind === 'group' ? 'other' : m.kind;
  return {
    subject: { entity: m.entity!, start: m.start, end: m.end, kind },
    cue: doc.text.slice(m.end, g.outerStart).trim(),
    cueStart: m.end,
    spanStart: m.start,
    spanEnd: g.outerStart,
  };
}

/** Words between a cue and a quotation that only name who was addressed: no verb, at most six words. */
/**
 * Whether [start, end) is a phrase of time, place or medium and nothing else ("in an op-ed piece before a 2014
 * Senate hearing"): a preposition first, at most fourteen words, no verb (a noun in -ing and the end of a hyphenated
 * word are none).
 */
function isAdverbialPhrase(doc: ArticleDoc, start: number, end: number): boolean {
  const first = doc.tokenAt(start);
  if (!/^(?:in|at|on|during|after|before)$/.test(doc.tokens[first]?.lower ?? '')) return false;
  let words = 0;
  for (let t = first; t < doc.tokens.length && doc.tokens[t].end <= end; t++) {
    const tok = doc.tokens[t];
    if (tok.pos === 'PUNCT') continue;
    words++;
    if (isFiniteVerb(doc, t) || tok.pos === 'SCONJ') return false;
  }
  return words <= 14;
}

/**
 * Whether token `t` is a verb or auxiliary of a clause: not a noun in -ing the tagger read as a verb ("a Senate
 * hearing"), nor the end of a hyphenated word ("op-ed").
 */
function isFiniteVerb(doc: ArticleDoc, t: number): boolean {
  const tok = doc.tokens[t];
  if (tok.pos === 'AUX') return true;
  if (tok.pos !== 'VERB' || /ing$/.test(tok.lower)) return false;
  const prev = doc.tokens[t - 1];
  return !(prev?.text === '-' && prev.end === tok.start);
}

function isAddressee(doc: ArticleDoc, start: number, end: number): boolean {
  let words = 0;
  for (let t = doc.tokenAt(start); t < doc.tokens.length && doc.tokens[t].end <= end; t++) {
    const tok = doc.tokens[t];
    if (tok.pos === 'PUNCT') continue;
    words++;
    // ("reporters outside a polling location in Greenville": a participle inside a noun phrase is no verb)
    if ((tok.pos === 'VERB' && !isParticipleModifier(doc, t)) || tok.pos === 'AUX' || tok.pos === 'SCONJ') return false;
  }
  return words <= 9;
}

/** The subject of a sentence's main clause: the subject of its first verb, else its first mention. */
function clauseSubject(doc: ArticleDoc, sentence: number, before: number, subjectOnly = false): Subject | null {
  const s = doc.sentences[sentence];
  const subj = verbSubject(doc, sentence, before, false);
  if (subj) return subj;
  const first = doc.mentions.find((m) => m.sentence === sentence && m.start < before && !m.inQuote);
  for (let t = s.firstToken; t < s.endToken && doc.tokens[t].start < before; t++) {
    const tok = doc.tokens[t];
    if (first && tok.start >= first.start) break;
    if (tok.quote >= 0) continue;
    if (/^(he|she)$/i.test(tok.text))
      return subjectBefore(doc, doc.tokens[t + 1]?.start ?? tok.end, sentence, tok.start);
    if (tok.pos === 'VERB' && !first) return null;
  }
  if (!first) return null;
  if (subjectOnly && isMainVerbObject(doc, sentence, first)) return null;
  const kind = first.kind === 'pronoun' || first.kind === 'group' ? 'other' : first.kind;
  return { entity: first.entity, start: first.start, end: first.end, kind };
}

/**
 * Who a participial cue after a comma belongs to: the speaker of a cue right before the comma ("..., Ana Ruiz
 * said, adding that ..." / "..., said Ana Ruiz, adding ..."), else the subject of the main clause.
 */
function participleSubject(doc: ArticleDoc, sentence: number, cueStart: number): Subject | null {
  const s = doc.sentences[sentence];
  let comma = doc.tokenAt(cueStart) - 1;
  while (comma > s.firstToken && doc.tokens[comma].text !== ',') comma--;
  const before = doc.tokens[comma - 1];
  if (before && comma > s.firstToken && before.quote < 0) {
    if (QUOTE_CUE_SET.has(before.lower) && before.pos === 'VERB') {
      const subj = subjectBefore(doc, before.start, sentence);
      if (subj) return subj;
    }
    const m = doc.mentionsIn(sentence).find((x) => x.end === before.end);
    const cue = m && doc.tokens[doc.tokenAt(m.start) - 1];
    if (m && cue && QUOTE_CUE_SET.has(cue.lower) && /^\s+$/.test(doc.text.slice(cue.end, m.start))) {
      const subj = subjectAfter(doc, cue.end, sentence);
      if (subj) return subj;
    }
  }
  return clauseSubject(doc, sentence, cueStart, true);
}

/** A quotation that makes up its sentence(s) on its own: nothing but punctuation around it. */
function isStandalone(doc: ArticleDoc, g: QuoteGroup): boolean {
  const s0 = doc.sentenceAt(g.outerStart) ?? doc.sentenceAt(g.start);
  const s1 = doc.sentenceAt(Math.max(g.outerEnd - 1, g.end - 1)) ?? doc.sentenceAt(g.end - 1);
  if (!s0 || !s1) return false;
  const before = doc.text.slice(s0.start, g.outerStart);
  const after = doc.text.slice(g.outerEnd, s1.end);
  // '"... it is 60p." The Department will ...': a quotation closing its sentence, which the splitter ran on
  const closesSentence = /[.!?]\s*$/.test(doc.text.slice(g.start, g.end)) && /^\s+["“]?\p{Lu}/u.test(after);
  return /^[\s\-—–]*$/.test(before) && (closesSentence || /^[\s.,!?;:)]*$/.test(after));
}

/** What presents recorded speech before a participle: "heard", "quoted (by local media) as". */
const HEARD_SAYING = /\b(?:heard|seen|quoted\s+(?:(?:by|in)\s+(?:[\p{L}'’-]+\s+){1,4})?as|recorded)\s+$/u;

/**
 * Whose participle follows a lead (see PARTICIPLE_LEAD): after a noun ("after X unleashed a series of tweets
 * criticizing ..."), the subject of the verb that takes the noun; otherwise the main clause's subject.
 */
function leadOwner(doc: ArticleDoc, sentence: number, cueStart: number, beforeCue: string): Subject | null {
  if (
    /\s[-—–]\s+$|\b(?:by|after|before|while|when|since)(?:\s+(?:\p{Ll}+ly|also|again|then|still))?\s+$/u.test(beforeCue)
  )
    return clauseSubject(doc, sentence, cueStart);
  const s = doc.sentences[sentence];
  let v = doc.tokenAt(cueStart) - 1;
  while (v >= s.firstToken && doc.tokens[v].pos !== 'VERB') v--;
  const owner = v >= s.firstToken ? subjectBefore(doc, doc.tokens[v].start, sentence) : null;
  return owner ?? clauseSubject(doc, sentence, cueStart);
}

/** Reported speech around the cue token `t`. */
/**
 * A sentence's head that is content closed by a comma before the speaker, with the speaker's office between:
 * "..., the Trade and Industry Secretary". Group 1 is the content.
 */
const CONTENT_THEN_SUBJECT = /^(.*\S)\s*,\s*(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,4})?$/su;
/**
 * The same with "as" before the speaker ("..., as Ruiz said", "..., as Ruiz put it"), for plain verbs of saying only:
 * "..., as Ruiz proposes" is about the thing proposed, not a statement of hers.
 */
const CONTENT_THEN_AS_SUBJECT = /^(.*\S)\s*,\s*as\s+(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,4})?$/su;
/**
 * The same before a name with a lowercase description: "..., journalist", "..., former federal prosecutor",
 * "..., the party's spokesman".
 */
const CONTENT_THEN_DESCRIBED =
  /^(.*\S)\s*,\s*(?:the\s+)?(?!(?:and|but|or|so|then|as|while|when|because|if|that|which|who|also|yet|now|to|since)\s)(?:\p{Ll}[\p{Ll}-]*(?:['’]s)?\s+){1,4}$/su;

/** The content before a speaker's subject (see CONTENT_THEN_SUBJECT), as a match whose group 1 is the content. */
function contentBeforeSubject(doc: ArticleDoc, head: string, subject: Subject): RegExpExecArray | null {
  const plain = CONTENT_THEN_SUBJECT.exec(head);
  if (plain) return plain;
  if (subject.kind !== 'person' || !/^\p{Lu}/u.test(doc.text.slice(subject.start, subject.start + 1))) return null;
  const described = CONTENT_THEN_DESCRIBED.exec(head);
  if (!described) return null;
  // the description is nouns and adjectives ("former federal prosecutor"), not a clause ("cited reports that")
  const from = head.length - head.slice(described[1].length).replace(/^\s*,\s*(?:the\s+)?/, '').length;
  const base = subject.start - head.length;
  for (let k = doc.tokenAt(base + from); k < doc.tokens.length && doc.tokens[k].start < subject.start; k++)
    if (!/^(?:NOUN|ADJ|PROPN)$/.test(doc.tokens[k].pos) && !/^['’]s$/.test(doc.tokens[k].text)) return null;
  return described;
}

/**
 * Whether a finite verb follows in the cue's clause ("said during the debate were sparked by ..."): then what
 * follows the cue is its content, not a phrase of time or place. Participles and infinitives do not count
 * ("said in posing the question", "said during his speech to be a delegate").
 */
function predicateAfter(doc: ArticleDoc, from: number, endToken: number): boolean {
  for (let k = from; k < endToken && doc.tokens[k].text !== ','; k++) {
    const x = doc.tokens[k];
    if (x.pos !== 'VERB' && x.pos !== 'AUX') continue;
    if (/ing$/.test(x.lower) || doc.tokens[k - 1]?.lower === 'to' || isParticipleModifier(doc, k)) continue;
    return true;
  }
  return false;
}

/** A clause of time: a subordinator, then a subject pronoun and its verb ("as he entered the talks"). */
const WHEN_CLAUSE =
  /^(?:as|when|while|before|after|once)\s+(?:he|she|they|we|I)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ew|ent|ook|ame|aid|old|poke|ote)\b/u;

/** A sentence opening with a phrase of time, place or condition ("As with ...", "In his years ...", "Whether ..."). */
const ADVERBIAL_OPENING =
  /^\s*(?:as|in|on|at|after|before|when|while|whether|if|although|though|since|because|with|for|during|despite|by|from|to|under|over|amid|unlike|like)\b/i;

function reported(doc: ArticleDoc, t: number): ClaimDraft | null {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const text = doc.text;
  const beforeCue = text.slice(Math.max(s.start, tok.start - 40), tok.start);
  // "X isn't saying if ...", "X has not mentioned ...": a plain negation keeps the claim, as a denial
  const negStart = plainNegation(tok.start, beforeCue);
  if (negStart < 0 && NEGATED_CUE.test(beforeCue) && !/\b(?:has|have|had)\s+$/.test(beforeCue)) return null;
  // ("did not respond to a request for comment", "did not say whether ..." say nothing)
  if (
    negStart >= 0 &&
    (/^(?:respond|repl|comment|return|elaborat)/.test(tok.lower) ||
      /^\s+(?:\p{Ll}+\s+)?(?:whether|if|when|who|what|why|how|where|which)\b/u.test(text.slice(tok.end, tok.end + 30)))
  )
    return null;
  // "X is said to be furious": others say it; "said nothing": no content
  if (
    /\b(?:(?:is|was|are|were|be|been|being)\s+(?:not\s+)?|(?:is|was|are|were)n['’]t\s+)$/.test(beforeCue) &&
    /ed$|said|told/.test(tok.lower)
  )
    return null;
  if (/^\s+(?:nothing|little|no more|so|yes|no)\b/.test(text.slice(tok.end, tok.end + 12))) return null;
  // "was booed and shouted down by supporters": a passive, its agent after "by"
  if (/^\s+(?:down|out|off|up)\s+by\s/.test(text.slice(tok.end, tok.end + 12))) return null;
  // "remembered how ..." recounts; "remembered his father" is memory, not speech
  if (/^remember/.test(tok.lower) && !/^(?:how|that|when)$/.test(doc.tokens[t + 1]?.lower ?? '')) return null;
  // "X continues to trail Y": "continue to" is a cue only before a verb of saying ("continued to insist")
  if (/^continu/.test(tok.lower) && doc.tokens[t + 1]?.lower === 'to') {
    const next = doc.tokens[t + 2]?.lower ?? '';
    if (!SPEECH_VERBS.has(next) && !STANCE_VERBS.has(next)) return null;
  }

  // "according to X, ..." / "..., according to X."
  if (tok.lower === 'according') {
    const subj = subjectAfter(doc, doc.tokens[t + 1].end, s.i);
    if (!subj?.entity || doc.entities.get(subj.entity)?.label !== 'Person') return null;
    const afterSubj = text.slice(subj.end, s.end);
    if (tok.start - s.start < 3 && /^\s*,/.test(afterSubj)) {
      const cs = subj.end + afterSubj.indexOf(',') + 1;
      return draft(doc, cs, s.end, 'according to', subj.entity, tok.start, s.end, s.i, 'asserts', 0.75);
    }
    if (/^\s*[.,;]?\s*$/.test(afterSubj)) {
      const ce = text.slice(s.start, tok.start).replace(/[\s,]+$/, '').length + s.start;
      return draft(doc, s.start, ce, 'according to', subj.entity, s.start, subj.end, s.i, 'asserts', 0.75);
    }
    return null;
  }

  const cue = tok.lower;
  const participial = /ing$/.test(cue);
  let subject: Subject | null = null;
  if (participial) {
    // ", saying ..." belongs to the main clause's subject; "is saying" to the subject before it
    // (an adverb may stand between, and the comma close a quotation: ', recently telling one person that ...',
    // '"fantastic," telling reporters ...')
    if (/,["”]?\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(s.start, tok.start)))
      subject = participleSubject(doc, s.i, tok.start);
    // "... by saying", "issued a statement saying", "– saying": the participle is the main clause's subject's
    else if (PARTICIPLE_LEAD.test(beforeCue)) subject = leadOwner(doc, s.i, tok.start, beforeCue);
    else if (PROGRESSIVE_LEAD.test(beforeCue) || /\b(?:keeps|kept)\s+$/.test(beforeCue))
      subject = subjectBefore(doc, tok.start, s.i);
    // "X can be heard saying that ...", "X was quoted as saying ...", "X was quoted by local media as saying ..."
    else if (HEARD_SAYING.test(beforeCue)) {
      const m = HEARD_SAYING.exec(beforeCue)!;
      subject = subjectBefore(doc, tok.start - beforeCue.length + m.index, s.i);
    }
    // "Claiming the criticism is designed to ..., X told Fox ...": a participle opening the sentence is the main
    // clause's subject's
    else if (opensSentence(doc, t)) subject = subjectAfterParticiple(doc, t);
    else if (WITH_NAME_CUES.test(cue)) subject = withNameSaying(doc, s.i, tok.start);
    // ", painting others as weak and suggesting that ...": a second participle shares the first one's subject
    if (!subject && /\band\s+(?:also\s+)?$/.test(beforeCue)) {
      const first = coordinatedParticiple(doc, t);
      if (first >= 0) subject = participleSubject(doc, s.i, doc.tokens[first].start);
    }
    if (!subject) return null;
  } else if (/,\s*going\s+on\s+to\s+$/.test(beforeCue)) {
    // "X said, going on to say that ...": the participle's subject
    subject = participleSubject(doc, s.i, tok.start - beforeCue.length + beforeCue.search(/going\s+on\s+to\s+$/));
  } else subject = subjectBefore(doc, tok.start, s.i);
  // "X was quick to embrace the mogul and said this week that ...": the subject of the first predicate
  if (!subject && COORDINATED_LEAD.test(beforeCue) && !secondInfinitive(doc, conjunctionBefore(doc, t), tok.lower)) {
    subject = clauseSubject(doc, s.i, tok.start);
  }
  let contentStart = -1;
  let contentEnd = s.end;
  let evidenceStart = subject ? subject.start : tok.start;
  let evidenceEnd = s.end;

  if (subject) {
    // content after the cue (past an addressee for "told", and "that")
    contentStart = contentAfterCue(doc, t);
    // "..., X said Monday." / "..., X said on Tuesday night.": only a time after the cue, the content is before
    const placeOnly =
      (PLAIN_SAYING.test(cue) || /^(?:saying|adding|writing|tweeting|stating|noting)$/.test(cue)) &&
      trailingAdverbial(doc, t + 1, s.endToken);
    if (contentStart >= 0 && (TIME_ONLY.test(text.slice(contentStart, s.end)) || placeOnly)) contentStart = -1;
    // "..., X said as he entered the talks": a clause of time after the cue, the content is before
    // (unless more follows the clause: 'said as he introduced his wife, "Finally ..."' is not what came before)
    if (contentStart >= 0 && PLAIN_SAYING.test(cue) && WHEN_CLAUSE.test(text.slice(contentStart, s.end))) {
      if (/,\s*\S/.test(text.slice(contentStart, s.end))) return null;
      contentStart = -1;
    }
    // "Victims would be a distinct group, Ruiz said, a policy that ...", "..., Ruiz said, but critics ...": a cue
    // set off by commas after content of its own; what follows the second comma is the writer's
    // (also "..., Ruiz said in posing the question", "..., Ruiz said during a speech to delegates": a phrase of
    // time, place or manner after the cue, when the clause before has a verb and opens the sentence)
    // (not "As with the last election, he says, the outcome ...", "... and which, he claimed, would be ...")
    const lead = text.slice(s.start, subject.start);
    if (
      contentStart >= 0 &&
      subject.start - s.start > 20 &&
      contentBeforeSubject(doc, lead, subject) &&
      !ADVERBIAL_OPENING.test(lead) &&
      !/\b(?:and|but|or|which|that|who|whom|whose|where|when|while|as|because|if|since|so|then|though|although|until|after|before)\s*,\s*$/.test(
        lead,
      ) &&
      mainClauseStart(doc, s.i) <= s.start &&
      hasVerb(doc, s.start, subject.start) &&
      ((doc.tokens[t + 1]?.text === ',' &&
        /^\s*,\s*(?:a|an|the|but|while|although|though|whereas)\s/i.test(text.slice(tok.end, tok.end + 16))) ||
        (PLAIN_SAYING.test(cue) &&
          /^(?:in|at|on|during|after|before|while|when|from|with|via|through)$/.test(doc.tokens[t + 1]?.lower ?? '') &&
          !/\bthat\b/.test(text.slice(tok.end, contentStart)) &&
          !predicateAfter(doc, t + 1, s.endToken)))
    )
      contentStart = -1;
    if (contentStart < 0) {
      // "It would mean ..., Ms Hewitt told GMTV's Sunday programme." : content before the subject
      const head = text.slice(s.start, subject.start);
      // (capitalised words of an office may stand before the subject's span: "the Trade and Industry Secretary")
      const m =
        contentBeforeSubject(doc, head, subject) ??
        (PLAIN_SAYING.test(cue) || cue === 'put' ? CONTENT_THEN_AS_SUBJECT.exec(head) : null);
      if (m && !/["“”]\s*,?\s*$/.test(head) && subject.start - s.start > 20) {
        contentStart = s.start;
        contentEnd = s.start + m[1].length;
        evidenceStart = s.start;
      } else return null;
    }
  } else {
    // "..., said X." (not "warned X": after an addressee verb comes the addressee)
    if (ADDRESSEE_VERBS.has(cue) || OBJECT_CUES.has(cue)) return null;
    const after = subjectAfter(doc, tok.end, s.i);
    if (!after) return null;
    // "X, an organiser, said he expected ...": a name or pronoun followed by its own verb is the content's subject
    const next = doc.tokens[doc.tokenAt(after.end)];
    if (next && next.start >= after.end && next.start < s.end && (next.pos === 'VERB' || next.pos === 'AUX'))
      return null;
    subject = after;
    const head = text.slice(s.start, tok.start);
    const m = /^(.*\S)\s*,\s*$/su.exec(head);
    if (!m || /["“”]\s*,?\s*$/.test(head)) return null;
    contentStart = s.start;
    contentEnd = s.start + m[1].length;
    evidenceStart = s.start;
    evidenceEnd = after.end;
  }
  if (!subject.entity || doc.entities.get(subject.entity)?.label !== 'Person') {
    if (subject.kind === 'pronoun' && !subject.entity) {
      doc.message(
        'find-claims:unresolved-pronoun',
        `"${text.slice(subject.start, subject.end)} ${cue}" could not be resolved to a person`,
        subject.start,
      );
    }
    return null;
  }
  // content ends where another attribution starts (", Trump boasted") or a quotation opens
  contentEnd = cutAtNextAttribution(doc, contentStart, contentEnd);
  // "While he acknowledged funding was a reason, Ham also noted ..."
  contentEnd = subordinateClauseEnd(doc, s.start, subject, contentStart, contentEnd);
  // "X, after initially saying he would ..., bought ...", "Claiming ..., X told Fox": a subordinate or opening
  // participle's content ends at its comma
  if (
    participial &&
    (/\b(?:after|before|while|when|since)\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeCue) || opensSentence(doc, t))
  ) {
    const comma = text.indexOf(',', contentStart);
    if (comma > 0 && comma < contentEnd) contentEnd = comma;
  }
  // content that is a direct quotation was handled with the quotations; one that only opens with a quoted
  // phrase ('"the next president" should choose') is reported speech
  if (opensWithWholeQuote(doc, contentStart, contentEnd)) return null;
  const polarity = DENIAL_VERBS.has(cue) || negStart >= 0 ? 'denies' : 'asserts';
  // keep the verb where dropping it would flip the meaning ("denied suggestions there will be ...", "isn't saying
  // if ...")
  if (negStart >= 0) contentStart = negStart;
  else if (polarity === 'denies') contentStart = tok.start;
  const confidence = BELIEF_VERBS.has(cue) ? 0.5 : 0.8;
  // "acknowledged the content of his audio, saying that ...": a thing named (no verb in it) before the statement
  if (
    polarity === 'asserts' &&
    !OBJECT_CUES.has(cue) &&
    /^\s*,\s*(?:saying|adding|insisting|arguing|claiming)\b/.test(text.slice(contentEnd, contentEnd + 20)) &&
    !hasVerb(doc, contentStart, contentEnd)
  )
    return null;
  return draft(
    doc,
    contentStart,
    contentEnd,
    cue,
    subject.entity,
    evidenceStart,
    evidenceEnd,
    s.i,
    polarity,
    confidence,
  );
}

/**
 * The participle after a comma that the participle at `t` is coordinated with (", painting X as weak and
 * suggesting ..."), or -1.
 */
function coordinatedParticiple(doc: ArticleDoc, t: number): number {
  const s = doc.sentences[doc.tokens[t].sentence];
  for (let k = t - 2; k > s.firstToken; k--) {
    const x = doc.tokens[k];
    if (x.quote >= 0 || x.text === ';') return -1;
    if (/ing$/.test(x.lower) && (x.pos === 'VERB' || STANCE_VERBS.has(x.lower)) && doc.tokens[k - 1].text === ',')
      return k;
  }
  return -1;
}

/** Whether [start, end) holds a verb (or an auxiliary), not counting participles inside a noun phrase ("his leaked audio"). */
function hasVerb(doc: ArticleDoc, start: number, end: number): boolean {
  for (let k = doc.tokenAt(start); k < doc.tokens.length && doc.tokens[k].start < end; k++) {
    const x = doc.tokens[k];
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !isParticipleModifier(doc, k)) return true;
  }
  return false;
}

function cutAtNextAttribution(doc: ArticleDoc, start: number, end: number): number {
  end = clauseEnd(doc, start, end);
  // "he supports the final bill, which includes ...": a relative clause after a comma describes, it does not claim
  const relative = /,\s+(?:which|whose)\s/.exec(doc.text.slice(start, end));
  if (relative && wordCount(doc.text.slice(start, start + relative.index)) >= 4) end = start + relative.index;
  const span = doc.text.slice(start, end);
  // ", and he reiterated", ", and Trump vowed": another subject takes over
  const other =
    /,\s+(?:and|but)\s+(?:he|she|they|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(
      span,
    );
  if (other && (SPEECH_VERBS.has(other[1]) || STANCE_VERBS.has(other[1]) || /ed$/.test(other[1])))
    end = start + other.index;
  // (the comma may close a quotation first: '..., "wounded families," Melanie Ruiz said')
  const re =
    /,["”]?\s+(?:and\s+|but\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b|,["”]?\s+(?:and\s+|but\s+)?(?:he|she|they)\s+(\p{Ll}+)\b/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(span))) {
    const verb = m[1] ?? m[2];
    if (SPEECH_VERBS.has(verb)) return start + m.index;
  }
  // "accused X of lying, a charge X denied": the writer's note of the other side
  const charge =
    /,\s+(?:a|an)\s+(?:charge|claim|accusation|allegation)s?\s+(?:that\s+)?(?:\S+\s+){1,3}?(?:has\s+|have\s+)?(?:denied|denies|rejected|rejects|disputed|disputes)\b/u.exec(
      span,
    );
  if (charge) return start + charge.index;
  // "accused X of lying, though a review of records indicates ...", "..., though he added that ...": a concession
  // with a cue of its own reports something else (a concession without one, "although he would raise taxes",
  // is usually the speaker's own hedge and stays)
  const concession = /,\s+(?:though|although|even though)\s+([^,;]{1,80})/gu;
  while ((m = concession.exec(span))) {
    const words = m[1].split(/\s+/);
    const at = words.findIndex((w, k) => k > 0 && SPEECH_VERBS.has(w));
    if (at > 0 && at <= 6 && wordCount(span.slice(0, m.index)) >= 3) return start + m.index;
  }
  // "..., while Labour chair Ellie Reeves admitted ...": a contrasting clause with a speaker of its own
  const contrast = /,\s+(?:while|whereas)\s+([^,;]{1,80})/gu;
  while ((m = contrast.exec(span))) {
    const words = m[1].split(/\s+/);
    const at = words.findIndex((w, k) => k > 0 && SPEECH_VERBS.has(w));
    if (at > 0 && at <= 6 && /^(?:\p{Lu}|he$|she$|they$)/u.test(words[0])) return start + m.index;
  }
  // "X, noting the crowd, said ...": the verb of the main clause after the participle's comma
  const mainVerb = /,\s+(\p{Ll}+)\b/gu;
  while ((m = mainVerb.exec(span))) if (SPEECH_VERBS.has(m[1]) && !/ing$/.test(m[1])) return start + m.index;
  // ", telling reporters that ...", ", calling her ...", ", while also suggesting ...": a participle after a comma
  // starts another clause
  // (the comma may close a quotation, and an adverb stand first: 'as "fantastic," recently telling ...')
  const participle = /,(["”])?\s+(while\s+)?(?:also\s+|\p{Ll}+ly\s+)?(\p{Ll}+ing)\b/gu;
  while ((m = participle.exec(span))) {
    // (", while cutting ...", with a participle of no cue, goes on with the same claim; after a quotation's comma,
    // only a participle of saying starts another: 'as "fantastic," telling reporters ...')
    if (m[1]) {
      if (SPEECH_VERBS.has(m[3])) return start + m.index;
    } else if (SPEECH_VERBS.has(m[3]) || STANCE_VERBS.has(m[3]) || (m.index > 30 && !m[2])) return start + m.index;
  }
  // "..., he sees Y as ...": a comma, then a pronoun and its verb, start a main clause of their own
  const clause = /,\s+(?:he|she|they|it|we|I)(?:['’](?:s|d|ll|ve|re|m))?\s+/gu;
  // ... unless the content opens with a subordinate clause ("whether X or Y, it would ..."): that is its main clause
  const subordinate = /^(?:whether|if|when|while|although|though|because|since|once|unless|after|before|as)\b/i.test(
    span,
  );
  while (!subordinate && (m = clause.exec(span))) {
    const verb = doc.tokens[doc.tokenAt(start + m.index + m[0].length)];
    // not a parenthetical (", it seems,")
    const parenthetical = /^[^\s,]*\s*,/.test(doc.text.slice(verb?.end ?? 0, end));
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.quote < 0 && !parenthetical) return start + m.index;
  }
  // (a dash ends the claim, but a second predicate before it ends it sooner)
  const dash = /\s[-—–]\s/.exec(span);
  if (dash && dash.index > 15) end = start + dash.index;
  // "... crazy and said the party ...", "... but said little": a second predicate of the same subject
  for (let t = doc.tokenAt(start); t < doc.tokens.length && doc.tokens[t].end <= end; t++) {
    const tok = doc.tokens[t];
    // (", yet refuses to release ...": "yet" after a comma joins predicates too)
    const yet = tok.lower === 'yet' && doc.tokens[t - 1]?.text === ',';
    if (tok.quote >= 0 || (tok.lower !== 'and' && tok.lower !== 'but' && !yet)) continue;
    let v = t + 1;
    // (adverbs, auxiliaries and a day between: "but on Tuesday wrote that ...")
    for (;;) {
      const w = doc.tokens[v];
      if (w && /^(?:then|also|later|now|has|had|have|was|is)$/.test(w.lower)) v++;
      else if (w?.lower === 'on' && isDay(doc.tokens[v + 1])) v += 2;
      else if (isDay(w)) v++;
      else break;
    }
    const next = doc.tokens[v];
    const cueVerb = next && (yet || SPEECH_VERBS.has(next.lower) || STANCE_VERBS.has(next.lower));
    if (next && next.pos === 'VERB' && (/(?:ed|id|ld|ew|ote|aid)$/.test(next.lower) || cueVerb) && next.end <= end)
      return tok.start;
    // ("chides Turkey and praises Trump": a cue the tagger read as a plural noun)
    // (or, in a headline in title case, a proper noun: "Backs Trump And Denounces Clinton")
    // (an object, "to" or "about" must follow: "a ban and claims by the trade" is a noun)
    if (
      next &&
      cueVerb &&
      (next.pos === 'NOUN' || next.pos === 'PROPN') &&
      /s$/.test(next.lower) &&
      next.end <= end &&
      (/^(?:PROPN|DET|PRON)$/.test(doc.tokens[v + 1]?.pos ?? '') ||
        /^(?:to|about)$/.test(doc.tokens[v + 1]?.lower ?? ''))
    )
      return tok.start;
    // "..., but he hasn't endorsed her", "..., and Ms. Lind is among ...": a clause with a subject of its own
    // (the comma may close a quotation first: '... "jobs, jobs, jobs," but he has ...')
    const comma = /^["”'’]+$/.test(doc.tokens[t - 1]?.text ?? '') ? t - 2 : t - 1;
    if (doc.tokens[comma]?.text === ',' && comma > doc.tokenAt(start) && newSubjectClause(doc, t + 1, end))
      return t - 1 === comma ? doc.tokens[comma].start : doc.tokens[t - 1].end;
  }
  const q = doc.quotes.find((x) => x.outerStart > start && x.outerStart < end);
  if (q && /,\s*$/.test(doc.text.slice(start, q.outerStart))) return q.outerStart;
  return end;
}

/** Token `t` opens a clause: a subject pronoun or a person's name, then (past an adverb) a verb or auxiliary. */
function newSubjectClause(doc: ArticleDoc, t: number, end: number): boolean {
  const first = doc.tokens[t];
  if (!first || first.end > end) return false;
  let v = t + 1;
  if (!/^(?:he|she|they|we|i)$/.test(first.lower)) {
    const m = doc.mentions.find((x) => x.start === first.start && x.kind === 'person');
    if (!m) return false;
    v = doc.tokenAt(m.end);
    if (doc.tokens[v]?.start < m.end) v++;
  }
  if (doc.tokens[v]?.pos === 'ADV') v++;
  const verb = doc.tokens[v];
  return !!verb && verb.end <= end && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * A stance or intention with a named subject ("X praised Y's leadership", "X wants to ..."): the complement
 * is the claim, with lower confidence than speech.
 */
function stance(doc: ArticleDoc, t: number): ClaimDraft | null {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const text = doc.text;
  const beforeCue = text.slice(Math.max(s.start, tok.start - 40), tok.start);
  // "X hasn't found a way to ...": a plain negation keeps the stance, as a denial (see reported)
  const negStart = plainNegation(tok.start, beforeCue);
  if (negStart < 0 && NEGATED_CUE.test(beforeCue) && !/\b(?:has|have|had)\s+$/.test(beforeCue)) return null;
  // "talked about X", "went after X", "took aim at X": the phrase's object is the claim
  const phrasal = phrasalStance(doc, t);
  // "Citing a theory, X blamed ...": a participle opening the sentence belongs to the main clause's subject
  const leading = /ing$/.test(tok.lower) && opensSentence(doc, t);
  // ", calling him a liar": an evaluating participle after a comma belongs to the main clause's subject
  const afterComma =
    leading ||
    ((EVALUATING_PARTICIPLES.has(tok.lower) || (phrasal >= 0 && /ing$/.test(tok.lower))) && /,\s*$/.test(beforeCue));
  // (adverbs may stand between: "is once again questioning", "is also promising")
  if (/ing$/.test(tok.lower) && !afterComma && !PROGRESSIVE_LEAD.test(beforeCue)) return null;
  // "is expected to", "was seen as": a passive says what others think of the subject
  if (
    /(?:ed|en|wn|ght)$/.test(tok.lower) &&
    /\b(?:is|was|are|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeCue)
  )
    return null;
  let subject = leading
    ? subjectAfterParticiple(doc, t)
    : afterComma
      ? mainClauseSubject(doc, s.i, tok.start)
      : subjectBefore(doc, tok.start, s.i);
  // "X has attacked loopholes ..., and has called for ...": the subject of the first predicate
  const coordinated =
    !subject && COORDINATED_LEAD.test(beforeCue) && !secondInfinitive(doc, conjunctionBefore(doc, t), tok.lower);
  if (coordinated) subject = clauseSubject(doc, s.i, tok.start, true);
  if (!subject?.entity || doc.entities.get(subject.entity)?.label !== 'Person') return null;
  // "called Lee on Friday", "called him last week": a telephone call, nothing said about anyone
  if (
    /^call/.test(tok.lower) &&
    /^\s+(?:him|her|them|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?)\s*(?:on|last|this|yesterday|today|early|late|\.)(?:\s|$)/u.test(
      text.slice(tok.end, tok.end + 60),
    )
  )
    return null;
  // "cast himself as an outsider", "painting Y as a caricature" (not "cast a vote", "painted the fence")
  if (/^(?:cast|paint)/.test(tok.lower) && !/^\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}?as\s/u.test(text.slice(tok.end, s.end)))
    return null;
  const refusal = REFUSAL_VERBS.has(tok.lower);
  const intention = phrasal < 0 && (INTENTION_VERBS.has(tok.lower) || refusal);
  let i = phrasal >= 0 ? phrasal : t + 1;
  // "refused to comment": nothing held
  if (refusal && NO_COMMENT_VERBS.has(doc.tokens[i + 1]?.lower ?? '')) return null;
  // "Police say he refused to drop the gun", "the claim that X had refused to ...", "insisted X was speaking about
  // adults": a refusal or a phrasal stance someone else reports is their claim, not the subject's stance
  // (a second predicate's verbs before it are its subject's own: "X demands ..., yet refuses to ...")
  // (from the comma before the subject: "'You winning?' she said, ..., and as X went on about ..." is X's)
  if ((refusal || phrasal >= 0) && !coordinated) {
    let from = doc.tokenAt(subject.start);
    while (from > s.firstToken && doc.tokens[from - 1].text !== ',') from--;
    for (let k = from; k < t; k++) {
      const x = doc.tokens[k];
      if (x.quote < 0 && (SPEECH_VERBS.has(x.lower) || SPEECH_NOUNS.has(x.lower))) return null;
    }
  }
  // "pointed to", "called for", "called on": keep the particle out of the claim
  // (not a demonstrative: "backed that view")
  if (
    phrasal < 0 &&
    i < s.endToken &&
    /^(?:for|on|to|out|that)$/.test(doc.tokens[i].lower) &&
    !(doc.tokens[i].lower === 'that' && demonstrativeThat(doc, i)) &&
    !intention
  )
    i++;
  if (intention && !(i < s.endToken && /^(?:to|that)$/.test(doc.tokens[i].lower))) return null;
  // ('went on about "how the system is rigged"': an object that opens with a quotation mark; one closed by its own
  // comma ('called "distasteful," Santilli ...') ends there)
  let quotedEnd = -1;
  if (i + 1 < s.endToken && /^["“]$/.test(doc.tokens[i].text)) {
    const q = doc.quotes.find((x) => x.outerStart === doc.tokens[i].start);
    if (q && /[,.!?]\s*(?:["”]|'')$/.test(text.slice(q.start, q.outerEnd))) quotedEnd = q.end;
    i++;
  }
  if (i >= s.endToken || doc.tokens[i].pos === 'PUNCT') return null;
  // "which he had promoted from his Washington perch", "backed out of the conference": no object after the verb
  // ("whom he attacked viciously during the campaign": an adverb, then no object; "the bill X opposed and Y
  // vetoed": a conjunction, then no object)
  const objectAt = /ly$/.test(doc.tokens[i].lower) && doc.tokens[i].pos === 'ADV' ? i + 1 : i;
  if (
    /^(?:from|over|in|at|during|after|before|since|until|through|out|away|down|off|up|of|and|but|or)$/.test(
      doc.tokens[objectAt]?.lower ?? '',
    )
  )
    return null;
  const start = doc.tokens[i].start;
  let end = quotedEnd > start ? quotedEnd : cutAtNextAttribution(doc, start, clauseEnd(doc, start, s.end));
  // "Citing a theory, X blamed ...": the participial clause ends at the comma before its subject
  if (leading && subject.start > start) {
    const comma = text.slice(start, subject.start).lastIndexOf(',');
    if (comma > 0) end = Math.min(end, start + comma);
  }
  // "As X laid out his vision, the crowd cheered"
  end = subordinateClauseEnd(doc, s.start, subject, start, end);
  // "is endorsing X's campaign, the latest chapter in ...", "endorses Y, who says ...": what follows the object
  // describes it
  // (not before the verdict of a naming verb: "called Clinton, his challenger, an ISIS co-founder", "described
  // Bush, who ended his bid, as a man who ...")
  // (nor inside a list: "plans for X, a minimum wage for Y, the creation of Z")
  const apposition = NAMING_VERB.test(tok.lower) ? null : /,\s+(?:the|a|an|who|whom)\s/.exec(text.slice(start, end));
  // (and only after a noun phrase: "to state that, as with ID cards, the government's instinct was ..." is a clause)
  if (
    apposition &&
    !inList(text.slice(start + apposition.index + 1, end)) &&
    !text.slice(start, start + apposition.index).includes(',') &&
    !hasVerb(doc, start, start + apposition.index)
  )
    end = start + apposition.index;
  // "endorsed Ruiz on Friday", "attacked Tromp at a rally in Ohio": the person or party named, not when or where
  const named = doc.mentionsIn(s.i).find((m) => m.start === start && (m.kind === 'person' || m.kind === 'party'));
  if (named && named.end < end) {
    const rest = text.slice(named.end, end);
    if (TIME_ONLY.test(rest.trim()) || onlyAdverbial(doc, doc.tokenAt(named.end), doc.tokenAt(end))) end = named.end;
  }
  // "rejected claims that ...", "dismissed suggestions that ...": the claim keeps the verb that flips it
  const denial = DENIAL_VERBS.has(tok.lower) || /^(?:reject|dismiss|refute)/.test(tok.lower);
  // a denial says something only with what it denies: "rejected claims that ...", not "rejected the charge"
  if (
    denial &&
    !/^\s*(?:that\b|(?:the\s+)?(?:claims?|suggestions?|reports?|allegations?|accusations?|charges?|rumou?rs?|idea|notion|assertion|premise)\s+(?:that|of)\b)/i.test(
      doc.text.slice(start, end),
    )
  ) {
    return null;
  }
  const from = negStart >= 0 ? negStart : denial || refusal ? tok.start : start;
  return draft(
    doc,
    from,
    end,
    phrasal >= 0
      ? text
          .slice(tok.start, doc.tokens[phrasal].start)
          .replace(/\s+(?:on\s+)?\p{Lu}\p{Ll}+day\b/u, '')
          .trim()
          .toLowerCase()
      : tok.lower,
    subject.entity,
    subject.start,
    end,
    s.i,
    denial || refusal || negStart >= 0 ? 'denies' : 'asserts',
    intention ? 0.5 : 0.6,
  );
}

/**
 * Whether the words after an object and its comma go on as a list ("a minimum wage for Y, the creation of Z and
 * ..."): another item of several words, a comma, and a determiner or "and" (not a parenthetical: "to, now, a kind of").
 */
function inList(rest: string): boolean {
  const parts = rest.split(',');
  for (let k = 1; k < parts.length; k++)
    if (wordCount(parts[k - 1]) >= 3 && /^\s+(?:the|a|an|and)\s/.test(parts[k])) return true;
  return /\sand\s+(?:the|a|an)\s/.test(rest);
}

/** Verbs that give their object a name or a likeness ("called X a liar", "described X as ..."). */
const NAMING_VERB = /^(?:call|brand|label|dub|term|describ|refer|portray|paint|cast|lik|compar|nam)/;

/** "backed that view on Tuesday": a "that" before a noun that no verb follows points, it opens no clause. */
function demonstrativeThat(doc: ArticleDoc, k: number): boolean {
  const noun = doc.tokens[k + 1];
  const after = doc.tokens[k + 2];
  return noun?.pos === 'NOUN' && !(after && (after.pos === 'VERB' || after.pos === 'AUX'));
}

/** Verbs that make a stance with the words after them: "talked about", "went after", "took aim at". */
const PHRASAL_STANCES: ReadonlyArray<readonly [string, RegExp]> = [
  // (a day may stand between: "spoke out Tuesday about")
  [
    'talk talks talked talking spoke speaks speaking',
    /^\s+(?:\p{Ll}+ly\s+)?(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:about|of)\s/u,
  ],
  ['go goes went going gone', /^\s+after\s/],
  ['take takes took taking taken', /^\s+(?:aim|(?:a\s+)?(?:\p{Ll}+\s+)?(?:swipe|shot|jab|dig)s?)\s+at\s/u],
  ['poke pokes poked poking lashed lashes lashing', /^\s+(?:out\s+)?at\s/],
  ['spoke speaks speaking spoken', /^\s+out\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:about|against|on|for)\s/u],
  ['weigh weighs weighed weighing', /^\s+in\s+on\s/],
  ['hit hits hitting fired fires firing shot shoots shooting', /^\s+back\s+at\s/],
  ['push pushed pushes pushing', /^\s+back\s+(?:against|on)\s/],
  ['double doubled doubles doubling', /^\s+down\s+on\s/],
  ['come came comes coming', /^\s+out\s+(?:against|for|in\s+favou?r\s+of)\s/],
  ['make made makes making', /^\s+(?:the|a|his|her|their)\s+case\s+(?:for|against|that)\s/],
  ['take takes took taking taken', /^\s+(?:offen[cs]e|issue|exception)\s+(?:at|with|to)\s/],
  ['go goes went going gone', /^\s+on\s+about\s/],
  // "has been critical of X", "was highly supportive of X": an adjective of stance after a copula
  [
    'is was are were been be remain remains remained',
    /^\s+(?:\p{Ll}+ly\s+)?(?:critical|supportive|dismissive|scornful|contemptuous|sceptical|skeptical|disdainful)\s+of\s/u,
  ],
];

/** The phrases that may follow each verb form of PHRASAL_STANCES (one lookup per token, not a test per entry). */
const PHRASES_AFTER = new Map<string, RegExp[]>();
for (const [forms, phrase] of PHRASAL_STANCES)
  for (const form of forms.split(' ')) PHRASES_AFTER.set(form, [...(PHRASES_AFTER.get(form) ?? []), phrase]);

/** The token after a phrasal stance whose verb is token `t` ("talked about [X]"), or -1. */
function phrasalStance(doc: ArticleDoc, t: number): number {
  const tok = doc.tokens[t];
  const phrases = PHRASES_AFTER.get(tok.lower);
  if (!phrases) return -1;
  for (const phrase of phrases) {
    const m = phrase.exec(doc.text.slice(tok.end, tok.end + 40));
    if (!m) continue;
    const k = doc.tokenAt(tok.end + m[0].length);
    return k < doc.tokens.length && doc.tokens[k].sentence === tok.sentence ? k : -1;
  }
  return -1;
}

/** A participle opening a sentence, alone or after "In", "By", "While", "After", "When", "Before". */
const LEADING_PARTICIPLE = /^\s*(?:(?:In|By|While|After|When|Before)\s+)?\p{L}+ing\b/u;

/** The subject of the main clause after a participial clause opening the sentence ("Citing ..., [X] blamed"). */
function subjectAfterParticiple(doc: ArticleDoc, t: number): Subject | null {
  const s = doc.sentences[doc.tokens[t].sentence];
  let comma = t + 1;
  while (comma < s.endToken && doc.tokens[comma].text !== ',') comma++;
  if (comma >= s.endToken) return null;
  for (let v = comma + 1; v < s.endToken; v++) {
    const tok = doc.tokens[v];
    if (tok.quote >= 0 || (tok.pos !== 'VERB' && tok.pos !== 'AUX')) continue;
    return subjectBefore(doc, tok.start, s.i, doc.tokens[comma].end);
  }
  return null;
}

/** Whether token `t` is a participle opening its sentence ("Citing ...", "In defending ..."). */
function opensSentence(doc: ArticleDoc, t: number): boolean {
  const s = doc.sentences[doc.tokens[t].sentence];
  const first = doc.tokens[s.firstToken];
  // ("Continuing to explain ..., X rejected ...": an aspect verb, not a stance)
  return (
    /ing$/.test(doc.tokens[t].lower) &&
    !/^continu/.test(doc.tokens[t].lower) &&
    (t === s.firstToken || (t === s.firstToken + 1 && /^(?:in|by|while|after|when|before)$/.test(first.lower)))
  );
}

/**
 * Where content from `start` to `end` ends when its clause is subordinate, opened by a subordinator right before
 * the subject ("As X laid out his vision, the crowd ...", "And while X said ..., ..."): at its first comma.
 */
function subordinateClauseEnd(
  doc: ArticleDoc,
  sentenceStart: number,
  subject: Subject,
  start: number,
  end: number,
): number {
  if (start <= subject.start || !SUBORDINATE_OPENING.test(doc.text.slice(sentenceStart, subject.start))) return end;
  const comma = doc.text.slice(start, end).indexOf(', ');
  return comma > 0 ? start + comma : end;
}

/** A subordinator right before the subject: the clause it opens ends at the next comma. */
const SUBORDINATE_OPENING =
  /^\s*(?:(?:And|But)\s+)?(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Ii]f|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Ww]henever)\s+$/;

/** "laid out her proposals", "sets out a plan" (not "set out 10 months ago to ..."): "out", then what is proposed. */
function laysOut(doc: ArticleDoc, t: number): boolean {
  const out = doc.tokens[t + 1];
  const next = doc.tokens[t + 2];
  return (
    out?.lower === 'out' &&
    !!next &&
    next.sentence === out.sentence &&
    (/^(?:a|an|the|his|her|their|its|our|my|plans?|proposals?|details?)$/.test(next.lower) || next.pos === 'ADJ')
  );
}

/** Heads whose "that" clause is not something the subject holds ("the problem is that", "given that"). */
const NOT_THAT_CUES = /^(?:is|was|are|were|be|been|being|'s|’s|given|provided|so|such|now|except|means|meant|mean)$/;

/**
 * Any other verb or adjective of a named person with a "that" clause ("X speculated that ...", "X was confident
 * that ...", "X made it clear that ..."): the clause is the claim, with the confidence of a belief.
 */
function thatClause(doc: ArticleDoc, t: number): ClaimDraft | null {
  const toks = doc.tokens;
  const tok = toks[t];
  const s = doc.sentences[tok.sentence];
  let head = t;
  const prev = (k: number) => toks[t - k]?.lower ?? '';
  if (/^(?:made|makes|make)$/.test(prev(1))) head = t - 1;
  else if (prev(1) === 'it' && /^(?:made|makes|make)$/.test(prev(2))) head = t - 2;
  else if (tok.pos === 'ADJ' && !/^(?:is|was|are|were|been|be|seemed|seems|remained|remains)$/.test(prev(1)))
    return null;
  const headTok = toks[head];
  if (/ing$/.test(headTok.lower) || t + 2 >= s.endToken || NOT_THAT_CUES.test(headTok.lower)) return null;
  // "bought that plane": a determiner before a bare singular noun, not a clause
  if (toks[t + 2].pos === 'NOUN' && !/s$/.test(toks[t + 2].lower)) return null;
  const beforeCue = doc.text.slice(Math.max(s.start, headTok.start - 40), headTok.start);
  if (NEGATED_CUE.test(beforeCue)) return null;
  // "it was reported that", "was told that": a passive says what others said
  if (tok.pos !== 'ADJ' && /\b(?:is|was|are|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeCue)) return null;
  const subject = subjectBefore(doc, headTok.start, s.i);
  if (!subject?.entity || doc.entities.get(subject.entity)?.label !== 'Person') return null;
  const start = toks[t + 2].start;
  const end = cutAtNextAttribution(doc, start, clauseEnd(doc, start, s.end));
  const cue = doc.text.slice(headTok.start, tok.end).toLowerCase();
  return draft(doc, start, end, cue, subject.entity, subject.start, end, s.i, 'asserts', 0.5);
}

/** Participles that name or judge what they take ("..., calling him a liar", "..., describing the plan as ..."). */
const EVALUATING_PARTICIPLES = new Set([
  'calling',
  'describing',
  'labelling',
  'labeling',
  'branding',
  'dubbing',
  'praising',
  'hailing',
  'slamming',
  'blasting',
  'mocking',
  'dismissing',
  'denouncing',
  'condemning',
  'likening',
  'painting',
  'casting',
  'portraying',
  // promises and demands: "..., promising to lift regulations"
  'promising',
  'pledging',
  'vowing',
  'urging',
  'demanding',
  'defending',
  'criticizing',
  'criticising',
  'attacking',
  'accusing',
  'blaming',
  'rejecting',
  'endorsing',
  'questioning',
  'encouraging',
  'comparing',
  'citing',
  'referring',
]);

/**
 * The subject of the first verb of a sentence, when it is a mention right before that verb ("Trump went after
 * Bush, calling him ..."); unlike clauseSubject, no fallback to the first name of the sentence.
 */
function mainClauseSubject(doc: ArticleDoc, sentence: number, before: number): Subject | null {
  // a leading participle ("Speaking at a town hall, X went after Y") has no subject: try the next verb
  return verbSubject(doc, sentence, before, true);
}

/** The subject of the first verb (outside quotations) before `before` that has one; with `anyVerb` false, of the first verb only. */
function verbSubject(doc: ArticleDoc, sentence: number, before: number, anyVerb: boolean): Subject | null {
  const s = doc.sentences[sentence];
  const main = mainClauseStart(doc, sentence);
  for (let t = s.firstToken; t < s.endToken && doc.tokens[t].start < before; t++) {
    const tok = doc.tokens[t];
    if (tok.quote >= 0 || tok.pos !== 'VERB' || tok.start < main) continue;
    const subject = subjectBefore(doc, tok.start, sentence);
    if (subject || !anyVerb) return subject;
  }
  return null;
}

/** "X's claim that ...", "X's remarks about ...": the possessor said what follows. */
function possessedSpeech(doc: ArticleDoc, t: number): ClaimDraft | null {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const m = [...doc.mentions]
    .reverse()
    .find((x) => x.sentence === s.i && x.end <= tok.start && tok.start - x.end <= 4 && x.kind === 'person');
  if (!m?.entity || !/^['’]s?\s+$/u.test(doc.text.slice(m.end, tok.start))) return null;
  // ("Clinton's comments Tuesday on the shooting": a day may stand between)
  let k = t + 1;
  if (isDay(doc.tokens[k])) k++;
  const next = doc.tokens[k];
  if (!next || !/^(?:that|about|of|on)$/.test(next.lower)) return null;
  const start = doc.tokens[k + 1]?.start ?? -1;
  if (start < 0 || start >= s.end) return null;
  let end = cutAtNextAttribution(doc, start, clauseEnd(doc, start, s.end));
  // "X's comments on the shooting came as ...": when the possessor opens the sentence, what the comments were about
  // ends at the sentence's verb (not past a comma or a relative word; a "that" clause has a verb of its own)
  if (next.lower !== 'that' && /^\s*(?:(?:But|And|Yet)\s+)?$/.test(doc.text.slice(s.start, m.start))) {
    for (let v = k + 1; v < s.endToken && doc.tokens[v].start < end; v++) {
      const x = doc.tokens[v];
      if (x.quote >= 0) continue;
      if (x.text === ',' || /^(?:that|which|who|whom|whose|by)$/.test(x.lower)) break;
      if ((x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/.test(x.lower) && !isParticipleModifier(doc, v)) {
        // ("X's argument on Sunday was that ...": the clause after the copula; not '... was "the definition of a
        // racist comment," Ryan said', someone's verdict on the remarks)
        if (/^(?:is|was)$/.test(x.lower) && doc.tokens[v + 1]?.lower === 'that' && v + 2 < s.endToken) {
          const after = doc.tokens[v + 2].start;
          const until = cutAtNextAttribution(doc, after, clauseEnd(doc, after, s.end));
          return draft(doc, after, until, tok.lower, m.entity, m.start, until, s.i, 'asserts', 0.55);
        }
        end = x.start;
        break;
      }
    }
  }
  return draft(doc, start, end, tok.lower, m.entity, m.start, end, s.i, 'asserts', 0.55);
}

/** The end of the clause starting at `start`: a semicolon, a dash break or the sentence end. */
function clauseEnd(doc: ArticleDoc, start: number, end: number): number {
  const rest = doc.text.slice(start, end);
  const m = /;|\s[—–]\s|\s--\s/.exec(rest);
  return m ? start + m.index : end;
}

/** Where the reported content starts after the cue at token `t`, or -1 when nothing follows. */
function contentAfterCue(doc: ArticleDoc, t: number): number {
  const toks = doc.tokens;
  const s = doc.sentences[toks[t].sentence];
  // ("As Ruiz put it, ...": the content comes after "it", or after a phrase of time or medium and its comma)
  if (toks[t].lower === 'put') {
    // (", as Ruiz put it." : the content comes before)
    if (toks[s.firstToken].lower !== 'as') return -1;
    const comma = putItCommaAfter(doc, t);
    if (comma > 0) return comma + 1 < s.endToken ? toks[comma + 1].start : -1;
  }
  let i = toks[t].lower === 'put' ? t + 2 : t + 1;
  // particles and adverbs: "said on Tuesday", "added that", "went on to add"
  const skip = /^(?:on|to|also|further|again|later|repeatedly|yesterday|today|publicly|privately|in|at)$/;
  // "asked how he would ...", "asked whether ...", "asked about increasing ...": the question is the content
  if (/^ask/.test(toks[t].lower) && t + 1 < s.endToken) {
    const next = toks[t + 1];
    if (/^(?:how|whether|if|why|what|when|where|who|which)$/.test(next.lower)) return next.start;
    if (next.lower === 'about' && t + 2 < s.endToken) return toks[t + 2].start;
  }
  if (ADDRESSEE_VERBS.has(toks[t].lower) || OBJECT_CUES.has(toks[t].lower)) {
    // "told GMTV's Sunday programme" / "told Labour members the Tories ..." / "told reporters that ..."
    // (not a relative "that" right before its verb: "told reporters after the meeting that was held on a boat")
    const thatAt = findWithin(
      doc,
      t + 1,
      Math.min(s.endToken, t + 12),
      (x, k) => x.lower === 'that' && !relativeThat(doc, k),
    );
    if (thatAt > 0 && !OBJECT_CUES.has(toks[t].lower)) return toks[thatAt + 1]?.start ?? -1;
    if (OBJECT_CUES.has(toks[t].lower)) {
      // ("whom he attacked viciously during the campaign": an adverb, then no object)
      const adverbOnly =
        /ly$/.test(toks[t + 1]?.lower ?? '') &&
        /^(?:in|at|on|during|after|before|since|for|from|over)$/.test(toks[t + 2]?.lower ?? '');
      return toks[t + 1] && t + 1 < s.endToken && !adverbOnly ? toks[t + 1].start : -1;
    }
    let seenNoun = false;
    for (; i < s.endToken; i++) {
      const x = toks[i];
      if (x.pos === 'PUNCT' && x.text !== "'s" && x.text !== '’s') {
        // "And, Ivo Kasic tells the crowd, he has been ...": a cue set off by commas, its content after them
        if (x.text === ',' && seenNoun && /,/.test(doc.text.slice(s.start, toks[t].start)) && i + 1 < s.endToken)
          return /^(?:PRON|DET|PROPN|NOUN)$/.test(toks[i + 1].pos) && !/^wh/.test(toks[i + 1].lower)
            ? toks[i + 1].start
            : -1;
        return -1;
      }
      if ((x.pos === 'DET' || x.pos === 'PRON') && seenNoun) return x.start;
      // ("told me he had ...": an object pronoun is the addressee)
      if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PART' || /^(?:me|us|him|her|them|you)$/.test(x.lower))
        seenNoun = true;
      else if (seenNoun && x.pos !== 'ADJ') {
        // "told ABC Radio on Monday the party had ...": the day after the addressee is no part of the content
        let j = i;
        if (toks[j].lower === 'on' && isDay(toks[j + 1])) j += 2;
        else if (/^(?:yesterday|today)$/.test(toks[j].lower)) j += 1;
        if (j > i && /^(?:morning|afternoon|evening|night)$/.test(toks[j]?.lower ?? '')) j++;
        if (j > i && toks[j]?.lower === 'that') j++;
        return j < s.endToken && toks[j].pos !== 'PUNCT' ? toks[j].start : x.start;
      }
    }
    return -1;
  }
  // "says at a campaign stop in Toledo, Ohio, that ...": a "that" a little further on, with no verb before it
  // (not a "That" inside a quotation: 'saying during the debate, "That makes me smart"')
  const thatAt = findWithin(doc, t + 1, Math.min(s.endToken, t + 16), (x) => x.lower === 'that' && x.quote < 0);
  if (thatAt > t + 1) {
    let verb = false;
    for (let k = t + 1; k < thatAt; k++) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') verb = true;
    // "said, at a rally in Ohio, that ..." / "said in a statement that ...": a prepositional phrase before "that"
    const prepositional =
      /^(?:in|on|at|during|after|before|to|through|via|from)$/.test(toks[t + 1].lower) || isDay(toks[t + 1]);
    if (!verb && (toks[thatAt - 1].text === ',' || prepositional)) return toks[thatAt + 1]?.start ?? -1;
  }
  // "saying during the debate last week, "That makes me smart"": a phrase of time or place, then the quotation
  if (/^(?:in|at|on|during|after|before)$/.test(toks[t + 1]?.lower ?? '')) {
    for (let k = t + 2; k < Math.min(s.endToken, t + 14); k++) {
      if (isFiniteVerb(doc, k)) break;
      if (toks[k].text === ',' && /^["“]$/.test(toks[k + 1]?.text ?? '')) return toks[k + 1].start;
    }
  }
  // "said (on) Tuesday (night) the tax ...": a day is no part of the content
  while (i < s.endToken && ((skip.test(toks[i].lower) && toks[i].pos !== 'PROPN') || isDay(toks[i]))) {
    i++;
    if (isDay(toks[i - 1]) && /^(?:morning|afternoon|evening|night)$/.test(toks[i]?.lower ?? '')) i++;
  }
  // "said in a statement the party would ...", "said at a rally Friday night he ...": the preposition's object
  // (with no verb) before a clause of its own is no part of the content
  if (i > t + 1 && /^(?:in|at|on|during)$/.test(toks[i - 1].lower) && toks[i].pos === 'DET') {
    let k = i + 1;
    while (k < s.endToken && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN')) k++;
    if (
      k > i + 1 &&
      toks[k - 1].pos !== 'ADJ' &&
      k < s.endToken &&
      (/^(?:DET|PRON)$/.test(toks[k].pos) || /^["“]$/.test(toks[k].text))
    )
      i = k;
  }
  if (i < s.endToken && /^(?:that)$/.test(toks[i].lower)) i++;
  if (i < s.endToken && /^[,:]$/.test(toks[i].text)) {
    i++;
    // ("as though he were screaming, and by the end ...": a comma and a conjunction, no content)
    if (toks[i - 1].text === ',' && /^(?:and|but|or)$/.test(toks[i]?.lower ?? '')) return -1;
  }
  // "..., X said, adding that ...": the participle starts a claim of its own
  if (
    i > t + 1 &&
    toks[i - 1].text === ',' &&
    i < s.endToken &&
    /ing$/.test(toks[i].lower) &&
    SPEECH_VERBS.has(toks[i].lower)
  )
    return -1;
  if (i >= s.endToken || toks[i].pos === 'PUNCT') {
    return i < s.endToken && /^["“]$/.test(toks[i].text) ? toks[i].start : -1;
  }
  return toks[i].start;
}

/** A day of the week ("Tuesday"). */
function isDay(tok: ArticleDoc['tokens'][number] | undefined): boolean {
  return !!tok && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(tok.lower);
}

/** "the meeting that was held": a "that" between a noun and a verb (not a gerund) opens a relative clause. */
function relativeThat(doc: ArticleDoc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return (
    doc.tokens[k - 1]?.pos === 'NOUN' &&
    !!next &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    !/ing$/.test(next.lower)
  );
}

function findWithin(
  doc: ArticleDoc,
  from: number,
  to: number,
  test: (t: ArticleDoc['tokens'][number], index: number) => boolean,
): number {
  for (let i = from; i < to; i++) if (test(doc.tokens[i], i)) return i;
  return -1;
}

function draft(
  doc: ArticleDoc,
  start: number,
  end: number,
  cue: string,
  speaker: string,
  evidenceStart: number,
  evidenceEnd: number,
  sentence: number,
  polarity: 'asserts' | 'denies',
  confidence: number,
): ClaimDraft | null {
  const c = makeClaim(
    doc,
    start,
    end,
    'reported',
    cue,
    speaker,
    evidenceStart,
    evidenceEnd,
    sentence,
    polarity,
    confidence,
  );
  // a reported claim of fewer than three words says nothing checkable, unless it names a quoted verdict ("called it
  // "predatory"", "branded him a "liar"")
  const verdict = /^(?:call|brand|label|dub|term)/.test(cue) && doc.quotes.some((q) => q.start < end && q.end > start);
  // ... or whose object is a person or party named whole ("endorsed Dan Tromp", "attacked Ruiz"): who it is about
  // is checkable
  if (namedObject(doc, c, speaker)) return c;
  return (c.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < (verdict ? 2 : 3) ? null : c;
}

/** Whether a claim's words are exactly one mention of a person or party other than its speaker. */
function namedObject(doc: ArticleDoc, c: ClaimDraft, speaker: string): boolean {
  return doc
    .mentionsIn(c.sentence)
    .some(
      (m) =>
        (m.kind === 'person' || m.kind === 'party') &&
        m.start === c.start &&
        c.end - m.end <= 2 &&
        /^(?:['’]s?)?$/.test(doc.text.slice(m.end, c.end)) &&
        m.entity !== speaker,
    );
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s"“”'‘’,:;—–-]/.test(text[a])) a++;
  // a closing doubled apostrophe ('') stands for a quotation mark, as does one after final punctuation
  // (characters compared by code: a curly mark's `text[k]` is a new string, and comparing one made V8 recompile)
  const closingApostrophe = (k: number) =>
    text.charCodeAt(k) === 0x27 && (text.charCodeAt(k - 1) === 0x27 || /[.,!?]/.test(text[k - 1]));
  while (b > a && (/[\s"“”,;:—–-]/.test(text[b - 1]) || closingApostrophe(b - 1))) b--;
  if (b > a && text.charCodeAt(b - 1) === 0x2e && !/\b\p{Lu}\.$/u.test(text.slice(a, b))) b--;
  return [a, b];
}

/**
 * The words of the quotations in [a, b), joined: a quote split by its cue ("It is hard," she said, "but fair.")
 * keeps the quoted words only, not the attribution between its parts.
 */
function quotedText(doc: ArticleDoc, a: number, b: number): string {
  const parts = doc.quotes
    .filter((q) => q.end > a && q.start < b)
    .map((q, i, all) => {
      const [x, y] = trimSpan(doc.text, Math.max(q.start, a), Math.min(q.end, b));
      // a part the cue interrupted keeps its comma ("It is hard, but fair")
      const raw = doc.text.slice(x, Math.min(q.end, b)).replace(/[\s"“”']+$/u, '');
      return i < all.length - 1 ? raw : doc.text.slice(x, y);
    })
    .filter((t) => t.length > 0);
  return cleanClaimText(parts.length > 0 ? parts.join(' ') : doc.text.slice(a, b));
}

/** Claim text: the span with quotation marks between continued parts removed and spaces made single. */
function cleanClaimText(s: string): string {
  return s
    .replace(/\s*(?:["“”]|'')\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sentencesApart(doc: ArticleDoc, a: number, b: number): number {
  return (doc.sentenceAt(b)?.i ?? 0) - (doc.sentenceAt(Math.max(0, a - 1))?.i ?? 0);
}

function nextQuoteStart(doc: ArticleDoc, offset: number): number {
  const q = doc.quotes.find((x) => x.outerStart >= offset);
  return q ? q.outerStart : doc.text.length;
}

function previousQuoteEnd(doc: ArticleDoc, offset: number): number {
  let end = 0;
  for (const q of doc.quotes) if (q.outerEnd <= offset) end = q.outerEnd;
  return end;
}

/**
 * Where the clause a quotation closes begins, when words of that clause lead straight into the quotation ('will
 * play the "woman card,"'); -1 when the quotation opens its clause (after a comma, a colon or a dash).
 */
/**
 * A short quoted title ("CBS This Morning,") inside a leading participle or subordinate clause ("Asked why ...",
 * "Speaking on ...", "When ..."): the name of a show or a book, not a quotation of the speaker after it.
 */
function quotedTitleInLeadIn(doc: ArticleDoc, g: QuoteGroup): boolean {
  const s = doc.sentenceAt(g.outerStart);
  if (!s || g.quotes.length !== 1 || g.quotes[0].words > 5) return false;
  const words = doc.text.slice(g.start, g.end).match(/[\p{L}'’-]+/gu) ?? [];
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|in|on|for|a|to)$/.test(w))) return false;
  // (also the programme or book a sentence opens on: 'On ABC News's "This Week," Rubio said that ...')
  return /^\s*(?:asked|pressed|speaking|writing|appearing|questioned|interviewed|when|while|after|before|on|in|at|during)\b/i.test(
    doc.text.slice(s.start, g.outerStart),
  );
}

function clauseLeadIn(doc: ArticleDoc, g: QuoteGroup): number {
  const s = doc.sentenceAt(g.outerStart);
  if (!s) return -1;
  const prefix = doc.text.slice(s.start, g.outerStart);
  const boundary = /^(?:.*(?:[;:—–(]|\s-\s))?/su.exec(prefix)![0].length;
  const lead = prefix.slice(boundary);
  if (!/\p{L}\s+$/u.test(lead) || wordCount(lead) < 2) return -1;
  // 'Ruiz said the "rigged" vote ...': a cue of its own before the quotation, with a person speaking it (but
  // 'Government guidance said ... "no current purpose", Mr Ode said': what a document says is Ode's claim)
  for (let t = doc.tokenAt(s.start + boundary); t < doc.tokens.length && doc.tokens[t].start < g.outerStart; t++) {
    const tok = doc.tokens[t];
    if (tok.pos !== 'VERB' || !QUOTE_CUE_SET.has(tok.lower)) continue;
    const subject = subjectBefore(doc, tok.start, s.i);
    if (subject && subject.kind !== 'other') return -1;
  }
  return s.start + boundary;
}

/** A quotation followed, in its sentence, by three or more words before any punctuation. */
function embeddedPhrase(doc: ArticleDoc, g: QuoteGroup): boolean {
  const s = doc.sentenceAt(g.outerEnd - 1);
  const rest = doc.text.slice(g.outerEnd, s ? s.end : g.outerEnd);
  return wordCount(/^[^.,;:!?"“”]*/.exec(rest)![0]) >= 3;
}

/** Content that starts with a quotation running to (within two words of) its end. */
function opensWithWholeQuote(doc: ArticleDoc, start: number, end: number): boolean {
  const lead = /^\s*/.exec(doc.text.slice(start, end))![0].length;
  if (!/["“”]|''/.test(doc.text.slice(start + lead, start + lead + 2))) return false;
  const q = doc.quotes.find((x) => x.outerStart === start + lead);
  if (!q) return true;
  // ('"That makes me smart," when Clinton ...', '"Minister, that is rubbish" as she tried ...': a quotation closed
  // by its own comma, or followed by a clause of time, ends what was said)
  return (
    wordCount(doc.text.slice(q.outerEnd, end)) < 3 ||
    /[,.!?]\s*(?:["”]|'')$/.test(doc.text.slice(q.start, q.outerEnd)) ||
    /^\s*(?:as|when|while|because|before|after|until|since)\s+(?:he|she|they|we|I|it)\s/.test(
      doc.text.slice(q.outerEnd, end),
    )
  );
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** By start, the longer span first (at module level: an inline comparator was compiled again for many articles). */
const byStartThenLonger = (a: ClaimDraft, b: ClaimDraft): number => a.start - b.start || b.end - a.end;

/**
 * One claim per span: a reported claim overlapping a quotation of the same speaker is dropped, unless the
 * quotation is only a phrase inside it (less than half its words).
 */
function dedupe(claims: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const c of claims.sort(byStartThenLonger)) {
    const clash = out.find((o) => o.speaker === c.speaker && c.start < o.end && o.start < c.end);
    if (clash) {
      const phrase = c.end <= clash.end && wordCount(c.text) * 2 < wordCount(clash.text);
      if (clash.kind === 'reported' && c.kind === 'quote' && !phrase) out.splice(out.indexOf(clash), 1, c);
      continue;
    }
    out.push(c);
  }
  return out;
}
