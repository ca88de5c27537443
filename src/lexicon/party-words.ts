// Generic words for parties: ideological names used as party names around the world ("Labour", "the Greens"),
// party-role nouns that make the word before them a party ("X MP", "X leader"), and institutions that take
// the same roles without being parties ("Kremlin spokesman"), words that stand before a party's name without being
// part of it ("Senior Tories"), and the nicknames that name the same party as an ideology word ("Tories").
import { wordSet } from './words.js';

/** Capitalised, these words name a party (singular or plural, as a noun or an adjective). */
export const IDEOLOGY_PARTY_WORDS = wordSet(`labour labor tory tories conservative conservatives liberal liberals
  democrat democrats republican republicans socialist socialists green greens communist communists nationalist
  nationalists unionist unionists labourite labourites dem dems libdem libdems gop`);

/** Role nouns that belong to a party: the capitalised word before them is a party ("Labour MP"). */
export const PARTY_ROLE_NOUNS = wordSet(`
  leader leaders leadership mp mps mep meps mna mnas mpa mpas mla mlas msp msps candidate candidates
  co-chairman co-chairwoman co-chair chairman chairwoman chairperson spokesman spokeswoman spokesperson
  spokespeople treasurer whip whips member members activist activists supporter supporters voter voters
  lawmaker lawmakers legislator legislators senator senators congressman congresswoman politician politicians
  peer peers councillor councillors councilor councilors backbencher backbenchers frontbencher frontbenchers
  heavyweight heavyweights stalwart stalwarts loyalist loyalists rebel rebels manifesto conference campaign
  nominee nominees primary primaries ticket worker workers delegate delegates convener convenor chief chiefs
  president deputy government governments administration minority majority party figure figures veteran
  veterans insiders insider colleague colleagues grandee grandees frontbench backbench benches bench
  parliamentarian parliamentarians founder co-founder secretary-general vice-president vice-chairman
  strategist strategists donor donors treasurer election-campaign campaigners campaigner cadre cadres
  lawmaker mla mlc rival rivals ally allies dissident dissidents co-leader co-leaders coordinator
  co-ordinator organiser organizer
`);

/** Capitalised words that take party roles ("Kremlin spokesman") without being parties. */
export const NON_PARTY_MODIFIERS = wordSet(`kremlin pentagon vatican treasury palace downing elysee foreign home
  holyrood stormont capitol
  defence defense justice state army police navy white whitehall westminster cabinet commons lords senate house
  city county council government federal provincial national regional local union european international
  trade health education finance interior transport environment culture energy business industry
  royal presidential parliamentary ministerial opposition shadow campaign election
`);

/** Capitalised words that open a phrase before a party's name without being part of it: "Senior Tories said",
 * "Top Republican Party donor", "Presumptive GOP nominee", "Fellow Democrats". */
export const NON_PARTY_OPENERS = wordSet(`senior top leading fellow presumptive prominent establishment mainstream
  local grassroots rank many some most other several few all both former ex rebel rebellious dissident disaffected
  veteran key influential powerful hardline angry frustrated wealthy sitting incumbent defeated victorious elected
  die-hard diehard disgruntled unhappy loyal minority majority legislative remote presumed
  would-be potential possible likely`);

/** Roles a well-known person's followers share with a party's: "Trump ticket", "Stein voters". A single word that is
 * not an acronym needs a party's own role ("leader", "MPs", "manifesto") or another party cue besides these. */
export const FOLLOWER_ROLES = wordSet(`supporter supporters voter voters ticket backers fans loyalists`);

/** Nicknames that name the same party as an ideology word, for one key: "the Tories" are "the Conservatives". */
export const PARTY_WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['tory', 'conservative'],
  ['tories', 'conservative'],
]);

/** Words between "the" and a capitalised name that make the name a party's: "the ruling X", "the far-right X",
 * "the centrist X (ACR)". Outlets, bodies, places and people after them are told apart by the name itself. */
export const PARTY_CUE_WORDS = wordSet(`far-right far-left hard-right hard-left right-wing left-wing centrist
  centre-left centre-right center-left center-right nationalist ultranationalist ultra-nationalist populist
  ruling governing opposition marxist leftist rightist maoist`);

/** Words that name a party after a capitalised "The" inside a sentence: "with KO and The Left" (not "on the left"). */
export const THE_PARTY_WORDS = wordSet(`left`);
