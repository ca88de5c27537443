// Cases for finding who speaks: a named subject, an appositive, he/she resolved to the right person, a title
// used as a name, a surname after the full name, and naming traditions where the surname is not the last word.
import type { CaseBase } from '../helpers.js';

export interface SpeakerCase extends CaseBase {
  text: string;
  /** Words of the claim whose speaker is checked. */
  has: string;
  /** The speaker that claim must have. */
  by?: string;
  /** A speaker the claim must not have (for negative cases). */
  notBy?: string;
  /** The claim must have no speaker at all (or not exist). */
  unattributed?: true;
}

export const SPEAKER_CASES: SpeakerCase[] = [
  {
    note: 'a second predicate of a body ("Aid charity Helpright criticised Mr Marsh and called on ...") is not its object\'s',
    text: 'Aid row\n\nAid charity Helpright criticised Mr Marsh and called on rich nations to fund treatments.',
    has: 'rich nations to fund treatments',
    unattributed: true,
  },
  {
    note: 'after "The MP for X said Y had ...", "he added" is the person named before, not Y',
    text:
      'Campaign row\n\nHowever, Mr Dorrit predicted the campaign would start once the budget was out. The MP for ' +
      'Hallow and Crane said Prime Minister Ivo Marsh had been "trying very hard" to improve his standing. But Mr ' +
      'Marsh had been "hurt" by the war, he added.',
    has: 'hurt by the war',
    by: 'Dorrit',
  },
  {
    note: 'after "A spokeswoman said ...", "she added" is nobody named (not the person her words are about)',
    text:
      'Budget row\n\nMinister Ana Ruiz is a Catholic. A spokeswoman said: "We are not going into details." But she ' +
      'added that claims Ms Ruiz ran a research budget were not true.',
    has: 'ran a research budget were not true',
    notBy: 'Ana Ruiz',
  },
  {
    note: 'a quotation standing alone after "A party spokesman ... said ..." is not the last named speaker\'s',
    text:
      'Campaign row\n\nMr Dorrit predicted the campaign would start soon. But Mr Marsh had been "hurt" by the war, ' +
      'he added. A Labour party spokesman played down differences with Mr Dorrit and said Mr Tull already had a ' +
      'role. "This election is a choice between going forward and going back."',
    has: 'a choice between going forward',
    unattributed: true,
  },
  {
    note: 'a pronoun after an untied office ("The prime minister ... He insisted") is not a person with another office',
    text:
      'Campaign\n\nParty co-chairman Liam Forde told the radio the government had lied. He would not discuss reports ' +
      'about donors.\n\nThe prime minister stepped up campaigning at the weekend. He insisted he did not know the ' +
      'poll date.',
    has: 'he did not know the poll date',
    notBy: 'Liam Forde',
  },
  {
    note: 'but one given no other office may hold it ("The Vermont senator declined ... But he told ...")',
    text:
      'Endorsement\n\nFormer candidate Bernard Sandor, who endorsed the nominee on Tuesday, spoke on Wednesday.\n\n' +
      'The Vermont senator declined to say more. But he told the radio that he agrees the rival is an opportunist.',
    has: 'he agrees the rival is an opportunist',
    by: 'Bernard Sandor',
  },
  {
    note: 'a first name that is also a common word ("Bill") opens a name of two words',
    text: 'Senate race\n\nOn Tuesday, former senator Bill Oduya said the count was fair.',
    has: 'the count was fair',
    by: 'Bill Oduya',
  },
  {
    note: 'a surname two people share goes to the one named in full in the sentence before',
    text:
      'Campaign trail\n\nMarta Velde won the primary. Her husband, former governor Piet Velde, spoke at a rally on ' +
      'Monday. Velde said the result was a turning point.',
    has: 'the result was a turning point',
    by: 'Piet Velde',
  },
  {
    note: "otherwise a shared surname goes to the article's principal, the one named in full most often",
    text:
      'Campaign trail\n\nMarta Velde won the primary on Tuesday. Marta Velde thanked her volunteers. Her husband, ' +
      'Piet Velde, was in the audience.\n\nThe campaign moves to the coast next week. Velde said the result was a ' +
      'turning point.',
    has: 'the result was a turning point',
    by: 'Marta Velde',
  },
  {
    note: 'a shared surname after a gendered honorific goes to the namesake of that gender',
    text:
      'Campaign trail\n\nMrs. Velde won the primary, her aides said. Marta Velde and her husband, Piet Velde, ' +
      'were in the hall.\n\nMr. Velde said the result was a turning point.',
    has: 'the result was a turning point',
    by: 'Piet Velde',
  },
  {
    note: 'the body a speaker stands for, after an unclosed comma ("X, Seaview Hotel Association said:"), is passed over',
    text:
      'Resort loses conference\n\n' +
      'Owen Traske, Seaview Hotel Association said: "We have tried very hard to make sure they come back to the town."',
    has: 'We have tried very hard',
    by: 'Owen Traske',
  },
  {
    note: 'a lowercase description before the speaker after a quotation ("former Ohio governor X said") is no obstacle',
    text:
      'Candidates clash over border\n\n' +
      '"Our allies no longer trust us, and our rivals no longer fear us," former Ohio governor Silas Brandt said.',
    has: 'Our allies no longer trust us',
    by: 'Silas Brandt',
  },
  {
    note: 'an inverted cue before a described speaker ("said retired neurosurgeon X") finds the speaker',
    text:
      'Candidates clash over border\n\n' +
      '"I am not going to say it is a mistake, so forget about it," said retired neurosurgeon Amos Reddy, asked about it.',
    has: 'so forget about it',
    by: 'Amos Reddy',
  },
  {
    note: 'an owned description after an inverted cue ("said X\'s deputy campaign manager, Y") names Y, not X',
    text:
      'Spy row grows\n\n' +
      'Maria Vance toured the state.\n\n' +
      '"With half the vote in, we are treating March as one long election day," said Vance\u2019s deputy campaign ' +
      'manager, Ron Tillery, who ran the ground game.',
    has: 'one long election day',
    by: 'Ron Tillery',
  },
  {
    note: 'a date after the cue of a quotation ("X said Dec. 6 on ...") is not reported content',
    text:
      'Hawks on the air\n\n' +
      '"This is a radical group, they need to be defeated on the ground," Tomas Varga said Dec. 6 on the ' +
      "network's Sunday State of the Nation program.",
    has: 'they need to be defeated on the ground',
    by: 'Tomas Varga',
  },
  {
    note: 'a surname that is also a royal title ("Tomas Prince", then "Mr. Prince") is a name, not a title',
    text:
      'Tomas Prince, chief executive of Halvard Networks, said that the filters had failed.\n\n' +
      "''It is risky to ask engineers to settle questions of politics,'' Mr. Prince said.",
    has: 'risky to ask engineers',
    by: 'Tomas Prince',
  },
  {
    note: 'a surname that is also a title after a courtesy title ("Mrs. King") joins the full name met earlier',
    text:
      'Delia King, a councilwoman from the river ward, opposed the levy.\n\n' +
      '"The levy will close the library," Mrs. King said.',
    has: 'The levy will close the library',
    by: 'Delia King',
  },
  {
    note: '"he" after an office holder the article does not name is not the person named after that office',
    text:
      'Rhodri Evans-Pryce set out the housing plan of the Unity Front on Monday.\n\n' +
      'A Green Alliance spokesman criticised Evans-Pryce\u2019s record, saying rents had doubled while he ran the council. ' +
      'He said: "These promises are written on sand."',
    has: 'These promises are written on sand',
    unattributed: true,
  },
  {
    note: 'an office abbreviated before the name ("Ohio Sen. X") is the same office as "the Ohio senator"',
    text:
      'Ohio Sen. Marta Kowalczyk and Nevada Sen. Daniel Ferreira toured the flooded farms on Monday.\n\n' +
      'Ferreira promised federal help. The Ohio senator said that the levees had been neglected for a decade.',
    has: 'the levees had been neglected',
    by: 'Marta Kowalczyk',
  },
  {
    note: 'an office of another place ("Nevada Senator X") is not "the Ohio senator"',
    text:
      'Nevada Senator Daniel Ferreira spoke first at the hearing.\n\n' +
      'The Ohio senator said that the report was a whitewash.',
    has: 'the report was a whitewash',
    notBy: 'Daniel Ferreira',
  },
  {
    note: 'a lowercase description ending in a role after the cue ("said former tech executive X")',
    text: '\u201cThe levy will drive every start-up abroad,\u201d said former tech executive Ilona Varga.',
    has: 'drive every start-up abroad',
    by: 'Ilona Varga',
  },
  {
    note: 'a role between the quotation and the name ("..., Ruiz lawyer Tomas Almeida said") is passed over',
    text: '\u201cWe welcome the court\u2019s ruling on the ballots,\u201d Ruiz lawyer Tomas Almeida said.',
    has: 'ruling on the ballots',
    by: 'Tomas Almeida',
  },
  {
    note: 'a quotation told to an addressee, then a clause of its own ("..., X told the crowd, reciting ...")',
    text:
      'Chidi Okafor spoke at the rally in Enugu.\n\n' +
      '\u201cThey will never keep a single promise,\u201d Okafor told the crowd, reading out the long list of broken pledges from the last three budgets.',
    has: 'They will never keep a single promise',
    by: 'Chidi Okafor',
  },
  {
    note: 'a list of quotations each signed with a dash and a name: each is its signer\u2019s, not the first one\u2019s',
    text:
      'Readers sent us their verdicts on the debate, said Odile Marchetti, our letters editor.\n\n' +
      '\u201cHe never answered the question on pensions.\u201d \u2015 Tunde Bakare\n\n' +
      '\u201cShe had the numbers and the calm. I was impressed.\u201d\u2015 Mirela Kovac.\n\n' +
      '\u201cNeither of them spoke about the harbour strike.\u201d \u2014 Lars Henriksen',
    has: 'She had the numbers and the calm',
    by: 'Mirela Kovac',
  },
  {
    note: 'a named subject before the cue speaks',
    text: 'Arjun Malhotra said the toll tax would be scrapped within a year.',
    has: 'the toll tax would be scrapped',
    by: 'Arjun Malhotra',
  },
  {
    note: 'an appositive between subject and cue is passed over ("X, the party\u2019s deputy convener, said")',
    text: 'Zainab Lawal-Idris, the party\u2019s deputy convener, said the rally would go ahead.',
    has: 'the rally would go ahead',
    by: 'Zainab Lawal-Idris',
  },
  {
    note: 'an appositive naming a party is passed over ("X, a Volksbund MP, told")',
    text: 'Heinz-Peter Schuster, a Volksbund MP, told reporters the deal was dead.',
    has: 'the deal was dead',
    by: 'Heinz-Peter Schuster',
  },
  {
    note: 'an inverted cue with an appositive after the name ("said X, the party\u2019s spokeswoman")',
    text: '"The door is open," said Noor ul Ain Siddiqui, the party\u2019s spokeswoman.',
    has: 'The door is open',
    by: 'Noor ul Ain Siddiqui',
  },
  {
    note: '"she said" picks the woman (Ms) of a sentence naming a woman and then a man',
    text: 'Ms Ayesha Tareen met Mr Rashid Baloch in Quetta on Monday. She said the meeting had been productive.',
    has: 'the meeting had been productive',
    by: 'Ayesha Tareen',
  },
  {
    note: '"he said" picks the man (Mr) of a sentence naming a man and then a woman (Mrs)',
    text: 'Mr Olawale Adebisi shared the stage with Mrs Funmilayo Ojo. He said the party was united behind her.',
    has: 'the party was united',
    by: 'Olawale Adebisi',
  },
  {
    note: '"she said" picks the spokeswoman over a man named after her',
    text: 'Volksbund spokeswoman Ilse Brandauer stood beside Mr Kurt Jaeger. She said the coalition had a future.',
    has: 'the coalition had a future',
    by: 'Ilse Brandauer',
  },
  {
    note: '"he said" is not resolved to a man named only inside the quotation',
    text: 'Gustavo Pereira spoke after the vote. "Ask Mr Lemos what he promised the miners," he said.',
    has: 'Ask Mr Lemos what he promised the miners',
    by: 'Gustavo Pereira',
  },
  {
    note: '"she said" in a new paragraph resolves to the woman of the paragraph before',
    text: 'Helga Thorsen, the agriculture spokeswoman, visited three farms in the north.\n\nShe said the cuts would hurt rural schools.',
    has: 'the cuts would hurt rural schools',
    by: 'Helga Thorsen',
  },
  {
    note: 'a quote standing alone after a sentence with a subject and an object is the subject\u2019s',
    text: 'Yusra Karimi criticised Faisal Memon over the leak. "He should resign today, not tomorrow."',
    has: 'He should resign today',
    by: 'Yusra Karimi',
  },
  {
    note: 'a title used as a name ("the home secretary said") is the person the article gives that office',
    text:
      'Home Secretary Priya Ramanathan announced the review on Monday. ' +
      'The home secretary said the police would get new powers to close drug dens.',
    has: 'the police would get new powers',
    by: 'Priya Ramanathan',
  },
  {
    note: 'a party office used as a name ("The PCA leader said") is the person who holds it',
    text:
      'Sani Abubakar-Lere, the leader of the Progressive Citizens Alliance (PCA), arrived late. ' +
      'The PCA leader said the delay was not his fault.',
    has: 'the delay was not his fault',
    by: 'Sani Abubakar-Lere',
  },
  {
    note: 'a title used as a name ("the chief minister told") is the chief minister named earlier',
    text:
      'Chief Minister Murad Ali Shahzad inaugurated the bridge in Sukkur on Sunday. ' +
      'The chief minister told the crowd that the second phase would start in June.',
    has: 'the second phase would start in June',
    by: 'Murad Ali Shahzad',
  },
  {
    note: 'a surname after the full name is the same speaker',
    text: 'Ewan MacLachlan conceded defeat in the early hours. MacLachlan said the ballot had been fair.',
    has: 'the ballot had been fair',
    by: 'Ewan MacLachlan',
  },
  {
    note: 'an inverted cue with an honorific and a hyphenated surname ("said Dr X")',
    text: '"We are ready for government," said Dr Kwabena Osei-Tutu in Kumasi.',
    has: 'We are ready for government',
    by: 'Kwabena Osei-Tutu',
  },
  {
    note: 'a Chinese-order name: "Mr Tan" after "Tan Wei Ming" is the same speaker (family name first)',
    text: 'Tan Wei Ming, the party\u2019s treasurer, was re-elected on Saturday. Mr Tan said the accounts were in order.',
    has: 'the accounts were in order',
    by: 'Tan Wei Ming',
  },
  {
    note: 'a Malay name: "Ahmad Faizal" after "Datuk Seri Ahmad Faizal Hamzah" is the same speaker',
    text:
      'Datuk Seri Ahmad Faizal Hamzah chaired the meeting in Putrajaya. ' +
      'Ahmad Faizal said the coalition would name its candidate next week.',
    has: 'the coalition would name its candidate',
    by: 'Ahmad Faizal Hamzah',
  },
  {
    note: 'a Spanish double surname: "Etxeberria" after "María José Etxeberria Lasa" is the same speaker',
    text:
      'María José Etxeberria Lasa was elected party president on Sunday. ' +
      'Etxeberria said the party would not support the budget.',
    has: 'the party would not support the budget',
    by: 'María José Etxeberria Lasa',
  },
  {
    note: 'a speaker whose surname is also an honorific elsewhere (Chaudhary) is still found',
    text: 'Bilal Chaudhary said the ballot boxes had been tampered with overnight.',
    has: 'the ballot boxes had been tampered with',
    by: 'Bilal Chaudhary',
  },
  {
    note: 'a pronoun inside the quotation does not change the speaker ("He will never be...," X said of Mr Y)',
    text: '"He will never be prime minister," Ingrid Solberg-Haugen said of Mr Arne Dahl.',
    has: 'He will never be prime minister',
    by: 'Ingrid Solberg-Haugen',
  },
  {
    note: '"he claimed" after reported words is not a person named in them ("X has failed, he claimed")',
    text:
      'Ewan Garside opened his party\u2019s campaign on Saturday. Mr Pellow has failed to tackle these problems, ' +
      'he claimed.',
    has: 'has failed to tackle these problems',
    by: 'Ewan Garside',
  },
  {
    note: 'a name set apart by "she said" may still be what the speaker talks about ("and X, she said, ...")',
    text:
      'Mrs. Roxana Teller echoed the criticism, saying the mayor "is not in it for you" and Ms. Oyelaran, she ' +
      'said, "sees him for what he is."',
    has: 'sees him for what he is',
    by: 'Roxana Teller',
  },
  {
    note: '"he said" goes to the speaker of the sentence before, not to a name in what that speaker said',
    text:
      'Conrad Achterberg spoke in Leeds. Mr Pellow has failed the country, he claimed. The Tories, he said, ' +
      'can cut crime without raising taxes.',
    has: 'can cut crime without raising taxes',
    by: 'Conrad Achterberg',
  },
  {
    note: 'a quotation standing alone after another person spoke in between is not the first speaker\u2019s',
    text:
      'Mr Aldous Brenner set out his plans. But Labour\u2019s spokesman Imogen Fairweather responded: "Britain is ' +
      'working." Mr Brenner also paid tribute to the aid workers. The disaster was overshadowing the new year, ' +
      'Mr Brenner said.\n\n"We watched the scenes of destruction with disbelief. The scale is hard to grasp."',
    has: 'We watched the scenes of destruction',
    by: 'Aldous Brenner',
  },
  {
    note: '"he said" after a quotation that a colon opens goes to the subject before the colon',
    text:
      'Olek Mosmann heard the case. The lawyer Tomas Coanes argued that his client was joking. Mosmann saw ' +
      'Santillo\u2019s words differently: "When he says he will die a free man, I don\u2019t take that as a joke," he said.',
    has: 'I don\u2019t take that as a joke',
    by: 'Olek Mosmann',
  },
  {
    note: 'an office in the first sentence is the person named in the next, even when the headline named them first',
    text:
      'Okafor warns on rents\n\nRent controls should be in the party\u2019s manifesto, the Housing and Planning ' +
      'Secretary has said.\n\nAdaeze Okafor said the cost of the plan was being studied.',
    has: 'Rent controls should be in',
    by: 'Adaeze Okafor',
  },
  {
    note: '"the minister" is the secretary of state the article named ("the home secretary" is a minister)',
    text:
      'Home Secretary Ingrid Solberg-Lund spoke at the conference. Police numbers will rise, she said. ' +
      'The minister told delegates that border checks were vital to public safety.',
    has: 'border checks were vital to public safety',
    by: 'Ingrid Solberg-Lund',
  },
  {
    note: 'a quotation closing its sentence continues the speaker before it when the paragraph runs on',
    text:
      'Ingrid Solberg-Lund added that progress had been made. "The average nurse is paid about 80p for every ' +
      'pound a doctor earns. For part-time nurses it is 60p." The Department for Health will also fund a panel.',
    has: 'The average nurse is paid about 80p',
    by: 'Ingrid Solberg-Lund',
  },
  {
    note: 'a pronoun goes to the subject of the sentence before, not to a speaker in its subordinate clause',
    text:
      'Dr Lionel Fairbank refused to discuss reports that the party had repaid a loan to Lord Tembe after he said ' +
      'the party could not win. "We repay loans when they are due," he said, insisting he enjoyed a warm ' +
      'relationship with Lord Tembe.',
    has: 'he enjoyed a warm relationship',
    by: 'Lionel Fairbank',
  },
  // negative cases
  {
    note: '"she said" after two men named with Mr is not given to either man',
    text: 'Mr Bongani Dlamini met Mr Sipho Ndlovu at the party office. She said the talks would resume on Friday.',
    has: 'the talks would resume on Friday',
    notBy: 'Sipho Ndlovu',
  },
  {
    note: '"she said" after two men named with Mr is not given to the first man either',
    text: 'Mr Bongani Dlamini met Mr Sipho Ndlovu at the party office. She said the talks would resume on Friday.',
    has: 'the talks would resume on Friday',
    notBy: 'Bongani Dlamini',
  },
  {
    note: 'the object of an accusation is not the speaker of the quote that follows',
    text: 'Yusra Karimi criticised Faisal Memon over the leak. "He should resign today, not tomorrow."',
    has: 'He should resign today',
    notBy: 'Faisal Memon',
  },
  {
    note: 'officials are not a speaker',
    text: 'Officials said the recount in Ward 7 would take two days.',
    has: 'the recount in Ward 7 would take two days',
    unattributed: true,
  },
  {
    note: 'a person named after the cue in a prepositional phrase is not the speaker ("said of Mr Y")',
    text: '"He will never be prime minister," Ingrid Solberg-Haugen said of Mr Arne Dahl.',
    has: 'He will never be prime minister',
    notBy: 'Arne Dahl',
  },
  {
    note: 'a surname behind an honorific is a person even before "\'s supporters" ("Mr. X\'s supporters"), not a party',
    text:
      'Senator Dana Whitlock toured the state.\n\n' +
      "Mr. Whitlock's supporters cheered. ''We will fix the roads,'' Mr. Whitlock said in front of a crowd.",
    has: 'We will fix the roads',
    by: 'Dana Whitlock',
  },
  {
    note: 'a place before an abbreviated office ("Ohio Gov. X said") still opens a person\'s name',
    text: 'The debate grew so heated that Marlow Gov. Carl Venniker said, "I feel like I need a translator."',
    has: 'I feel like I need a translator',
    by: 'Carl Venniker',
  },
  {
    note: 'an inverted cue followed by an office in capitals ("said Vice President X, urging ...")',
    text: '"Oh, let her make that decision," said Vice President Tomas Reyero, urging patience.',
    has: 'let her make that decision',
    by: 'Tomas Reyero',
  },
  {
    note: 'a quotation, then place and office words before the name that speaks ("Polk County Sheriff X said")',
    text:
      'Lena Ortwin will face charges after the fire. "The records clearly show intent," Dunmore County Sheriff ' +
      'Joe Marlowe said at a news conference Monday.',
    has: 'The records clearly show intent',
    by: 'Joe Marlowe',
  },
  {
    note: 'a body before an office honorific ("former UN Ambassador X told") still opens a person\'s name',
    text: 'Discussing the scandals, former UN Ambassador Jonas Baltrus told the host, \u201cThe slogan is the worst.\u201d',
    has: 'The slogan is the worst',
    by: 'Jonas Baltrus',
  },
  {
    note: 'an organisation before "President" and a name ("Planned Kinship President X said") opens a person\'s name',
    text: 'Planned Kinship President Cecily Rickwood said the vote was a disgrace for the state.',
    has: 'the vote was a disgrace',
    by: 'Cecily Rickwood',
  },
  {
    note: 'a name, a relation and another name after an inverted cue ("said Okafor ally X"): the last name speaks',
    text:
      'Chidi Okafor lost the vote on Friday. \u201cThe levy will hurt small farms,\u201d said Okafor ally Renata ' +
      'Szabo.',
    has: 'The levy will hurt small farms',
    by: 'Renata Szabo',
  },
  {
    note: 'the same with a profession ("said Marlowe pollster X")',
    text: '\u201cThe race is tied in the north,\u201d said Marlowe pollster Dan Ibsen.',
    has: 'The race is tied in the north',
    by: 'Dan Ibsen',
  },
  {
    note: 'a name, then other words, then a name ("said Okafor in Lagos") is not a relation: the first name speaks',
    text: 'Chidi Okafor and Renata Szabo met in Enugu. \u201cWe agreed on nothing,\u201d said Okafor after the talks with Szabo.',
    has: 'We agreed on nothing',
    by: 'Chidi Okafor',
  },
  {
    note: 'a participle after "X said," belongs to X, not to the subject of the sentence\u2019s first verb',
    text:
      'Marta Quist left the mill before the vote. The plant stays open, Dario Fenn said, adding that nobody ' +
      'would lose a job.',
    has: 'nobody would lose a job',
    by: 'Dario Fenn',
  },
  {
    note: 'a participle after "said X," belongs to X',
    text: 'The ferry will resume in May, said Tobias Hale, adding that fares would stay the same.',
    has: 'fares would stay the same',
    by: 'Tobias Hale',
  },
  {
    note: 'a subject with two descriptions between commas (an age and a clause) before its verb',
    text: 'Pieter Claes, 58, who farms outside Ostend, says he did not know much about the levy before May.',
    has: 'he did not know much about the levy',
    by: 'Pieter Claes',
  },
  {
    note: 'a subject with a party tag and a participle phrase between commas before its verb',
    text:
      'Sen. Hana Dvorak, D-Ohio, appearing on a morning show after the speech, said the budget failed rural ' +
      'schools.',
    has: 'the budget failed rural schools',
    by: 'Hana Dvorak',
  },
  {
    note: 'an adverb of frequency between the subject and the cue ("X often says")',
    text: 'Lena Marsh often says she is not running for her father\u2019s seat.',
    has: 'she is not running for her',
    by: 'Lena Marsh',
  },
  {
    note: 'a time phrase between the subject and the cue ("X earlier Thursday said")',
    text: 'Omar Haddad earlier Thursday said the committee had held 75 interviews since May.',
    has: 'the committee had held 75 interviews',
    by: 'Omar Haddad',
  },
  {
    note: 'a party tag in brackets, then a participle phrase between commas, before the cue',
    text: 'Sen. Rolf Dahl (D-Ill.), noting the size of the crowd, said, \u201cHe has a heck of an email list.\u201d',
    has: 'He has a heck of an email list',
    by: 'Rolf Dahl',
  },
  {
    note: 'a name closing an appositive (", contradicting Y, said") is not the subject: the name before it is',
    text: 'Pedro Nunes, contradicting Ana Ruiz, said he had told her the wall would not be paid for.',
    has: 'he had told her the wall',
    by: 'Pedro Nunes',
  },
  {
    note: 'a name inside a relative clause before the cue (", who has endorsed Y, said") is passed over',
    text: 'Sen. Clara Moss (D-Mo.), who has endorsed Ana Ruiz, said the rival had pushed the party to the left.',
    has: 'the rival had pushed the party',
    by: 'Clara Moss',
  },
  {
    note: 'a name set off by "meanwhile" still speaks',
    text: 'Ana Ruiz met voters in Porto. Ruiz, meanwhile, said the tax would fall.',
    has: 'the tax would fall',
    by: 'Ana Ruiz',
  },
  {
    note: 'an abbreviation with full stops ("U.S.") inside an appositive does not cut the subject off',
    text: 'Salme Kuusk, citing data from the U.S. State Department, said that four million people live abroad.',
    has: 'four million people live abroad',
    by: 'Salme Kuusk',
  },
  {
    note: 'a surname the tagger reads as a common word opens a sentence ("Cook said ...") after the full name',
    text: 'Tomas Cook runs the port authority in Veldhaven. Cook said the new cranes would arrive in the spring.',
    has: 'the new cranes would arrive',
    by: 'Tomas Cook',
  },
  {
    note: 'a relative clause holding a quoted word (", who calls the plan a \u201cfarce,\u201d said he ...") leaves the subject its cue',
    text: 'Ines Marlow sits on the harbour board. Marlow, who calls the dredging plan a \u201cfarce,\u201d said she doubts the board will fund it.',
    has: 'she doubts the board will fund it',
    by: 'Ines Marlow',
  },
  {
    note: 'a long relative clause between the subject and the cue (", who ... until June despite ..., has said")',
    text: 'Rosa Lindqvist, who stayed in the leadership race against Piet Haas until June despite his lead and Unity Party calls for her to bow out, has said she will not ask him to withdraw.',
    has: 'she will not ask him to withdraw',
    by: 'Rosa Lindqvist',
  },
  {
    note: 'a state abbreviation with two full stops in brackets ("(D-N.M.),") does not end the sentence before the cue',
    text: 'The vote is close. Sen. Walt Brandt (D-N.M.), said after a lunch on Tuesday that he had not read the plan.',
    has: 'he had not read the plan',
    by: 'Walt Brandt',
  },
  {
    note: '"since" between the auxiliary and the cue ("X has since said")',
    text: 'Mrs. Ana Ruiz has since said she would support a wage rise like the one passed in Porto.',
    has: 'she would support a wage rise',
    by: 'Ana Ruiz',
  },
  {
    note: 'a description between dashes separates the subject from its cue ("X \u2014 who ... \u2014 told Y he ...")',
    text: 'Reached by phone, Tove Jansrud \u2014 who is listed as a lawyer in Bergen but does not practise \u2014 told the Tidende she is not planning an appeal.',
    has: 'she is not planning an appeal',
    by: 'Tove Jansrud',
  },
];
