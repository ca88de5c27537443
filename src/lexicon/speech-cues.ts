// Cue words that attribute speech: verbs of saying (every inflection listed, so lookups are a set test),
// phrasal cues, and nouns that introduce reported content.
import { phraseSet, wordSet } from './words.js';

/** Verbs of saying, in the forms news prose uses them. */
export const SPEECH_VERBS = wordSet(`
  say says said saying
  tell tells told telling
  add adds added adding
  claim claims claimed claiming
  warn warns warned warning
  insist insists insisted insisting
  deny denies denied denying
  acknowledge acknowledges acknowledged acknowledging
  argue argues argued arguing
  stress stresses stressed stressing
  note notes noted noting
  explain explains explained explaining
  suggest suggests suggested suggesting
  state states stated stating
  declare declares declared declaring
  announce announces announced announcing
  assert asserts asserted asserting
  maintain maintains maintained maintaining
  admit admits admitted admitting
  concede concedes conceded conceding
  confirm confirms confirmed confirming
  reveal reveals revealed revealing
  write writes wrote writing written
  tweet tweets tweeted tweeting
  posted
  recall recalls recalled recalling
  remember remembers remembered remembering
  term termed terming
  remark remarks remarked remarking
  comment comments commented commenting
  observe observes observed observing
  predict predicts predicted predicting
  promise promises promised promising
  pledge pledges pledged pledging
  vow vows vowed vowing
  urge urges urged urging
  ask asks asked asking
  reply replies replied replying
  respond responds responded responding
  answer answers answered answering
  complain complains complained complaining
  allege alleges alleged alleging
  charge charges charged charging
  counter counters countered countering
  retort retorts retorted retorting
  quip quips quipped quipping
  joke jokes joked joking
  caution cautions cautioned cautioning
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
  underline underlines underlined underlining
  contend contends contended contending
  point points pointed pointing
  continue continues continued continuing
  conclude concludes concluded concluding
  predict predicts predicted
  boast boasts boasted boasting
  estimate estimates estimated
  report reports reported
  announce
  reiterate reiterates reiterated reiterating
  agree agrees agreed agreeing
  accuse accuses accused accusing
  blame blames blamed blaming
  describe describes described describing
  dismiss dismisses dismissed dismissing
  criticise criticises criticised criticising criticize criticizes criticized criticizing
  attack attacks attacked attacking
  demand demands demanded demanding
  propose proposes proposed proposing
  hint hints hinted hinting
  indicate indicates indicated indicating
  concur concurs concurred
  lament laments lamented lamenting
  mention mentions mentioned mentioning
  acknowledge
  whisper whispers whispered
  shout shouts shouted shouting
  yell yells yelled yelling scream screams screamed screaming
  scoff scoffs scoffed
  tout touts touted touting
  testify testifies testified testifying
  believe believes believed believing
  think thinks thought
  feel feels felt
  fear fears feared
  hope hopes hoped
  expect expects expected
  worry worries worried
  doubt doubts doubted
  question questions questioned questioning
  wonder wonders wondered
  recount recounts recounted
  reckon reckons reckoned
  assure assures assured assuring
  inform informs informed
  signal signals signalled signaled
  threaten threatens threatened threatening
  repeat repeats repeated
  speculate speculates speculated speculating
  proclaim proclaims proclaimed proclaiming
  exclaim exclaims exclaimed
  muse mused musing
  clarify clarifies clarified clarifying
  elaborate elaborates elaborated elaborating
  opine opines opined opining
  theorize theorizes theorized theorise theorises theorised
  surmise surmised surmises
  disclose discloses disclosed disclosing
  divulge divulges divulged divulging
  confide confides confided confiding
  rebut rebuts rebutted rebutting
  objected
  protested
  interject interjects interjected
  reassure reassures reassured reassuring
  swear swears swore sworn
  brag brags bragged bragging
  gush gushes gushed gushing
  fume fumes fumed fuming
  gripe gripes griped griping
  sigh sighs sighed
  chuckle chuckles chuckled
  bemoan bemoans bemoaned bemoaning
  grumble grumbles grumbled grumbling
  recollect recollects recollected
`);

/** Verbs that report belief or feeling rather than speech: a weaker cue (lower confidence). */
export const BELIEF_VERBS = wordSet(`
  believe believes believed believing think thinks thought feel feels felt fear fears feared hope hopes hoped
  expect expects expected worry worries worried doubt doubts doubted wonder wonders wondered reckon reckons reckoned
`);

/** Cues whose object is the addressee, not the content ("told reporters that ..."). */
export const ADDRESSEE_VERBS = wordSet(`
  tell tells told telling assure assures assured assuring inform informs informed warn warns warned warning
  remind reminds reminded urge urges urged ask asks asked
`);

/** Cue verbs that deny: the claim they attribute has polarity "denies". */
export const DENIAL_VERBS = wordSet(`deny denies denied denying reject rejects rejected rejecting dismiss dismissed
  dismisses refute refutes refuted`);

/** Verbs that only count as speech with a following particle ("pointed out", "went on"). */
export const PARTICLE_CUES = phraseSet(`pointed out | points out | pointing out | went on | goes on | going on |
  went on to say | went on to add | hit out | hits out | hitting out | lashed out | spoke out | speaks out`);

/** Phrases that introduce the source after the content ("according to X"). */
export const SOURCE_PREPOSITIONS = phraseSet(`according to | in the words of | quoting`);

/** Verb phrases that present recorded speech ("X can be heard saying"). */
export const HEARD_CUES = wordSet(`heard seen quoted recorded`);

