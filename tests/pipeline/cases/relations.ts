// Cases for the scored relationships: memberships, accusations, alliances, opposition and meetings, and the
// modal, negated and hypothetical statements that must not become relations.
import type { CaseBase } from '../helpers.js';
import type { RelType, TieStatus } from '../../../src/model/types.js';

/** A relation by type and the names of its two ends (either order for ALLIED_WITH and MET_WITH). */
export type RelExpect = readonly [RelType, string, string];

export interface RelationCase extends CaseBase {
  text: string;
  /** Relations that must be found. */
  rels?: RelExpect[];
  /** The status every expected relation must carry (at least one found edge of each). */
  status?: TieStatus;
  /** Relations that must not be found. */
  noRels?: RelExpect[];
}

export const RELATION_CASES: RelationCase[] = [
  {
    note:
      'parties named after a lowercase kind ("the separatist party X", "the leftist alliance Y"), a party governing ' +
      "with another, and a party's relative clause passed over for its subject",
    text:
      'Support withdrawn\n\nThe separatist party Avant said on Monday it would no longer back the government. The ' +
      'Socialists (PSL), who govern with the leftist alliance Unir, accused Avant of playing into the hands of the ' +
      'right.',
    rels: [
      ['ALLIED_WITH', 'Socialists', 'Unir'],
      ['ACCUSED', 'Socialists', 'Avant'],
    ],
    noRels: [['ACCUSED', 'Unir', 'Avant']],
  },
  {
    note: 'every pair of a coalition\'s list, past a descriptor before the last ("and the liberal X")',
    text:
      'Budget row\n\nThe coalition of the Social Union (SU), the Greens and the liberal Free Democrats (FD) was in ' +
      'crisis on Tuesday.',
    rels: [
      ['ALLIED_WITH', 'SU', 'Greens'],
      ['ALLIED_WITH', 'SU', 'FD'],
      ['ALLIED_WITH', 'Greens', 'FD'],
    ],
  },
  {
    note: '"X, the party\'s provincial president," is a member of the party that opens the sentence before',
    text:
      'Go it alone\n\nThe Civic League said on Monday it would contest the polls on its own. Pervez Warsi, the ' +
      "party's provincial president, said the league had no interest in any alliance.",
    rels: [['MEMBER_OF', 'Pervez Warsi', 'Civic League']],
  },
  {
    note: 'a party that "snapped its ties with" another was its ally until then',
    text:
      'Ties cut\n\nThe Kisan Lok Dal (KLD) on Friday snapped its ties with the National Progressive Alliance (NPA), ' +
      'accusing it of ignoring farmers.',
    rels: [['ALLIED_WITH', 'KLD', 'NPA']],
    status: 'past',
  },
  {
    note: 'parties that "agreed on seat adjustment" have an electoral pact (made, not proposed)',
    text:
      'Seat deal\n\nThe Awami Justice Movement (AJM) and the Jamiat Ulema Front (JUF) on Sunday agreed on seat ' +
      'adjustment for the by-elections, sources said.',
    rels: [['ALLIED_WITH', 'AJM', 'JUF']],
    status: 'current',
  },
  {
    note: 'an accusation in a claim about a coordinated appositive ("the two MPs, X and Y, had betrayed") names both',
    text:
      'Expulsions\n\nDatuk Rahman Salleh told a press conference that the two MPs, Faiz Hamdan and Lim Kok Wah, had ' +
      '"betrayed the trust of the people".',
    rels: [
      ['ACCUSED', 'Rahman Salleh', 'Faiz Hamdan'],
      ['ACCUSED', 'Rahman Salleh', 'Lim Kok Wah'],
    ],
  },
  {
    note: 'memberships: "X, whose P leads the polls", "its president, Y" after "Meanwhile, the P ...", "P coordinator Z"',
    text:
      'Coalition crisis\n\nOpposition leader Noa Levin, whose Horizon Party leads in the polls, said she was ready.\n\n' +
      'Meanwhile, the opposition National Front said it would welcome the two MPs. Its president, Tan Sri Musa ' +
      'Yusri, said the alliance was falling apart.\n\nCPL coordinator Alba Ruiz said talks would continue.',
    rels: [
      ['MEMBER_OF', 'Noa Levin', 'Horizon Party'],
      ['MEMBER_OF', 'Musa Yusri', 'National Front'],
      ['MEMBER_OF', 'Alba Ruiz', 'CPL'],
    ],
  },
  {
    note: '"accused the two parties" when the two were named apart in the sentences before (no third one)',
    text:
      'Coalition talks\n\nPrime Minister Taro Ishida met Renewal Party leader Emi Kato on Thursday. Kato said her ' +
      'party would not join unless the Civic Union cut the sales tax.\n\nThe opposition Democratic Front accused ' +
      'the two parties of backroom dealing.',
    rels: [
      ['ACCUSED', 'Democratic Front', 'Renewal Party'],
      ['ACCUSED', 'Democratic Front', 'Civic Union'],
    ],
  },
  {
    note: 'an accusation word in a claim whose target is named in an appositive ("the Minister, Dr. X, had misled")',
    text:
      'Budget row\n\nThe Minority Leader, Kofi Addai, told journalists that the Finance Minister, Dr. Efua Mensima, ' +
      'had "misled the House" on the debt figures.',
    rels: [['ACCUSED', 'Kofi Addai', 'Efua Mensima']],
  },
  {
    note: 'a member "of the centrist X party", with a descriptor before the party',
    text: 'No-confidence vote\n\nPrime Minister Luc Aubert, of the centrist Forward party, survived the vote by 12 votes.',
    rels: [['MEMBER_OF', 'Luc Aubert', 'Forward']],
  },
  {
    note: 'parties agreeing to contest an election jointly are allies (proposed), without an alliance word',
    text:
      'Opposition pact\n\n' +
      'KSD Senator Ravi Tandon spoke on Monday.\n\n' +
      'The RNS and the KSD have agreed to contest the by-elections jointly, sources said.',
    rels: [['ALLIED_WITH', 'RNS', 'KSD']],
    status: 'proposed',
  },
  {
    note: 'parties acting together once ("jointly condemned the attack") are not allies',
    text:
      'Attack condemned\n\n' +
      'KSD Senator Ravi Tandon spoke on Monday.\n\n' +
      'The RNS and the KSD jointly condemned the attack on the market.',
    noRels: [['ALLIED_WITH', 'RNS', 'KSD']],
  },
  {
    note: 'an accusation word inside a claim owned by someone else ("X would avoid the old parties\' lies") does not accuse X',
    text:
      'New party launched\n\n' +
      'Ravi Kilner said on Thursday that Mira Sandoval would avoid the old parties\' "lies and spin" in the campaign.',
    noRels: [['ACCUSED', 'Ravi Kilner', 'Mira Sandoval']],
  },
  {
    note: 'an accusation word the named person owns ("X is now recycling it in his desperate bid") accuses X',
    text:
      'Budget row\n\n' +
      'Ruth Kessler said: "These plans were announced in December. Piet Alder is now recycling it in his ' +
      'desperate bid to win back voters."',
    rels: [['ACCUSED', 'Ruth Kessler', 'Piet Alder']],
  },
  // MEMBER_OF
  {
    note: 'MEMBER_OF from a party title before the name ("KSD leader X")',
    text: 'The Kisan Shakti Dal (KSD) met on Sunday. KSD leader Ravi Tandon said the farmers would march again.',
    rels: [['MEMBER_OF', 'Ravi Tandon', 'KSD']],
    status: 'current',
  },
  {
    note: 'MEMBER_OF from a capitalised party office before the name ("RNS Deputy Convener X")',
    text: 'RNS Deputy Convener Meenakshi Pillai led the delegation of the Rashtriya Nyaya Sangh (RNS).',
    rels: [['MEMBER_OF', 'Meenakshi Pillai', 'RNS']],
  },
  {
    note: 'MEMBER_OF from an appositive ("X, a Labour MP,")',
    text: 'Gareth Pryce, a Labour MP, said the vote had been a mistake.',
    rels: [['MEMBER_OF', 'Gareth Pryce', 'Labour']],
  },
  {
    note: 'MEMBER_OF from an appositive with an office ("X, the NUC chairman,")',
    text: 'Bola Adewumi, the NUC chairman, welcomed the court ruling. The National Unity Congress (NUC) had appealed.',
    rels: [['MEMBER_OF', 'Bola Adewumi', 'NUC']],
  },
  {
    note: 'MEMBER_OF from a possessive ("the PRB\u2019s X")',
    text: 'Parti Rakyat Bersatu (PRB) chose its candidate on Friday. The PRB\u2019s Nurul Izzah Kamal will stand in Shah Alam.',
    rels: [['MEMBER_OF', 'Nurul Izzah Kamal', 'PRB']],
  },
  {
    note: 'MEMBER_OF from "X of the PARTY"',
    text: 'Ahmad Faizal Hamzah of the Parti Rakyat Bersatu said the seat talks were over.',
    rels: [['MEMBER_OF', 'Ahmad Faizal Hamzah', 'Parti Rakyat Bersatu']],
  },
  {
    note: 'MEMBER_OF from "X, who leads the PARTY,"',
    text: 'Carmen Valdivieso, who leads the Frente Amplio Serrano, refused to sign the declaration.',
    rels: [['MEMBER_OF', 'Carmen Valdivieso', 'Frente Amplio Serrano']],
  },
  {
    note: 'MEMBER_OF from "X joined the PARTY"',
    text: 'The former footballer Emeka Nwosu joined the Progressive Citizens Alliance last month.',
    rels: [['MEMBER_OF', 'Emeka Nwosu', 'Progressive Citizens Alliance']],
  },
  {
    note: 'MEMBER_OF from a generic party name and a role ("Green councillor X")',
    text: 'Green councillor Saoirse Whelan won the by-election in the ward. The Greens now hold three seats.',
    rels: [['MEMBER_OF', 'Saoirse Whelan', 'Greens']],
  },
  {
    note: 'MEMBER_OF from a party name and a spokesman title ("Mitte Partei spokesman X")',
    text: 'Mitte Partei spokesman Jens Kohlhaas said the party would abstain.',
    rels: [['MEMBER_OF', 'Jens Kohlhaas', 'Mitte Partei']],
  },
  {
    note: 'a former role ("former PUF treasurer X") gives a past MEMBER_OF',
    text: 'The People\u2019s Unity Front (PUF) expelled two members. Former PUF treasurer Sabine Kruger called it a purge.',
    rels: [['MEMBER_OF', 'Sabine Kruger', 'PUF']],
    status: 'past',
  },
  {
    note: 'an "ex-" role ("ex-Labour MP X") gives a past MEMBER_OF',
    text: 'Ex-Labour MP Dominic Harte will stand as an independent in the seat.',
    rels: [['MEMBER_OF', 'Dominic Harte', 'Labour']],
    status: 'past',
  },
  {
    note: '"X, who left the PARTY in 2019," gives a past MEMBER_OF',
    text: 'Ruth Okeke-Adams, who left the National Unity Congress in 2019, now advises the government.',
    rels: [['MEMBER_OF', 'Ruth Okeke-Adams', 'National Unity Congress']],
    status: 'past',
  },
  {
    note: 'a day between the name and "resigned from the PARTY" still gives a past MEMBER_OF',
    text: 'Coast Senator Halima Mwangi on Thursday resigned from the Coast Democratic Movement (CDM).',
    rels: [['MEMBER_OF', 'Halima Mwangi', 'Coast Democratic Movement']],
    status: 'past',
  },
  {
    note: '"X defected to the PARTY" makes X a current member of the party joined',
    text: 'Weeks before the vote, Tomasz Wolak defected to the Civic Renewal Party.',
    rels: [['MEMBER_OF', 'Tomasz Wolak', 'Civic Renewal Party']],
    status: 'current',
  },
  {
    note: 'MEMBER_OF from "the PARTY led by X"',
    text: 'She will join the Popular Renewal Alliance (PRA) led by former deputy president Joseph Kiptoo ahead of the vote.',
    rels: [['MEMBER_OF', 'Joseph Kiptoo', 'Popular Renewal Alliance']],
  },
  {
    note: 'MEMBER_OF from "the X-led PARTY"',
    text: 'Peter Odhiambo stayed away. Lawmakers of the Odhiambo-led Popular Renewal Alliance (PRA) walked out.',
    rels: [['MEMBER_OF', 'Peter Odhiambo', 'Popular Renewal Alliance']],
  },
  {
    note: 'MEMBER_OF from "The OFFICE of the PARTY, X,"',
    text: 'The National Chairman of the Democratic Renewal Congress (DRC), Alhaji Musa Garba, confirmed the talks.',
    rels: [['MEMBER_OF', 'Musa Garba', 'Democratic Renewal Congress']],
  },
  {
    note: 'MEMBER_OF from a capitalised party office closed by a comma ("DRC National Publicity Secretary, X,")',
    text:
      'The Democratic Renewal Congress (DRC) rejected the result. ' +
      'DRC National Publicity Secretary, Barrister Uche Nnaji, called it a fraud.',
    rels: [['MEMBER_OF', 'Uche Nnaji', 'DRC']],
  },
  {
    note: 'a plural group before a comma and a name is not an office ("DRC Members, X said")',
    text: 'The Democratic Renewal Congress (DRC) met in Abuja. Speaking to DRC Members, Uche Nnaji said the party would appeal.',
    noRels: [['MEMBER_OF', 'Uche Nnaji', 'DRC']],
  },
  {
    note: 'MEMBER_OF from "Its leader, X," after a sentence the party opens',
    text: 'The Civic Renewal Party (CRP) won twelve seats. Its leader, Jana Hlinka, said the result was a mandate.',
    rels: [['MEMBER_OF', 'Jana Hlinka', 'Civic Renewal Party']],
  },
  {
    note: '"Its leader, X," after a sentence about another body is not a tie to a party named further back',
    text:
      'The Farmers\u2019 Movement (FM) said it regretted the decision. The Electoral Reform Society called for ' +
      'new elections. Its leader, Frans Timmerman, said the parties had wasted half a year.',
    noRels: [['MEMBER_OF', 'Frans Timmerman', 'Farmers\u2019 Movement']],
  },
  {
    note: 'a party\u2019s allies are not its members ("RNA allies back Kumar")',
    text:
      'RNA allies back Kumar for Speaker\n\n' +
      'The ruling Rashtriya Nav Alliance (RNA) on Tuesday named Om Prakash Kumar as its candidate.',
    noRels: [['MEMBER_OF', 'Om Prakash Kumar', 'RNA']],
  },
  {
    note: '"his party" is not the party named as an ally in the speaker\u2019s appositive',
    text:
      'The ruling Rashtriya Nav Alliance (RNA) named its candidate. ' +
      'Nitin Raorane, a key RNA ally, said his party would fully support him.',
    noRels: [['MEMBER_OF', 'Nitin Raorane', 'RNA']],
  },
  {
    note: '"her party" is not the party of another person named with a title in the sentence',
    text:
      'Jana Hlinka told reporters that her party could no longer negotiate with Freedom Union Party leader ' +
      'Pieter Zand.',
    rels: [['MEMBER_OF', 'Pieter Zand', 'Freedom Union Party']],
    noRels: [['MEMBER_OF', 'Jana Hlinka', 'Freedom Union Party']],
  },
  {
    note: 'MEMBER_OF from a party in brackets after a name ("X (CDU) said")',
    text:
      'The Christian Civic Union (CCU) and the Social Workers\u2019 Party (SWP) signed the agreement. ' +
      'State premier Reinhold Abendroth (CCU) called it a good day. Mayor Lina Vogt (SWP, Halle) agreed.',
    rels: [
      ['MEMBER_OF', 'Reinhold Abendroth', 'CCU'],
      ['MEMBER_OF', 'Lina Vogt', 'SWP'],
    ],
  },
  {
    note: 'ALLIED_WITH from an appositive naming the party another\u2019s ally ("The JLP, a key RNA ally,")',
    text:
      'The ruling Rashtriya Nav Alliance (RNA) named its candidate. The Janata Lok Party (JLP), a key RNA ally, ' +
      'said it would back him. The Telugu Praja Party (TPP), another RNA constituent, also backed him.',
    rels: [
      ['ALLIED_WITH', 'Janata Lok Party', 'Rashtriya Nav Alliance'],
      ['ALLIED_WITH', 'Telugu Praja Party', 'Rashtriya Nav Alliance'],
    ],
    status: 'current',
  },
  {
    note: 'an appositive naming the party another\u2019s critic is no alliance',
    text:
      'The ruling Rashtriya Nav Alliance (RNA) named its candidate. The Janata Lok Party (JLP), a fierce RNA ' +
      'critic, said it would oppose him.',
    noRels: [['ALLIED_WITH', 'Janata Lok Party', 'Rashtriya Nav Alliance']],
  },
  {
    note: 'ALLIED_WITH from "has been part of the ALLIANCE since ..."',
    text:
      'The Samajwadi Lok Dal (SLD), the third-largest party in the House, has been part of the Progressive ' +
      'Front Alliance (PFA) since its formation in 2023.',
    rels: [['ALLIED_WITH', 'Samajwadi Lok Dal', 'Progressive Front Alliance']],
    status: 'current',
  },
  {
    note: 'a party that "had agreed to join a coalition with" others is their ally, proposed',
    text:
      'The Farmers\u2019 Movement (FM), which had agreed to join a four-party coalition with the Freedom Union ' +
      'Party (FUP) and the Civic Contract Party (CCP), said it regretted the collapse of the talks.',
    rels: [
      ['ALLIED_WITH', 'Farmers\u2019 Movement', 'Freedom Union Party'],
      ['ALLIED_WITH', 'Farmers\u2019 Movement', 'Civic Contract Party'],
    ],
    status: 'proposed',
  },
  {
    note: 'parties that run joint lists or field a joint candidate are allies',
    text:
      'The Green Left Party and the Social Labour Party will run joint lists in the next election. ' +
      'The Civic Party (CP) and the Farmers Union Party (FUP) fielded a joint candidate in the by-election.',
    rels: [
      ['ALLIED_WITH', 'Green Left Party', 'Social Labour Party'],
      ['ALLIED_WITH', 'Civic Party', 'Farmers Union Party'],
    ],
  },
  {
    note: 'joint lists only considered ("could run joint lists") are no alliance',
    text: 'The Green Left Party and the Social Labour Party could run joint lists if the talks succeed.',
    noRels: [['ALLIED_WITH', 'Green Left Party', 'Social Labour Party']],
  },
  {
    note: '"party chairman X" in a sentence the party opens (after a dateline) is a MEMBER_OF that party',
    text:
      'Talks offer rejected\n\n' +
      'LAHORE: The Awami Insaf League (AIL) on Friday rejected the offer of talks, with party chairman Barrister ' +
      'Tariq Mehmood saying the rulers had no mandate.',
    rels: [['MEMBER_OF', 'Tariq Mehmood', 'Awami Insaf League']],
  },
  {
    note: '", accusing ..." after "PARTY secretary-general X hit back" is X\u2019s accusation, not the party\u2019s',
    text:
      'The Democratic Union Front (DUF) threatened to quit. UPC secretary-general Themba Ngcobo hit back, ' +
      'accusing the DUF of holding the country to ransom.',
    rels: [['ACCUSED', 'Themba Ngcobo', 'DUF']],
    noRels: [['ACCUSED', 'UPC', 'DUF']],
  },
  {
    note: '"accused the two parties of ..." accuses the pair of parties named together just before',
    text:
      'Coalition signed\n\n' +
      'The Christian Civic Union (CCU) and the Social Workers Party (SWP) on Thursday signed a coalition ' +
      'agreement. The Alternative Renewal Party (ARP) was excluded. ARP co-leader Tino Kraus accused the two ' +
      'parties of ignoring the will of the people.',
    rels: [
      ['ACCUSED', 'Tino Kraus', 'Christian Civic Union'],
      ['ACCUSED', 'Tino Kraus', 'Social Workers Party'],
    ],
  },
  {
    note: 'a claim that a party "had no moral authority" or "no mandate" accuses it',
    text:
      'The ruling Rashtriya Nav Alliance (RNA) lost its majority. Trinamool Front MP Derek Sengupta said the RNA ' +
      'had \u201cno moral authority\u201d after the vote.',
    rels: [['ACCUSED', 'Derek Sengupta', 'RNA']],
  },
  {
    note: 'a denied lack of mandate accuses no one ("does not say the RNA has no mandate")',
    text:
      'The ruling Rashtriya Nav Alliance (RNA) lost its majority. The opposition does not say the RNA has no ' +
      'mandate, Anil Raomane said.',
    noRels: [['ACCUSED', 'Anil Raomane', 'RNA']],
  },
  {
    note: 'a claim that a party "will take the country backwards" (a relative clause of its own) accuses it',
    text:
      'Election campaign\n\n' +
      '"We will see off a Civic Renewal Party that will take the country backwards," Mr Halvorsen told the ' +
      'conference. Erik Halvorsen is the party\u2019s campaign chief.',
    rels: [['ACCUSED', 'Erik Halvorsen', 'Civic Renewal Party']],
  },
  {
    note: 'a claim calling a person "racist" accuses that person',
    text: 'Protest leader Asa Kamara said Senator Ruth Delvaux is a \u201cracist\u201d who should resign.',
    rels: [['ACCUSED', 'Asa Kamara', 'Ruth Delvaux']],
  },
  {
    note: 'a view the speaker reports and rejects ("an unfair perception that X is racist") accuses no one',
    text:
      'Campaign adviser Bruno Levalle said the outreach would correct what he called an unfair perception that ' +
      'Ruth Delvaux is racist.',
    noRels: [['ACCUSED', 'Bruno Levalle', 'Ruth Delvaux']],
  },
  {
    note: '"X, of the PARTY (ACR), said ... and accused Y" is X\u2019s accusation, not the party\u2019s',
    text:
      'Opposition senator Flavia Arrudes, of the Liberal Renewal Party (PRL), said the coalition was falling ' +
      'apart and accused President Marcos Tavela of buying support.',
    rels: [['ACCUSED', 'Flavia Arrudes', 'Marcos Tavela']],
    noRels: [['ACCUSED', 'Liberal Renewal Party', 'Marcos Tavela']],
  },
  {
    note: 'MEMBER_OF from a person\u2019s party ("Kaya\u2019s Progress Party rejected"), not from a party word on a noun',
    text:
      'President Recep Kayalar won again. Kayalar\u2019s Progress Party (PP) rejected claims of political ' +
      'motivation. Ozan Demirel\u2019s Progress Party critics were silent. Aylin Sezer\u2019s Progress Party MP ' +
      'Cem Toprak welcomed the release.',
    rels: [['MEMBER_OF', 'Recep Kayalar', 'Progress Party']],
    noRels: [
      ['MEMBER_OF', 'Ozan Demirel', 'Progress Party'],
      ['MEMBER_OF', 'Aylin Sezer', 'Progress Party'],
    ],
  },
  {
    note: 'a party name with lowercase joining words is found wherever the article repeats it',
    text:
      'The Justice and Progress Party (JPP) won the vote. The Republican Democratic Party (RDP) walked out. ' +
      'Later the Justice and Progress Party accused the RDP of sabotage.',
    rels: [['ACCUSED', 'Justice and Progress Party', 'RDP']],
  },
  // ACCUSED
  {
    note: 'ACCUSED from "X accused Y of ..." between two people',
    text: 'Farah Qureshi accused Imran Shafiq of lying about the audit.',
    rels: [['ACCUSED', 'Farah Qureshi', 'Imran Shafiq']],
  },
  {
    note: 'ACCUSED from "X blamed the PARTY for ..." (person to party)',
    text: 'Dmitri Halloran blamed the Civic Renewal Party for the collapse of the talks.',
    rels: [['ACCUSED', 'Dmitri Halloran', 'Civic Renewal Party']],
  },
  {
    note: 'ACCUSED from "the PARTY attacked X over ..." (party to person)',
    text: 'The New Horizon Party attacked Gustavo Pereira over the mining contracts.',
    rels: [['ACCUSED', 'New Horizon Party', 'Gustavo Pereira']],
  },
  {
    note: 'ACCUSED from "X criticised the PARTY\u2019s handling of ..."',
    text: 'Lena Baumgartner criticised the Freie Union\u2019s handling of the flood relief.',
    rels: [['ACCUSED', 'Lena Baumgartner', 'Freie Union']],
  },
  {
    note: 'ACCUSED from a party accusing a party ("The LRP has accused the CRP of rigging")',
    text: 'The Liberal Reform Party (LRP) has accused the Civic Renewal Party (CRP) of rigging the postal count.',
    rels: [['ACCUSED', 'LRP', 'CRP']],
  },
  {
    note: 'ACCUSED from a passive ("X was accused by Y of ...") goes from Y to X',
    text: 'Imran Shafiq was accused by Farah Qureshi of hiding the audit report.',
    rels: [['ACCUSED', 'Farah Qureshi', 'Imran Shafiq']],
  },
  {
    note: 'ACCUSED from "X lashed out at Y"',
    text: 'Wolfgang Reiter lashed out at Katrin Vogelsang after the leak.',
    rels: [['ACCUSED', 'Wolfgang Reiter', 'Katrin Vogelsang']],
  },
  {
    note: 'ACCUSED from "the PARTY condemned X"',
    text: 'The Sahel Democratic Front condemned Aminu Danladi for his remarks about the north.',
    rels: [['ACCUSED', 'Sahel Democratic Front', 'Aminu Danladi']],
  },
  {
    note: 'ACCUSED from a quoted accusation ("The KSD stole these seats," X said)',
    text: 'RNS leader Meenakshi Pillai spoke in Madurai about the Kisan Shakti Dal (KSD). "The KSD stole these seats," she said.',
    rels: [['ACCUSED', 'Meenakshi Pillai', 'KSD']],
  },
  {
    note: 'ACCUSED from reported wrongdoing ("X said the PARTY had rigged the vote")',
    text: 'Bilal Hashmi said the Awam Dost League had rigged the vote in Sialkot.',
    rels: [['ACCUSED', 'Bilal Hashmi', 'Awam Dost League']],
  },
  {
    note: 'ACCUSED inside a quote: "they called our mandate fake" goes from they (the KSD) to our (the speaker\u2019s party)',
    known:
      'no ACCUSED: "They" and "our" inside the quote are not resolved (to the KSD, object of "hit back at", and to the RNS, the speaker’s party)',
    text:
      'RNS leader Meenakshi Pillai hit back at the Kisan Shakti Dal (KSD) on Monday. ' +
      '"They called our mandate fake," she said.',
    rels: [['ACCUSED', 'KSD', 'RNS']],
  },
  // ALLIED_WITH
  {
    note: 'ALLIED_WITH from "part of the X-led coalition"',
    text: 'The Kisan Shakti Dal (KSD) is part of the RNS-led coalition in the state.',
    rels: [['ALLIED_WITH', 'KSD', 'RNS']],
  },
  {
    note: 'ALLIED_WITH from "X and Y agreed to form a coalition", status proposed',
    text: 'The National Unity Congress and the Sahel Democratic Front agreed to form a coalition government.',
    rels: [['ALLIED_WITH', 'National Unity Congress', 'Sahel Democratic Front']],
    status: 'proposed',
  },
  {
    note: 'ALLIED_WITH between every pair of "a coalition of X, Y and Z"',
    text:
      'The government is a coalition of the Rashtriya Nyaya Sangh (RNS), the Kisan Shakti Dal (KSD) ' +
      'and the Awam Dost League (ADL).',
    rels: [
      ['ALLIED_WITH', 'RNS', 'KSD'],
      ['ALLIED_WITH', 'RNS', 'ADL'],
      ['ALLIED_WITH', 'KSD', 'ADL'],
    ],
  },
  {
    note: 'ALLIED_WITH from "X\u2019s coalition partner Y"',
    text: 'The Freie Union\u2019s coalition partner, the Mitte Partei, threatened to walk out.',
    rels: [['ALLIED_WITH', 'Freie Union', 'Mitte Partei']],
  },
  {
    note: 'ALLIED_WITH from a party that "supported" another',
    text: 'The Progressive Citizens Alliance (PCA) supported the National Unity Congress (NUC) in the runoff.',
    rels: [['ALLIED_WITH', 'PCA', 'NUC']],
  },
  {
    note: 'ALLIED_WITH from "joined hands with"',
    text: 'The Awam Dost League has joined hands with the Qaumi Insaf Party for the Senate elections.',
    rels: [['ALLIED_WITH', 'Awam Dost League', 'Qaumi Insaf Party']],
  },
  {
    note: 'ALLIED_WITH from "X and Y signed an electoral pact"',
    text: 'The Frente Amplio Serrano and the Partido del Pueblo Andino signed an electoral pact on Saturday.',
    rels: [['ALLIED_WITH', 'Frente Amplio Serrano', 'Partido del Pueblo Andino']],
  },
  {
    note: 'ALLIED_WITH from "we supported PARTY" inside a quote resolves "we" to the speaker\u2019s party',
    text: 'KSD leader Ravi Tandon was angry. "We supported the RNS in two elections," he said.',
    rels: [['ALLIED_WITH', 'KSD', 'RNS']],
  },
  // OPPOSED
  {
    note: 'OPPOSED from "X voted against the PARTY\u2019s bill"',
    text: 'The Frente Amplio Serrano voted against the Partido del Pueblo Andino\u2019s budget.',
    rels: [['OPPOSED', 'Frente Amplio Serrano', 'Partido del Pueblo Andino']],
  },
  {
    note: 'OPPOSED from "sat in opposition to"',
    text: 'For ten years the Awam Dost League sat in opposition to the Qaumi Insaf Party.',
    rels: [['OPPOSED', 'Awam Dost League', 'Qaumi Insaf Party']],
  },
  {
    note: 'OPPOSED from a person who "said she would oppose" a party',
    text: 'LRP leader Leila Haddad said she would oppose the Civic Renewal Party at every turn.',
    rels: [['OPPOSED', 'Leila Haddad', 'Civic Renewal Party']],
  },
  // MET_WITH
  {
    note: 'MET_WITH from "X met Y"',
    text: 'Tomas Varga met Amara Okonjo-Reyes in Port Alder on Monday evening.',
    rels: [['MET_WITH', 'Tomas Varga', 'Amara Okonjo-Reyes']],
  },
  {
    note: 'MET_WITH from "talks between X and Y"',
    text: 'The pact followed a final round of talks between Rahimi Othman and Siew Ling Chong.',
    rels: [['MET_WITH', 'Rahimi Othman', 'Siew Ling Chong']],
  },
  {
    note: 'MET_WITH from "X held talks with the PARTY"',
    text: 'Halim Yusof held talks with the Parti Rakyat Bersatu on Thursday.',
    rels: [['MET_WITH', 'Halim Yusof', 'Parti Rakyat Bersatu']],
  },
  {
    note: 'MET_WITH from a coordinated subject ("X and Y met")',
    text: 'Gerhard Vollmer and Lena Baumgartner met for two hours at the chancellery.',
    rels: [['MET_WITH', 'Gerhard Vollmer', 'Lena Baumgartner']],
  },
  {
    note: 'a title with a nationality ("the Ruritanian president") is not the President X named nearby',
    text:
      'Visit row\n\nDana Cole flew to Ostrava on Monday.\n\n' +
      '\u201cHer visit, where she met the Ruritanian president, recalls President Hale\u2019s trip to Geneva,\u201d Mara Quist wrote.',
    noRels: [
      ['MET_WITH', 'Dana Cole', 'Hale'],
      ['MET_WITH', 'Dana Cole', 'Mara Quist'],
    ],
  },
  {
    note: 'a deputy\u2019s office is not the office itself, nor is another minister ("the prime minister")',
    text:
      'Audit row deepens\n\nAt a dinner hosted by Deputy Prime Minister Olek Varn, finance minister Ivo Tal presented the budget.\n\n' +
      'Opposition leader Rhea Mont accused the prime minister and Mr Tal of squabbling like schoolboys.',
    rels: [['ACCUSED', 'Rhea Mont', 'Ivo Tal']],
    noRels: [['ACCUSED', 'Rhea Mont', 'Olek Varn']],
  },
  {
    note: 'an office is not tied to a person named before it without that office (the author of a book)',
    text:
      'Book row\n\nAccording to a new book by journalist Karl Vance, the cabinet split in June.\n\n' +
      'The prime minister dismissed the book on Sunday. Mr Vance said he stood by every word.\n\n' +
      'Opposition leader Ada Roe accused the prime minister and his aides of hiding the truth.',
    noRels: [['ACCUSED', 'Ada Roe', 'Karl Vance']],
  },
  {
    note: 'a person named apart from the office in the same sentence is someone else ("According to Mr X the prime minister ...")',
    text:
      'Pay row\n\nThe prime minister spoke on Sunday. According to Mr Dalby the prime minister had promised to quit.\n\n' +
      'Opposition leader Ada Roe accused the prime minister and his aides of lying.',
    noRels: [['ACCUSED', 'Ada Roe', 'Dalby']],
  },
  {
    note: 'the accused is the object before a preposition, not a name after it ("blamed the press for X")',
    text: 'Leak inquiry\n\nGovernor Ilse Maren blamed the press for Tomas Ekdal and his troubles.',
    noRels: [['ACCUSED', 'Ilse Maren', 'Tomas Ekdal']],
  },
  {
    note: 'an office as the object of a verb is not tied to the next person named ("accused the prime minister ...")',
    text:
      'Row deepens\n\nOpposition leader Ada Roe accused the prime minister and his aides of lying. ' +
      'She told the radio host Piet Claes that the country deserved better.',
    noRels: [['ACCUSED', 'Ada Roe', 'Piet Claes']],
  },
  {
    note: '"his party" belongs to the person named just before it, not to the speaker of a claim in that sentence',
    text:
      'Bill passes\n\nMr Lidholm is likely to defend his party\u2019s handling of the bill, which passed after the ' +
      'Civic Union accepted Premier Ona Vask\u2019s promise that ministers would review it within a year.',
    noRels: [['MEMBER_OF', 'Ona Vask', 'Civic Union']],
  },
  // negative cases
  {
    note: 'no ALLIED_WITH from a conditional threat ("would face consequences if they entered into an alliance")',
    text:
      'The National Unity Congress warned the Progressive Citizens Alliance that it would face consequences ' +
      'if it entered into an alliance with the Sahel Democratic Front.',
    noRels: [
      ['ALLIED_WITH', 'Progressive Citizens Alliance', 'Sahel Democratic Front'],
      ['ALLIED_WITH', 'National Unity Congress', 'Progressive Citizens Alliance'],
    ],
  },
  {
    note: 'no ALLIED_WITH from a denied deal ("denied any deal with")',
    text: 'The Rashtriya Nyaya Sangh (RNS) denied any deal with the Kisan Shakti Dal (KSD).',
    noRels: [['ALLIED_WITH', 'RNS', 'KSD']],
  },
  {
    note: 'no ALLIED_WITH from "ruled out a coalition with"',
    text: 'KSD leader Ravi Tandon ruled out a coalition with the Rashtriya Nyaya Sangh (RNS).',
    noRels: [['ALLIED_WITH', 'KSD', 'RNS']],
  },
  {
    note: 'no ALLIED_WITH from "could join" (a possibility)',
    text: 'The Progressive Citizens Alliance (PCA) could join the NUC-led coalition after the runoff.',
    noRels: [['ALLIED_WITH', 'PCA', 'NUC']],
  },
  {
    note: 'no ALLIED_WITH from "has ruled out any alliance with" a party',
    text: 'The Sahel Democratic Front has ruled out any alliance with the National Unity Congress.',
    noRels: [['ALLIED_WITH', 'Sahel Democratic Front', 'National Unity Congress']],
  },
  {
    note: 'no ALLIED_WITH from two parties that merely share a subject ("X and Y both lost seats")',
    text: 'The Rashtriya Nyaya Sangh and the Kisan Shakti Dal both lost seats in the election.',
    noRels: [['ALLIED_WITH', 'Rashtriya Nyaya Sangh', 'Kisan Shakti Dal']],
  },
  {
    note: 'no ACCUSED from a negated accusation ("did not accuse")',
    text: 'Meenakshi Pillai did not accuse the Kisan Shakti Dal of fraud.',
    noRels: [['ACCUSED', 'Meenakshi Pillai', 'Kisan Shakti Dal']],
  },
  {
    note: 'no ACCUSED from "refused to blame"',
    text: 'Tomas Varga refused to blame Amara Okonjo-Reyes for the delay.',
    noRels: [['ACCUSED', 'Tomas Varga', 'Amara Okonjo-Reyes']],
  },
  {
    note: 'no ACCUSED from "denied accusing"',
    text: 'Wolfgang Reiter denied accusing Katrin Vogelsang of leaking the memo.',
    noRels: [['ACCUSED', 'Wolfgang Reiter', 'Katrin Vogelsang']],
  },
  {
    note: 'no ACCUSED to the person in the accusation\u2019s object clause ("accused X of ignoring Y")',
    text: 'Farah Qureshi accused Imran Shafiq of ignoring Rukhsana Baig.',
    rels: [['ACCUSED', 'Farah Qureshi', 'Imran Shafiq']],
    noRels: [['ACCUSED', 'Farah Qureshi', 'Rukhsana Baig']],
  },
  {
    note: 'no ACCUSED from the accused to the accuser',
    text: 'Farah Qureshi accused Imran Shafiq of lying about the audit.',
    noRels: [['ACCUSED', 'Imran Shafiq', 'Farah Qureshi']],
  },
  {
    note: 'no MEMBER_OF from "has never been a member of"',
    text: 'Ravi Tandon has never been a member of the Rashtriya Nyaya Sangh.',
    noRels: [['MEMBER_OF', 'Ravi Tandon', 'Rashtriya Nyaya Sangh']],
  },
  {
    note: 'no MEMBER_OF for a critic of a party ("X, a fierce critic of the PARTY,")',
    text: 'Ravi Tandon, a fierce critic of the Rashtriya Nyaya Sangh, addressed the rally.',
    noRels: [['MEMBER_OF', 'Ravi Tandon', 'Rashtriya Nyaya Sangh']],
  },
  {
    note: 'no MEMBER_OF from a party title of a different person in the sentence',
    text: 'KSD leader Ravi Tandon met Bilal Hashmi on Monday.',
    rels: [['MEMBER_OF', 'Ravi Tandon', 'KSD']],
    noRels: [['MEMBER_OF', 'Bilal Hashmi', 'KSD']],
  },
  {
    note: 'no MET_WITH from "refused to meet"',
    text: 'Amara Okonjo-Reyes refused to meet Tomas Varga before the vote.',
    noRels: [['MET_WITH', 'Amara Okonjo-Reyes', 'Tomas Varga']],
  },
  {
    note: 'no MET_WITH from "did not meet"',
    text: 'Rahimi Othman did not meet Siew Ling Chong during his visit to Penang.',
    noRels: [['MET_WITH', 'Rahimi Othman', 'Siew Ling Chong']],
  },
  {
    note: "an accusation of a person's named party goes to the party, not to the person (a possessive before it)",
    text:
      "Court row\n\nAnsel Korvin accused Premier Dara Velt's National Renewal Party (NRP) of using the courts " +
      'against critics.',
    rels: [
      ['ACCUSED', 'Ansel Korvin', 'National Renewal Party'],
      ['MEMBER_OF', 'Dara Velt', 'National Renewal Party'],
    ],
    noRels: [['ACCUSED', 'Ansel Korvin', 'Dara Velt']],
  },
  {
    note: 'no accusation of a person whose named thing is accused, when that thing is no party',
    text: "Budget row\n\nAnsel Korvin accused Premier Dara Velt's Finance Ministry of hiding the deficit.",
    noRels: [['ACCUSED', 'Ansel Korvin', 'Dara Velt']],
  },
  {
    note: 'MEMBER_OF from "PARTY (ACR), NAME\'s party," and from "The ACR\'s leader, NAME,"',
    text:
      "Charges rejected\n\nThe Democratic Progress Party (DPP), Juna Osk's party, rejected the charge. The Civic " +
      "Union Party (CUP) called a rally. The CUP's leader, Ilse Marant, said the detention was unlawful.",
    rels: [
      ['MEMBER_OF', 'Juna Osk', 'Democratic Progress Party'],
      ['MEMBER_OF', 'Ilse Marant', 'Civic Union Party'],
    ],
  },
  {
    note: 'MEMBER_OF from "a spokesman for the ACR, NAME," and "The party\'s spokesman NAME" after one party',
    text:
      'Motive denied\n\nA spokesman for the National Renewal Party (NRP), Tomas Brel, denied any motive. The ' +
      "party's spokesman Ivo Stanek later wrote that the courts were independent.",
    rels: [
      ['MEMBER_OF', 'Tomas Brel', 'National Renewal Party'],
      ['MEMBER_OF', 'Ivo Stanek', 'National Renewal Party'],
    ],
  },
  {
    note: 'no MEMBER_OF from "the party\'s spokesman" when two parties were named just before',
    text:
      "Talks\n\nThe National Renewal Party (NRP) met the Civic Union Party (CUP) on Monday. The party's spokesman " +
      'Ivo Stanek said the talks went well.',
    noRels: [
      ['MEMBER_OF', 'Ivo Stanek', 'National Renewal Party'],
      ['MEMBER_OF', 'Ivo Stanek', 'Civic Union Party'],
    ],
  },
  {
    note: 'no MEMBER_OF from "her party" in a sentence whose one party is the government her party supports',
    text:
      'Confidence vote\n\nIlse Marant said her party would keep backing the minority Democratic Progress Party (DPP) ' +
      'government in confidence votes.',
    noRels: [['MEMBER_OF', 'Ilse Marant', 'Democratic Progress Party']],
  },
  {
    note: 'ALLIED_WITH from "has cooperated with", and past from "X and Y, which governed together from ... to ..."',
    text:
      'Joint rally\n\nThe Green Left Party (GLP), which has cooperated with the Civic Union Party (CUP) in local ' +
      'elections, backed the protest. The GLP and the CUP, which governed together from 2015 to 2019, plan a joint rally.',
    rels: [['ALLIED_WITH', 'Green Left Party', 'Civic Union Party']],
  },
  {
    note: 'a past alliance from "which governed together" in the past tense',
    text:
      'Old partners\n\nThe Green Left Party (GLP) and the Civic Union Party (CUP), which governed together from 2015 to ' +
      '2019, meet again on Friday.',
    rels: [['ALLIED_WITH', 'Green Left Party', 'Civic Union Party']],
    status: 'past',
  },
  {
    note: 'ALLIED_WITH between the members of an alliance "made up of" two parties',
    text:
      'Budget vote\n\nThe Alliance, made up of the Civic Union Party (CUP) and the Green Left Party (GLP), will vote ' +
      'against the budget.',
    rels: [['ALLIED_WITH', 'Civic Union Party', 'Green Left Party']],
  },
  {
    note: 'no MEMBER_OF across a preposition ("the SPD in outgoing chancellor X\'s coalition")',
    text:
      'Opposition\n\nThe Greens, who had governed with the Social Democrats (SPD) in outgoing chancellor Olaf ' +
      "Scholzer's coalition, said they would act as a constructive opposition.",
    noRels: [['MEMBER_OF', 'Olaf Scholzer', 'Social Democrats']],
  },
  {
    note: 'a past alliance from "who had governed with"',
    text:
      'Opposition\n\nThe Greens, who had governed with the Social Democrats (SPD) until March, said they would act ' +
      'as a constructive opposition.',
    rels: [['ALLIED_WITH', 'Greens', 'Social Democrats']],
    status: 'past',
  },
  {
    note: 'a plural party office names both people after it ("SPD co-leaders X and Y")',
    text:
      'Deal signed\n\nMerzel spoke in Berlin, flanked by Social Democrats (SPD) co-leaders Lars Klingbein and Saskia ' +
      'Esken-Ruhl.',
    rels: [
      ['MEMBER_OF', 'Lars Klingbein', 'Social Democrats'],
      ['MEMBER_OF', 'Saskia Esken-Ruhl', 'Social Democrats'],
    ],
  },
  {
    note: 'ALLIED_WITH from an appositive calling two coordinated parties partners',
    text:
      'Budget clash\n\nThe Civic Union Party (CUP) and the Green Left Party (GLP), the two largest partners in the ' +
      'Government of National Unity, clashed on Wednesday over the budget.',
    rels: [['ALLIED_WITH', 'Civic Union Party', 'Green Left Party']],
    status: 'current',
  },
  {
    note: "a meeting with a party's office holder named past the party's bracketed acronym is with the person",
    text:
      'Budget talks\n\nPrime Minister Halim Saadi met Northern Democratic Party (NDP) leader Rostam Kareem in Arbela ' +
      'on Saturday.',
    rels: [['MET_WITH', 'Halim Saadi', 'Rostam Kareem']],
    noRels: [['MET_WITH', 'Halim Saadi', 'Northern Democratic Party']],
  },
  {
    note: 'MEMBER_OF from "X, a spokeswoman for the PARTY" after a quotation',
    text: 'Row\n\n"We will not back down," said Jana Holm, a spokeswoman for the National Renewal Party (NRP).',
    rels: [['MEMBER_OF', 'Jana Holm', 'National Renewal Party']],
  },
  {
    note: 'no MEMBER_OF from "for the PARTY" after a word that is no office',
    text: 'Vote\n\nPetr Vasko, a lifelong voter for the National Renewal Party (NRP), said the count was fair.',
    noRels: [['MEMBER_OF', 'Petr Vasko', 'National Renewal Party']],
  },
  {
    note: 'two coordinated people who "had been members of" a party are both its past members',
    text: 'Old guard\n\nBoth Ilse Marant and Tomas Brel had been members of the Green Left Party (GLP) before 2010.',
    rels: [
      ['MEMBER_OF', 'Ilse Marant', 'Green Left Party'],
      ['MEMBER_OF', 'Tomas Brel', 'Green Left Party'],
    ],
    status: 'past',
  },
  {
    note: 'two coordinated people described as "both former members of" a party',
    text: 'Old guard\n\nIlse Marant and Tomas Brel, both former members of the Green Left Party (GLP), quit in 2012.',
    rels: [
      ['MEMBER_OF', 'Ilse Marant', 'Green Left Party'],
      ['MEMBER_OF', 'Tomas Brel', 'Green Left Party'],
    ],
    status: 'past',
  },
  {
    note: 'no MEMBER_OF when the party words after "for the" begin a longer name ("... Federation of Small Firms")',
    text:
      'Tax row\n\nThe Labour Federation (LF) backed the plan. Jon Marsh, a spokesman for the Labour Federation of ' +
      'Small Firms, said it was too late.',
    noRels: [['MEMBER_OF', 'Jon Marsh', 'Labour Federation']],
  },
  {
    note: "a leader who leads a coalition with a party makes the leader's party its ally",
    text:
      'Coalition row\n\nNRP leader Carla Benvenuti, who has led a right-wing coalition with the Civic Union Party ' +
      '(CUP) since 2022, played down the row.',
    rels: [['ALLIED_WITH', 'NRP', 'Civic Union Party']],
    noRels: [['ALLIED_WITH', 'Carla Benvenuti', 'Civic Union Party']],
  },
  {
    note:
      'a hyphened acronym coordinated with a faction-bracket party is a party, its tail written alone is the same ' +
      'party, and the two agreeing to form a coalition are (proposed) allies',
    text:
      'New government\n\nDHULIKHEL, July 2: The KPN-UDL and the KPN (Unity Centre) have agreed to form a new ' +
      'coalition government. UDL chair Khadga Olani will lead it for two years.',
    rels: [['ALLIED_WITH', 'KPN-UDL', 'KPN (Unity Centre)']],
    status: 'proposed',
  },
  {
    note: 'the tail of a hyphened party acronym, written alone before an office, is that party',
    text:
      'New government\n\nThe KPN-UDL and the KPN (Unity Centre) signed a coalition pact. UDL chair Khadga Olani will lead the ' +
      'government for two years.',
    rels: [['MEMBER_OF', 'Khadga Olani', 'KPN-UDL']],
  },
  {
    note: 'no accusation by the person a main verb takes as object, before a participle of a common-noun subject',
    text:
      'Opposition unites\n\nLeaders of the main opposition parties on Monday announced a coalition to challenge ' +
      'President Tomas Okafor in the election, accusing his National Renewal Congress (NRC) of ruining the economy.',
    noRels: [['ACCUSED', 'Tomas Okafor', 'National Renewal Congress']],
  },
  {
    note: 'an acronym opening a sentence before an office is the party ("NAP leader X said"), though tagged a common noun',
    text:
      'Reform vote\n\nThe National Action Party (NAP) lost the vote.\n\nNAP leader Jorge Romano said the vote was ' +
      'rigged.',
    rels: [['MEMBER_OF', 'Jorge Romano', 'National Action Party']],
  },
  {
    note: 'an accusation by a subject extended by "of the centrist X party"',
    text:
      'Opposition leader Yair Lavin of the centrist Future Now party accused Prime Minister Benny Nachman of ' +
      'corruption.',
    rels: [
      ['ACCUSED', 'Yair Lavin', 'Benny Nachman'],
      ['MEMBER_OF', 'Yair Lavin', 'Future Now'],
    ],
  },
  {
    note: 'a party and its (junior coalition) partner or allies named after it are allies',
    text:
      'Coalition news\n\nThe long-governing Liberal Progress Party (LPP) and its junior coalition partner, the Harmony ' +
      'Party, lost their majority on Sunday. The Renewal Movement and its allies, the Green Ecology Party (GEP) and the ' +
      "Labour Unity Party, hold a two-thirds majority. Prime Minister Anil Rahman's Hope Alliance (HA) coalition and " +
      'its ally National Front (NF) retained three states.',
    rels: [
      ['ALLIED_WITH', 'Liberal Progress Party', 'Harmony Party'],
      ['ALLIED_WITH', 'Renewal Movement', 'Green Ecology Party'],
      ['ALLIED_WITH', 'Renewal Movement', 'Labour Unity Party'],
      ['ALLIED_WITH', 'Hope Alliance', 'National Front'],
    ],
    status: 'current',
  },
  {
    note: '"X, once an ally of Y" is a tie of before',
    text: 'Election result\n\nThe Islamic Unity Party, once an ally of the National Democratic Party (NDP), came second.',
    rels: [['ALLIED_WITH', 'Islamic Unity Party', 'National Democratic Party']],
    status: 'past',
  },
  {
    note: 'a phrase of place or time between "allied" or "governed" and "with" is passed over',
    text:
      'Alliances\n\nThe National Rally Party is allied in the European Parliament with the Civic Union Party. Prime ' +
      "Minister Dov Nachum's Unity Party has governed since late 2022 with the Torah Party and the Zion Party.",
    rels: [
      ['ALLIED_WITH', 'National Rally Party', 'Civic Union Party'],
      ['ALLIED_WITH', 'Unity Party', 'Torah Party'],
      ['ALLIED_WITH', 'Unity Party', 'Zion Party'],
    ],
  },
  {
    note: 'a party that agreed a (budget) deal with another is its ally; a deal only hoped for or denied is not',
    text:
      'Budget\n\nThe Socialist Workers Party (SWP) agreed on Friday a budget deal with the Basque Regional Party ' +
      '(BRP), securing the votes it needs. The Green Ecology Party denied any deal with the Civic Party. The Farmers ' +
      'Party would sign a deal with the Harmony Party if its demands were met.',
    rels: [['ALLIED_WITH', 'Socialist Workers Party', 'Basque Regional Party']],
    noRels: [
      ['ALLIED_WITH', 'Green Ecology Party', 'Civic Party'],
      ['ALLIED_WITH', 'Farmers Party', 'Harmony Party'],
    ],
  },
  {
    note:
      'MEMBER_OF from "X, the PARTY\'s 2023 presidential candidate", "X and her PARTY", "PARTY of ousted Prime ' +
      'Minister X" and "X, president of the PARTY" (a first name that is a place\'s)',
    text:
      "Members\n\nPeter Okonjo, the Labour Party's 2023 presidential candidate, said the party would back a single " +
      'candidate. The vote handed President Clara Sheinberg and her Renewal Party a major victory. The Awami Unity ' +
      'League of ousted Prime Minister Hasina Karim was barred from the election. Meanwhile Jordan Bardell, president ' +
      'of the far-right National Rally Party (NRP), met business leaders.',
    rels: [
      ['MEMBER_OF', 'Peter Okonjo', 'Labour Party'],
      ['MEMBER_OF', 'Clara Sheinberg', 'Renewal Party'],
      ['MEMBER_OF', 'Hasina Karim', 'Awami Unity League'],
      ['MEMBER_OF', 'Jordan Bardell', 'National Rally Party'],
    ],
  },
  {
    note: 'no membership from "X and his PARTY critics" (the party word modifies a noun) or "the policies of X"',
    text: 'Rebels\n\nPrime Minister Ivo Brandt and his Labour Party critics met on Monday. The Labour Party policies of Ana Ruiz failed.',
    noRels: [['MEMBER_OF', 'Ivo Brandt', 'Labour Party']],
  },
  {
    note:
      'a party closing an appositive of an unknown subject is not the subject of the verb after it ("Third Force, an ' +
      'alliance of A and B, has governed with C")',
    text:
      "Coalition\n\nThird Force, an alliance of the centrist Forward Party and the Farmers' Party, has governed with " +
      'the Civic Party since December 2023.',
    rels: [['ALLIED_WITH', 'Forward Party', "Farmers' Party"]],
    noRels: [['ALLIED_WITH', "Farmers' Party", 'Civic Party']],
  },
  {
    note: '"X told reporters after meeting Y": the main clause\'s subject met Y',
    text:
      'Budget talks\n\n"This agreement gives us stability," Finance Minister Lucia Herranz told reporters in Madrid ' +
      'after meeting Basque Party spokesman Aitor Urrutia.',
    rels: [['MET_WITH', 'Lucia Herranz', 'Aitor Urrutia']],
  },
  {
    note: 'a cooperation agreement signed with another party makes allies; a met office holder after the office',
    text:
      'Finance bill\n\nThe Orange Unity Movement (OUM), which signed a cooperation agreement with the United Democratic ' +
      'Party (UDP) last year, said it would study the bill. Sindh Chief Minister Murad Ali Shahani, who met Prime ' +
      'Minister Shehbaz Sharafat in Islamabad last week, said the province had not received its share.',
    rels: [
      ['ALLIED_WITH', 'Orange Unity Movement', 'United Democratic Party'],
      ['MET_WITH', 'Murad Ali Shahani', 'Shehbaz Sharafat'],
    ],
  },
  {
    note:
      'MEMBER_OF from "PARTY (ACR), led by former President X, said" and "X, the Majority Leader and a PARTY (ACR) MP"; ' +
      'the party, not X, said it',
    text:
      'Land bill\n\nThe Spear of the Nation Party (SNP), led by former President Jacob Zumane, said the unity ' +
      'government was a marriage of convenience. But Kimani Ichungwa, the National Assembly Majority Leader and a ' +
      'United Democratic Alliance (UDA) MP, dismissed the claims.',
    rels: [
      ['MEMBER_OF', 'Jacob Zumane', 'Spear of the Nation Party'],
      ['MEMBER_OF', 'Kimani Ichungwa', 'United Democratic Alliance'],
    ],
  },
  {
    note: 'no membership from a list before "and the PARTY candidates"',
    text:
      'Filibuster\n\nThey spoke on topics such as George Washington, local authors and the Labour Party presidential ' +
      'candidates.',
    noRels: [['MEMBER_OF', 'George Washington', 'Labour Party']],
  },
  {
    note: '"X said his party had supported the Y" in reported speech allies the speaker\'s party with Y',
    text:
      "Finance award\n\nPakistan Peoples' Party (PPP) Chairman Bilawal Zardar said his party had supported the PML-N " +
      'in forming the government for the sake of the country.',
    rels: [['ALLIED_WITH', "Pakistan Peoples' Party", 'PML-N']],
  },
  {
    note: 'the party leading a named alliance ("the BJP-led National Democratic Alliance") is in it',
    text: 'Results\n\nThe KJP-led National Progressive Alliance (NPA) won a two-thirds majority in the assembly.',
    rels: [['ALLIED_WITH', 'KJP', 'National Progressive Alliance']],
  },
  {
    note:
      'MEMBER_OF from "Its leader, former President X," and "the Social Democrats (SPD) of outgoing Chancellor X"; ' +
      '"the JDP\'s ally, the NMP" are allies',
    text:
      'Election\n\nThe Liberal Party said it would announce its position. Its leader, former President Cesar Gavira, ' +
      'has criticised both candidates. The Conservatives will hold talks with the Social Democrats (SPD) of outgoing ' +
      "Chancellor Olaf Scholzer. The Justice Party's ally, the Nationalist Movement Party (NMP), also lost votes.",
    rels: [
      ['MEMBER_OF', 'Cesar Gavira', 'Liberal Party'],
      ['MEMBER_OF', 'Olaf Scholzer', 'Social Democrats'],
      ['ALLIED_WITH', 'Justice Party', 'Nationalist Movement Party'],
    ],
  },
  {
    note: 'parties that "governed with" each other until a collapse were allies before',
    text:
      'Election\n\nThe Greens, who governed with the Social Democrats until the coalition collapsed in November, lost ' +
      'ground.',
    rels: [['ALLIED_WITH', 'Greens', 'Social Democrats']],
    status: 'past',
  },
  {
    note: 'the same after a dateline ("ABUJA (AP) — Leaders of ...")',
    text:
      'Opposition unites\n\nABUJA (AP) — Leaders of the main opposition parties on Monday announced a coalition to ' +
      'challenge President Tomas Okafor in the election, accusing his National Renewal Congress (NRC) of ruining the ' +
      'economy.',
    noRels: [['ACCUSED', 'Tomas Okafor', 'National Renewal Congress']],
  },
  {
    note: '"The party\'s presidential candidate in the 2024 election, X," is a member of the one party named just before',
    text:
      'Arrests\n\nFormer President Nana Akuffo, who led the New Patriotic Party (NPP) government until January, has ' +
      "not commented. The party's presidential candidate in the 2024 election, Mahamudu Bawumia, said it would not " +
      'be intimidated.',
    rels: [['MEMBER_OF', 'Mahamudu Bawumia', 'New Patriotic Party']],
  },
  {
    note: '"Lee\'s Democratic Party controls parliament": a possessor\'s party before a verb read as a plural noun',
    text: "Diplomacy\n\nPresident Lee Jae-myung spoke. Lee's Democratic Party controls parliament.",
    rels: [['MEMBER_OF', 'Lee Jae-myung', 'Democratic Party']],
  },
  {
    note: 'a party closing an appositive past its bracketed acronym is not the subject ("X, an alliance of A and B (BB), has governed with C")',
    text:
      "Coalition\n\nThird Force, an alliance of the centrist Forward Party and the Farmers' Party (FP), has governed " +
      'with the Civic Party since December 2023.',
    noRels: [['ALLIED_WITH', "Farmers' Party", 'Civic Party']],
  },
  {
    note: 'the object of a preposition that is the subject of a gerund acts ("the spectacle of X denouncing Y")',
    text:
      'Talks\n\nThe rupture over the deal led to the spectacle of Mr. Tomas Brel denouncing Ivo Marsh in a speech to ' +
      'parliament.',
    rels: [['ACCUSED', 'Tomas Brel', 'Ivo Marsh']],
  },
];
