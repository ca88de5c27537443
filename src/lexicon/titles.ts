// Honorifics (part of how a person is addressed) and role titles (offices and party roles), with the gender
// an honorific or role implies where it implies one.
import { phraseSet, wordSet } from './words.js';

/** Honorifics written before a name; multiword ones are matched word by word. */
export const HONORIFICS = phraseSet(`mr | mr. | mrs | mrs. | ms | ms. | miss | dr | dr. | prof | prof. | professor |
  sir | dame | lord | lady | baroness | baron | viscount | earl | rev | rev. | reverend | maulana | mufti | sheikh |
  shaikh | syed | sayed | hafiz | qazi | pir | makhdoom | sardar | chaudhry | chaudhary | mian | khawaja | begum |
  barrister | advocate | datuk | dato | dato' | datin | datuk seri | dato seri | tan sri | puan sri | tun | toh puan |
  seri | shri | sri | smt | smt. | kumari | alhaji | alhaja | alh. | hajia | mallam | oba | obi | igwe | chief | pandit | imam | ayatollah | hojatoleslam | rabbi | father | bishop |
  archbishop | cardinal | emir | sultan | raja | tunku | tengku | haji | hajjah | ustaz | comrade | gen | gen. |
  general | col | col. | colonel | maj | maj. | major | capt | capt. | captain | lt | lt. | brig | brig. |
  brigadier | admiral | marshal | field marshal | sen | sen. | rep | rep. | gov | gov. | pres | pres. | del. | hon |
  hon. | honourable | honorable | monsieur | madame | mme | herr | frau | senor | señor | senora | señora | don |
  doña | dona | justice | judge | mayor | senator | president | premier | chancellor | governor | minister |
  congressman | congresswoman | ambassador | speaker | king | queen | prince | princess | crown prince |
  crown princess | pope | president-elect`);

/** Honorifics that stay part of a person's usual name ("Sir Digby Jones", "Lord Ashcroft"). */
export const NAME_HONORIFICS = phraseSet(`sir | dame | lord | lady | baroness | baron | viscount | earl | maulana |
  mufti | sheikh | shaikh | syed | makhdoom | sardar | chaudhry | khawaja | mian | begum | datuk seri | dato seri |
  tan sri | puan sri | tun | toh puan | datuk | dato | datin | king | queen | prince | princess | emir | sultan |
  tunku | tengku | ayatollah | pope | imam | alhaji | alhaja`);

export const MALE_HONORIFICS = phraseSet(`mr | mr. | sir | lord | baron | viscount | earl | maulana | mufti |
  sheikh | shaikh | king | prince | crown prince | emir | sultan | herr | monsieur | senor | señor | don | father | rabbi |
  congressman | chairman | spokesman | alderman | councilman | assemblyman | tunku | datuk | dato | tan sri | tun`);
export const FEMALE_HONORIFICS = phraseSet(`mrs | mrs. | ms | ms. | miss | dame | lady | baroness | begum | datin |
  puan sri | toh puan | smt | smt. | kumari | queen | princess | crown princess | frau | madame | mme | senora | señora | doña |
  dona | congresswoman | chairwoman | spokeswoman | alderwoman | councilwoman | assemblywoman | businesswoman |
  sister`);