/** Speech cues that take an object before the content ("accused X of ...", "described X as ..."). */
export const OBJECT_CUES = wordSet(`accuse accuses accused accusing blame blames blamed blaming describe describes
  described describing dismiss dismisses dismissed dismissing criticise criticises criticised criticising criticize
  criticizes criticized criticizing attack attacks attacked attacking brand brands branded branding label labels
  labelled labeled call calls called calling urge urges urged urging term termed terming`);

/**
 * Verbs of stance and evaluation whose object is what is attributed ("praised X's leadership", "called X a
 * liar", "endorsed X"): a weaker cue than saying; the claim is the verb's complement.
 */
export const STANCE_VERBS = wordSet(`
  call calls called calling praise praises praised praising hail hails hailed hailing
  decry decries decried decrying defend defends defended defending reject rejects rejected rejecting
  endorse endorses endorsed endorsing condemn condemns condemned condemning denounce denounces denounced denouncing
  slam slams slammed slamming blast blasts blasted blasting mock mocks mocked mocking ridicule ridiculed
  welcome welcomes welcomed welcoming applaud applauds applauded applauding commend commends commended
  cite cites cited citing describe describes described describing question questions questioned questioning
  express expresses expressed expressing reiterate reiterates reiterated reiterating predict predicts predicted
  suggest suggests suggested suggesting propose proposes proposed proposing
  promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing
  threaten threatens threatened threatening urge urges urged urging demand demands demanded demanding
  criticise criticises criticised criticising criticize criticizes criticized criticizing
  accuse accuses accused accusing blame blames blamed blaming attack attacks attacked attacking
  dismiss dismisses dismissed dismissing
  express expresses expressed voice voices voiced echo echoes echoed concede concedes conceded
  refer refers referred referring compare compares compared comparing liken likens likened likening
  highlight highlights highlighted
  emphasize emphasizes emphasized emphasise emphasises emphasised tout touts touted touting
  lament laments lamented rail rails railed portray portrays portrayed signal signals signaled signalled
  recommend recommends recommended caution cautions cautioned plead pleads pleaded deem deems deemed
  embrace embraces embraced request requests requested challenge challenges challenged thank thanks thanked
  remind reminds reminded assure assures assured encourage encourages encouraged favor favors favored
  favour favours favoured prefer prefers preferred oppose opposes opposed support supports supported
  agree agrees agreed offer offers offered vote votes voted pledge reveal reveals revealed
  discuss discusses discussed raise raises raised push pushes pushed complain complains complained
  boast boasts boasted joke jokes joked estimate estimates estimated find finds found conclude concludes concluded
  outline outlines outlined outlining unveil unveils unveiled unveiling
  admire admires admired admiring promote promotes promoted promoting advocate advocates advocated advocating
  ridiculing commending predicting voicing echoing conceding highlighting emphasizing emphasising lamenting railing
  portraying signaling signalling recommending cautioning pleading embracing requesting challenging thanking
  reminding assuring encouraging favoring favouring preferring opposing supporting agreeing offering voting
  revealing raising pushing complaining boasting estimating concluding
  articulates articulated lambaste lambastes lambasted lambasting lambast lambasts
  assail assails assailed assailing deride derides derided deriding bash bashes bashed bashing
  hammer hammers hammered hammering congratulate congratulates congratulated congratulating
  back backs backed backing champion champions championed championing downplay downplays downplayed downplaying
  fault faults faulted faulting chide chides chided chiding scold scolds scolded scolding rebuke rebukes rebuked
  rebuking taunt taunts taunted taunting justify justifies justified justifying
  cast casts casting paint paints painted painting compliment compliments complimented complimenting
  grill grills grilled grilling exhort exhorts exhorted exhorting
`);

/** Verbs of intention and belief with a "to"-complement or a clause ("wants to", "hopes that"). */
export const INTENTION_VERBS = wordSet(`want wants wanted wanting plan plans planned planning hope hopes hoped
  hoping intend intends intended intending seek seeks sought seeking aim aims aimed aiming vow vows vowed
  believe believes believed think thinks thought fear fears feared expect expects expected worry worries worried
  feel feels felt know knows knew see sees saw view views consider considers considered`);

/**
 * Verbs of refusal with a "to"-complement ("X refuses to release his tax returns"): a stance whose claim keeps the
 * verb, since without it the claim says the opposite.
 */
export const REFUSAL_VERBS = wordSet(`refuse refuses refused refusing`);

/** What a refusal is not a stance about: "refused to comment", "declined to say". */
export const NO_COMMENT_VERBS = wordSet(`comment say speak respond elaborate answer speculate discuss`);

/** Verbs of proposing that take their object after "out" ("laid out her proposals", "sets out a plan"). */
export const OUT_VERBS = wordSet(`lay lays laid laying set sets setting spell spells spelled spelt spelling`);

/** Nouns of saying after a possessive ("X's claim that ...", "X's remarks about ..."). */
export const SPEECH_NOUNS = wordSet(`claim claims assertion assertions remark remarks statement statements comment
  comments suggestion suggestions criticism warning warnings promise promises pledge pledges argument arguments
  accusation accusations allegation allegations insistence view views belief call calls proposal proposals
  prediction predictions charge charges denial`);

/**
 * Present-tense verbs that make a headline an attribution ("X Says ...", "X Slams ...", "X Endorses ..."):
 * what follows the verb is what the named person said or holds. Verbs whose object is only a target
 * ("X Attacks Y", "X Slams Y") are left out: the target is not something the person said.
 */
export const HEADLINE_VERBS = wordSet(`says tells warns urges claims insists argues admits predicts vows pledges
  promises suggests explains responds praises hails endorses backs rejects dismisses defends demands accuses
  calls questions touts reveals announces wants denounces slams blasts criticizes criticises mocks chides
  blames condemns speaks seeks`);
