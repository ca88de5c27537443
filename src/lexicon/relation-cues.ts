// Cue words for the scored relationships: blame and accusation, alliance, opposition, meetings,
// and the modality words that keep a hypothetical or denied statement from becoming a fact.
import { phraseSet, wordSet } from './words.js';

/** Verbs by which a source blames, accuses or attacks a target. */
export const ACCUSATION_VERBS = wordSet(`
  accuse accuses accused accusing blame blames blamed blaming attack attacks attacked attacking
  criticise criticises criticised criticising criticize criticizes criticized criticizing
  condemn condemns condemned condemning slam slams slammed slamming lambast lambasts lambasted lambasting
  denounce denounces denounced denouncing blast blasts blasted blasting castigate castigated castigates
  rebuke rebukes rebuked rebuking berate berates berated berating chide chides chided
  deride derides derided deriding ridicule ridicules ridiculed ridiculing mock mocks mocked mocking
  brand brands branded branding accuse accusation
  vilify vilifies vilified assail assails assailed censure censures censured
  fault faults faulted excoriate excoriates excoriated
`);

/** Phrasal accusation cues: "hit out at X", "lashed out at X", "took aim at X". */
export const ACCUSATION_PHRASES = phraseSet(`hit out at | hits out at | hitting out at | lashed out at | lashes out at |
  lashing out at | took aim at | takes aim at | taking aim at | turned on | pointed the finger at | pointing the finger at`);

/** Dismissive verbs that accuse when their object is a target's plan, words or record ("dismissed X's plan as"). */
export const DISMISSAL_VERBS = wordSet(`dismiss dismisses dismissed dismissing`);

/** Words that delegitimise or allege wrongdoing when said of someone ("fake mandate", "rigged", "lied"). */
export const ACCUSATION_WORDS = wordSet(`
  fake rigged rigging corrupt corruption lie lies lied liar liars lying fraud fraudulent stolen steal stole
  illegitimate betrayal betrayed betray hypocrisy hypocrite hypocrites incompetent incompetence scandal
  disgrace disgraceful shameful lawless criminal crooked treason traitor traitors dishonest deceit deceive
  deceived misled mislead misleading vacuous desperate smear smears sham farce cheat cheated cheating
  bribe bribes bribery looted loot plunder plundered
  reckless extremist extremists racist racists xenophobic divisive backwards undemocratic puppet
  puppets
`);

/** Nouns that, with two parties, tell of an alliance. */
export const ALLIANCE_NOUNS = wordSet(`coalition coalitions alliance alliances pact pacts partnership partnerships
  bloc front accord deal merger tie-up tie-ups agreement`);

/** Verbs and phrases that make two parties allies. */
export const ALLIANCE_VERBS = wordSet(`ally allies allied allying join joins joined joining partner partners
  partnered partnering support supports supported supporting back backs backed backing endorse endorses endorsed
  endorsing merge merges merged`);

export const ALLIANCE_PHRASES = phraseSet(`joined hands with | join hands with | joining hands with | joins hands with |
  teamed up with | team up with | teaming up with | sided with | side with | siding with | formed a coalition with |
  form a coalition with | in coalition with | in alliance with | coalition partner | coalition partners |
  alliance partner | alliance partners | part of the | member of the | members of the | joined the | join the`);

/** Suffixes on a party acronym or name that make it lead or back a coalition ("PTI-led coalition"). */
export const LED_SUFFIXES = wordSet(`led backed allied run ruled dominated controlled headed supported`);

/** Verbs and phrases of opposition short of an accusation. */
export const OPPOSITION_VERBS = wordSet(`oppose opposes opposed opposing resist resists resisted resisting
  sideline sidelines sidelined sidelining obstruct obstructs obstructed block blocks blocked blocking`);

export const OPPOSITION_PHRASES = phraseSet(`voted against | vote against | votes against | voting against |
  in opposition to | sat in opposition | sit in opposition | campaigned against | campaign against | stood against |
  rallied against | fought against | wanted us sidelined | to be sidelined`);

/** Verbs and nouns of meeting. */
export const MEETING_VERBS = wordSet(`meet meets met meeting`);
export const MEETING_PHRASES = phraseSet(`held talks with | hold talks with | holds talks with | holding talks with |
  talks with | met with | meets with | meeting with | sat down with | called on | conferred with | talks between |
  meeting between | met the | met`);

/** Words that make a statement hypothetical, conditional, negated or denied: not a fact. */
export const NEGATION_WORDS = wordSet(`not no never neither nor without n't cannot refused refuses refuse
  denied denies deny denying rejected rejects reject rejecting ruled rule rules ruling dismissed`);
export const HYPOTHETICAL_WORDS = wordSet(`if would could might may should unless whether rumoured rumored
  speculation speculated possible possibility potential potentially consider considering considered mulls mulling
  weighing explore exploring hypothetical`);
/** Words that mark a proposed (not yet real) tie. */
export const PROPOSAL_WORDS = wordSet(`proposed propose proposes proposal talks negotiate negotiating negotiations
  negotiated offer offered offers plan plans planned planning will shall agree agreed agreeing expected`);
/** Words that mark a past tie. */
export const PAST_WORDS = wordSet(`former formerly ex previously once erstwhile were was earlier past broke quit
  left defected collapsed ended`);