/** Role nouns: offices and party roles. Used before a name ("Tory leader X"), after ("X, a Labour MP"), and alone. */
export const ROLE_NOUNS = wordSet(`
  president vice-president premier chancellor minister ministers secretary secretaries governor governors
  senator senators congressman congresswoman representative representatives mp mps mep meps mna mnas mpa mpas
  mla mlas msp msps am lawmaker lawmakers legislator legislators parliamentarian parliamentarians
  mayor alderman alderwoman aldermen councilman councilwoman councilmember assemblyman assemblywoman
  assemblymember selectman sheriff speaker leader leaders chairman chairwoman chair chairperson co-chairman co-chair spokesman spokeswoman
  spokesperson spokespeople convener convenor co-convener secretary-general deputy deputies ambassador
  attorney-general commissioner director candidate candidates nominee nominees treasurer whip whips
  member members activist activists founder co-founder chief head boss official officials adviser advisers
  advisor advisors aide aides strategist strategists campaigner campaigners organiser organizer councillor
  councillors councilor councilors peer peers backbencher backbenchers frontbencher veteran veterans colleague
  colleagues politician politicians figure figures heavyweight heavyweights loyalist loyalists supporter
  supporters stalwart stalwarts delegate delegates negotiator negotiators envoy envoys president-elect
  chief-minister cm pm dpm fm mep ceo founder patron vice-chairman vice-chair deputy-leader stateswoman statesman
  governor-general premier-elect prime-minister rebel rebels insider insiders dissident dissidents
`);

/** Occupations news writes before a name like a title ("Actress X", "Economist X"), besides ROLE_NOUNS. */
export const PROFESSION_NOUNS = wordSet(`actress actor singer rapper comedian comedienne author novelist columnist
  commentator journalist reporter correspondent broadcaster presenter anchor historian economist analyst professor
  scholar lawyer attorney barrister solicitor businessman businesswoman billionaire entrepreneur
  investor banker pollster filmmaker musician artist poet playwright pastor preacher evangelist cleric imam rabbi
  staff justices editor publisher producer writer blogger physician surgeon scientist researcher consultant
  executive host co-host cohost moderator farmer fisherman pensioner teacher nurse welshman scotsman englishman
  irishman`);

/** Role words that only ever name an office, so "the X" refers to one person ("the Sindh governor"). */
export const OFFICE_NOUNS = wordSet(`president premier chancellor minister secretary governor senator mayor speaker
  leader chairman chairwoman chair spokesman spokeswoman spokesperson convener convenor ambassador
  commissioner director treasurer whip chief co-chairman co-chair`);

/** Multiword offices that precede a name ("Prime Minister X", "Home Secretary X", "Chief Minister X"). */
export const OFFICE_PHRASES = phraseSet(`prime minister | deputy prime minister | chief minister | foreign minister |
  foreign secretary | home secretary | home minister | interior minister | finance minister | defence minister |
  defense minister | defence secretary | defense secretary | health secretary | health minister | education secretary |
  education minister | justice secretary | justice minister | culture secretary | trade secretary | business secretary |
  work and pensions secretary | environment secretary | transport secretary | northern ireland secretary |
  scotland secretary | wales secretary | chief secretary | first minister | deputy first minister | secretary of state |
  shadow chancellor | shadow home secretary | shadow foreign secretary | shadow secretary | attorney general |
  solicitor general | chief justice | vice president | vice-president | secretary general | secretary-general |
  general secretary | deputy leader | party leader | opposition leader | leader of the opposition | chief whip |
  majority leader | minority leader | house speaker | senate majority leader | national security adviser |
  press secretary | chief of staff | governor general | lieutenant governor | state minister | minister of state |
  union minister | cabinet minister | cabinet secretary | information minister | law minister | planning minister |
  deputy convener | deputy chairman | deputy speaker | president-elect | prime minister-designate`);

/** Offices abbreviated before a name ("Florida Sen. X", "Lt. Gov. Y"), spelled out when titles are compared. */
export const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['pres', 'president'],
  ['lt', 'lieutenant'],
  ['atty', 'attorney'],
  ['del', 'delegate'],
]);

/** Role words that say the tie to a party is past. */
export const PAST_ROLE_MARKERS = wordSet(`former ex ex- erstwhile one-time onetime then-`);

/** Offices written as capital letters before a name ("AG Lenz", "DA Ruiz"), never a person's given initials. */
export const ROLE_ABBREVIATIONS = wordSet(`ag da dg ig dig sp ssp dsp dc sdm cj gm md vc dj ceo cto cfo coo evp svp
  mp mla mna mpa mep msp pm dpm cm fm vp rep sen gov`);
