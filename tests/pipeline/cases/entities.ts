// Cases for people and parties: names with honorifics from several traditions, surnames joining full names,
// party definitions and acronyms, generic party names, alliances; and capitalised words that are neither.
import type { CaseBase } from '../helpers.js';

export interface EntityCase extends CaseBase {
  text: string;
  /** Each must be a Person (by its name or an alias). */
  persons?: string[];
  /** Each must be a Party. */
  parties?: string[];
  /** Groups of spellings that must be one entity (and no other entity of that label uses them). */
  same?: Array<{ label: 'Person' | 'Party'; names: string[] }>;
  /** Parties that must be of kind alliance / of kind party. */
  alliances?: string[];
  singleParties?: string[];
  /** No Person may carry these words in its name or aliases. */
  notPersons?: string[];
  /** No Party may carry these words in its name or aliases. */
  notParties?: string[];
  /** No Person or Party may be called exactly this (a possessive or plural form). */
  notNamed?: string[];
  /** Offices a person must carry among its titles, and words no title may hold. */
  titles?: Array<{ person: string; has?: string; lacks?: string; only?: string[] }>;
}

export const ENTITY_CASES: EntityCase[] = [
  {
    note: '"Mr Marsh" beside "Sir Ivo Marsh" and "Karl Marsh" is Karl Marsh: a knight is not called "Mr"',
    text:
      'Terror threat\n\nSir Ivo Marsh said the threat was real. Sir Ivo told the police board the risk was high. He ' +
      'refused to say more. Karl Marsh defended the plans on Monday. The opposition leader accused Mr Marsh of ' +
      'scaremongering.',
    persons: ['Ivo Marsh', 'Karl Marsh'],
    same: [{ label: 'Person', names: ['Karl Marsh', 'Mr Marsh'] }],
  },
  {
    note: 'a single name the article writes after its kind once is a body wherever it speaks ("group Freedomwatch")',
    text:
      'Asylum\n\nCivil rights group Freedomwatch said the rules were racist.\n\nFreedomwatch said officers stopped ' +
      'travellers 400 times more often.',
    notPersons: ['Freedomwatch'],
  },
  {
    note: 'a word after "Mr" is a surname even when it also names things ("Mr Law", "Graham Lane ... Mr Lane"), not an office',
    text:
      'Conference\n\nThe remark was ill-advised, Mr Law said. Graham Lane, leader of the Labour group on the council, ' +
      'said the hall was full. "They would still be clapping," added Mr Lane. "Thank you, Mr President," she said.',
    persons: ['Law', 'Graham Lane'],
    same: [{ label: 'Person', names: ['Graham Lane', 'Mr Lane'] }],
    notNamed: ['President'],
  },
  {
    note: 'a word the tagger reads as a verb before the surname of a full name is no given name ("Rebuking Vell", "Stop Vell")',
    text:
      'Campaign\n\nSenator Donna Vell spoke on Monday. Ads with the slogan Rebuking Vell ran all week. The committed ' +
      'Stop Vell movement grew.',
    persons: ['Donna Vell'],
    notNamed: ['Rebuking Vell', 'Stop Vell'],
  },
  {
    note: 'a name before a role only a body has is a body ("Wessex Aid founder Ivo Marsh", "an Evening Ledger journalist")',
    text:
      'Aid\n\nWessex Aid founder Ivo Marsh said he was sick of excuses. The mayor had accused an Evening Ledger ' +
      'journalist of lying.',
    persons: ['Ivo Marsh'],
    notPersons: ['Wessex Aid', 'Evening Ledger'],
  },
  {
    note: 'a programme after "Radio 9\'s" is no person, unless named after its presenter ("Radio 2\'s Dana Pike show")',
    text:
      "Radio\n\nHe told BBC Radio 9's Any Answers that the plan was sound. Interviewed on Radio 2's Dana Pike show, " +
      'Mr Dorrit said taxes would fall.',
    persons: ['Dana Pike'],
    notPersons: ['Any Answers'],
  },
  {
    note: 'a name after an office "of" is a body ("chief executive of Alcohol Watch Wessex"), not before a possessive',
    text:
      'Drink\n\nJack Lamb, chief executive of Alcohol Watch Wessex, said the comment was ill-advised. Dana Pike, the ' +
      "director of Ana Ruiz's chambers, said nothing. Dame Ella Fenn, the president of the Family Justice Division, " +
      'said the judge was humane.',
    persons: ['Jack Lamb', 'Ana Ruiz', 'Ella Fenn'],
    notPersons: ['Alcohol Watch', 'Division'],
  },
  {
    note: 'a single name after "said" that opens what was said is no speaker ("said Hereford hospital was ...")',
    text: 'Hospital\n\nMr Dorrit said Calder hospital was struggling. Wessexness had long been a theme, he said.',
    notPersons: ['Calder', 'Wessexness'],
  },
  {
    note: '"Chief" before an occupation is an office ("Chief Executive"), and before a modifier and an office too',
    text:
      'Hospital row\n\nEarlier, Dana Ruskin, Chief Executive of Westmoor Hospitals Trust, had said the ward would ' +
      'close. Chief Treasury Secretary Pell Anstey said the figures did not add up.',
    persons: ['Dana Ruskin', 'Pell Anstey'],
    notPersons: ['Executive', 'Treasury'],
  },
  {
    note: 'an occupation opening a sentence before a full name is no part of it ("Farmer Tobin Wragg")',
    text: 'Hunt ban\n\nFarmer Tobin Wragg, a senior member of the hunt, told reporters the ban was wrong.',
    persons: ['Tobin Wragg'],
    notPersons: ['Farmer'],
  },
  {
    note: 'the last word of a list after a body\'s or an office\'s "of" or "for" is no person ("Department of Roads and Industry")',
    text:
      'Waste\n\nIn a statement, the Department of Roads and Industry said the new policy meant fewer delays. ' +
      'Minister for Children, Young People and Families Greta Lund said new plans would help.',
    persons: ['Greta Lund'],
    notPersons: ['Industry', 'Families'],
  },
  {
    note: 'the name after "Capitalised &" ends a firm\'s name; a name ending in "St" is a street',
    text:
      'Budget\n\nAccountancy firm Halden & Young urged him to wait. Orland St said a similar offer might be made to ' +
      'the island.',
    notPersons: ['Young', 'St'],
  },
  {
    note: 'a word before a party in a name chunk does not speak ("Fellow Lib Dem Ivo Marsh said")',
    text: 'Council\n\nThe Liberal Democrats said the plan was rushed. Fellow Lib Dem Ivo Marsh said the plan was rushed.',
    persons: ['Ivo Marsh'],
    notPersons: ['Fellow'],
  },
  {
    note: 'a single name after its kind ("aid charity Helpright"), "the Sunday", "in" or "Most" is no speaker',
    text:
      'Aid\n\nAid charity Helpright criticised the plan. Civil rights group Freedomwatch said it was delighted. ' +
      'A report in the Sunday Ledger claimed the minister would resign. Health officials in Calder said patients ' +
      'would wait. The game Nightstalker was blamed by parents. Main points of the plan: a ban on cars. Most ' +
      'Wessexians said in a vote that they wanted to stay.',
    notPersons: ['Helpright', 'Freedomwatch', 'Ledger', 'Calder', 'Nightstalker', 'Main', 'Wessexians'],
  },
  {
    note: 'a name before "station", "seat" or "day", or ending in "Prison", "Review" or "Nations", is no person',
    text:
      'Travel\n\nThey met at Corrin Cross station. She will fight the Wexcombe Coastal seat on Pellow Relief day. ' +
      'He was jailed at Barrow Moor Prison. The Tallis Review said more homes were needed. Refugees came from ' +
      'United Nations camps.',
    notPersons: ['Corrin', 'Wexcombe', 'Pellow', 'Barrow', 'Tallis', 'Nations'],
  },
  {
    note: 'an organisation ends at its last head word ("the Northern Policy Centre Mr Vance said")',
    text: 'Speech\n\nIn a speech to the Northern Policy Centre Mr Vance said the rival was clever.',
    persons: ['Vance'],
    notPersons: ['Centre'],
  },
  {
    note: 'an honorific that opens a place\'s people is no honorific ("Sri Lankan President Kamal Wirasena")',
    text: "Vote\n\nSri Lankan President Kamal Wirasena's alliance won a two-thirds majority, officials said.",
    persons: ['Kamal Wirasena'],
    notNamed: ['Sri Kamal Wirasena'],
  },
  {
    note: 'a nickname in quote marks inside a name (\'Ramon "Monching" Dizon\') leaves one person, not two',
    text:
      'Senate coup\n\nSenator Ramil "Bongbong" Dizano was ousted on Wednesday. Dizano said he was betrayed. Rep. ' +
      'Charles \u201cChuck\u201d Brenner said the vote was fair.',
    persons: ['Ramil Dizano', 'Charles Brenner'],
    same: [{ label: 'Person', names: ['Ramil Dizano', 'Dizano'] }],
    notNamed: ['Ramil', 'Bongbong'],
  },
  {
    note: 'a name before a lowercase "party" after "the" or a possessive is a party; a feast before "party" is not',
    text:
      "Coalition crisis\n\nGolan's Shalem Renewal party accused Orly Harel of blackmail. The Civic Platform party " +
      'said it would wait for the vote. Ministers held a Christmas party on Friday.',
    parties: ['Shalem Renewal', 'Civic Platform'],
    notPersons: ['Shalem Renewal'],
    notParties: ['Christmas'],
  },
  {
    note:
      'a party named after a lowercase kind ("the Catalan separatist party Avant per Catalunya") is a party, and ' +
      'the place after "per" no person',
    text:
      'Support withdrawn\n\nThe Catalan separatist party Avant per Catalunya said it would no longer back the ' +
      'government.',
    parties: ['Avant'],
    notPersons: ['Catalunya'],
  },
  {
    note: 'a town followed by its state ("in Port Verity, Iowa,") is a place; a single name that reports is an outlet',
    text:
      'Rally\n\nAt a rally on Monday in Port Verity, Iowa, Ivo Wilkin said taxes would fall. Earlier Dan Tulloch, ' +
      'Iowa state director of the campaign, said the crowd was large. Wessex Daily reported the crowd was small, and ' +
      'Brightline reported it was medium.',
    persons: ['Ivo Wilkin', 'Dan Tulloch'],
    notPersons: ['Port Verity', 'Brightline'],
  },
  {
    note: 'first names that are also common words ("Bill", "Jan", "Glen") open a person\'s name; a bill is no person',
    text:
      'Budget vote\n\nBill Oduya and Jan de Ruiter said the Finance Bill would pass. The Health Bill was delayed. ' +
      'Former federal prosecutor Glen Kopp said it was no surprise.',
    persons: ['Bill Oduya', 'Jan de Ruiter', 'Glen Kopp'],
    notPersons: ['Finance Bill', 'Health Bill'],
  },
  {
    note: 'a name with a middle name and the same name without it are one person, in either order',
    text:
      'Campaign trail\n\nMarta Velde won the primary. Marta Ilse Velde thanked her volunteers. Later, Tomas ' +
      'Brink spoke; Tomas K. Brink said he would stand again.',
    same: [
      { label: 'Person', names: ['Marta Velde', 'Marta Ilse Velde'] },
      { label: 'Person', names: ['Tomas Brink', 'Tomas K. Brink'] },
    ],
  },
  {
    note: 'an outlet named after its kind ("local newspaper O Dia") or told something ("told Meridian") is no person',
    text:
      'Coalition frays\n\n' +
      'Two party leaders told Meridian on Thursday that the party would leave. "Our position is untenable," ' +
      'party president Caio Mendonca was quoted by local newspaper O Dia as saying.',
    persons: ['Caio Mendonca'],
    notPersons: ['Meridian', 'O Dia'],
  },
  {
    note: 'a day before an office and a name ("On Monday Civic constitutional affairs chairman X") is not part of the office',
    text: 'Deletions row\n\nOn Monday Civic constitutional affairs chairman Alun Brereton warned of harm.',
    persons: ['Alun Brereton'],
    titles: [{ person: 'Alun Brereton', lacks: 'Monday' }],
  },
  {
    note: 'a dash set off by spaces after a dateline is no part of the office after it',
    text: 'New cabinet\n\nPERTH (Wire) - Regional President Wirawan on Sunday named a new cabinet.',
    persons: ['Wirawan'],
    titles: [{ person: 'Wirawan', only: ['Regional President'] }],
  },
  {
    note: 'a portfolio before "Minister" makes one office ("Energy Minister X"), also opening a sentence',
    text:
      'Climate laws\n\n' +
      'The bill would protect the environment, said Energy Minister Rhys Kowalczyk on Monday. ' +
      'Environment Minister Tanya Pelbourne accused the opposition of delay.',
    persons: ['Rhys Kowalczyk', 'Tanya Pelbourne'],
    notPersons: ['Minister Tanya', 'Energy Minister'],
    titles: [
      { person: 'Rhys Kowalczyk', has: 'Energy Minister' },
      { person: 'Tanya Pelbourne', has: 'Environment Minister' },
    ],
  },
  {
    note: 'the preposition before an office and a name ("led by former deputy president X") is not part of the office',
    text: 'Senator joins rival camp\n\nShe will join the alliance led by former deputy president Joseph Kiptoo.',
    persons: ['Joseph Kiptoo'],
    titles: [{ person: 'Joseph Kiptoo', has: 'former deputy president', lacks: 'by' }],
  },
  {
    note: 'an office opening a sentence ("Prime Minister X") stays an office when the article also writes it in lowercase',
    text:
      'Budget talks\n\n' +
      'Opposition leader Tomas Ferrer said the prime minister was isolated. ' +
      'Prime Minister Amelia Sorbas defended the talks on Tuesday.',
    persons: ['Amelia Sorbas'],
    notPersons: ['Minister Amelia'],
  },
  {
    note: 'an acronym opening a name behind a role only parties have ("KSD Senator X", "RNS Leader Y") is a party',
    text: 'Opposition rally\n\n' + 'KSD Senator Omar Sadiq and RNS Leader Mona Qureshi addressed the rally on Monday.',
    persons: ['Omar Sadiq', 'Mona Qureshi'],
    parties: ['KSD', 'RNS'],
  },
  {
    note: 'a portfolio ("Home Affairs") is not a person, and a name right after one is found whole',
    text:
      'Talks resume\n\n' +
      'Civic Home Affairs spokesman Kofi Mensah said the plan was flawed. Under Secretary of State for Political ' +
      'Affairs Lena Vogt said the talks would resume.',
    persons: ['Kofi Mensah', 'Lena Vogt'],
    notPersons: ['Home Affairs', 'Affairs Wendy'],
  },
  {
    note: 'a post-nominal after a name ("Margit Moranne MP", "Ann Leigh QC") is not part of the name',
    text:
      'Women at the Assembly\n\n' +
      'Margit Moranne MP said the study was long overdue. Ann Leigh QC said it would change nothing.',
    persons: ['Margit Moranne', 'Ann Leigh'],
    notPersons: ['Moranne MP', 'Leigh QC'],
  },
  {
    note: 'a nickname after "so-called" or "dubbed" ("the so-called “Crane Girls”") is not a person',
    text:
      'Women at the Assembly\n\n' +
      'Berta Vollmer, one of the so-called "Crane Girls" elected in 1997, and Ida Brandt, dubbed "Iron Ida" by ' +
      'the press, spoke on Monday.',
    persons: ['Berta Vollmer', 'Ida Brandt'],
    notPersons: ['Crane Girls', 'Iron Ida'],
  },
  {
    note: 'a title-case headline ending in a period names nobody ("X Was Headed"); a common word opening a sentence is not a first name',
    text:
      'Quiet Exit: Minister Halvorsen Was Headed to Oslo But Turned Back.\n\n' +
      'Rival Greta Halvorsen left the cabinet meeting early, said Ivar Lund, a rival of hers in the party.',
    persons: ['Greta Halvorsen', 'Ivar Lund'],
    notPersons: ['Headed', 'Rival'],
  },
  {
    note: 'companies named by their trade ("Halden Realty", "Morrow Research said") and names used as modifiers are not persons',
    text:
      'Polling firms disagree\n\n' +
      'Halden Realty said rents had doubled, and Morrow Research said the mayor had lost ground to Petra Lind, ' +
      'whose Lind-style rallies filled the square. Ruth Anand of Carver Partners agreed.',
    persons: ['Petra Lind', 'Ruth Anand'],
    notPersons: ['Realty', 'Research', 'Lind-style', 'Partners'],
  },
  {
    note: 'a nationality before a party role ("Veldan leader X", "LGBTQ activist X") is not a party',
    text:
      'Summit ends early\n\n' +
      'Veldan leader Omar Tassi left the summit on Friday, said LGBTQ activist Noor Halabi, who had met him there.',
    persons: ['Omar Tassi', 'Noor Halabi'],
    notParties: ['Veldan', 'LGBTQ'],
  },
  {
    note: 'a person before "supporters" or "leadership" is not a party; hyphened modifiers are not parties either',
    text:
      'Rally draws thousands\n\n' +
      'Dana Whitfield supporters filled the hall, and critics of Dana Whitfield\u2019s leadership stayed away. ' +
      'Organisers said Whitfield-friendly voters and Tuesday-night crowds had grown.',
    persons: ['Dana Whitfield'],
    notParties: ['Dana Whitfield', 'Whitfield-friendly', 'Tuesday-night'],
  },
  {
    note: 'two words that end like a surname are a party before a role only members share ("Sinn Fein lawmakers")',
    text: 'Talks resume\n\nKerry Doyle met Liam Fein on Monday. Later, Sinn Fein lawmakers walked out of the chamber.',
    parties: ['Sinn Fein'],
  },
  {
    note: 'a party name ends before a person and before an office ("Democrats Mara Lenz", "Civic Party Chairman X")',
    text:
      'Budget vote nears\n\n' +
      'Senate Democrats Mara Lenz and Tom Abara voted no, and Civic Party Chairman Ivo Brandt said the bill would pass.',
    persons: ['Mara Lenz', 'Ivo Brandt'],
    parties: ['Civic Party'],
    notParties: ['Mara Lenz', 'Chairman'],
  },
  {
    note: 'contractions, web addresses, dotted initials and brand names are not persons ("I\u2019m", "EgyptAir")',
    text:
      'Airline inquiry widens\n\n' +
      'Anna Kowal, the inspector, said the F.A.A. had not replied. SkyVolta said the route was safe. ' +
      'I\u2019m not convinced, Kowal said, and Checkpoint.org said it would publish the logs. Janet McRory agreed.',
    persons: ['Anna Kowal', 'Janet McRory'],
    notPersons: ['F.A.A.', 'SkyVolta', 'I\u2019m', 'Checkpoint.org'],
  },
  {
    note: 'an occupation before a name is a title, not part of the name; a plural nationality closes no name',
    text:
      'Film star backs levy\n\n' +
      'Actress Lenka Dvorak said the levy was fair. Economist Tomas Ruzicka disagreed, and Chilean Americans ' +
      'in the audience cheered. The donor Pavel Singer said nothing.',
    persons: ['Lenka Dvorak', 'Tomas Ruzicka', 'Pavel Singer'],
    notPersons: ['Actress', 'Economist', 'Chilean Americans'],
  },
  {
    note: 'city and state legislators\u2019 titles ("Alderman", "Councilwoman", "Assemblyman") are not part of the name',
    text:
      '"People are tired," said Harbor City Alderman Rafael M. Ostrowski, who chairs the zoning panel.\n\n' +
      '"We will not wait," said Councilwoman Dana T. Whitfield. Assemblyman Kofi Mensah-Larbi agreed.',
    persons: ['Rafael M. Ostrowski', 'Dana T. Whitfield', 'Kofi Mensah-Larbi'],
    notPersons: ['Alderman', 'Councilwoman', 'Assemblyman'],
  },
  {
    note: 'trade unions and trade bodies are not parties ("Harbour Teachers Union", "National Retail Federation")',
    text:
      'Strike called\n\nThe Harbour Teachers Union and the National Retail Federation backed the strike, ' +
      'while the Civic Reform Party stayed silent.',
    parties: ['Civic Reform Party'],
    notParties: ['Teachers', 'Retail'],
  },
  {
    note: 'a dotted place abbreviation ending a sentence is not the first word of the next name ("Elton, N.J. Mara Cole")',
    text:
      'Talks at the club\n\nThe talks were held at his golf club at Elton, N.J. Mara Cole, the former chairwoman of ' +
      'a television network, also met with him that day. The author, J.K. Varley, was there too.',
    persons: ['Mara Cole', 'J.K. Varley'],
    notPersons: ['N.J. Mara Cole'],
  },
  {
    note: 'a capitalised common word before a verb of saying is no person ("Everybody said", "Five said")',
    text:
      'Council vote\n\nMayor Ilka Berg spoke first. Everybody said the vote was fair, and Five said it was not. ' +
      'Wired said nothing.',
    persons: ['Ilka Berg'],
    notPersons: ['Everybody', 'Five'],
  },
  // people with honorifics
  {
    note: 'a name after "Maulana" is a person',
    text: 'Maulana Abdul Ghafoor Qasmi addressed the gathering in Peshawar after Friday prayers.',
    persons: ['Abdul Ghafoor Qasmi'],
  },
  {
    note: 'a name after "Barrister" is a person',
    text: 'Barrister Sadia Mirza filed the petition on behalf of the party on Tuesday.',
    persons: ['Sadia Mirza'],
  },
  {
    note: 'a name after "Datuk Seri" is a person',
    text: 'Datuk Seri Rahimi Othman chaired the meeting of the coalition\u2019s leaders in Putrajaya.',
    persons: ['Rahimi Othman'],
  },
  {
    note: 'a name after "Tan Sri" is a person',
    text: 'The former speaker, Tan Sri Mokhtar Hashim, was appointed adviser to the prime minister.',
    persons: ['Mokhtar Hashim'],
  },
  {
    note: 'a peer with a territorial title ("Lord X of Y") is a person',
    text: 'Lord Pemberton of Hale spoke against the bill in the Lords on Wednesday.',
    persons: ['Lord Pemberton'],
  },
  {
    note: 'a name after "Sir" is a person',
    text: 'Sir Nigel Ashworth, the former chancellor, endorsed the candidate on Sunday.',
    persons: ['Nigel Ashworth'],
  },
  {
    note: 'a name after "Dr" is a person',
    text: 'Dr Annegret Vollmer was named health minister in the new cabinet.',
    persons: ['Annegret Vollmer'],
  },
  {
    note: 'a name after "Chief" (a Nigerian title) is a person',
    text: 'Chief Olusegun Adeyemi-Bankole hosted the party\u2019s elders at his home in Abeokuta.',
    persons: ['Olusegun Adeyemi-Bankole'],
  },
  {
    note: 'a name after "Alhaji" is a person',
    text: 'Alhaji Musa Danjuma donated the land for the party\u2019s new secretariat.',
    persons: ['Musa Danjuma'],
  },
  {
    note: 'a name after "Smt." is a person',
    text: 'Smt. Lalitha Iyengar was sworn in as the state\u2019s first woman speaker.',
    persons: ['Lalitha Iyengar'],
  },
  {
    note: 'a Spanish name with lowercase particles ("de la") is one person',
    text: 'José Luis de la Fuente announced his candidacy for governor of the province.',
    persons: ['José Luis de la Fuente'],
  },
  {
    note: 'a German name with "von" is one person, and "Ms von Arnim" joins it',
    text: 'Friederike von Arnim won the nomination. Ms von Arnim thanked the delegates in Leipzig.',
    same: [{ label: 'Person', names: ['Friederike von Arnim', 'Ms von Arnim'] }],
  },
  {
    note: 'a Malay patronymic name with "bin" is one person',
    text: 'Hassan bin Abdullah was named the coalition\u2019s candidate for the seat.',
    persons: ['Hassan bin Abdullah'],
  },
  {
    note: 'a name with initials is a person',
    text: 'K. S. Raghunathan, the party\u2019s treasurer, resigned on Friday.',
    persons: ['K. S. Raghunathan'],
  },
  {
    note: 'a surname after the full name resolves to the full name',
    text: 'Chukwuemeka Obiora-Nnamdi won the primary by 300 votes. Obiora-Nnamdi thanked his supporters.',
    same: [{ label: 'Person', names: ['Chukwuemeka Obiora-Nnamdi', 'Obiora-Nnamdi'] }],
  },
  {
    note: '"Mr Surname" after the full name resolves to the full name',
    text: 'Wilhelm Ostermann lost his seat. Mr Ostermann said he would stay in politics.',
    same: [{ label: 'Person', names: ['Wilhelm Ostermann', 'Mr Ostermann'] }],
  },
  {
    note: 'a surname that is also an honorific elsewhere (Chaudhary) is part of the name',
    text: 'Bilal Chaudhary, a lawyer from Multan, won the by-election.',
    persons: ['Bilal Chaudhary'],
  },
  {
    note: 'two people sharing a surname stay two people',
    text: 'Rahul Menon and his sister Anjali Menon both stood for the party in Kochi.',
    persons: ['Rahul Menon', 'Anjali Menon'],
  },
  // not people
  {
    note: 'a capitalised common phrase is not a person',
    text: 'Budget Day arrived with little fanfare as Treasury officials briefed the press.',
    notPersons: ['Budget Day', 'Treasury'],
  },
  {
    note: 'places are not people',
    text: 'Voters in Port Harcourt and Kuala Terengganu queued for hours in the heat.',
    notPersons: ['Port Harcourt', 'Kuala Terengganu'],
  },
  {
    note: 'a sentence-initial plural noun before "said" is not a person',
    text: 'Voters said the queues were too long. Turnout was nevertheless high.',
    notPersons: ['Voters', 'Turnout'],
  },
  {
    note: 'news outlets are not people',
    text: 'The Daily Clarion and Radio Sahel both reported the result before midnight.',
    notPersons: ['Daily Clarion', 'Radio Sahel'],
  },
  {
    note: 'months and weekdays are not people',
    text: 'In March the party chose a new leader. On Tuesday Rahul Menon resigned.',
    persons: ['Rahul Menon'],
    notPersons: ['March', 'Tuesday'],
  },
  {
    note: 'sentence-initial participles and prepositions are not people',
    text: 'Asked about the leak, Kemi Adeyinka said nothing. Despite the rain, thousands marched in Ibadan.',
    persons: ['Kemi Adeyinka'],
    notPersons: ['Asked', 'Despite'],
  },
  {
    note: 'holidays are not people',
    text: 'The rally was postponed until after Independence Day and Eid al-Adha.',
    notPersons: ['Independence Day', 'Eid'],
  },
  {
    note: 'courts and commissions are not people',
    text: 'The Supreme Court referred the petition to the Election Commission on Monday.',
    notPersons: ['Supreme Court', 'Election Commission'],
  },
  {
    note: 'a party name before a role noun is not a person',
    text: 'Volksbund leader Heinz Auer called the vote a disgrace.',
    persons: ['Heinz Auer'],
    notPersons: ['Volksbund'],
  },
  // parties
  {
    note: 'a party definition "Full Name (ACR)" is one party with both names',
    text: 'The Rashtriya Nyaya Sangh (RNS) won 41 seats. The RNS will lead the talks.',
    same: [{ label: 'Party', names: ['Rashtriya Nyaya Sangh', 'RNS'] }],
  },
  {
    note: 'a Spanish party definition with a lowercase particle ("Partido del Pueblo Andino (PPA)")',
    text: 'The Partido del Pueblo Andino (PPA) topped the poll in Cusco. The PPA has never governed.',
    same: [{ label: 'Party', names: ['Partido del Pueblo Andino', 'PPA'] }],
  },
  {
    note: 'a Malay party definition ("Parti Rakyat Bersatu (PRB)")',
    text: 'Parti Rakyat Bersatu (PRB) will contest 20 seats in Johor, the PRB said.',
    same: [{ label: 'Party', names: ['Parti Rakyat Bersatu', 'PRB'] }],
  },
  {
    note: 'a German party definition with a compound word ("Freie Bürgerpartei (FBP)")',
    text: 'The Freie Bürgerpartei (FBP) cleared the five percent threshold for the first time.',
    same: [{ label: 'Party', names: ['Freie Bürgerpartei', 'FBP'] }],
  },
  {
    note: 'a German party name built on a compound head word ("Volkspartei der Mitte") is a party, not a person',
    text: 'Volkspartei der Mitte spokesman Jens Kohlhaas said the party would abstain.',
    parties: ['Volkspartei der Mitte'],
    notPersons: ['Volkspartei'],
  },
  {
    note: 'an acronym with a hyphenated faction letter (XYZ-N) is a party',
    text: 'JWL-R leader Tariq Mehmood said the results had been manipulated.',
    parties: ['JWL-R'],
  },
  {
    note: 'an acronym with a faction letter in parentheses (AB(C)) is a party',
    text: 'JAS(M) chief Maulana Idrees Kakar announced a march on the capital.',
    parties: ['JAS(M)'],
  },
  {
    note: 'an acronym with a slash (ABC/DEF) is a party',
    text: 'NDF/K leader Harun Talukdar accepted the invitation to the talks.',
    parties: ['NDF/K'],
  },
  {
    note: '"the X Party" is a party',
    text: 'Members of the New Horizon Party walked out of the chamber.',
    parties: ['New Horizon Party'],
  },
  {
    note: '"the X League" is a party',
    text: 'The Awam Dost League announced its candidates for the provincial assembly.',
    parties: ['Awam Dost League'],
  },
  {
    note: '"the X Movement" is a party (kind party, not an alliance)',
    text: 'The Citizens\u2019 Renewal Movement won the mayoralty of Valparaíso.',
    parties: ['Citizens\u2019 Renewal Movement'],
    singleParties: ['Citizens\u2019 Renewal Movement'],
  },
  {
    note: 'a party name with a possessive word inside ("the People\u2019s Unity Front (PUF)") keeps it, and joins its acronym',
    text: 'The People\u2019s Unity Front (PUF) won 14 seats. The PUF will sit in opposition.',
    same: [{ label: 'Party', names: ['People\u2019s Unity Front', 'PUF'] }],
  },
  {
    note: '"the X Congress" with its acronym is a party',
    text: 'The National Unity Congress (NUC) nominated its chairman for the presidency.',
    same: [{ label: 'Party', names: ['National Unity Congress', 'NUC'] }],
  },
  {
    note: '"the X Front" is a party',
    text: 'The Sahel Democratic Front said it would contest every seat.',
    parties: ['Sahel Democratic Front'],
  },
  {
    note: 'a bare acronym before a party role noun ("KSD spokesman X") is a party',
    text: 'KSD spokesman Ravi Tandon said the farmers would march again.',
    parties: ['KSD'],
  },
  {
    note: 'an acronym before "-led" is a party ("the NUC-led government")',
    text: 'The NUC-led government survived its first confidence vote.',
    parties: ['NUC'],
  },
  {
    note: 'a generic party name ("Labour MP X") is a party',
    text: 'Labour MP Gareth Pryce voted against the whip on Tuesday.',
    parties: ['Labour'],
    persons: ['Gareth Pryce'],
  },
  {
    note: '"the Greens" is a party',
    text: 'The Greens doubled their vote share in Bristol and Brighton.',
    parties: ['Greens'],
  },
  {
    note: '"Liberal Democrats" and "Lib Dems" are one party',
    text: 'The Liberal Democrats gained four seats. The Lib Dems now hold the balance of power.',
    same: [{ label: 'Party', names: ['Liberal Democrats', 'Lib Dems'] }],
  },
  {
    note: '"the Conservatives" and "the Tories" are one party',
    text: 'The Conservatives lost the county council. The Tories blamed the national campaign.',
    same: [{ label: 'Party', names: ['Conservatives', 'Tories'] }],
  },
  {
    note: 'a possessive party name is the party, not a new name ("Labour\u2019s candidate")',
    text: 'Labour\u2019s candidate in the seat, Amina Yusuf, conceded at 3am.',
    parties: ['Labour'],
    notNamed: ['Labour\u2019s', "Labour's"],
  },
  {
    note: 'a plural possessive party name is the party ("the Tories\u2019 plan")',
    text: 'The Tories\u2019 plan for the railways was dismissed by the unions.',
    parties: ['Tories'],
    notNamed: ['Tories\u2019', "Tories'"],
  },
  {
    note: 'a named coalition is an alliance',
    text: 'Pakatan Sejahtera, the four-party coalition, won a two-thirds majority in Selangor.',
    parties: ['Pakatan Sejahtera'],
    alliances: ['Pakatan Sejahtera'],
  },
  {
    note: 'a named bloc is an alliance',
    text: 'The Sahel Unity Bloc brought together five opposition parties ahead of the vote.',
    parties: ['Sahel Unity Bloc'],
    alliances: ['Sahel Unity Bloc'],
  },
  {
    note: 'a named "Alliance" of parties is an alliance',
    text: 'The Progressive Citizens Alliance (PCA), a grouping of four parties, chose its presidential candidate.',
    alliances: ['Progressive Citizens Alliance'],
  },
  {
    note: 'a party definition that runs over lowercase joining words ("the Union Solidarity and Renewal Party (USRP)") keeps the whole name',
    text: 'The ruling Union Solidarity and Renewal Party (USRP) lost its majority. USRP members conceded on Monday.',
    same: [{ label: 'Party', names: ['Union Solidarity and Renewal Party', 'USRP'] }],
    notNamed: ['Renewal Party'],
  },
  {
    note: 'a word before a party name that is not part of it ("Senior Tories", "Top Republican Party donor") stays out of the name',
    text:
      'Senior Tories believe the tide has turned in Wexbury. Top Republican Party donor Sam Adler said he met the ' +
      'candidate. Fellow Republicans stayed silent.',
    parties: ['Tories', 'Republican Party'],
    notParties: ['Senior', 'Top', 'Fellow'],
  },
  {
    note: 'a word glued after a party name ("Civic Party Holyrood leader", "Civic Party Justice Minister") is not part of it',
    text: 'Civic Party Holyrood leader Moira Dunlop said the bill would pass. Civic Party Justice Minister Hamish Baird agreed.',
    parties: ['Civic Party'],
    notParties: ['Holyrood', 'Justice'],
  },
  {
    note: 'a party nickname and the party name are one party across sentences ("Tories" in a name, "Conservatives")',
    text: 'The Scottish Conservatives held their conference. Scottish Tories said the vote was close.',
    same: [{ label: 'Party', names: ['Scottish Conservatives', 'Scottish Tories'] }],
  },
  {
    note: 'a party word with a lowercase word hyphened on is a modifier ("Dorn-supporting Republicans", "Republican-led Congress")',
    text: 'Dorn-supporting Republicans walked out. The Republican-led Congress adjourned. Ivy League-trained lawyers wrote the bill.',
    notNamed: ['Dorn-supporting Republicans', 'Republican-led Congress'],
    notParties: ['Congress', 'Ivy League'],
  },
  // not parties
  {
    note: 'a shouted headline with a party head word is not a party name ("PARTY GOES ON", "THE LAST STATE OF THE UNION")',
    text:
      'Morning briefing. TOP STORIES. OBAMIR\u2019S LAST STATE OF THE UNION \u201cThe president spoke for an hour,\u201d ' +
      'the paper said. THE PARTY GOES ON \u201cNobody left early,\u201d a guest said.',
    notParties: ['Party Goes', 'State Of The Union', 'STATE OF THE UNION', 'PARTY GOES'],
  },
  {
    note: 'a head word after "State of the" or opening a name of a thing is no party ("Union Address", "Union Terminal")',
    text:
      'The governor delivered his State of the Union Address on Tuesday. Supporters met at Union Terminal in Cardale ' +
      'and later read the Union Leader.',
    notParties: ['Union Address', 'Union Terminal', 'State of the Union'],
  },
  {
    note: 'a hyphened fragment is no party ("Pro-Life Alliance" read as "Life Alliance", "Non-European Union", "Star Movement" of "5-Star Movement")',
    text:
      'Anti-abortion group the Pro-Life Alliance welcomed the vote. Non-European Union citizens will need visas. ' +
      'The 5-Star Movement gained seats, and the Anti-Defamation League protested.',
    notParties: ['Life Alliance', 'European Union', 'Defamation League'],
    notNamed: ['Star Movement'],
  },
  {
    note: 'sports leagues and unions of trades are not parties, nor is a body named before a head word the chunk cut off',
    text:
      'The Eastern Football League final was moved. The National Union of Students said fees were too high. ' +
      'Ana Ruiz, of the Traveller Law Reform Coalition, said the sites were too few.',
    notParties: ['Football League', 'National Union', 'Reform Coalition'],
  },
  {
    note: 'a body defined with joining words ("Public and Civil Services Union (PCSU)", "Commission for Fair Housing (CFH)") is no party',
    text:
      'The Public and Civil Services Union (PCSU) will strike. PCSU leader Mark Serwin warned of chaos. The chairman of ' +
      'the Commission for Fair Housing (CFH) spoke. A CFH spokesman said the law was clear.',
    notParties: ['PCSU', 'CFH'],
    persons: ['Mark Serwin'],
  },
  {
    note: 'an acronym a company\u2019s or a union\u2019s noun stands by is no party ("the data firm QV2", "the TGU union")',
    text:
      'The campaign bought lists from the data firm QV2, said QV2 president Bruce Wallin. The TGU union backed the ' +
      'strike, TGU leader Ola Brandt said.',
    notParties: ['QV2', 'TGU'],
  },
  {
    note: 'an office any company has does not make an acronym a party without a word of politics nearby ("HQ\u2019s co-founder")',
    text: 'The book was written by Walter Hennig, son of HQX\u2019s co-founder, and sold well.',
    notParties: ['HQX'],
  },
  {
    note: 'a country\u2019s dotted abbreviation, an office abbreviation and a place word are no party ("U.N. chief", "GOP VP nominee", "Delmar GOP leaders")',
    text:
      'For outgoing U.N. chief Ban Ko, the deal was a triumph. U.S. leaders disagreed. GOP VP nominee Paul Ryland spoke. ' +
      'Washington GOP leaders and Israel supporters met.',
    notParties: ['U.N.', 'U.S.', 'VP', 'Washington GOP'],
  },
  {
    note: 'a nationality adjective, the end of a place name and a common word are no party ("Soviet leader", "New Hampshire voters", "Minority voters")',
    text:
      'Soviet leader Ivan Petrov met the envoy. New Hampshire primary voters decide late. Minority voters stayed home, ' +
      'as voters from a minority often do. The District of Columbia primary is next.',
    notParties: ['Soviet', 'Hampshire', 'Minority', 'Columbia'],
  },
  {
    note: 'a person\u2019s given name, surname or name pair before a follower\u2019s role is no party ("Bernie supporters", "Stein voters", "Dorn-Kaye ticket")',
    text:
      'Sen. Bernard Sandoval spoke in Keene. Look at all these Bernard supporters, said Ana Paradis. ' +
      'Analysts asked about Stein voters. The Dorn-Kaye ticket trails, and a Marsh ticket looks unlikely.',
    notParties: ['Bernard', 'Stein', 'Dorn-Kaye', 'Marsh'],
  },
  {
    note: 'a person\u2019s name with a party word in mockery is no party ("the Robert Kilroy-Silk Party"), nor a full name before "whips"',
    text:
      'Aldo Velloso-Grant quit the party. Mr Velloso-Grant was more interested in the Aldo Velloso-Grant Party than in ours, a rival ' +
      'said. As soon as the Commons is back, Tony Blane whips up to the Palace. Mr Blane said nothing.',
    notParties: ['Velloso-Grant', 'Blane'],
    persons: ['Tony Blane'],
  },
  {
    note: 'a single unknown word is a party before a party\u2019s own role or "party", but an adjective before "party" is not',
    text: 'The leftist Zorana party won the vote in the north. The Eurosceptic party lost two seats.',
    parties: ['Zorana'],
    notParties: ['Eurosceptic'],
  },
  {
    note: 'news outlets are not parties',
    text: 'The Sahel Broadcasting Corporation and The Morning Ledger called the race for the NUC.',
    notParties: ['Sahel Broadcasting Corporation', 'Morning Ledger'],
  },
  {
    note: 'courts are not parties',
    text: 'The Federal High Court in Abuja dismissed the party\u2019s petition.',
    notParties: ['Federal High Court'],
  },
  {
    note: 'an electoral commission with an acronym is not a party',
    text: 'The Independent Electoral Commission (IEC) announced the results on Sunday. The IEC rejected all complaints.',
    notParties: ['Independent Electoral Commission', 'IEC'],
  },
  {
    note: 'a parliament is not a party',
    text: 'The bill was tabled in the National Assembly on Monday.',
    notParties: ['National Assembly'],
  },
  {
    note: 'a parliament named with a party head word ("Dewan Rakyat") is not a party',
    text: 'The motion was defeated in the Dewan Rakyat by eleven votes.',
    notParties: ['Dewan Rakyat'],
  },
  {
    note: 'a government and a ministry are not parties',
    text: 'The Federal Government and the Ministry of Finance disagreed over the fuel subsidy.',
    notParties: ['Federal Government', 'Ministry of Finance'],
  },
  {
    note: 'places are not parties',
    text: 'Punjab and Selangor will hold state elections on the same day.',
    notParties: ['Punjab', 'Selangor'],
  },
  {
    note: 'a committee of a party is not a party',
    text: 'The party\u2019s Central Coordination Committee met in Karachi to choose candidates.',
    notParties: ['Central Coordination Committee'],
  },
  {
    note: 'a union of states is not a party',
    text: 'The European Union welcomed the result in a statement.',
    notParties: ['European Union'],
  },
  {
    note: 'a trade union is not a party',
    text: 'The National Union of Teachers called a strike for Thursday.',
    notParties: ['National Union of Teachers'],
  },
  {
    note: 'a sports league is not a party',
    text: 'The Premier League match in Lagos was postponed because of the election.',
    notParties: ['Premier League'],
  },
  {
    note: 'a legislature called Congress is not a party',
    text: 'The bill passed both houses of Congress on Thursday, the Senate by two votes.',
    notParties: ['Congress', 'Senate'],
  },
  {
    note: '"the Opposition" is not a party',
    text: 'The Opposition walked out before the vote on the budget.',
    notParties: ['Opposition'],
  },
  {
    note: 'a common word opening a sentence stays common when the article never closes a full name with it',
    text: 'Nadia Frost chairs the board. Cook said the cranes would arrive, and Frost agreed. Small firms said little.',
    persons: ['Nadia Frost'],
    notPersons: ['Cook', 'Small'],
  },
  {
    note: 'the tail of a longer name after "of", "for" or "the ... and" is not a person; a name after a one-word tail is, and "X of Place and Y Z" keeps both',
    text:
      'Tax plans questioned\n\n' +
      'Carla Menon, from the Institute for Fiscal Planning, said the sums did not add up. ' +
      'The Health and Safety Executive said health checks would rise. The Archbishop of Valmora said the war was wrong. ' +
      'Minister of Finance Omar Haddad said the deficit would fall. Hall of Famer Tito Brandt said sport mattered. ' +
      'Ana Ruiz of Valdora and Ivo Keller of Keswin voted no.',
    persons: ['Carla Menon', 'Omar Haddad', 'Tito Brandt', 'Ana Ruiz', 'Ivo Keller'],
    notPersons: ['Fiscal Planning', 'Safety Executive', 'Valmora', 'Finance', 'Famer'],
  },
  {
    note: "an outlet's plural possessive before a reporter's name ends the outlet's name; a body's head word after it keeps the name whole",
    text:
      'Debate night\n\n' +
      'Channel Nine News\u2019 Mara Lenz asked the first question, and the Reserve Officers\u2019 Training Corps said ' +
      'cadets would march. Lenz said the crowd was loud.',
    persons: ['Mara Lenz'],
    notPersons: ['Nine News', 'Training Corps'],
    same: [{ label: 'Person', names: ['Mara Lenz', 'Lenz'] }],
  },
  {
    note: 'a single word that speaks is a group or a body, not a person, when the article gives it a plural verb, "they", "which", "its" or "the"',
    text:
      'Vote count drags on\n\n' +
      'Mourners say the loss was hard. Pollsters said they expected a close race. ' +
      'Veritana, which was founded last year, said the vote was rigged. Quorvane said its staff had counted twice, ' +
      'and the Belvane said the count was fair. Belvane said it would appeal. Evers said the result would stand.',
    persons: ['Evers'],
    notPersons: ['Mourners', 'Pollsters', 'Veritana', 'Quorvane', 'Belvane'],
  },
  {
    note: "a bracketed acronym in the party's own language after its English name is its alias",
    text:
      'Budget talks open\n\n' +
      'The governing Workers\u2019 Renewal Party (PRO) opened talks with the Coastal Nationalist Party (PNA) on Monday. ' +
      'PNA spokesman Ander Zubel said there was no deal. The Free Citizens (BFV) and the Social Democrats (SDV) ' +
      'will sit in opposition. SDV leader Hanna Roth called the plan unfair. The Lowland Tehreek-e-Lowland (LTI-L) ' +
      'rejected the offer.',
    parties: [
      'Workers\u2019 Renewal Party',
      'Coastal Nationalist Party',
      'Social Democrats',
      'Lowland Tehreek-e-Lowland',
    ],
    same: [
      { label: 'Party', names: ['Workers\u2019 Renewal Party', 'PRO'] },
      { label: 'Party', names: ['Coastal Nationalist Party', 'PNA'] },
      { label: 'Party', names: ['Social Democrats', 'SDV'] },
      { label: 'Party', names: ['Lowland Tehreek-e-Lowland', 'LTI-L'] },
    ],
  },
  {
    note: 'a definition vouches for a name without an English party word: an opener, all head words, partisans, a mixed-case acronym',
    text:
      'Merger talks\n\n' +
      'The ruling All Savanna Congress (ASC) said the talks would fail. The Labour Radicals (LR) and the ' +
      'Janata Morcha (JM) met on Sunday. The Renewal for Ostland (RfO), which won the most votes, was left out. ' +
      'RfO co-leader Tilo Brandt accused the two parties of arrogance.',
    parties: ['All Savanna Congress', 'Labour Radicals', 'Janata Morcha', 'Renewal for Ostland'],
    same: [
      { label: 'Party', names: ['All Savanna Congress', 'ASC'] },
      { label: 'Party', names: ['Labour Radicals', 'LR'] },
      { label: 'Party', names: ['Renewal for Ostland', 'RfO'] },
    ],
    persons: ['Tilo Brandt'],
    notParties: ['Labour Radicals Party', 'Tilo'],
  },
  {
    note: 'a cue word before a capitalised name makes it a party: "the ruling X", "the far-right X", "the centrist X (ACR)"',
    text:
      'Coalition wobbles\n\n' +
      'The minority government depends on its coalition with the left-wing Avanza. The far-right Orden voted ' +
      'against the budget, and the centrist Civic Compact (CC) walked out. Chief Minister Ravi Joshi said the ' +
      'ruling Pragati Manch would win every seat.',
    parties: ['Avanza', 'Orden', 'Civic Compact', 'Pragati Manch'],
    same: [{ label: 'Party', names: ['Civic Compact', 'CC'] }],
    notPersons: ['Pragati Manch', 'Avanza', 'Orden'],
  },
  {
    note: 'after a party cue word an outlet, a body, a place, an office or a person is no party',
    text:
      'Press review\n\n' +
      'The left-wing Daily Clarion said the plan was cruel, and the right-wing Morning Herald agreed. ' +
      'The ruling Osei family owns the land. The populist President Dario Feld said the vote was rigged. ' +
      'The nationalist Talvora region wants a vote. The late Anwar Qadri founded the movement. ' +
      'The populist Viktor Halasz won again. Halasz said he was glad. After the ruling Ines Baptiste, legal ' +
      "director of the rights group, welcomed the verdict, and the judge's office published the ruling Monday. " +
      "Ana Ruiz, who sits on Labour's ruling NEC, agreed.",
    persons: ['Dario Feld', 'Anwar Qadri', 'Viktor Halasz'],
    notParties: [
      'Daily Clarion',
      'Morning Herald',
      'Osei',
      'Dario Feld',
      'Talvora',
      'Anwar Qadri',
      'Viktor Halasz',
      'Ines Baptiste',
      'Monday',
      'NEC',
    ],
  },
  {
    note: 'an alliance named by an acronym or by joined party names before a lowercase bloc word',
    text:
      'Speaker contest\n\n' +
      'The opposition UNITE bloc fielded a joint candidate, and the Labour-Green bloc backed her. ' +
      'The Samata Dal has been part of the UNITE bloc since 2023. The NATO alliance met in Brussels.',
    alliances: ['UNITE bloc', 'Labour-Green bloc'],
    same: [{ label: 'Party', names: ['UNITE bloc', 'UNITE'] }],
    notParties: ['NATO'],
  },
  {
    note: 'Congress is a party where the article gives it a party\'s roles ("Congress president X"), and every Congress of that article with it',
    text:
      'Seat talks\n\n' +
      'Congress president Arjun Mehrotra met the alliance convenor on Sunday. He said the Congress would not ' +
      'demand more than 80 seats.',
    parties: ['Congress'],
    persons: ['Arjun Mehrotra'],
    notPersons: ['Congress'],
  },
  {
    note: 'Congress as a legislature is no party, even with leaders after it',
    text:
      'Spending deal\n\n' +
      'Congress leaders agreed on a spending bill on Friday, and Senate Republicans said Congress will vote next week. ' +
      'Congress member Dana Whitcombe said the deal was fair.',
    notParties: ['Congress'],
  },
  {
    note: 'a wire-style definition (", or ACR,") joins the acronym to the party, in the party\'s own language too',
    text:
      "Mayor's aide detained\n\n" +
      'Emre Kavaklioglu, the deputy chairman of the Civic Renewal Party, or YHP, was taken into custody on Tuesday. ' +
      'The ruling Justice and Prosperity Party, or ARP, denied any role. YHP leader Selin Ozturan said the arrest was ' +
      'political. The ARP has governed since 2009.',
    same: [
      { label: 'Party', names: ['Civic Renewal Party', 'YHP'] },
      { label: 'Party', names: ['Justice and Prosperity Party', 'ARP'] },
    ],
    notNamed: ['Prosperity Party'],
  },
  {
    note: 'an ", or" between a name and a word that is no acronym, or after no party name, defines nothing',
    text:
      'Budget vote\n\n' +
      'Voters could back the Farmers Party, or Labour, in the by-election. The Revenue Service, or ARS, said taxes ' +
      'would rise.',
    notParties: ['Revenue Service', 'ARS'],
  },
  {
    note: "a people's or a place's Congress with a party's role (\"Tamboran Congress president X\") is a party; the US Congress is not",
    text:
      'Coalition collapses\n\n' +
      'The new coalition is leaving the Tamboran Congress in the opposition. Tamboran Congress president Sher ' +
      'Bahadur Devkaran said his party would fight. The US Congress passed a resolution, and the Peruvian Congress ' +
      'met on Monday.',
    same: [{ label: 'Party', names: ['Tamboran Congress'] }],
    persons: ['Sher Bahadur Devkaran'],
    notParties: ['US Congress', 'Peruvian Congress'],
  },
  {
    note: '"Bloc" opening a name before a people\'s adjective ("Bloc Vardois") is a party, not an alliance',
    text: 'Budget vote\n\n' + 'Bloc Vardois Leader Yves-Marc Blanchet said his party would vote against the budget.',
    parties: ['Bloc Vardois'],
    singleParties: ['Bloc Vardois'],
    persons: ['Yves-Marc Blanchet'],
  },
  {
    note: 'a name opening with a number hyphened on ("the 7-Star Movement") is a party, and an acronym coordinated with it ("the RD and the 7-Star Movement") one too',
    text:
      'Government falls\n\n' +
      'The government fell after the RD and the 7-Star Movement, which governed together, split. The 7-Star ' +
      'Movement said it would not return.',
    parties: ['7-Star Movement', 'RD'],
    notNamed: ['Star Movement'],
  },
  {
    note: 'a weak head word alone before a lowercase "party" after "the" ("the League party") is a party, and so its leader\'s',
    text:
      'Coalition crisis\n\n' +
      'The League party threatened to pull its ministers from the government. League leader Matteo Sarvelli said he ' +
      'was ready for elections.',
    parties: ['League'],
    persons: ['Matteo Sarvelli'],
  },
  {
    note: 'a name with "of the" inside before a lowercase "party" ("Brothers of the Homeland party") is whole',
    text:
      'Election result\n\n' +
      "Benvenuta's Brothers of the Homeland party won the most votes in the election, and the Homeland Fund paid out.",
    parties: ['Brothers of the Homeland'],
    notNamed: ['Homeland'],
  },
  {
    note: 'a "pro-" or "anti-" adjective before a party\'s name is no part of it ("the pro-Kurdish DEV Party")',
    text: 'Peace talks\n\n' + 'The pro-Kurdish DEV Party, which holds seats in parliament, called for talks on Monday.',
    parties: ['DEV Party'],
    notParties: ['Kurdish'],
  },
  {
    note: '"Labor" by itself is a party (the Australian spelling of Labour); Labor Day, the Labor Department and the Secretary of Labor are not',
    text:
      'Climate bill row\n\n' +
      "Opposition Leader Peter Dalgety accused Labor of doing a dirty deal with the Greens. Labor's climate bill " +
      'passed the Senate on Thursday.',
    parties: ['Labor', 'Greens'],
  },
  {
    note: 'the words of work are no Labor party: "Labor Day", "the Labor Department", "Secretary of Labor", "Labor costs"',
    text:
      'Jobs report\n\n' +
      'Labor costs rose 3 percent in the quarter, the Labor Department said after Labor Day. Secretary of Labor ' +
      'Ann Ruvalcaba said labor unions had won raises. Labor and Commerce officials met on Friday. The firm works ' +
      'with the departments of State, Interior, Labor, Justice and Energy. Labor leaders met the mayor.',
    notParties: ['Labor'],
  },
  {
    note: 'a faction\'s bracket after a party\'s name is part of the name ("NKP (SB) chief X", "the Sena (UBK)", "Shiv Sena (UBK) leader")',
    text:
      'Seat talks\n\n' +
      'NKP (SB) chief Sharad Pawaskar said on Monday that the Congress, the NKP (SB) and the Sena (UBK) would ' +
      'announce their seat deal soon. Shiv Sena (UBK) leader Aditya Thackerson said talks were over.',
    parties: ['NKP (SB)'],
    same: [{ label: 'Party', names: ['Shiv Sena (UBK)', 'Sena (UBK)'] }],
    persons: ['Sharad Pawaskar', 'Aditya Thackerson'],
    notNamed: ['NKP', 'SB', 'UBK', 'Shiv Sena'],
  },
  {
    note: 'a named faction in brackets after an acronym ("the CPR (Maoist Centre)") is a party, and the faction\'s name its alias',
    text:
      'Government change\n\n' +
      'In the capital, the CPR (Maoist Centre) quit the government on Monday. Maoist Centre chair Pushpa Kamal ' +
      'Dahalan said the Maoist Centre would sit in the opposition.',
    same: [{ label: 'Party', names: ['CPR (Maoist Centre)', 'Maoist Centre'] }],
    persons: ['Pushpa Kamal Dahalan'],
  },
  {
    note: 'a person\'s party in brackets, a definition in brackets, or a dateline is no faction ("Ravi Kumaran (NKP)", "NKP (National Kisan Party)", "TORVAL (Reuters) -")',
    text:
      'Assembly vote\n\n' +
      'TORVAL (Reuters) - Ravi Kumaran (NKP) said the vote in parliament was rigged. The NKP (National Kisan Party) ' +
      'won two seats.',
    persons: ['Ravi Kumaran'],
    notNamed: ['Ravi Kumaran (NKP)', 'NKP (National Kisan Party)', 'TORVAL (Reuters)'],
  },
  {
    note: 'a defined name with no head word the article calls an alliance ("the Maha Vikas Sangam (MVS) ..., the opposition alliance said") is one',
    text:
      'Seat talks\n\n' +
      'The Maha Vikas Sangam (MVS) will contest all seats, the opposition alliance said. Differences within the MVS ' +
      'have grown. A minister said the MVS was a sinking ship.',
    same: [{ label: 'Party', names: ['Maha Vikas Sangam', 'MVS'] }],
    alliances: ['MVS'],
  },
  {
    note: 'a capitalised name before a lowercase "alliance" after "the ruling" is an alliance; "the Atlantic alliance" and "the ruling Israeli coalition" are not',
    text:
      'Election result\n\n' +
      'The ruling Mahayogi alliance swept the polls on Sunday. The Atlantic alliance met in Brussels, and the ruling ' +
      'Israeli coalition held a vote.',
    alliances: ['Mahayogi'],
    notParties: ['Atlantic', 'Israeli'],
  },
  {
    note: 'a party\'s coalition ("the ruling Shalev coalition" with "Shalev lawmakers") is no alliance named after it',
    text:
      'Coalition vote\n\n' +
      'The ruling Shalev coalition lost a vote on Monday. Shalev lawmakers blamed the opposition.',
    parties: ['Shalev'],
    singleParties: ['Shalev'],
    notNamed: ['Shalev coalition'],
  },
  {
    note: 'an apposition after another name is that name\'s: "(KVS) will contest all seats against the BRP, the ruling party said"',
    text:
      'Seat talks\n\n' +
      'The Kisan Vikas Sangam (KVS) will contest all seats against the BRP, the ruling party said. The Tarvan Daily ' +
      "Record (TDR), the party's mouthpiece, printed the list.",
    notParties: ['Kisan Vikas Sangam', 'KVS', 'Tarvan Daily Record', 'TDR'],
  },
  {
    note: 'given names written as undotted capitals ("KP Sharma Olani", "MK Varadan") make a person, and the surname alone joins them',
    text:
      'Coalition talks stall\n\n' +
      'UML chair KP Sharma Olani said on Monday that his party would not join the new cabinet. "We will sit in ' +
      'opposition," Olani told reporters. The agreement was signed by Olani and Maoist leader Pushpa Dahan.\n\n' +
      'MK Varadan said the deadline had passed, and BS Kemparaju, a senior legislator, agreed. Varadan added that ' +
      'talks would continue.',
    persons: ['KP Sharma Olani', 'MK Varadan', 'BS Kemparaju', 'Pushpa Dahan'],
    same: [
      { label: 'Person', names: ['KP Sharma Olani', 'Olani'] },
      { label: 'Person', names: ['MK Varadan', 'Varadan'] },
    ],
    notNamed: ['Sharma Olani', 'Kemparaju'],
  },
  {
    note: 'an acronym the article uses on its own, or before a role word, stays an organisation before a name',
    text:
      'Budget fight\n\n' +
      'ODM chairman John Mbadi said the bill was unfair. NDP Leader Jagdeep Sandhu said his party would back ' +
      'the motion. PTI chief Rohan Mehra declined to comment, and KDR Anil Rasan told PTI the vote was close. The ' +
      'Kisan Dal Rashtriya (KDR) said it would abstain. The bank JK Morrow said rates would rise.',
    persons: ['John Mbadi', 'Jagdeep Sandhu', 'Rohan Mehra', 'Anil Rasan'],
    notPersons: ['ODM', 'NDP', 'PTI', 'KDR', 'Morrow'],
  },
  {
    note: 'a party named after its country ("the centrist Forward Italy", "Forward Italy\'s leader") is no person; a person whose surname is a country stays one',
    text:
      'Coalition wobbles\n\n' +
      'Marco Montanari, who has led the centrist Forward Italy since 2022, said the coalition was safe. Forward ' +
      "Italy's leader, Antonio Ferrante, disagreed. Race organiser Lena France said the vote would not delay the " +
      'event.',
    persons: ['Marco Montanari', 'Antonio Ferrante', 'Lena France'],
    notPersons: ['Forward Italy'],
  },
  {
    note: 'a building only ever met after "at" is no person; a person after "at" who is named again stays one',
    text:
      'Rome talks\n\n' +
      'Antonio Ferrante spoke after meeting Sarroni at Palazzo Chigi on Monday. He took a swipe at Carla ' +
      'Benedetti, and Benedetti said she would not resign. Giulia Sarroni said the talks went well. Ferrante ' +
      'also hit out at Bruna Cestari.',
    persons: ['Antonio Ferrante', 'Carla Benedetti', 'Giulia Sarroni', 'Bruna Cestari'],
    same: [{ label: 'Person', names: ['Giulia Sarroni', 'Sarroni'] }],
    notPersons: ['Palazzo Chigi'],
  },
  {
    note: 'a newspaper with an Italian article inside ("Corriere della Sera") is no person; a speaker with "della" in the name is',
    text:
      'Elections ruled out\n\n' +
      'Marco Montanari said in an interview with Corriere della Sera that elections were not needed. Chiara ' +
      'della Rovere said the party agreed.',
    persons: ['Marco Montanari', 'Chiara della Rovere'],
    notPersons: ['Corriere'],
  },
  {
    note: 'a word the article writes before a lowercase "coalition" is the coalition\'s short name, no person, even when it "says"',
    text:
      'Opposition to challenge finance bill\n\n' +
      'The Kamili la Taifa coalition would challenge the bill in court, ODM chairman Peter Okwaro, a key Kamili ' +
      'figure, said on Tuesday. Kamili said the tax increases would hurt families, Okwaro added.',
    persons: ['Peter Okwaro'],
    notPersons: ['Kamili'],
  },
  {
    note: "undotted initials after an office make a person without more evidence; capitals before a name the article also writes without them are a body's",
    text:
      'Cabinet sworn in\n\n' +
      'Deputy Prime Minister RK Bhandaro took the oath of office on Sunday. KDP Ruto Kamau addressed the crowd ' +
      'outside. Ruto Kamau said the ceremony was rushed.',
    persons: ['RK Bhandaro', 'Ruto Kamau'],
    titles: [{ person: 'RK Bhandaro', has: 'Deputy Prime Minister' }],
    notPersons: ['KDP'],
  },
  {
    note: 'a first name that is also a place or a nationality ("Christian", "Israel", "Jordan") opens a person\'s name when the surname acts alone or a role stands by it',
    text:
      'Budget row\n\n' +
      "Germany's Finance Minister Christian Lindorf said on Tuesday that his party would not accept new debt. " +
      "Jordan Bardello, the party's president, said the vote was a victory. Israel Kessler met the envoy on " +
      'Monday, and Kessler said the talks went well.',
    persons: ['Christian Lindorf', 'Jordan Bardello', 'Israel Kessler'],
    same: [{ label: 'Person', names: ['Israel Kessler', 'Kessler'] }],
  },
  {
    note: 'a place or a nationality before a name stays apart from it, and a charity named after a faith is no person',
    text:
      'Campaign trail\n\n' +
      'Senator Dana Whitcombe spoke at the Texas Whitcombe rally on Friday. Whitcombe said the crowd was huge. ' +
      'Christian Aid said the cuts would hurt the poor and that aid must rise. Australian Lorne Baxter, the ' +
      "campaign's strategist, said the polls were wrong.",
    persons: ['Dana Whitcombe', 'Lorne Baxter'],
    notPersons: ['Texas', 'Christian Aid', 'Australian'],
  },
  {
    note: 'a paper named with a leading article ("El Mundo") or followed by "newspaper" is no person; a speaker named "Le ..." is',
    text:
      'Deal attacked\n\n' +
      'Opposition leader Alberto Nunez Fernandez said in an interview with El Mundo that his party would go to ' +
      'court. Renata Vasconcelos told Folha de S.Paulo newspaper that she had lost confidence in the team. ' +
      'Marine Le Brun, a senior lawmaker, agreed, and Le Brun said the party would vote against.',
    persons: ['Alberto Nunez Fernandez', 'Renata Vasconcelos', 'Marine Le Brun'],
    notPersons: ['El Mundo', 'Folha'],
  },
  {
    note: 'an Arabic article joined by a hyphen is part of the name, written lowercase or opening a sentence',
    text:
      'Budget talks\n\nPrime Minister Hamid Jassim al-Rubaie met Kurdish leaders on Saturday. Al-Rubaie has promised ' +
      'to pay salaries on time, and al-Rubaie said the talks went well. Sheikh Qasim al-Bazzaz criticised the deal.',
    persons: ['Hamid Jassim al-Rubaie', 'Qasim al-Bazzaz'],
    same: [{ label: 'Person', names: ['Hamid Jassim al-Rubaie', 'al-Rubaie'] }],
    notNamed: ['Rubaie', 'Bazzaz', 'Hamid Jassim'],
  },
  {
    note: 'a lowercase Filipino particle ("dela") inside a name',
    text: 'Senate vote\n\nSenator Ronaldo dela Paz, an ally of the former president, said the change was fair.',
    persons: ['Ronaldo dela Paz'],
    notNamed: ['Ronaldo'],
  },
  {
    note: "a surname that is also a body's head word opens a name in East Asian order ('Park Chan-dae')",
    text:
      'Bribery case\n\nRep. Park Min-seo, the party floor leader, accused the president of weaponising the ' +
      'prosecution. Olympic Park officials declined to comment.',
    persons: ['Park Min-seo'],
    notNamed: ['Min-seo'],
    notPersons: ['Olympic Park'],
  },
  {
    note: 'a body named after its kind ("the group Ansar al-Tahrir") is no person',
    text:
      'Attack claimed\n\nOfficials said the attackers belonged to the militant group Ansar al-Tahrir, which is based ' +
      'in the east.',
    notPersons: ['Ansar al-Tahrir', 'Ansar'],
  },
  {
    note: 'a headline\'s verb of saying ends the name before it ("Dana Whitfield Says Rival ...")',
    text:
      'Dana Whitfield Says Tom Okafor Is Unfit For Office\n\nDana Whitfield said on Monday that her rival was unfit. ' +
      'Whitfield and her husband, former Governor Bill Whitfield, spoke in Dayton.',
    persons: ['Dana Whitfield', 'Bill Whitfield'],
    notPersons: ['Whitfield Says'],
  },
  {
    note:
      '"Mrs. X" is not the namesake written beside it ("Mrs. Whitfield and former Governor Bill Whitfield"), nor does ' +
      'one pronoun after a name counted twice (for two of its spellings) decide a gender',
    text:
      'Vote\n\nMrs. Whitfield offers messages about stability. For Dana Whitfield, the vote was a warning. According ' +
      'to advisers, Mrs. Whitfield and former Governor Bill Whitfield have worried that she was out of step. Mrs. ' +
      'Whitfield said she would win.',
    same: [{ label: 'Person', names: ['Dana Whitfield', 'Mrs. Whitfield'] }],
  },
  {
    note: 'a name between "the" + adjective and a grouping noun ("the leftist Historic Pact coalition") is no person',
    text:
      'Runoff\n\nSenator Ivan Cepedo of the leftist Historic Pact coalition led the vote. Ivan Cepedo said he would ' +
      'win.',
    persons: ['Ivan Cepedo'],
    notPersons: ['Historic Pact'],
  },
  {
    note:
      'a nationality and "Crown Prince" before a name with "bin" ("Saudi Crown Prince Mohammed bin Salman"), and a ' +
      'place met only after "in" ("an event in Vila Serrana", "in São Paulo") is no person',
    text:
      'Talks\n\nValdorian Crown Prince Khalid bin Nasser met Ana Ruiz on Monday. "We will win," Ana Ruiz said at an ' +
      'event in Vila Serrana. She later flew to São Paulo. Prince Khalid said the talks went well.',
    persons: ['Khalid bin Nasser', 'Ana Ruiz'],
    notPersons: ['Vila Serrana', 'São Paulo'],
  },
  {
    note: 'a surname with its particle ("Le Pen") joins the full name, even opening a sentence; "Martin Luther King Jr." makes no person "Jr."',
    text:
      'Vote\n\nNational Rally leader Marine Le Pen told lawmakers it was over. Le Pen accused the Socialists of ' +
      'saving the government. A Martin Luther King Jr. holiday followed.',
    persons: ['Marine Le Pen'],
    same: [{ label: 'Person', names: ['Marine Le Pen', 'Le Pen'] }],
    notPersons: ['Jr.'],
  },
  {
    note:
      'a bracket acronym in the party\'s own language joins its name ("the agrarian Ostrian Farmers\' Party (SLV)"), ' +
      'with a weak head too ("the Civic Union (KU)")',
    text:
      'Coalition row\n\nJustice Minister Adam Brzek of the Civic Union (KU) rejected the plan. The agrarian Ostrian ' +
      "Farmers' Party (SLV) has governed with KU since December. SLV leader Jan Kowalik said the coalition was united.",
    same: [
      { label: 'Party', names: ["Ostrian Farmers' Party", 'SLV'] },
      { label: 'Party', names: ['Civic Union', 'KU'] },
    ],
    notParties: ['Adam Brzek'],
  },
  {
    note: 'a defined name cut at "of" or "for" ("Democratic Party for the Workers (DPW)") is no shorter party of its own',
    text:
      'Talks\n\nThe main opposition Constitutional Reform Party of Valdoria (CRPV) gained 50 seats. Ito said he was ' +
      'open to cooperation with the Democratic Party for the Workers (DPW) on a policy basis. DPW leader Ken Sato ' +
      'told reporters his party would not join the coalition.',
    parties: ['Constitutional Reform Party of Valdoria', 'Democratic Party for the Workers'],
    notNamed: ['Democratic Party', 'Constitutional Reform Party'],
  },
  {
    note: '"Rally" makes a party after an adjective or with its acronym, not after a person\'s name or in "a rally"',
    text:
      'Paris talks\n\nJordan Bardel, president of the Civic Rally (RC), met business leaders in Paris on ' +
      'Thursday. The RC is allied with the Greens. Thousands attended a rally in Lyon, and a Kessler Rally drew ' +
      'crowds when Anna Kessler spoke.',
    same: [{ label: 'Party', names: ['Civic Rally', 'RC'] }],
    notParties: ['Kessler Rally', 'Lyon'],
  },
  {
    note:
      'a name of two party heads, one in the party\'s own language ("Samaj League"), is a party; "the Party ' +
      'Congress" is none',
    text:
      'Vote barred\n\nThe Samaj League of ousted Prime Minister Dalia Kessem was barred from the election. A Samaj ' +
      'League spokesman said the vote was a farce. Delegates at the Party Congress applauded.',
    parties: ['Samaj League'],
    notParties: ['Party Congress'],
  },
  {
    note: 'a defined "X Y Congress (ACR)" is a party; a people\'s Congress alone is the legislature',
    text:
      'Merger\n\nAde Bello and Peter Okon said their parties would back a single candidate under the Ostrian ' +
      "Democratic Congress (ODC). The ODC's interim chairman, David Marko, said the party would meet. The Valdorian " +
      'Congress passed the budget.',
    same: [{ label: 'Party', names: ['Ostrian Democratic Congress', 'ODC'] }],
    notParties: ['Valdorian Congress'],
  },
  {
    note:
      'two words joined by "and" before "party (ACR)" name the party ("the Order and Renewal party (OiR)"), and ' +
      'each name joined before "parties" is one; party words and peoples\' adjectives are not joined',
    text:
      'Opposition\n\nThe nationalist Order and Renewal party (OiR), now in opposition, accused the government of ' +
      'violating the constitution. OiR chairman Jan Pawlak told the broadcaster. Golan has governed since 2022 with ' +
      'the far-right Holy Zion and Iron Shield parties. The Labour and Liberal party leaders met. The coalition ' +
      'relied on the Catalan and Basque parties, and Basque nationalists agreed.',
    same: [{ label: 'Party', names: ['Order and Renewal', 'OiR'] }],
    parties: ['Holy Zion', 'Iron Shield'],
    notParties: ['Basque', 'Catalan', 'Labour and Liberal'],
    notNamed: ['Order'],
  },
  {
    note:
      'a coalition\'s partner of one word is a party ("its junior coalition partner Seimeito"); one of two words ' +
      'may be a person',
    text:
      'Majority lost\n\nThe governing party and its junior coalition partner Seimeito lost their majority in the ' +
      'election. The coalition partner Jan Nowak said he was sorry, and her business partner Dan Kowal agreed.',
    parties: ['Seimeito'],
    notParties: ['Jan Nowak', 'Dan Kowal'],
  },
  {
    note:
      'an apposition calling a name an alliance ("Fourth Path, an alliance of ..., has") makes it one; a list\'s ' +
      'comma after a name ("In addition to the ABA, a bipartisan coalition of lawyers have") does not',
    text:
      "Coalition row\n\nFourth Path, an alliance of the centrist Ostria 2050 and the agrarian Farmers' Party (SLV), " +
      'has governed since 2023. SLV leader Jan Kowalik said so. In addition to the ABA, a bipartisan coalition of ' +
      'lawyers have backed the judge.',
    parties: ['Fourth Path'],
    alliances: ['Fourth Path'],
    notParties: ['ABA'],
  },
  {
    note: 'a name with a number after a party cue or before a party role is a party ("the centrist Ostria 2050")',
    text:
      "Coalition row\n\nThe alliance of the centrist Ostria 2050 and the agrarian Farmers' Party (SLV) has governed " +
      'since 2023. Ana Lis met Ostria 2050 leader Piotr Wrona. The Euro 2024 campaign began in June 2024.',
    parties: ['Ostria 2050'],
    notParties: ['Euro', 'June'],
  },
  {
    note: '"The Left" with a capital "The" inside a sentence is a party; "the left of the party" and "on the left" are not',
    text:
      'Coalition\n\nThe Civic Union has governed with the Farmers Party and The Left since December. The Left said ' +
      'it would stay.',
    parties: ['Left'],
  },
  {
    note: '"the left of the party", "on the left" and "a fourth path" name no party',
    text:
      'Rebels\n\nHe stood on the left of the Labour party. The left of the party was angry, and Ana Ruiz moved to ' +
      'the left. Critics want a fourth path between the blocs.',
    notParties: ['Left', 'Fourth Path'],
  },
  {
    note:
      'an ideology\'s adjective before a name opening with an own-language head ("The Islamist Tehreek-e-Nijat") is ' +
      'no part of it; an ideology word of the name stays ("the Socialist Tehreek Party")',
    text:
      'Result\n\nThe Islamist Tehreek-e-Nijat, once an ally of the ruling party, came second in the election. The ' +
      'Socialist Tehreek Party came third.',
    parties: ['Tehreek-e-Nijat', 'Socialist Tehreek Party'],
    notNamed: ['Islamist Tehreek-e-Nijat', 'Tehreek Party'],
  },
  {
    note:
      'a people\'s adjective and a plural party word ("Valdorian Socialists") name the one party whose name holds ' +
      'the word',
    text:
      'Valdorian Socialists seal budget pact\n\nThe ruling Socialist Renewal Party (PSR) agreed a deal with the ' +
      'Coastal Nationalist Party (CNP) on Friday, the finance minister said.',
    same: [{ label: 'Party', names: ['Socialist Renewal Party', 'Valdorian Socialists'] }],
  },
  {
    note: 'a name ending in a vowel and "s" keeps its s ("The Tamas party")',
    text: 'Concern\n\nThe Tamas party, another coalition member, said it shared the concern about the election.',
    parties: ['Tamas'],
  },
  {
    note:
      'the name after "known as" is another name of the party before it, and an own-language head alone ' +
      '("Tehreek chief") the one party whose hyphened name it opens',
    text:
      'Result\n\nThe centre-right Ostria Union party, known as União Ostria, split its votes. The Islamist ' +
      'Tehreek-e-Nijat, once an ally of the ruling party, came second. Tehreek chief Amir Jalali accepted the result.',
    same: [
      { label: 'Party', names: ['Ostria Union', 'União Ostria'] },
      { label: 'Party', names: ['Tehreek-e-Nijat', 'Tehreek'] },
    ],
  },
  {
    note:
      "one word after a place's possessive that a party is allied with is a party (\"allied with Hungary's " +
      'Fidelis"); a person\'s surname there is not',
    text:
      "Alliance\n\nThe Popular Rally is allied in the European Parliament with Hungary's Fidelis. Jan Kowal spoke. " +
      "His party is allied with Poland's Kowal and aligned with Hungary's President.",
    parties: ['Fidelis'],
    notParties: ['Kowal', 'President'],
  },
  {
    note: 'a common noun before a number and a party role is no party ("A Number 10 spokeswoman")',
    text: 'Election date\n\nA Number 10 spokeswoman would only say that the prime minister would announce it.',
    notParties: ['Number 10'],
  },
  {
    note: 'a party name run back over "and" stops at a possessor ("President X\'s Justice and Renewal Party (AKP)")',
    text:
      "Local elections\n\nThe vote dealt a blow to President Recep Erdan's Justice and Renewal Party (AKP). The AKP's " +
      'ally also lost votes.',
    parties: ['Justice and Renewal Party'],
    notParties: ["President Recep Erdan's Justice and Renewal Party"],
  },
  {
    note: 'a place whose first word reads as an honorific is no person ("Sri Lanka", "Sri Lankans")',
    text: "Election\n\nSri Lanka's ruling alliance won. It was a victory for all Sri Lankans, Ana Ruiz said.",
    persons: ['Ana Ruiz'],
    notPersons: ['Lanka', 'Lankans', 'Sri Lanka'],
  },
  {
    note:
      'a one-word name defined by a bracket acronym after "the main opposition" is a party with its acronym ' +
      '("the main opposition Minjintang (MJT)")',
    text:
      'Legislative vote\n\nThe ruling party lost its majority, while the main opposition Minjintang (MJT) became ' +
      'the largest party. MJT chairman Lin Wei-shan said his party was open to talks.',
    parties: ['Minjintang'],
    same: [{ label: 'Party', names: ['Minjintang', 'MJT'] }],
  },
  {
    note:
      'a defined name without a head word is a party after an ideology cue ("the Marxist X (ACR)"), with a seat ' +
      'count after it ("X (ACR) came second with 40 seats") or its leader before "his party"',
    text:
      'Landslide\n\nThe front, a coalition led by the Marxist Jatika Sevaka Peramuna (JSP), won 140 of the 225 ' +
      "seats. Opposition leader Ranil Perera-Silva's Nava Jana Sandhanaya (NJS) came a distant second with 38 seats. " +
      'The Radical Workers Vanguard (RWV) leader Thabo Mokoena-Dube said his party would back the bill.',
    parties: ['Jatika Sevaka Peramuna', 'Nava Jana Sandhanaya', 'Radical Workers Vanguard'],
    same: [
      { label: 'Party', names: ['Jatika Sevaka Peramuna', 'JSP'] },
      { label: 'Party', names: ['Nava Jana Sandhanaya', 'NJS'] },
    ],
    notPersons: ['Nava Jana Sandhanaya'],
  },
  {
    note:
      "a bracket's short form keeping the head word joins the whole name, its own-language prefixes included " +
      '("The uNkululeko weSizwe Party (NW Party)")',
    text:
      'Coalition talks\n\nThe uNkululeko weSizwe Party (NW Party), led by former President Sipho Zandile, called ' +
      'for fresh elections. The NW Party won 58 seats.',
    parties: ['uNkululeko weSizwe Party'],
    same: [{ label: 'Party', names: ['uNkululeko weSizwe Party', 'NW Party'] }],
  },
  {
    note:
      'a name followed by a grouping noun is a party or an alliance ("X (ACR) alliance won", "the leftist X ' +
      'coalition", "The Democratic Centre party of former President X")',
    text:
      "Runoff\n\nPresident Anil Kumarage's National People's Voice (NPV) alliance won a majority. Senator Ana Ruiz " +
      'of the leftist Common Path coalition led the first round. The Democratic Centre party of former President ' +
      'Tomas Varga endorsed him on Monday.',
    parties: ["National People's Voice", 'Common Path', 'Democratic Centre'],
    alliances: ["National People's Voice", 'Common Path'],
    same: [{ label: 'Party', names: ["National People's Voice", 'NPV'] }],
  },
  {
    note:
      'a word before "movement" is a party where it takes a party\'s role elsewhere ("X\'s rival"), and so is its ' +
      'rival in an apposition ("Y, X\'s rival, said")',
    text:
      "Talks\n\nKamal Haddar, who leads the Tazir movement, thanked the kingdom. Wahdat, Tazir's rival, said the " +
      'talks ignored the situation in the territories.',
    parties: ['Tazir', 'Wahdat'],
    notParties: ['Kamal Haddar'],
  },
  {
    note:
      'a slash-joined pair of acronyms before "bloc" is one party, and each acronym alone names it ("the CVU/CSV ' +
      'bloc" ... "the CVU headquarters")',
    text:
      'Election\n\nJan Kowalek\'s conservative CVU/CSV bloc won the national election on Sunday. "We have a clear ' +
      'mandate," Kowalek told supporters at the CVU headquarters.',
    parties: ['CVU/CSV'],
    alliances: ['CVU/CSV'],
    same: [{ label: 'Party', names: ['CVU/CSV', 'CVU', 'CSV'] }],
  },
  {
    note:
      'a one-word faction in a bracket is no alias alone ("Lok Samata Dal (United)" is not "United"); an all-caps ' +
      'word before "bloc" in a sentence naming a party is an alliance',
    text:
      'Results\n\nThe Lok Samata Dal (United) of Chief Minister Ravi Kumarel emerged as the second-largest party. ' +
      'Rashtriya Lok Morcha (RLM) leader Vijay Yadavan said the UNITY bloc would continue its fight. The United ' +
      'Nations sent observers.',
    parties: ['Lok Samata Dal (United)', 'UNITY bloc'],
    same: [{ label: 'Party', names: ['Lok Samata Dal (United)', 'LSD(U)'] }],
    notNamed: ['United'],
  },
  {
    note:
      'movements, bodies and blocs of states are no parties ("the Black Lives Matter movement", "the United ' +
      'Nations (UN)", "the Economic Community of West African States (ECOWAS) bloc", "a coalition of NGOs")',
    text:
      'Protests\n\nThousands joined the Black Lives Matter movement, and the MeToo movement held a vigil. The United ' +
      'Nations (UN) and the World Health Organization (WHO) urged calm, while the Federal Bureau of Investigation ' +
      "(FBI) said it was investigating. A coalition of NGOs backed the election monitors. The bloc's leaders met in " +
      'Brussels, and leaders of the Economic Community of West African States (ECOWAS) bloc met after the election. ' +
      'Black Lives Matter (BLM) leader Dana Whitfield said the campaign for voters would go on. The Harbour Centre ' +
      'party drew crowds on election night.',
    notParties: [
      'Black Lives Matter',
      'MeToo',
      'United Nations',
      'World Health Organization',
      'Federal Bureau of Investigation',
      'NGOs',
      'ECOWAS',
      'Economic Community',
      'Harbour Centre',
      'bloc',
    ],
  },
  {
    note: 'a defined name with "Organisation" that an apposition calls a party is one ("the main party in the alliance")',
    text:
      'Election\n\nAhmad Zahid, president of the United Valdoran National Organisation (UVNO), the main party in the ' +
      'alliance, said the partnership was working.',
    parties: ['United Valdoran National Organisation'],
  },
  {
    note:
      'a party word before a full name that speaks is no part of the name ("Republican Helena Clayborn said"); the ' +
      'name is found even when it never appears without it',
    text: 'Budget\n\nRepublican Helena Clayborn said the plan was bad. Democrat Ivo Marsh told reporters it was fine.',
    persons: ['Helena Clayborn', 'Ivo Marsh'],
    notPersons: ['Republican Helena', 'Democrat Ivo'],
  },
  {
    note:
      'a common word or a nickname before a full name the article also gives alone is no part of it ("Rival X", ' +
      '"Crooked X"), and "Crooked Helena" is no person whose surname is "Helena"',
    text:
      'The Latest\n\nDan Tromp tweeted: "Working that microphone was harder than working Crooked Helena Clayborn." ' +
      'Helena Clayborn says the tweets were unhinged. Rival Helena Clayborn had mocked the complaint. Dan Tromp ' +
      'said: "Did Crooked Helena help her friend?"',
    persons: ['Helena Clayborn', 'Dan Tromp'],
    notPersons: ['Crooked', 'Rival'],
  },
  {
    note:
      'an honorific or office opening a sentence stays the title of the name after it, though the article writes the ' +
      'word in lowercase elsewhere ("President Obamo called ...", "Judge Lamb ruled ...")',
    text:
      'Taxes\n\nThe president spoke on Monday. President Obamo called for lower taxes. The judge was late. Judge ' +
      'Lamb ruled against the state.',
    persons: ['President Obamo', 'Judge Lamb'],
  },
  {
    note:
      'a headline in title case with an auxiliary or a modal is no name ("Marsh Had Dropped Out", "Economic Policy ' +
      'Could Backfire"); "Will" and "May" stay possible names',
    text:
      'Why Ana Ruiz’s Attacks On Dan Tromp’s Economic Policy Could Backfire.\n\nAna Ruiz spoke in Ohio on ' +
      'Monday. Tromp Apologizes To Ivo Marsh For Telling Supporters Marsh Had Dropped Out\n\nDan Tromp met Will ' +
      'Barrow, Teresa May and Ivo Marsh in the capital.',
    persons: ['Ana Ruiz', 'Dan Tromp', 'Ivo Marsh', 'Will Barrow', 'Teresa May'],
    notPersons: ['Economic Policy Could Backfire', 'Marsh Had Dropped Out'],
  },
  {
    note: 'a single name that talks or spoke about something is a person ("Orvan talks about", "Rutsma spoke of")',
    text:
      'The summit opened in Brussels. Orvan talks about a common consensus on migration. Rutsma spoke of the ' +
      'budget for the coming year.',
    persons: ['Orvan', 'Rutsma'],
  },
];
