// Cases for quotations and reported speech: each a short piece of news prose about invented people and parties,
// with the claims extraction must find (speaker and words) or must not find.
import type { CaseBase } from '../helpers.js';
import type { Polarity } from '../../../src/model/types.js';

export interface ClaimExpect {
  /** The speaker, by any name the article gives them. */
  by: string;
  /** Words the claim text holds in a row (several: all in the same claim). */
  has: string | string[];
  /** Words the claim text must not hold (the attribution, the cue). */
  lacks?: string;
  kind?: 'quote' | 'reported';
  polarity?: Polarity;
}

export interface ClaimCase extends CaseBase {
  text: string;
  title?: string;
  /** Claims that must be found. */
  claims?: ClaimExpect[];
  /** No claim may hold these words. */
  noClaim?: string;
  /** Every claim holding these words is unattributed (no person or party speaks them). */
  noSpeaker?: string;
  /** No claim holding `has` is attributed to `by`. */
  notBy?: { by: string; has: string };
}

export const CLAIM_CASES: ClaimCase[] = [
  {
    note: 'a cue with its addressee set off by commas ("And, X tells the crowd, he ...") has its content after them',
    text: 'Campaign trail\n\nAnd, Ivo Kasic tells the crowd, he has been known to be tough in his home state.',
    claims: [{ by: 'Ivo Kasic', has: 'he has been known to be tough' }],
  },
  {
    note: 'but a relative clause after the addressee\'s comma is no content ("asked X, who is fourth, to ...")',
    text:
      'Delegates\n\nOn his show, Sean Hallam asked Ivo Kasic, who is fourth in the delegate count, to lay out ' +
      'his path.',
    noClaim: 'who is fourth in the delegate count',
  },
  {
    note: 'an addressee with a place ("tells reporters outside a polling station in Greenville that “...”")',
    text:
      'Campaign trail\n\nAna Bosch tells reporters outside a polling location in Greenville that “to beat ' +
      'expectations would be helpful. I think we will do that.”',
    claims: [{ by: 'Ana Bosch', has: 'to beat expectations would be helpful' }],
  },
  {
    note: 'an object pronoun is the addressee ("X — after a pause — told me he had ...")',
    text: 'Profile\n\nTom Murray — after a knock-on-wood gesture — told me he has had a relatively tragedy-free life.',
    claims: [{ by: 'Tom Murray', has: 'he has had a relatively tragedy-free life' }],
  },
  {
    note: 'a second quotation after "adding," is a claim of its own, not the rest of the first',
    text:
      'Campaign trail\n\n“I think Ivo Kasic would be the best nominee, but he does not have a chance,” Lena Gray ' +
      "said on the radio, adding, “Kasic's problem is he is an insider in an outsider year.”",
    claims: [
      { by: 'Lena Gray', has: 'he does not have a chance', lacks: 'insider' },
      { by: 'Lena Gray', has: 'he is an insider in an outsider year', lacks: 'nominee' },
    ],
  },
  {
    note: 'a reflexive after the subject ("Quill herself said") does not part the subject from its cue',
    text: 'Iowa race\n\nRosa Quill met voters in Iowa. Quill herself said Tuesday that the only way to win is to ask.',
    claims: [{ by: 'Rosa Quill', has: 'the only way to win is to ask' }],
  },
  {
    note: 'a surname the article also writes in lowercase opens a sentence as the person ("Small, who ...")',
    text:
      'Casino city\n\nCouncil president Marty Small spoke first about the small businesses.\n\n' +
      'Small, who attended the rally on Wednesday, said that the mayor had hurt the little people.',
    claims: [{ by: 'Marty Small', has: 'the mayor had hurt the little people' }],
  },
  {
    note: 'content, a cue set off by commas, and a description of the content after it: the content is before',
    text:
      'Asylum plan\n\nVictims of violence would be considered a distinct group for asylum, Rosa Quill said, a policy ' +
      'that could make it easier for them to stay.',
    claims: [{ by: 'Rosa Quill', has: 'would be considered a distinct group', lacks: 'a policy that' }],
    noClaim: 'a policy that could make it easier',
  },
  {
    note: 'but a cue set off by commas inside a sentence that opens with an adverbial leaves the content after it',
    text:
      'Election night\n\nAs with the last election, Ivo Wilkin says, the outcome will be decided by a small number ' +
      'of seats.',
    claims: [{ by: 'Ivo Wilkin', has: 'the outcome will be decided' }],
  },
  {
    note: 'content before a speaker with a lowercase description ("..., journalist Ana Ruiz said in posing ...")',
    text:
      'Debate night\n\nMany voters did not recognise themselves in the description, journalist Ana Ruiz said in ' +
      'posing the question to Ode.',
    claims: [{ by: 'Ana Ruiz', has: 'Many voters did not recognise themselves' }],
    noClaim: 'posing the question',
  },
  {
    note: 'a participle of saying after "with" and an office with its party ("with DA chairperson X warning that")',
    text:
      'Budget row\n\nThe row deepened on Wednesday, with Civic Union Party (CUP) federal chairperson Helen Zwane ' +
      'warning that her party would not rubber-stamp the budget.',
    claims: [{ by: 'Helen Zwane', has: 'her party would not rubber-stamp the budget' }],
  },
  {
    note: 'content before a speaker with a possessive description ("..., the party\'s spokesman X wrote")',
    text:
      'Detained\n\nEkrem Yavuzer, the deputy chairman of the Civic Union Party (CUP), was taken from his home in ' +
      "the Sisli district, the party's spokesman Deniz Yalcin wrote on social media.",
    claims: [{ by: 'Deniz Yalcin', has: 'was taken from his home' }],
  },
  {
    note: 'a phrase of time or place after "said" with no verb of its own leaves the content before the speaker',
    text:
      'Convention\n\nHis allegiance has shifted from Lund to Brandt, Ivo Wilkin said during his campaign speech to ' +
      'be a delegate.',
    claims: [{ by: 'Ivo Wilkin', has: 'His allegiance has shifted' }],
    noClaim: 'during his campaign speech',
  },
  {
    note: 'but a clause with a verb after the cue and its phrase is the content ("said during the debate were ...")',
    text:
      'Debate night\n\nThe attacks, Ana Ruiz noted, were ones that Ivo Wilkin said during the debate were sparked ' +
      'by his poll numbers.',
    notBy: { by: 'Ivo Wilkin', has: 'The attacks' },
  },
  {
    note: 'the object of a preposition before a clause is no part of the content ("said in a statement the ...")',
    text: 'Regrouping\n\nAfter the vote failed on Monday, Ivo Wilkin said in a statement the party would regroup.',
    claims: [{ by: 'Ivo Wilkin', has: 'the party would regroup', lacks: 'statement' }],
  },
  {
    note: 'a quoted show title inside a leading participle clause is no quotation and takes no cue',
    text:
      'Endorsement\n\nAsked why he had yet to endorse Ruiz during an appearance Friday on "Morning Hour," Tomas ' +
      'Ode said he had not "heard her say the things that need to be said."',
    claims: [{ by: 'Tomas Ode', has: 'he had not heard her say the things' }],
    noClaim: 'Morning Hour',
  },
  {
    note: 'a quoted phrase with its comma inside the marks closes an appositive (also in two-apostrophe marks)',
    text:
      "Campaign\n\nMr. Ivo Brandt, citing ''the unique magic of Ruiz,'' said the candidate could win the east.\n\n" +
      'Ana Lund, citing "the weakness of the field," said the party could win the west.',
    claims: [
      { by: 'Ivo Brandt', has: 'the candidate could win the east' },
      { by: 'Ana Lund', has: 'the party could win the west' },
    ],
  },
  {
    note: 'an office of one party ("The Scottish Conservative leader") is not the holder of another party\u2019s office',
    text:
      'Legal row\n\n' +
      'Angus Lindqvist has resigned from his post as a partner in a legal firm.\n\n' +
      'The Scottish Conservative leader had insisted that his legal work did not influence him.\n\n' +
      'Scottish Renewal Party Holyrood leader Morag Keddie accused Mr Lindqvist of failing his constituents.',
    notBy: { by: 'Morag Keddie', has: 'his legal work did not influence him' },
  },
  {
    note: 'an office with a lowercase modifier opening the article ("The information commissioner says") is the person named next',
    text:
      'Watchdog acts\n\n' +
      'The information commissioner says he is urgently asking for details of the deletion orders.\n\n' +
      'Ronald Whitfield \u201cstrongly condemned\u201d the deletions on Monday.',
    claims: [{ by: 'Ronald Whitfield', has: 'he is urgently asking for details' }],
  },
  {
    note: '"..., with party chairman X saying ...": the name right before the participle speaks',
    text:
      'Talks offer rejected\n\n' +
      'The Awami Insaf League (AIL) on Friday rejected the offer of talks, with party chairman Barrister ' +
      'Tariq Mehmood saying the rulers had no mandate to negotiate.',
    claims: [{ by: 'Tariq Mehmood', has: 'the rulers had no mandate to negotiate', lacks: 'saying' }],
  },
  {
    note: 'a day after the addressee of "told" is no part of the content ("told ABC Radio on Monday the ...")',
    text:
      'Climate trigger\n\n' +
      'Mr Whitcombe told Capital Radio National on Monday the party had been more than reasonable.',
    claims: [{ by: 'Whitcombe', has: 'the party had been more than reasonable', lacks: 'Monday' }],
  },
  {
    note: 'content before "X said Tuesday in Paris, noting ...": a time and place after the cue, then a participle',
    text:
      'Leaders react\n\n' +
      'The candidate\u2019s \u201cexcesses\u201d are sickening, Paul Moreau said Tuesday in Lyon, noting the ' +
      'nominee had insulted a grieving family.',
    claims: [
      { by: 'Paul Moreau', has: 'excesses are sickening' },
      { by: 'Paul Moreau', has: 'the nominee had insulted a grieving family' },
    ],
  },
  {
    note: '"termed X a Y" reports what the speaker called X',
    text:
      "In a statement issued here, Federal Information Minister Tariq Mehmood Baig termed the opposition's " +
      'movement a "failed drama".',
    claims: [{ by: 'Tariq Mehmood Baig', has: "the opposition's movement a failed drama" }],
  },
  {
    note: "a short quotation opening with a verb right after a name ('X \"totally condemned\" the ...') is X's claim",
    text:
      'E-mail row\n\n' +
      'Neil Gaskell "totally condemned" the deletion of e-mails to prevent their disclosure under the new laws.',
    claims: [{ by: 'Neil Gaskell', has: 'totally condemned the deletion of e-mails' }],
  },
  {
    note: "a quoted predicate inside someone else's reported speech ('X said Y \"caused havoc\"') is not Y's claim",
    text: 'Debate night\n\nMarta Lind said Jonas Berg "caused tremendous havoc" as foreign minister.',
    notBy: { by: 'Jonas Berg', has: 'caused tremendous havoc' },
  },
  {
    note: 'a quoted name or label after a person (\'Ana Ruiz "the Hammer" won\') is no claim',
    text: 'Vote count\n\nAna Ruiz "the Hammer" won the seat by twelve votes on Sunday.',
    noClaim: 'the Hammer',
  },
  {
    note: '"remembered how ..." recounts what was said, and the quotation standing after it is the same speaker\'s',
    text:
      'Former MP Joanne Pell recalled a stream of remarks from a leading MP. And ex-Civic education secretary ' +
      'Ingrid Salter remembered how one of her male colleagues called all women "Betty".\n\n' +
      "\"When I said, 'Look you know my name is not Betty', he said, 'ah but you are all the same'.\"",
    claims: [
      { by: 'Ingrid Salter', has: 'one of her male colleagues called all women' },
      { by: 'Ingrid Salter', has: 'you know my name is not Betty', kind: 'quote' },
    ],
  },
  {
    note: '"remembered" with a plain object is memory, not speech',
    text: 'Petra Ilves remembered her father and the long winters on the farm near the border.',
    noClaim: 'her father',
  },
  {
    note: 'a quoted nickname inside the appositive (\'one of the so-called "Crane Girls"\') does not hide the speaker',
    text:
      'Berta Vollmer, one of the so-called "Crane Girls" elected in 1997, told researchers: "I remember members ' +
      'who would wiggle their hands as we spoke."',
    claims: [{ by: 'Berta Vollmer', has: 'I remember members who would wiggle their hands', kind: 'quote' }],
  },
  {
    note: 'a statement the speaker owns ("His message to the chancellor was: ...") is the possessor\'s quotation',
    text:
      'The warning came after Sir Hal Brenner said stability was all important. His message to the chancellor ' +
      'was: "Please do not give it away in any form of electioneering."',
    claims: [{ by: 'Hal Brenner', has: 'Please do not give it away', kind: 'quote' }],
  },
  {
    note: '"went on to add that" reports what was added (an infinitive after "went on" is no intention)',
    text:
      'Governor Kamila Tessaro said her party won seven seats.\n\n' +
      'She went on to add that the other parties were calling their mandate fake after the vote.',
    claims: [{ by: 'Kamila Tessaro', has: 'the other parties were calling their mandate fake' }],
  },
  {
    note: 'a thing acknowledged before the statement ("acknowledged the audio, saying that ...") is no claim',
    text:
      'Deputy convener Idris Karimi had acknowledged the content of his leaked audio, saying that there is ' +
      'nothing new about it.',
    claims: [{ by: 'Idris Karimi', has: 'there is nothing new about it' }],
    noClaim: 'the content of his leaked audio',
  },
  {
    note: 'a place after a participial cue ("heard saying in the leaked audio") is not what was said',
    text:
      'Idris Karimi spoke to reporters on Monday.\n\n' +
      '\u201cWe were called late at night to meet them,\u201d Karimi can be heard saying in the leaked audio.',
    claims: [{ by: 'Idris Karimi', has: 'We were called late at night' }],
    noClaim: 'the leaked audio',
  },
  // direct quotes: the cue after the quote
  {
    note: 'a straight-quoted statement with "X said" after it',
    text: '"The budget is a betrayal of farmers," Rukhsana Baig said on Tuesday.',
    claims: [{ by: 'Rukhsana Baig', has: 'The budget is a betrayal of farmers', lacks: 'said', kind: 'quote' }],
  },
  {
    note: 'a curly-quoted statement with the inverted cue "said X, the ..."',
    text: '\u201cWe will not be bullied by Abuja,\u201d said Chidubem Onyekachi, the governor of the state.',
    claims: [{ by: 'Chidubem Onyekachi', has: 'We will not be bullied by Abuja', lacks: 'governor', kind: 'quote' }],
  },
  {
    note: 'a quote followed by "said" and the speaker with an honorific',
    text: '"The numbers simply do not add up," said Dr Priyanka Deshmane.',
    claims: [{ by: 'Priyanka Deshmane', has: 'The numbers simply do not add up', kind: 'quote' }],
  },
  {
    note: 'a quote attributed to "Mr Surname" after the full name was given earlier',
    text: 'Julián Ochoa, the mayor of San Lorenzo, was blunt. "Nobody asked us about the dam," Mr Ochoa said.',
    claims: [{ by: 'Julián Ochoa', has: 'Nobody asked us about the dam', kind: 'quote' }],
  },
  {
    note: 'a quote of several sentences is one claim',
    text: '"The count was clean. The result stands. We move on," said Wolfgang Reiter, the returning officer.',
    claims: [{ by: 'Wolfgang Reiter', has: ['The count was clean', 'We move on'], kind: 'quote' }],
  },
  {
    note: 'a quote of several sentences with the cue "X said" at the end',
    text: '"We won the argument. We lost the vote. That is politics," Tomasz Wrobel-Lang said after the count.',
    claims: [{ by: 'Tomasz Wrobel-Lang', has: ['We won the argument', 'That is politics'] }],
  },
  {
    note: 'a curly single-quoted statement (British style) with "said" and a peer',
    text: '\u2018We are ready to govern,\u2019 said Baroness Elspeth Moray, the party\u2019s leader in the Lords.',
    claims: [{ by: 'Elspeth Moray', has: 'We are ready to govern' }],
  },
  // direct quotes: the cue before the quote
  {
    note: 'the cue before the quote: X said: "..."',
    text: 'Lena Baumgartner said: "The Greens will vote for the bill, but only once."',
    claims: [{ by: 'Lena Baumgartner', has: 'The Greens will vote for the bill', lacks: 'Baumgartner', kind: 'quote' }],
  },
  {
    note: 'the cue before the quote with a pronoun: He said: "..."',
    text: 'Mehmet Yildirim-Braun left the chamber early. He said: "I will not sit here and listen to lies."',
    claims: [{ by: 'Mehmet Yildirim-Braun', has: 'I will not sit here and listen to lies' }],
  },
  {
    note: 'the cue "told" before a quote with a colon',
    text: 'Ngozi Amadi-Ekwueme told supporters in Enugu: "This seat was never theirs to take."',
    claims: [{ by: 'Ngozi Amadi-Ekwueme', has: 'This seat was never theirs to take' }],
  },
  {
    note: 'after a quote ending in a comma, "told" takes a long addressee ("..., X told a town hall meeting with ...")',
    text:
      '"Other people look at our elections and say what a mess," Teodor Vasquez-Lind told a town hall meeting with ' +
      'young leaders in the old port city, formerly the capital.',
    claims: [{ by: 'Teodor Vasquez-Lind', has: 'Other people look at our elections', kind: 'quote' }],
  },
  {
    note: 'a day or a participle after "said" is not content of its own ("..., X said Tuesday night, drawing ...")',
    text:
      '"Imagine a tomorrow where hard work is honoured," Mirela Ostrander said Tuesday night, drawing applause. ' +
      '"I was asked this a couple of months ago," Ostrander said answering a question at a town hall in Dunmore.',
    claims: [
      { by: 'Mirela Ostrander', has: 'Imagine a tomorrow where hard work is honoured', kind: 'quote' },
      { by: 'Mirela Ostrander', has: 'I was asked this a couple of months ago', kind: 'quote' },
    ],
  },
  {
    note: 'a quote closing on a quotation inside it ("... do you need?\u2019\u201d X said") keeps its cue',
    text:
      '\u201cShe was the only one who asked us, \u2018What can I do? What help do you need?\u2019\u201d ' +
      'Amara Okonkwo-Reyes said.',
    claims: [{ by: 'Amara Okonkwo-Reyes', has: 'She was the only one who asked us', kind: 'quote' }],
  },
  {
    note: "wire copy's doubled apostrophes around a nested quotation (\"... 'we will win,''' said X\")",
    text: "''Voters will not be satisfied with 'we will win,''' said Senator Halvard Brekke of Nordmark, on Sunday.",
    claims: [{ by: 'Halvard Brekke', has: 'Voters will not be satisfied', kind: 'quote' }],
  },
  {
    note: "a quotation closing its paragraph is not attributed to the next paragraph's cue",
    text:
      'Ilse Brandauer spoke first.\n\n"The plan is dead. We start again?"\n\nKofi Mensah-Lartey said the ' +
      'ministers would meet.',
    notBy: { by: 'Kofi Mensah-Lartey', has: 'The plan is dead' },
  },
  {
    note: 'a second predicate after a negated first one ("X did not name them, but told his supporters, \\"...\\"")',
    text:
      'Radek Novotny did not name any of his rivals, but told his supporters, \u201cour country is in deep ' +
      'trouble. Why tear each other down?\u201d',
    claims: [{ by: 'Radek Novotny', has: 'our country is in deep trouble', kind: 'quote' }],
  },
  {
    note: 'a second predicate after a short first one ("X thanked them, but warned: \\"...\\"")',
    text: 'Selin Aydemir thanked them, but warned: \u201cThe count is not over until the last box is opened.\u201d',
    claims: [{ by: 'Selin Aydemir', has: 'The count is not over', kind: 'quote' }],
  },
  {
    note: 'a leading participle phrase names no speaker ("Asked about X, Y said "...," she said")',
    text:
      'Lena Vogt-Amsel and Piet Kramerhuis met on Sunday. Asked about Kramerhuis, Vogt-Amsel said "I know ' +
      'nothing about Piet Kramerhuis and the letters," she said.',
    claims: [{ by: 'Lena Vogt-Amsel', has: 'I know nothing about', kind: 'quote' }],
    notBy: { by: 'Piet Kramerhuis', has: 'I know nothing about' },
  },
  {
    note: 'a leading "after" clause is no part of the main clause ("After X fell ill, Y wrote ..., telling her, "..."")',
    text:
      'Marta Lindqvist and Oskar Berglund served together. In June, after Lindqvist fell ill, Berglund wrote ' +
      'to her, addressing her as "Marta" and telling her, "you are a star and we need you back!"',
    claims: [{ by: 'Oskar Berglund', has: 'you are a star', kind: 'quote' }],
    notBy: { by: 'Marta Lindqvist', has: 'you are a star' },
  },
  {
    note: 'a quote closing on a nested one and a space ("... vote for her,\' " X told) keeps its cue',
    text: `"It's not just me saying, 'Oh, yes, just vote for her,' " Tobias Endrizzi told the radio on Sunday.`,
    claims: [{ by: 'Tobias Endrizzi', has: "It's not just me saying", kind: 'quote' }],
  },
  {
    note: 'the writer\'s aside "and I quote" between the cue and the quotation',
    text: 'Sven Dahlberg spoke on Monday. No wonder Dahlberg said, and I quote, "We love the poorly educated."',
    claims: [{ by: 'Sven Dahlberg', has: 'We love the poorly educated', kind: 'quote' }],
    noClaim: 'and I quote',
  },
  {
    note: 'a second predicate after an opening phrase with a verb in it ("In a wide-ranging interview, X said ... and added, "..."")',
    text:
      'In a wide-ranging interview with the journalist Ana Rosca-Mell last year, Teodor Lazaridis said he ' +
      'welcomed the trial and added, "I will plead guilty, no problem."',
    claims: [{ by: 'Teodor Lazaridis', has: 'I will plead guilty', kind: 'quote' }],
  },
  {
    note: 'an occupation before a name at the start of a sentence is no part of the name ("Editor X Y said")',
    text: 'Editor Marta Baronska defended the series. "We stand by every word," Baronska said.',
    claims: [{ by: 'Marta Baronska', has: 'We stand by every word' }],
  },
  {
    note: 'a quotation closing a clause in which a document speaks is the claim of the person after it',
    text:
      'Official guidance said files should only be deleted if they served "no current purpose", Mr Osei-Mensah ' +
      'said. Kwabena Osei-Mensah is the records commissioner.',
    claims: [{ by: 'Kwabena Osei-Mensah', has: 'files should only be deleted if they served' }],
  },
  // quotes split by the cue
  {
    note: 'a quote split by the cue is one claim ("We agree," X said, "on everything.")',
    text: '"We agree," Tunde Bakare-Hollis said, "on everything that matters to the north."',
    claims: [{ by: 'Tunde Bakare-Hollis', has: ['We agree', 'on everything that matters to the north'] }],
  },
  {
    note: 'a quote split by "she said" is one claim by the woman named before',
    text: 'Farah Qureshi spoke after the vote. "It was close," she said, "but it was fair."',
    claims: [{ by: 'Farah Qureshi', has: ['It was close', 'but it was fair'] }],
  },
  {
    note: 'a quote split by an inverted cue "said X" is one claim',
    text: '"The money is there," said Anil Kapoor-Menon, "but nobody will sign the cheque."',
    claims: [{ by: 'Anil Kapoor-Menon', has: ['The money is there', 'nobody will sign the cheque'] }],
  },
  {
    note: 'a quote split by its cue keeps the quoted words only, not the attribution between the parts',
    text: '"It is a hard issue," said Tomasz Wrobel-Lane, "because it sets two rights against each other."',
    claims: [
      {
        by: 'Tomasz Wrobel-Lane',
        has: ['It is a hard issue', 'because it sets two rights against each other'],
        lacks: 'Wrobel-Lane',
      },
    ],
  },
  // quotes standing alone and quotes over paragraphs
  {
    note: 'a quote standing alone after the speaker\u2019s previous quote is theirs too',
    text: '"We were not consulted," said Carmen Valdivieso. "Not once, not on a single clause."',
    claims: [{ by: 'Carmen Valdivieso', has: 'Not once, not on a single clause' }],
  },
  {
    note: 'a quote paragraph standing alone after reported speech is the reported speaker\u2019s',
    text: 'Kwame Asante-Darko said the vote was a turning point for the region.\n\n"History will remember this day."',
    claims: [{ by: 'Kwame Asante-Darko', has: 'History will remember this day' }],
  },
  {
    note: 'a quote that runs over a paragraph break (no closing mark) continues with the same speaker',
    text:
      '"We have waited sixteen years for this moment," Aminu Danladi told the rally in Kano. "Our people have been patient.\n\n' +
      '"Now the patience is over, and we will take what is ours at the ballot box."',
    claims: [
      { by: 'Aminu Danladi', has: 'We have waited sixteen years for this moment' },
      { by: 'Aminu Danladi', has: 'Now the patience is over' },
    ],
  },
  {
    note: 'a quote over three paragraphs keeps its speaker to the last paragraph',
    text:
      'Siew Ling Chong, the party\u2019s secretary-general, spoke for twenty minutes. "The coalition promised cheaper rice.\n\n' +
      '"It promised clean water in every kampung.\n\n' +
      '"It delivered neither, and the voters of Penang know it."',
    claims: [
      { by: 'Siew Ling Chong', has: 'The coalition promised cheaper rice' },
      { by: 'Siew Ling Chong', has: 'It delivered neither' },
    ],
  },
  {
    note: 'a quote paragraph after a paragraph that introduces the speaker with a colon',
    text: 'Then Ramón Iturbide turned to the cameras:\n\n"I did not leave the party. The party left me."',
    claims: [{ by: 'Ramón Iturbide', has: 'I did not leave the party' }],
  },
  // reported speech
  {
    note: 'reported speech: X told reporters that ...',
    text: 'Datuk Seri Halim Yusof told reporters that the coalition would survive the confidence vote.',
    claims: [
      {
        by: 'Halim Yusof',
        has: 'the coalition would survive the confidence vote',
        lacks: 'told reporters',
        kind: 'reported',
      },
    ],
  },
  {
    note: 'reported speech: X said that ...',
    text: 'Ifeoma Nwachukwu said that the electoral commission had ignored her complaints about the count.',
    claims: [{ by: 'Ifeoma Nwachukwu', has: 'the electoral commission had ignored her complaints', kind: 'reported' }],
  },
  {
    note: 'reported speech: X said ... without "that"',
    text: 'Marisol Quintero said the party would field candidates in every district of the province.',
    claims: [{ by: 'Marisol Quintero', has: 'the party would field candidates in every district', kind: 'reported' }],
  },
  {
    note: 'reported speech: X told an audience ... (the addressee is not the content)',
    text: 'Rajesh Venkataraman told the assembly the flood relief funds had been misused.',
    claims: [{ by: 'Rajesh Venkataraman', has: 'the flood relief funds had been misused', lacks: 'assembly' }],
  },
  {
    note: 'reported speech: "He added that ..." belongs to the man named before',
    text: 'Gerhard Vollmer said the talks were over. He added that his party would sit in opposition.',
    claims: [{ by: 'Gerhard Vollmer', has: 'his party would sit in opposition' }],
  },
  {
    note: 'reported speech: X claimed ...',
    text: 'Opposition leader Bilal Hashmi claimed the ballot boxes had been tampered with overnight.',
    claims: [{ by: 'Bilal Hashmi', has: 'the ballot boxes had been tampered with' }],
  },
  {
    note: 'reported speech: X warned that ...',
    text: 'Siti Aminah Rahman warned that the alliance could collapse within weeks.',
    claims: [{ by: 'Siti Aminah Rahman', has: 'the alliance could collapse within weeks' }],
  },
  {
    note: 'reported speech: X insisted ...',
    text: 'Hamish Fairbairn insisted the policy on grammar schools had not changed.',
    claims: [{ by: 'Hamish Fairbairn', has: 'the policy on grammar schools had not changed' }],
  },
  {
    note: 'reported speech: an appositive subject acknowledged that ...',
    text: 'The finance minister, Thandiwe Mokoena, acknowledged that the deficit had grown.',
    claims: [{ by: 'Thandiwe Mokoena', has: 'the deficit had grown' }],
  },
  {
    note: 'reported speech in the present tense: X says ...',
    text: 'Ana Paula Ferreira says the pension reform will cost thousands of jobs.',
    claims: [{ by: 'Ana Paula Ferreira', has: 'the pension reform will cost thousands of jobs' }],
  },
  {
    note: 'reported speech: X said in a statement that ...',
    text: 'Sharmila Basu, the party\u2019s general secretary, said in a statement that it would contest all 42 seats.',
    claims: [{ by: 'Sharmila Basu', has: 'it would contest all 42 seats', lacks: 'statement' }],
  },
  {
    note: 'reported speech: X told a channel he would ... (addressee, no "that")',
    text: 'Senator Dale Whitcombe told Channel 9 he would not seek another term.',
    claims: [{ by: 'Dale Whitcombe', has: 'he would not seek another term' }],
  },
  {
    note: 'reported speech: "according to X" after the content',
    text: 'The deal was signed shortly after midnight, according to Lukas Brandstetter.',
    claims: [{ by: 'Lukas Brandstetter', has: 'The deal was signed shortly after midnight' }],
  },
  {
    note: 'reported speech: "According to X," before the content',
    text: 'According to Nusrat Jahan Mir, the party had been offered three ministries.',
    claims: [{ by: 'Nusrat Jahan Mir', has: 'the party had been offered three ministries' }],
  },
  {
    note: 'recorded speech: X can be heard saying ...',
    text: 'In the recording, Sardar Imtiaz Khokhar can be heard saying that the votes had already been bought.',
    claims: [{ by: 'Imtiaz Khokhar', has: 'the votes had already been bought' }],
  },
  {
    note: 'a quote with the cue "told" and a pronoun resolves to the woman introduced before',
    text: 'Leila Farouk gave an interview on Friday. "The leadership has lost touch," she told the paper.',
    claims: [{ by: 'Leila Farouk', has: 'The leadership has lost touch' }],
  },
  // denials
  {
    note: 'a denial keeps its verb: "denied suggestions there will be ..."',
    text: 'Anwar Shukri denied suggestions there will be a snap election this year.',
    claims: [{ by: 'Anwar Shukri', has: 'denied suggestions there will be a snap election' }],
  },
  {
    note: 'a denial has polarity "denies": X denied that ...',
    text: 'Interior minister Katrin Vogelsang denied that she had leaked the memo.',
    claims: [{ by: 'Katrin Vogelsang', has: 'she had leaked the memo', polarity: 'denies' }],
  },
  {
    note: 'a rejection of claims has polarity "denies": X rejected claims that ...',
    text: 'Rosa Villanueva rejected claims that her party had taken money from developers.',
    claims: [{ by: 'Rosa Villanueva', has: 'her party had taken money from developers', polarity: 'denies' }],
  },
  {
    note: 'a negative sentence inside a quote still asserts',
    text: '"I have never taken a bribe," Kofi Boateng-Mills insisted.',
    claims: [{ by: 'Kofi Boateng-Mills', has: 'I have never taken a bribe', polarity: 'asserts' }],
  },
  // headlines and transcripts
  {
    note: 'a headline "Surname: statement" is a claim of the person the body names',
    title: 'Okonkwo-Eze: coalition will hold until the next election',
    text:
      'Okonkwo-Eze: coalition will hold until the next election\n\n' +
      'Emeka Okonkwo-Eze, the deputy governor, dismissed talk of a split on Monday.',
    claims: [{ by: 'Emeka Okonkwo-Eze', has: 'coalition will hold until the next election' }],
  },
  {
    note: 'a headline "Name Verb ..." with a saying or stance verb is the named person\'s claim',
    title: 'Conservative Icon Marten Blackwood Endorses Tomas Ilvescu.',
    text:
      'Conservative Icon Marten Blackwood Endorses Tomas Ilvescu.\n\n' +
      'Marten Blackwood, a veteran organiser, spoke in Dunmore on Sunday.',
    claims: [{ by: 'Marten Blackwood', has: 'Tomas Ilvescu', lacks: 'Endorses' }],
  },
  {
    note: 'a headline verb after a name the article does not give a person is no claim',
    title: 'Dunmore County Says No To The Casino.',
    text: 'Dunmore County Says No To The Casino.\n\nThe county council voted on Sunday.',
    noSpeaker: 'No To The Casino',
  },
  {
    note: 'a headline label naming the end of a longer name ("Darla Scoby:" for "Ann Darla Scoby")',
    title: 'Darla Scoby: \u2018You Find Me Odd Because I Back the Mayor!\u2019',
    text:
      'Darla Scoby: \u2018You Find Me Odd Because I Back the Mayor!\u2019\n\n' +
      'Pastor Ann Darla Scoby spoke to the congregation in Elmsford on Sunday.',
    claims: [{ by: 'Ann Darla Scoby', has: 'You Find Me Odd Because I Back the Mayor' }],
  },
  {
    note: 'a headline label with an audience ("Name to Party Donors:") or a description ("Mayoral Rival Name:")',
    title: 'Vance to Party Donors: the east will vote for us',
    text:
      'Vance to Party Donors: the east will vote for us\n\n' +
      'Ivo Vance, the party treasurer, met donors in Dunmore on Sunday.',
    claims: [{ by: 'Ivo Vance', has: 'the east will vote for us' }],
  },
  {
    note: "a surname in the description before a headline label's name is not the speaker",
    title: 'Ruiz Challenger Ilse Brandauer: the budget talks are over',
    text:
      'Ruiz Challenger Ilse Brandauer: the budget talks are over\n\n' +
      'Ilse Brandauer, who is standing against Mayor Tomas Ruiz, left the council before noon.',
    claims: [{ by: 'Ilse Brandauer', has: 'the budget talks are over' }],
    notBy: { by: 'Tomas Ruiz', has: 'the budget talks are over' },
  },
  {
    note: 'a headline label after a capitalised kicker ("EXCLUSIVE \u2013 Name: statement") is the person\u2019s claim',
    title: 'EXCLUSIVE \u2013 Ilse Brandauer: the budget talks are over',
    text:
      'EXCLUSIVE \u2013 Ilse Brandauer: the budget talks are over\n\n' +
      'Ilse Brandauer, the finance spokeswoman, left the chancellery before noon.',
    claims: [{ by: 'Ilse Brandauer', has: 'the budget talks are over' }],
  },
  {
    note: 'a transcript label in capitals (SURNAME:) gives the speaker of the line',
    text:
      'Interior minister Dieter Hartmann was asked about the scandal on the radio.\n\n' +
      'PRESENTER: Will you resign?\n\n' +
      'HARTMANN: I have no intention of resigning. The party needs stability.',
    claims: [{ by: 'Dieter Hartmann', has: 'I have no intention of resigning' }],
  },
  {
    note: 'a transcript label with the full name gives the speaker of the line',
    text:
      'The debate was broadcast live from Accra.\n\n' +
      'Abena Owusu-Ansah: We will build the bridge in our first year.\n\n' +
      'Yaw Mensah-Bonsu: You said that four years ago.',
    claims: [
      { by: 'Abena Owusu-Ansah', has: 'We will build the bridge in our first year' },
      { by: 'Yaw Mensah-Bonsu', has: 'You said that four years ago' },
    ],
  },
  // negative cases
  {
    note: 'a scare quote inside a sentence is not a claim',
    text: 'The so-called "people\u2019s budget" passed its second reading on Thursday with the votes of Ravindra Kulkarni\u2019s party.',
    noClaim: 'peoples budget',
  },
  {
    note: 'a scare quote after "calls herself" is not a claim',
    text: 'Mariana Lisboa Rocha, who calls herself a "pragmatic radical", was elected deputy leader on Monday.',
    noClaim: 'pragmatic radical',
  },
  {
    note: 'the title of a book in quotes is not a claim',
    text: 'Her memoir, "Against the Current", sold forty thousand copies before Halima Sadiq entered parliament.',
    noClaim: 'Against the Current',
  },
  {
    note: 'a nickname in quotes is not a claim',
    text: 'Abdullahi "Bull" Garba won the primary in Bauchi by a wide margin.',
    noClaim: 'Bull',
  },
  {
    note: '"is expected to attack" is not a claim',
    text: 'Grace Adeyemi-Cole is expected to attack the government\u2019s record on fuel prices in her speech on Friday.',
    noClaim: 'the governments record on fuel prices',
  },
  {
    note: '"is expected to announce" is not a claim',
    text: 'Aziz Rahmatullah is expected to announce his candidacy for the party chair next week.',
    noClaim: 'his candidacy',
  },
  {
    note: '"did not say whether" is not a claim',
    text: 'Olumide Bankole did not say whether the party would join the coalition.',
    noClaim: 'the party would join the coalition',
  },
  {
    note: 'an evaluating participle after a comma is the main subject\'s ("..., X went after Y, calling him ...")',
    text: 'Speaking at a town hall in Dunmore, Teodor Halvarsen went after Brankovic, calling him \u201ca total stiff.\u201d',
    claims: [{ by: 'Teodor Halvarsen', has: 'a total stiff', kind: 'reported' }],
  },
  {
    note: 'a participle after a comma is not given to a name in object position ("The ad features X, calling him ...")',
    text: 'The new ad features Teodor Halvarsen, calling him a danger to the republic.',
    notBy: { by: 'Teodor Halvarsen', has: 'a danger to the republic' },
  },
  {
    note: '"said nothing" is not a claim',
    text: 'Asked whether he would resign, Bruno Kessler said nothing and left the room.',
    noClaim: 'nothing',
  },
  {
    note: '"X is said to be furious" is not something X said',
    text: 'Fernando Arriaga is said to be furious about the leak of the draft manifesto.',
    notBy: { by: 'Fernando Arriaga', has: 'furious about the leak' },
  },
  {
    note: 'a party is not a speaker',
    text: 'The Kisan Shakti Dal said it would boycott the session of the assembly.',
    noSpeaker: 'it would boycott the session',
  },
  {
    note: 'an unnamed group (party insiders) is not a speaker',
    text: 'Party insiders said the leader would resign within days.',
    noSpeaker: 'the leader would resign within days',
  },
  {
    note: 'an unnamed group (critics) is not a speaker',
    text: 'Critics say the new media law will silence the press in Lagos.',
    noSpeaker: 'the new media law will silence the press',
  },
  {
    note: 'an unnamed spokesman is not a speaker',
    text: 'A spokesman for the ministry said the figures published by the Sahel Herald were wrong.',
    noSpeaker: 'the figures published by the Sahel Herald were wrong',
  },
  {
    note: 'a newspaper is not a speaker',
    text: 'The Lagos Evening Tribune reported that the minister had resigned.',
    noSpeaker: 'the minister had resigned',
  },
  {
    note: '"X said, adding that ...": the content before the cue is X\u2019s claim, the participle another',
    text: 'The ferry service will resume in May, Tobias Hale said, adding that the fares would not rise.',
    claims: [
      { by: 'Tobias Hale', has: 'The ferry service will resume in May', lacks: 'adding' },
      { by: 'Tobias Hale', has: 'the fares would not rise' },
    ],
  },
  {
    note: 'less common verbs of saying ("speculated", "confided", "bemoaned") report what follows',
    text:
      'Tomas Vidal speculated the detained men could belong to a wider network. Lena Maris confided that the ' +
      'party had run out of money. Oskar Brandt bemoaned that the ferry had been cancelled again.',
    claims: [
      { by: 'Tomas Vidal', has: 'the detained men could belong to a wider network', kind: 'reported' },
      { by: 'Lena Maris', has: 'the party had run out of money' },
      { by: 'Oskar Brandt', has: 'the ferry had been cancelled again' },
    ],
  },
  {
    note: 'any verb or adjective of a named person with a "that" clause ("was confident that", "made it clear that")',
    text:
      'Ana Lindqvist was confident that the coalition would hold until spring. Rafael Ortiz made it clear ' +
      'that he would not serve under the new chairman.',
    claims: [
      { by: 'Ana Lindqvist', has: 'the coalition would hold until spring', kind: 'reported' },
      { by: 'Rafael Ortiz', has: 'he would not serve under the new chairman' },
    ],
  },
  {
    note: '"that" as a determiner ("bought that plane") does not open a claim',
    text: 'Jonas Ekberg bought that plane from a dealer in Malmo in 1995.',
    noClaim: 'plane from a dealer',
  },
  {
    note: 'a "that" clause after "is" ("the trouble is that") is not the subject\u2019s claim',
    text: 'The trouble for Jonas Ekberg is that the dealers in Malmo never paid their taxes.',
    noClaim: 'the dealers in Malmo never paid',
  },
  {
    note: 'reported content ends where a comma, a pronoun and its verb start a main clause ("..., she sees ...")',
    text:
      'While Mara Klein acknowledges the minister\u2019s appeal as a speaker, she sees the deputy as the better ' +
      'choice.',
    claims: [{ by: 'Mara Klein', has: 'the minister\u2019s appeal as a speaker', lacks: 'deputy' }],
  },
  {
    note: 'a parenthetical pronoun clause (", it seems,") does not end the content',
    text: 'Ida Berg said the deal, it seems, was dead.',
    claims: [{ by: 'Ida Berg', has: ['the deal', 'was dead'] }],
  },
  {
    note: 'reported speech that opens with a quoted phrase keeps the whole clause',
    text: 'Hugo Lind has said repeatedly "the next premier" should choose the judge.',
    claims: [{ by: 'Hugo Lind', has: 'the next premier should choose the judge', kind: 'reported' }],
  },
  {
    note: 'a quoted phrase inside a "that" clause: the claim is the clause, not the phrase alone',
    text: 'Greta Holm argued that "liberals" allowed the deficit to grow for a decade.',
    claims: [{ by: 'Greta Holm', has: 'liberals allowed the deficit to grow' }],
  },
  {
    note: 'a quotation that is the whole content stays a quote',
    text: 'Petra Saar said "we will win this seat."',
    claims: [{ by: 'Petra Saar', has: 'we will win this seat', kind: 'quote' }],
  },
  {
    note: 'a participle after a noun of saying ("issued a statement saying ...") is the clause subject\u2019s',
    text: 'On Saturday, Vera Kask issued a statement saying that the judge had been a brilliant jurist.',
    claims: [{ by: 'Vera Kask', has: 'the judge had been a brilliant jurist' }],
  },
  {
    note: 'a participle after "by" belongs to the subject of the main clause',
    text: 'Jonas Lepp landed in trouble last week by saying that the tribunal could not be impartial.',
    claims: [{ by: 'Jonas Lepp', has: 'the tribunal could not be impartial' }],
  },
  {
    note: 'a participle after "after" ends at its clause\u2019s comma',
    text: 'Mr. Ott Saar, after initially saying he would not advertise on television, bought airtime in the capital.',
    claims: [{ by: 'Ott Saar', has: 'he would not advertise on television', lacks: 'airtime' }],
  },
  {
    note: 'a quotation after "released the following statement:" is the statement\u2019s author\u2019s',
    text:
      'When the mayor died, Vera Kask released the following statement: "He served this city for forty ' + 'years."',
    claims: [{ by: 'Vera Kask', has: 'He served this city for forty years', kind: 'quote' }],
  },
  {
    note: 'after "..., said", a name followed by its own verb is the subject of the content, not the speaker',
    text:
      'One former employee, speaking on condition of anonymity, said Kristin Dahl described the fund as a ' +
      'slush fund.',
    notBy: { by: 'Kristin Dahl', has: 'One former employee' },
  },
  {
    note: '"continues to" before a verb that is not one of saying is no cue',
    text: 'Nora Vik continues to trail the mayor of Bergen in every poll this spring.',
    notBy: { by: 'Nora Vik', has: 'trail the mayor' },
  },
  {
    note: '"continued to insist that ..." reports what was insisted',
    text: 'Nora Vik continued to insist that she would release the transcripts in June.',
    claims: [{ by: 'Nora Vik', has: 'she would release the transcripts' }],
  },
  {
    note: 'interview transcripts with "Q:" and "A:" labels do not make persons called Q and A',
    text:
      'Q: Have you talked to the premier this week about the budget?\n\nA: It has been about a month since we ' +
      'last spoke.\n\nQ: Will you endorse her for the leadership?\n\nA: Yes, absolutely, and without any doubt.',
    noSpeaker: 'It has been about a month',
  },
  {
    note: 'an unlisted past-tense verb between an open-ended quotation and a name ("...!" beamed X)',
    text: '"This is fantastic!" beamed Harald Fosse of Tromso, who had sneaked onto the floor.',
    claims: [{ by: 'Harald Fosse', has: 'This is fantastic', kind: 'quote' }],
  },
  {
    note: 'a verb of any kind and a colon before a quotation ("X echoed:", "X shot back:")',
    text:
      'Jens Potts echoed: "He speaks his mind, and the country needs that." Asked whether the campaign should ' +
      'apologise, Mr. Eirik Smeby shot back: "That would be good."',
    claims: [
      { by: 'Jens Potts', has: 'He speaks his mind', kind: 'quote' },
      { by: 'Eirik Smeby', has: 'That would be good', kind: 'quote' },
    ],
  },
  {
    note: 'a colon after a clause with an object ("X had a message for voters:") is not a cue by itself',
    text: 'The reason was simple: "Nobody reads the manifesto."',
    noSpeaker: 'Nobody reads the manifesto',
  },
  {
    note: 'content before the speaker when only a day follows the cue ("..., X said Monday.")',
    text: 'Tomas Ilves is on solid ground attacking the former premier, Carla Fenn said Monday.',
    claims: [{ by: 'Carla Fenn', has: 'Tomas Ilves is on solid ground', kind: 'reported' }],
  },
  {
    note: 'content before the speaker when only a place follows the cue ("..., X said in a statement.")',
    text:
      'The budget is a disgrace for every farmer, Carla Fenn said in a statement. The levy will hurt every ' +
      'small farm, Carla Fenn said at a rally in Tromso on Friday.',
    claims: [
      { by: 'Carla Fenn', has: 'The budget is a disgrace for every farmer' },
      { by: 'Carla Fenn', has: 'The levy will hurt every small farm' },
    ],
    noClaim: 'a rally in Tromso',
  },
  {
    note: 'a verb with a prepositional object keeps it ("agreed with the analysis")',
    text: 'Former premier Arvo Kask agreed with the analysis of the central bank.',
    claims: [{ by: 'Arvo Kask', has: 'the analysis of the central bank' }],
  },
  {
    note: 'a quotation, the name and its cue, then a time phrase ("X tweeted the day after ...")',
    text:
      '"As we mourn the victims of the flood, we pray for every family in the valley," Mara Lind tweeted the ' +
      'day after a storm destroyed the old bridge over the river.',
    claims: [{ by: 'Mara Lind', has: 'we pray for every family in the valley', kind: 'quote' }],
  },
  {
    note: 'content that opens with a subordinate clause keeps the main clause after its comma',
    text: 'Ilse Berg said whether the voters chose the left or the right, it would mean higher taxes.',
    claims: [{ by: 'Ilse Berg', has: ['whether the voters chose', 'it would mean higher taxes'] }],
  },
  {
    note: 'a verb of saying the tagger may read as a noun ("X claims he is ...")',
    text: 'Tomas Vidal claims he is worth ten billion crowns.',
    claims: [{ by: 'Tomas Vidal', has: 'he is worth ten billion crowns' }],
  },
  {
    note: 'a plural noun after a name is no cue ("the Vidal claims office")',
    text: 'The Tomas Vidal claims office in Tartu closed its doors in the spring of last year.',
    noClaim: 'office in Tartu',
  },
  {
    note: 'words of the clause lead into a quoted phrase the cue closes: the clause is the claim ("will play the \u201cX,\u201d Y said")',
    text: 'Lena Brandvold spoke in Tromsø. The minister will play the \u201cfisheries card,\u201d Brandvold said, adding little.',
    claims: [
      { by: 'Lena Brandvold', has: 'The minister will play the fisheries card', lacks: 'said', kind: 'reported' },
    ],
  },
  {
    note: 'a quotation opening its clause after a dash stays a quotation of its own',
    text: 'Neither voter liked the senator \u2013 \u201cborn with a silver spoon,\u201d Piet Olsen said \u2013 and both stayed home.',
    claims: [{ by: 'Piet Olsen', has: 'born with a silver spoon', lacks: 'voter', kind: 'quote' }],
  },
  {
    note: 'after a quotation left open by a comma, a name and a past-tense verb of any kind end the clause ("..., X barked.")',
    text:
      'Mara Quist met Jon Bellamy at the studio. \u201cGo back to your own studio,\u201d Quist barked. ' +
      '\u201cYou want to be a tough guy tonight,\u201d Bellamy shot back with a laugh.',
    claims: [
      { by: 'Mara Quist', has: 'Go back to your own studio', kind: 'quote' },
      { by: 'Jon Bellamy', has: 'You want to be a tough guy tonight', kind: 'quote' },
    ],
  },
  {
    note: 'a name and a verb that go on into a clause of their own do not sign the quotation before them',
    text: 'Mara Quist met Jon Bellamy. \u201cNot now,\u201d the guard replied, and then \u201cthe vote is over,\u201d Bellamy walked out of the hall while the crowd in the square cheered.',
    notBy: { by: 'Jon Bellamy', has: 'the vote is over' },
  },
  {
    note: 'a topic line, a dash, a name and a colon open the quotation ("Pollsters agree - X: \u201c...\u201d")',
    text: 'Pollsters agree - Carl Brandvik: \u201cKeep on contacting voters as late as you possibly can.\u201d',
    claims: [{ by: 'Carl Brandvik', has: 'Keep on contacting voters', kind: 'quote' }],
  },
  {
    note: 'reported content ends where a clause with a subject of its own follows a comma (", but she has not ...")',
    text: 'Ana Lindqvist has said she will vote for the harbour bill, but she has not endorsed its author.',
    claims: [{ by: 'Ana Lindqvist', has: 'she will vote for the harbour bill', lacks: 'endorsed', kind: 'reported' }],
  },
  {
    note: 'reported content ends at a second verb of saying of the same subject ("says ... but argues that ...")',
    text: 'Ana Lindqvist says she respects the harbour plan but argues that the mayor cannot deliver the tunnel.',
    claims: [
      { by: 'Ana Lindqvist', has: 'she respects the harbour plan', lacks: 'argues' },
      { by: 'Ana Lindqvist', has: 'the mayor cannot deliver the tunnel' },
    ],
  },
  {
    note: 'reported content ends before a relative clause after a comma (", which includes ...")',
    text: 'Bram Hollis said he supports the final harbour bill, which includes money for two new ferries.',
    claims: [{ by: 'Bram Hollis', has: 'he supports the final harbour bill', lacks: 'ferries', kind: 'reported' }],
  },
  {
    note: 'a day right after the cue is no part of the content ("said Tuesday the ...", "said on Tuesday night that ...")',
    text: 'Ana Ruiz said Tuesday the ferry tax would fall. Ana Ruiz said on Tuesday night that the bridge toll would rise.',
    claims: [
      { by: 'Ana Ruiz', has: 'the ferry tax would fall', lacks: 'Tuesday' },
      { by: 'Ana Ruiz', has: 'the bridge toll would rise', lacks: 'Tuesday' },
    ],
  },
  {
    note:
      'a participle after a comma belongs to a common-noun subject that opens the sentence, not to the person the ' +
      'main verb takes as its object',
    text:
      'Opposition unites\n\nLeaders of the main opposition parties on Monday announced a coalition to challenge ' +
      'President Tomas Okafor in the election, accusing his National Renewal Congress (NRC) of ruining the economy.',
    notBy: { by: 'Tomas Okafor', has: 'ruining the economy' },
  },
  {
    note: 'but "..., with X marching up to him, saying ..." is X speaking',
    text:
      'The row began on a breakfast show, with Mary Holloway marching up to the minister, saying "Minister, that is ' +
      'rubbish" as she tried to complain.',
    claims: [{ by: 'Mary Holloway', has: 'that is rubbish', kind: 'quote' }],
  },
  {
    note: 'and a sentence that opens with a phrase of time keeps its subject for the participle',
    text:
      'On the same day that a video emerged of a rally, Senator Ana Pereira said of the episode that it was sad, adding ' +
      'that "they are angry".',
    claims: [{ by: 'Ana Pereira', has: 'they are angry' }],
  },
  {
    note: 'a subject extended by "of the" + adjective + party name (and its bracketed acronym or "party") speaks',
    text:
      'Opposition leader Yair Lavin of the centrist Future Now party accused Benny Nachman of "paying off his ' +
      'partners." Senator Lilia Tellado of the conservative National Action Party (NAP) said the reform "ends the ' +
      'independence of the judiciary."',
    claims: [
      { by: 'Yair Lavin', has: 'paying off his partners' },
      { by: 'Lilia Tellado', has: 'ends the independence of the judiciary' },
    ],
  },
  {
    note: 'reported content ends before ", while X admitted ..." (a contrasting clause with a speaker of its own)',
    text:
      'Reform leader Nigel Farrow said the results marked "the end of two-party politics", while Labour chair Ellie ' +
      'Reevesby admitted it had been "a difficult night".',
    claims: [
      { by: 'Nigel Farrow', has: 'the end of two-party politics', lacks: 'Reevesby' },
      { by: 'Ellie Reevesby', has: 'a difficult night' },
    ],
  },
  {
    note: 'a party described by "led by X" is the subject, so X did not say it',
    text:
      'The Spear of the Nation Party (SNP), led by former President Jacob Zumane, said the unity government was a ' +
      'marriage of convenience.',
    notBy: { by: 'Jacob Zumane', has: 'marriage of convenience' },
  },
  {
    note: 'a subject past a relative clause and a first predicate speaks ("X, whose ..., congratulated Y and said")',
    text:
      'Former President Ranil Wickrama, whose United National Party (UNP) won just one seat, congratulated the winner ' +
      'and said he would "support any measure that helps the economy."',
    claims: [{ by: 'Ranil Wickrama', has: 'support any measure' }],
  },
  {
    note: 'a surname written with its particles ("de la Espriella", "De la Espriella") is the person named in full',
    text:
      'Senator Ivan Cepedo faces right-wing lawyer Abelardo de la Espriella in the runoff. De la Espriella, who ran on ' +
      'a hardline security platform, accused the government of "handing the country to armed groups." Later de la ' +
      'Espriella said he would win.',
    claims: [
      { by: 'Abelardo de la Espriella', has: 'handing the country to armed groups' },
      { by: 'Abelardo de la Espriella', has: 'he would win' },
    ],
  },
  {
    note:
      'a quoted phrase inside reported speech, followed by "after X agreed", is not X\'s; the object of "of" before a ' +
      'relative clause is not the subject ("Supporters of X, who ..., have pushed")',
    text:
      'Socialist leader Olivier Faure said his party had decided to give the government "a last chance" after Lecornu ' +
      'agreed to suspend the reform. Supporters of former President Jair Bolsano, who is serving a 27-year sentence, ' +
      'have pushed the bill through the lower house.',
    claims: [{ by: 'Olivier Faure', has: 'a last chance' }],
    notBy: { by: 'Jair Bolsano', has: 'the bill through the lower house' },
  },
  {
    note:
      '"alleged that" read as an adjective is a cue; "according to" a party\'s office holder; "quoted by local media ' +
      'as saying"',
    text:
      'Addressing a press conference, PTI Secretary General Salman Rajput alleged that the government had rigged the ' +
      'figures. According to PPP Senator Sherry Rehman, the budget ignored climate spending. The candidate, Mahamudu ' +
      'Bawumia, was quoted by local media as saying the party "will not be intimidated".',
    claims: [
      { by: 'Salman Rajput', has: 'the government had rigged the figures' },
      { by: 'Sherry Rehman', has: 'the budget ignored climate spending' },
      { by: 'Mahamudu Bawumia', has: 'will not be intimidated' },
    ],
  },
  {
    note: 'reported content ends before the writer\'s ", a charge X denied"',
    text: 'Homeland Party leader Pavel Sykora accused Tomas Dvorak of lying to voters, a charge Dvorak denied.',
    claims: [{ by: 'Pavel Sykora', has: 'lying to voters', lacks: 'denied' }],
  },
  {
    note: '"called X on Friday" is a telephone call, not a claim; "called X a liar" is',
    text: 'Ana Ruiz called Ivo Brandt on Friday. Ana Ruiz called Ivo Brandt a liar.',
    claims: [{ by: 'Ana Ruiz', has: 'a liar' }],
    notBy: { by: 'Ana Ruiz', has: 'on Friday' },
  },
  {
    note:
      "a transcript whose paragraphs open with a quote mark that never closes: each labelled turn is its speaker's, " +
      "not the previous speaker's running quotation",
    text:
      'Governor Maren Solberg spoke to the host, Erik Dahl, on Sunday.\n\n' +
      '"DAHL: Will the budget pass this week? The opposition says it will not.\n\n' +
      '"SOLBERG: Well, look, the opposition thinks this is a game show. But this is serious business for families.\n\n' +
      '"DAHL: Do you really see those two as equivalent?\n\n' +
      '"SOLBERG: And that is why we will win the vote on Thursday.',
    claims: [
      { by: 'Erik Dahl', has: 'Will the budget pass this week' },
      { by: 'Maren Solberg', has: 'the opposition thinks this is a game show' },
      { by: 'Erik Dahl', has: 'Do you really see those two as equivalent' },
      { by: 'Maren Solberg', has: 'that is why we will win the vote' },
    ],
    notBy: { by: 'Maren Solberg', has: 'Do you really see those two' },
  },
  {
    note:
      'a concession with a cue of its own ("though a review of records indicates ...") ends the claim; one without ' +
      "a cue is the speaker's own hedge and stays",
    text:
      'Tomas Brel accused Ivo Kasic of being a Liberal, though a review of records indicates he has been a registered ' +
      'Conservative since 2003. Ana Ruiz said taxes were about right, although she would raise the top rate.',
    claims: [
      { by: 'Tomas Brel', has: 'of being a Liberal', lacks: 'review of records' },
      { by: 'Ana Ruiz', has: 'taxes were about right, although she would raise the top rate' },
    ],
  },
  {
    note: '"rejected the idea that ..." and "rejected the notion that ..." keep the verb that flips the claim',
    text:
      'In a brief interview, Kelly Conrad rejected the idea that the changes amounted to a shake-up. Mark Elso ' +
      'rejected the notion that the party was split.',
    claims: [
      { by: 'Kelly Conrad', has: 'rejected the idea that the changes amounted to a shake-up', polarity: 'denies' },
      { by: 'Mark Elso', has: 'rejected the notion that the party was split', polarity: 'denies' },
    ],
  },
  {
    note:
      '"...," X told reporters after the meeting that was held ...: a relative "that" brings no content of its own, ' +
      'so the quotation is X\'s and "was held ..." is no claim',
    text:
      '"We are in such a critical situation after the referendum," Chancellor Greta Lindqvist told reporters after ' +
      'the day-long meeting that was held in part on a pleasure boat.',
    claims: [{ by: 'Greta Lindqvist', has: 'We are in such a critical situation', kind: 'quote' }],
    noClaim: 'pleasure boat',
  },
  {
    note: 'a description with a number before an inverted speaker ("said 9/11 widow X", "said Air Force 1st Lt. X")',
    text:
      '"The rationales for the veto do not hold weight," said 9/11 widow Teresa Strand. "I was hoping we would see ' +
      'something else," said Air Force 1st Lt. Tobias Linde.',
    claims: [
      { by: 'Teresa Strand', has: 'The rationales for the veto do not hold weight' },
      { by: 'Tobias Linde', has: 'I was hoping we would see something else' },
    ],
  },
  {
    note: '"Del." (delegate) is a title before an inverted speaker\'s name, not the speaker',
    text: '"This is a waste of time. It is destroying this committee," said Del. Stacia Plaske of the Virgin Islands.',
    claims: [{ by: 'Stacia Plaske', has: 'This is a waste of time' }],
  },
  {
    note:
      'where or in what the subject spoke may stand between it and the cue ("X in a Medium post said", "X in an ' +
      'interview with local radio said")',
    text:
      'Jeb Bushnell in a Medium post said he would put more conservative judges on the bench. Ivo Marsh in an ' +
      'interview with local radio said the party was united.',
    claims: [
      { by: 'Jeb Bushnell', has: 'he would put more conservative judges on the bench' },
      { by: 'Ivo Marsh', has: 'the party was united' },
    ],
  },
  {
    note:
      'the object of a preposition is not the subject of the verb after it ("supporters of Democrat X say", "a ' +
      'spokesman for X said")',
    text:
      'Helena Clayborn spoke in Ohio. Supporters of Democrat Helena Clayborn say they want a recount. A spokesman ' +
      'for Helena Clayborn said the schedule was full.',
    notBy: { by: 'Helena Clayborn', has: 'they want a recount' },
  },
  {
    note:
      'intentions and stances the tagger misreads ("plans" as a noun, "is promising" as an adjective), "laid out" ' +
      'a proposal (not "set out 10 months ago to ..."), and a clause after a closing quotation\'s comma ' +
      '(\'"jobs, jobs, jobs," but he has ...\') ending the claim',
    text:
      'Helena Clayborn plans to call on young people to serve. Dan Tromp is promising lower taxes and "jobs, jobs, ' +
      'jobs," but he has also intensified his attacks. Helena Clayborn laid out her proposals to increase national ' +
      'service. Ivo Marsh set out 10 months ago to win over the party.',
    claims: [
      { by: 'Helena Clayborn', has: 'to call on young people to serve' },
      { by: 'Dan Tromp', has: 'lower taxes', lacks: 'intensified' },
      { by: 'Helena Clayborn', has: 'her proposals to increase national service' },
    ],
    noClaim: '10 months ago',
  },
  {
    note:
      'a refusal keeps its verb and denies ("refuses to release"), but "refused to comment" holds nothing and a ' +
      'refusal others report is theirs ("Police say X refused to drop the gun")',
    text:
      'Dan Tromp refuses to release his tax returns. Ana Ruiz refused to comment. Police say Ivo Brel refused to ' +
      'drop the gun. Ivo Brel spoke later.',
    claims: [{ by: 'Dan Tromp', has: 'refuses to release his tax returns', polarity: 'denies' }],
    noClaim: 'refused to comment',
    notBy: { by: 'Ivo Brel', has: 'drop the gun' },
  },
  {
    note:
      '\'tweeted that, "..."\' is a cue before its quotation; a participle after a noun of saying belongs to the ' +
      'subject of the verb that takes the noun ("after X unleashed a series of tweets early Friday criticizing Y")',
    text:
      'Dan Tromp tweeted that, "For those few people knocking me, at least you know I will be there." Campaign ' +
      'director Jane Palmer spoke to reporters Friday after Dan Tromp unleashed a series of tweets early Friday ' +
      'criticizing Maria Machin, the former pageant winner.',
    claims: [
      { by: 'Dan Tromp', has: 'at least you know I will be there', kind: 'quote' },
      { by: 'Dan Tromp', has: 'Maria Machin' },
    ],
    notBy: { by: 'Jane Palmer', has: 'Maria Machin' },
  },
  {
    note:
      'a stance in a subordinate clause ends at its comma ("As X laid out his vision, the crowd ..."); a modal ' +
      'stance is no fact ("X should set out a strategy, Y has said")',
    text:
      'As Dan Tromp laid out his vision for the country, the crowd reacted loudly. Tomas Brel should set out a ' +
      'proper exit strategy, opposition leader Ana Ruiz has said.',
    claims: [
      { by: 'Dan Tromp', has: 'his vision for the country', lacks: 'crowd' },
      { by: 'Ana Ruiz', has: 'Tomas Brel should set out a proper exit strategy' },
    ],
    notBy: { by: 'Tomas Brel', has: 'exit strategy' },
  },
  {
    note:
      "a stance participle after a comma belongs to the main clause's subject even when the tagger reads it as an " +
      'adjective (", promising to lift ..."); adverbs may stand in a progressive ("is once again questioning")',
    text:
      'On Thursday, however, Dan Tromp spoke to a gathering of industry leaders, promising to lift environmental ' +
      'regulations. Helena Clayborn is once again questioning the integrity of the voting system.',
    claims: [
      { by: 'Dan Tromp', has: 'lift environmental regulations' },
      { by: 'Helena Clayborn', has: 'the integrity of the voting system' },
    ],
  },
  {
    note:
      'verbs of praise, blame and backing take their object as the claim ("congratulated X for", "lambasted", ' +
      '"backed"); a stance verb with no object after it ("which he had promoted from his perch", "backed out of the ' +
      'conference") gives none',
    text:
      'Mark Rubin congratulated Dan Tromp for his victory in the primary. Helena Clayborn lambasted the plan to ' +
      'ban refugees. Ivo Marsh backed the bipartisan deal on trade. It was an issue which Ivo Marsh had promoted ' +
      'from his office in the capital. Dan Tromp backed out of the conference on Friday.',
    claims: [
      { by: 'Mark Rubin', has: 'Dan Tromp for his victory in the primary' },
      { by: 'Helena Clayborn', has: 'the plan to ban refugees' },
      { by: 'Ivo Marsh', has: 'the bipartisan deal on trade' },
    ],
    noClaim: 'office in the capital',
    notBy: { by: 'Dan Tromp', has: 'of the conference' },
  },
  {
    note:
      'a second predicate of the same subject ("..., and has called for ..."), a "citing" participle after a quoted ' +
      'statement, a stance the tagger reads as a noun before its object ("X demands accountability"), and a ' +
      'contracted pronoun starting another clause (", he\'s sought ...")',
    text:
      'Mr. Dan Tromp has attacked loopholes that benefit others, and has called for eliminating the tax treatment ' +
      'of carried interest. "The country has made dramatic changes," Mitch Connell said in June 2012, citing the ' +
      'release of political prisoners. It is astounding that Dan Tromp demands accountability from our president. ' +
      "And while Dan Tromp has railed against the special-interest provisions, he's sought to protect breaks for " +
      'real estate.',
    claims: [
      { by: 'Dan Tromp', has: 'eliminating the tax treatment of carried interest' },
      { by: 'Mitch Connell', has: 'the release of political prisoners' },
      { by: 'Dan Tromp', has: 'accountability from our president' },
      { by: 'Dan Tromp', has: 'against the special-interest provisions', lacks: 'protect breaks' },
    ],
  },
  {
    note: 'an inverted headline ("CLAIM, Name Says.") is the named person\'s claim',
    title: 'Tromp Could Address Clean Energy, Lindsay Gresham Says.',
    text:
      'Tromp Could Address Clean Energy, Lindsay Gresham Says.\n\nDan Tromp could embrace a clean energy policy, ' +
      'Sen. Lindsay Gresham told reporters on Thursday.',
    claims: [{ by: 'Lindsay Gresham', has: 'Tromp Could Address Clean Energy', lacks: 'Says' }],
  },
  {
    note:
      'a quoted verdict of two words ("called it "predatory""), ", referring to ...", a question as the content of ' +
      '"asked" ("asked how ...", "asked about ..."), and "Co-host"/"Host" as a title, not part of the name',
    text:
      'Helena Clayborn called it "predatory." "It will be amazing," Dan Tromp said, referring to the party\'s July ' +
      'convention. Co-host Mika Brezinska asked how he would handle the deportations. Host Laura Ingram asked about ' +
      'increasing the number of foreign workers.',
    claims: [
      { by: 'Helena Clayborn', has: 'it predatory' },
      { by: 'Dan Tromp', has: "the party's July convention" },
      { by: 'Mika Brezinska', has: 'how he would handle the deportations' },
      { by: 'Laura Ingram', has: 'increasing the number of foreign workers' },
    ],
  },
  {
    note:
      'phrasal stances take the phrase as their cue and its object as the claim ("talked about", "went after", "took ' +
      'aim at", "has taken a swipe at", ", talking about ..."); "went to Ohio" is none',
    text:
      'Helena Clayborn talked about her plans to increase national service. Dan Tromp went after Helena Clayborn as ' +
      'the new face of the establishment. Mark Rubin took aim at the tax plan. Bernie Sandor has taken a swipe at ' +
      "the nominee's stance on trade. Tromp spoke to reporters, talking about the crowd size. Dan Tromp went to " +
      'Ohio on Friday.',
    claims: [
      { by: 'Helena Clayborn', has: 'her plans to increase national service' },
      { by: 'Dan Tromp', has: 'Helena Clayborn as the new face of the establishment' },
      { by: 'Mark Rubin', has: 'the tax plan' },
      { by: 'Bernie Sandor', has: "the nominee's stance on trade" },
      { by: 'Dan Tromp', has: 'the crowd size' },
    ],
    noClaim: 'Ohio on Friday',
  },
  {
    note:
      'a participle opening the sentence belongs to the main clause\'s subject and ends at its comma ("Claiming ..., ' +
      'X told ...", "Citing ..., X blamed ...", "In defending ..."); a quoted phrase inside it is no quotation of ' +
      'the speaker (\'Bemoaning the "phony system," X said ...\')',
    text:
      'Claiming the criticism of the anchor is designed to pressure moderators, Dan Tromp told Fox that they hit ' +
      'the anchor hard. Bemoaning the "phony system," Dan Tromp said the election was rigged. Citing an unfounded ' +
      'theory, Dan Tromp blamed his rival. In defending himself and his record, Dan Tromp offered insights into ' +
      'his approach.',
    claims: [
      { by: 'Dan Tromp', has: 'the criticism of the anchor is designed to pressure moderators', lacks: 'told Fox' },
      { by: 'Dan Tromp', has: 'the phony system', lacks: 'election' },
      { by: 'Dan Tromp', has: 'the election was rigged', lacks: 'Bemoaning' },
      { by: 'Dan Tromp', has: 'an unfounded theory', lacks: 'blamed' },
      { by: 'Dan Tromp', has: 'himself and his record' },
    ],
  },
  {
    note: 'stance verbs in their -ing forms ("is raising questions about", ", encouraging his supporters to ...")',
    text:
      'Dan Tromp is once again questioning the integrity of the voting system, encouraging his supporters to visit ' +
      'polling places. Dan Tromp is raising questions about his microphone problems during the debate.',
    claims: [
      { by: 'Dan Tromp', has: 'his supporters to visit polling places' },
      { by: 'Dan Tromp', has: 'questions about his microphone problems' },
    ],
  },
  {
    note:
      'reported speech in a subordinate clause that opens the sentence ends at its comma ("And while X said the plan ' +
      'was fair, ...", "While Y acknowledged ..., Z noted ...")',
    text:
      'And while Dan Tromp said the plan was fair, the party rejected it. While Ana Ruiz acknowledged funding was a ' +
      'reason, Norman Ham also noted several intangibles left him disillusioned.',
    claims: [
      { by: 'Dan Tromp', has: 'the plan was fair', lacks: 'rejected' },
      { by: 'Ana Ruiz', has: 'funding was a reason', lacks: 'intangibles' },
      { by: 'Norman Ham', has: 'several intangibles left him disillusioned' },
    ],
  },
  {
    note:
      'a plain negation keeps a statement or stance as a denial, negation and all ("has not mentioned", "doesn\'t ' +
      'want to"); a modal before it ("will not be supporting") and a non-answer ("did not say whether", "did not ' +
      'respond") keep nothing',
    text:
      "Dan Tromp has not mentioned Helena Clayborn since the debate. Ana Ruiz doesn't want to tangle with the party " +
      'anymore. Ivo Marsh will not be supporting the nominee in November. Ivo Marsh did not respond to a request ' +
      'for comment.',
    claims: [
      { by: 'Dan Tromp', has: 'has not mentioned Helena Clayborn since the debate', polarity: 'denies' },
      { by: 'Ana Ruiz', has: "doesn't want to tangle with the party anymore", polarity: 'denies' },
    ],
    noClaim: 'the nominee in November',
  },
  {
    note:
      'more phrasal stances: "weighed in on", "fired back at", "pushed back on", "doubled down on", "came out ' +
      'against", "made the case that"',
    text:
      'Dan Tromp weighed in on the dispute between the two senators. Mark Rubin fired back at the governor over the ' +
      'ad. Ivo Marsh doubled down on his call for a wall. Ana Ruiz came out against the trade deal. Tomas Brel made ' +
      'the case that the party must change. Helena Clayborn pushed back on those claims on Thursday.',
    claims: [
      { by: 'Dan Tromp', has: 'the dispute between the two senators' },
      { by: 'Mark Rubin', has: 'the governor over the ad' },
      { by: 'Ivo Marsh', has: 'his call for a wall' },
      { by: 'Ana Ruiz', has: 'the trade deal' },
      { by: 'Tomas Brel', has: 'the party must change' },
      { by: 'Helena Clayborn', has: 'those claims' },
    ],
  },
  {
    note:
      'a participle after a name, then a phrase of time and a comma, then a quotation closed by its own comma: the ' +
      'quotation is the claim, not what follows it ("with footage of X saying during the debate, "..." when ...")',
    text:
      'The spot closes with footage of Mark Ellison saying during the debate last week, "That makes me smart," when ' +
      'Ana Ruiz pressed him on his taxes.',
    claims: [{ by: 'Mark Ellison', has: 'That makes me smart', lacks: 'pressed', kind: 'quote' }],
  },
  {
    note: 'a clause of time after the cue ("said as he entered the talks") is not what was said',
    text: 'Leaders met in Bratislava. The talks would be long, Jean Dupont said as he entered the building on Friday.',
    claims: [{ by: 'Jean Dupont', has: 'The talks would be long', lacks: 'entered' }],
    noClaim: 'as he entered the building',
  },
  {
    note: '", yet" joins a second predicate of the same subject: a claim for each, the refusal a denial',
    text:
      'It is astounding that Mark Ellison demands accountability and transparency from the council, yet refuses to ' +
      'release his own tax records.',
    claims: [
      { by: 'Mark Ellison', has: 'accountability and transparency from the council', lacks: 'refuses' },
      { by: 'Mark Ellison', has: 'refuses to release his own tax records', polarity: 'denies' },
    ],
  },
  {
    note:
      "an appositive or relative clause after a stance's object describes the object, it is not the stance " +
      '("is endorsing X\'s campaign, the latest chapter in ..."); a naming verb keeps its verdict past one',
    text:
      "Sen. Tom Brandt is endorsing Mark Ellison's presidential campaign, the latest chapter in a rocky relationship " +
      'between the two men. Ana Ruiz called Helena Clayborn, her rival for the nomination, a danger to the state.',
    claims: [
      { by: 'Tom Brandt', has: "Mark Ellison's presidential campaign", lacks: 'latest chapter' },
      { by: 'Ana Ruiz', has: 'a danger to the state' },
    ],
  },
  {
    note:
      'but a list of objects stays whole, and a quoted phrase followed by "as ..." that is no clause of time stays ' +
      'in its reported claim',
    text:
      'Ivo Marsh highlighted plans for debt relief for poor countries, a minimum wage for teenagers, the creation ' +
      'of new centres and longer leave. Helena Clayborn has promised that "sport is back" as a priority for schools.',
    claims: [
      { by: 'Ivo Marsh', has: 'a minimum wage for teenagers, the creation of new centres' },
      { by: 'Helena Clayborn', has: 'as a priority for schools' },
    ],
  },
  {
    note:
      'a stance whose object is a person or party named whole is a claim about them, however short ("endorsed ' +
      'Tromp", "attacked Ruiz"); other one-word objects are not',
    text:
      'Dan Tromp lost the primary in May. Ana Ruiz won it. Mark Rubin endorsed Tromp on Friday. Ivo Marsh attacked ' +
      'Ruiz. Helena Clayborn praised everything.',
    claims: [
      { by: 'Mark Rubin', has: 'Tromp', lacks: 'Friday' },
      { by: 'Ivo Marsh', has: 'Ruiz' },
    ],
    noClaim: 'everything',
  },
  {
    note:
      '"cast / paint X as Y" is a stance (the tagger may read "cast" as a noun); "cast a vote" and "painted the ' +
      'fence" are not',
    text:
      'Ana Ruiz has cast Dan Tromp as weak on immigration. Ivo Marsh cast himself as a Washington outsider. Ana ' +
      'Ruiz is painting Tromp as a caricature of the old guard. Mark Rubin cast his vote early. Helena Clayborn ' +
      'painted the fence of the town hall.',
    claims: [
      { by: 'Ana Ruiz', has: 'Dan Tromp as weak on immigration' },
      { by: 'Ivo Marsh', has: 'himself as a Washington outsider' },
      { by: 'Ana Ruiz', has: 'Tromp as a caricature of the old guard' },
    ],
    noClaim: 'the fence of the town hall',
  },
  {
    note:
      'participles of saying: ", while also suggesting that" ends the claim before it and is the subject\'s; a ' +
      'participle coordinated with one after a comma (", painting ... and suggesting that") shares its subject; ' +
      '"After suggesting ..., X only ..." is the main clause\'s subject\'s',
    text:
      'Dan Tromp has promised to build a wall along the border, while also suggesting that birthright citizenship ' +
      'should be abolished. Dan Tromp has sought to bolster his credibility, painting others as weak and suggesting ' +
      'that he would do whatever it took to stop an attack. After suggesting on Wednesday that he regretted his ' +
      'insults, Ivo Marsh only occasionally tangled with Tromp.',
    claims: [
      { by: 'Dan Tromp', has: 'build a wall along the border', lacks: 'suggesting' },
      { by: 'Dan Tromp', has: 'birthright citizenship should be abolished' },
      { by: 'Dan Tromp', has: 'he would do whatever it took to stop an attack' },
      { by: 'Ivo Marsh', has: 'he regretted his insults' },
    ],
  },
  {
    note:
      '"seemed to think", "appeared to blame" are the subject\'s own, if hedged ("is expected to blame" is not); ' +
      '"took offense at", "went on about" are phrasal stances; "said, going on to say that" is the same speaker',
    text:
      'Dan Tromp appeared to blame low-level workers for the scheme. Ana Ruiz seemed to think the outreach to voters ' +
      'was phony. "We are done," Ivo Marsh said, going on to say that the country has spent years fighting racism. ' +
      'Dan Tromp took offense at suggestions that he is not self-made. Ana Ruiz went on about how the system is ' +
      'rigged. Ivo Marsh is expected to blame the council.',
    claims: [
      { by: 'Dan Tromp', has: 'low-level workers for the scheme' },
      { by: 'Ana Ruiz', has: 'the outreach to voters was phony' },
      { by: 'Ivo Marsh', has: 'the country has spent years fighting racism' },
      { by: 'Dan Tromp', has: 'suggestions that he is not self-made' },
      { by: 'Ana Ruiz', has: 'how the system is rigged' },
    ],
    noClaim: 'the council',
  },
  {
    note: 'a second predicate ends a claim before a dash does ("urged X to ... and said Y - ...")',
    text:
      'Ana Ruiz was booed at the convention. Ana Ruiz exhorted delegates to "vote your conscience" and said she was ' +
      'standing on truth and principle - stances that her endorsement would imperil.',
    claims: [
      { by: 'Ana Ruiz', has: 'delegates to vote your conscience', lacks: 'standing' },
      { by: 'Ana Ruiz', has: 'she was standing on truth and principle', lacks: 'imperil' },
    ],
  },
  {
    note:
      'a phrasal stance whose object opens with a quotation ("went on about "how ...,"") ends where another ' +
      "speaker starts after the quotation's comma; a speech verb earlier in the sentence, before a comma, is " +
      "another clause's",
    text:
      'The rally ran late. "You winning?" she said, but Kevin was drifting off, and as Dan Tromp went on about "how ' +
      'the system is rigged," Melanie Ruiz said yes over and over again.',
    claims: [{ by: 'Dan Tromp', has: 'how the system is rigged', lacks: 'Melanie' }],
  },
  {
    note:
      '"spoke out Tuesday about", "and seemed to think", "can be heard yelling to the officers that"; no content ' +
      'after "screaming, and ..."',
    text:
      'Ana Ruiz spoke out Tuesday about the death of a man in Tulsa. Tomas Brel largely agreed with Ana Ruiz and ' +
      'seemed to think the outreach to voters was somewhat phony. Rakeyia Marsh can be heard yelling to the ' +
      'officers that her husband was unarmed. Dan Tromp spoke as though he were screaming, and by the end his face ' +
      'was red.',
    claims: [
      { by: 'Ana Ruiz', has: 'the death of a man in Tulsa' },
      { by: 'Tomas Brel', has: 'the outreach to voters was somewhat phony' },
      { by: 'Rakeyia Marsh', has: 'her husband was unarmed' },
    ],
    noClaim: 'his face was red',
  },
  {
    note:
      'a headline with two verbs joined by "And" makes two claims, each a name alone when the article knows it; ' +
      'in the body, "chides X and praises Y" cuts before the second cue, read as a plural noun or not',
    title: 'Hanna Vestergaard Backs Tromp And Denounces Ruiz.',
    text:
      'Hanna Vestergaard Backs Tromp And Denounces Ruiz.\n\n' +
      'Hanna Vestergaard spoke on Monday about Dan Tromp and Ana Ruiz. Ivo Marsh chides the city council and praises ' +
      'Tromp at news conference.',
    claims: [
      { by: 'Hanna Vestergaard', has: 'Tromp', lacks: 'Denounces' },
      { by: 'Hanna Vestergaard', has: 'Ruiz', lacks: 'Tromp' },
      { by: 'Ivo Marsh', has: 'the city council', lacks: 'praises' },
      { by: 'Ivo Marsh', has: 'Tromp', lacks: 'conference' },
    ],
  },
  {
    note:
      'a short quoted phrase after a possessive is no first half of a split quotation; a quotation trailing off ' +
      'in an ellipsis takes the cue after it; a long phrase of place and time between cue and quotation',
    text:
      'Ken Starr spoke at a forum on Tuesday. Remarking upon Ruiz\'s "genuine empathy," Starr said, "Leave aside ' +
      'the unpleasantness, her empathy for people is clear."\n\n"Well, yes. I am going to look at a lot of ' +
      'different people..." Ana Ruiz said. "Nobody is ruled out."\n\nSen. Ivo Marsh said in an op-ed piece ' +
      'before a 2014 Senate hearing, "The department failed to honor repeated requests for more security."',
    claims: [
      { by: 'Ken Starr', has: 'Leave aside the unpleasantness', kind: 'quote' },
      { by: 'Ana Ruiz', has: 'I am going to look at a lot of different people', kind: 'quote' },
      { by: 'Ivo Marsh', has: 'The department failed to honor repeated requests', kind: 'quote' },
    ],
    notBy: { by: 'Ken Starr', has: 'I am going to look at' },
  },
  {
    note:
      'participles of saying after a quotation\'s comma or an adverb start a claim of their own (\'as "fantastic," ' +
      'telling reporters\', ", recently telling one person that"); "shouted down by" is a passive',
    text:
      'The vote was held on Thursday. Dan Tromp has hailed the vote to leave the union as "fantastic," telling ' +
      'reporters during a visit on Friday that the exit is a great thing. Ivo Marsh has expressed frustration ' +
      'about the debate, recently telling one person close to him that he is perplexed about the format. Ana Ruiz ' +
      'was booed and shouted down by Tromp supporters at the rally.',
    claims: [
      { by: 'Dan Tromp', has: 'the vote to leave the union as fantastic', lacks: 'telling' },
      { by: 'Dan Tromp', has: 'the exit is a great thing' },
      { by: 'Ivo Marsh', has: 'frustration about the debate', lacks: 'telling' },
      { by: 'Ivo Marsh', has: 'he is perplexed about the format' },
    ],
    noClaim: 'Tromp supporters at the rally',
  },
  {
    note:
      'a possessed statement opening the sentence ("X\'s comments Tuesday on Y came as ...") is about Y up to the ' +
      'sentence\'s verb; "X\'s argument on Sunday was that ..." holds the clause; a verdict on the remarks after ' +
      '"was" is not theirs',
    text:
      "Ana Ruiz spoke in Tulsa. Ana Ruiz's comments Tuesday on the shooting death of a driver came as the facts " +
      "were still being gathered. Ivo Marsh's argument on Sunday was that delegates should switch their " +
      'allegiance. Dan Tromp\'s remarks about a federal judge were "the textbook definition of a racist comment," ' +
      'Tomas Brel said.',
    claims: [
      { by: 'Ana Ruiz', has: 'the shooting death of a driver', lacks: 'facts' },
      { by: 'Ivo Marsh', has: 'delegates should switch their allegiance', lacks: 'Sunday' },
      { by: 'Dan Tromp', has: 'a federal judge', lacks: 'textbook' },
    ],
    notBy: { by: 'Dan Tromp', has: 'textbook definition' },
  },
  {
    note:
      'a paragraph closing on "X added:" and a paragraph without quotation marks after it: a block quotation of X; ' +
      'a paragraph ending in a colon without a verb of saying is no cue',
    text:
      'Ana Ruiz spoke on her radio show on Monday.\n\nRuiz added:\n\nAnd from a supposed front-runner, this ' +
      'reeks of the greatest fear I have ever seen.\n\nThe schedule for the week:\n\nDebates on Tuesday and ' +
      'Thursday in the capital and a rally on Friday.',
    claims: [{ by: 'Ana Ruiz', has: 'this reeks of the greatest fear I have ever seen', kind: 'quote' }],
    noSpeaker: 'Debates on Tuesday and Thursday',
  },
  {
    note: 'a recording "of X" saying or asking something: X speaks the quotation after the participle',
    text:
      'A new ad ran on Monday. The ad uses footage of Ana Ruiz asking, "Why am I not fifty points ahead, you might ' +
      'ask?" The clip ends with a video of Ivo Marsh saying "We will win this state."',
    claims: [
      { by: 'Ana Ruiz', has: 'Why am I not fifty points ahead', kind: 'quote' },
      { by: 'Ivo Marsh', has: 'We will win this state', kind: 'quote' },
    ],
  },
  {
    note:
      "a quotation set off by dashes right after a name mid-sentence is that person's, not the next speaker's; a " +
      'short quoted phrase between dashes is no statement',
    text:
      'Several party figures said the same, including the former governor Dana Whitfield -- "It is disqualifying ' +
      'for any nominee to hide the returns" -- and Fred Osgood, a former official, who agreed. Ana Ruiz — "the ' +
      'liar" — was not at the dinner.',
    claims: [{ by: 'Dana Whitfield', has: 'disqualifying for any nominee', kind: 'quote' }],
    notBy: { by: 'Fred Osgood', has: 'disqualifying' },
    noSpeaker: 'the liar',
  },
  {
    note:
      'a quotation nested in another with the same curly double marks (“... calls “hell” than ...”) stays inside ' +
      'it: one claim, which runs on after the inner quotation',
    text:
      'Voters spoke after the debate.\n\n“As a young woman I would rather live in what he calls “hell” than live in ' +
      'a world where he is president.” ― Adriana Tomelo\n“He never listens to anyone at all.” ― Maria Oslo',
    claims: [
      { by: 'Adriana Tomelo', has: 'than live in a world where he is president', kind: 'quote' },
      { by: 'Maria Oslo', has: 'He never listens to anyone', kind: 'quote' },
    ],
  },
  {
    note:
      '"As X put it, ..." (also after a phrase of time or medium) and "..., as X said." attribute the clause; ' +
      '"..., as X proposes" is about the thing proposed; a phrase after a mid-sentence "as she put it" is the writer\'s',
    text:
      'Ana Ruiz spoke in Tulsa on Monday. As Ruiz put it in a statement to reporters in July, the network is ' +
      'providing a view nobody else gives. The tax rules are a burden on every small firm in the state, as Ivo ' +
      'Marsh said. One can also debate a transactions tax paying for tuition at public colleges, as Dan Tromp ' +
      'proposes. Vera Lind pledges to defend every worker, as she put it on Wednesday in Dover, where she also ' +
      'visited a shipyard and two schools.',
    claims: [
      { by: 'Ana Ruiz', has: 'the network is providing a view nobody else gives', lacks: 'statement' },
      { by: 'Ivo Marsh', has: 'The tax rules are a burden on every small firm' },
    ],
    notBy: { by: 'Dan Tromp', has: 'debate a transactions tax' },
    noSpeaker: 'visited a shipyard',
  },
  {
    note: '"likened X to Y" is a stance, like "compared X to Y"',
    text: 'Ivo Marsh spoke in Dover on Friday. Marsh likened the new tax rules to burning the constitution.',
    claims: [{ by: 'Ivo Marsh', has: 'the new tax rules to burning the constitution', kind: 'reported' }],
  },
  {
    note:
      '"has been critical of X", "is supportive of X": an adjective of stance after a copula; a second predicate ' +
      'after "but on Tuesday" ends the first claim and is the same subject\'s',
    text:
      'Ivo Marsh and Dana Whitfield spoke in Dover. The columnist Ivo Marsh has been critical of Whitfield but ' +
      'on Tuesday wrote that she agreed with her that the budget was too small. Vera Lind is supportive of ' +
      'the plan to cut fares for students.',
    claims: [
      { by: 'Ivo Marsh', has: 'Whitfield', lacks: 'wrote' },
      { by: 'Ivo Marsh', has: 'she agreed with her that the budget was too small' },
      { by: 'Vera Lind', has: 'the plan to cut fares for students' },
    ],
  },
  {
    note:
      'a programme\'s title in quote marks in the phrase a sentence opens on ("On Channel Nine\'s "Morning Show," X ' +
      'said that ...") is no quotation: the claim is what follows the cue',
    text:
      'Ana Ruiz spoke on television. On Channel Nine\'s "Morning Show," Ruiz said that the budget would leave ' +
      'rural schools without teachers. In an interview with "Fox and Friends," Dan Tromp described China as the ' +
      'regional enforcer of the deal.',
    claims: [
      { by: 'Ana Ruiz', has: 'the budget would leave rural schools without teachers', lacks: 'Morning' },
      { by: 'Dan Tromp', has: 'China as the regional enforcer', lacks: 'interview' },
    ],
    noSpeaker: 'Fox and Friends',
  },
  {
    note:
      'an embedded post\'s signature ("— Name (@handle) July 5, 2016") attributes the words before it, without the ' +
      'links it ends with, back to the start of its paragraph or of the markup around it',
    text:
      'Ana Ruiz answered the inquiry on Tuesday.\n\nWhile I respect the inquiry, this decision defies ' +
      'explanation. No one is above the law. pic.twitter.com/Ab12Cd — Ana Ruiz (@anaruiz) July 5, 2016\n\n' +
      '<post id="1">Nobody asked me to speak at the convention. — Ivo Marsh (@ivomarsh) July 6, 2016</post>',
    claims: [
      { by: 'Ana Ruiz', has: 'No one is above the law', lacks: 'pic', kind: 'quote' },
      { by: 'Ivo Marsh', has: 'Nobody asked me to speak at the convention', lacks: 'post', kind: 'quote' },
    ],
  },
  {
    note:
      '"X and others said", "X and other Republicans said": X speaks among them; a verb joined to an infinitive ' +
      '("failure to understand and counter") has no subject of its own, a finite one ("to propose and added") has',
    text:
      'Stacey Whitfield spoke at the rally. Whitfield and others said they could not support the senator. Ivo ' +
      'Marsh and other Republicans said the bill would fail in the House. Dan Tromp and other Republicans pointed ' +
      "at what they called the governor's failure to understand and counter the rebel militias. Vera Lind said " +
      'the prince went down on one knee to propose and added: "I am just coming down to earth."',
    claims: [
      { by: 'Stacey Whitfield', has: 'they could not support the senator' },
      { by: 'Ivo Marsh', has: 'the bill would fail in the House' },
      { by: 'Vera Lind', has: 'I am just coming down to earth' },
    ],
    notBy: { by: 'Dan Tromp', has: 'the rebel militias' },
  },
  {
    note:
      "a pronoun after a leading subordinate clause goes to the main clause's subject, not to a name in the " +
      'clause; a possessor is no subject; "Pres." before a name ends no sentence',
    text:
      'Both candidates toured the state on Tuesday. In Dover, after meeting with Dan Tromp and other local ' +
      'leaders, Vera Lind said she would end the school fees. While Ana Ruiz has voiced concern over the case, ' +
      "and over Ivo Marsh's situation, she has not called for him to resign. Pres. Dana Whitfield claimed a new " +
      'era had begun for the region.',
    claims: [
      { by: 'Vera Lind', has: 'she would end the school fees' },
      { by: 'Dana Whitfield', has: 'a new era had begun for the region' },
    ],
    notBy: { by: 'Ivo Marsh', has: 'called for him to resign' },
  },
];
