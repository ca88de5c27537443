// Head words that make a capitalised phrase a political party or alliance, and head words of organisations
// that are not parties (outlets, courts, commissions, parliaments, governments, companies).
import { wordSet } from './words.js';

/** A capitalised phrase ending in (or built around) one of these is a party: "the X Party", "X League". */
export const PARTY_HEADS = wordSet(`party parties partei parti partido partito partij partiet puolue strana stranka
  league movement front alliance congress union bloc coalition federation rally tehreek tehrik jamaat jamiat jamiyat
  ittehad mahaz awami muttahida dal sangh morcha samaj samajwadi janata sena kazhagam munnetra samiti parishad
  frente movimiento movimento unión unione unidad fuerza alianza ligue rassemblement mouvement bündnis bundnis
  liga sojusz koalicja pakatan barisan perikatan gerakan nasional harapan partai golkar gerindra
  democrats republicans conservatives socialists liberals greens communists nationalists labourites tories
  unionists populists libertarians independents`);

/** Head words that make a party an alliance of parties rather than one party. */
export const ALLIANCE_HEADS = wordSet(`alliance bloc coalition pakatan barisan perikatan alianza bündnis
  bundnis koalicja`);

/** Head words of organisations that are not parties: outlets, courts, commissions, bodies of state, companies. */
export const ORG_HEADS = wordSet(`
  commission commissions committee committees council councils court courts tribunal bureau agency agencies
  authority authorities ministry ministries department departments office offices service services
  assembly assemblies parliament parliaments senate house chamber chambers cabinet government governments
  administration secretariat board boards institute institution institutions foundation foundations
  university universities college school schools academy society association associations federation-of
  corporation corp corp. company companies inc inc. ltd ltd. plc llc group groups bank banks fund funds
  partners associates consulting consultants consultancy realty stores research lab labs laboratory
  laboratories systems holdings ventures investments industries enterprises solutions technologies
  pharmaceuticals airlines airways motors studios productions entertainment communications strategies
  advisors advisers insurance securities
  teachers employees retail retailers brigades engineers nurses doctors physicians miners students trades
  journalists pilots drivers dockers liberties manufacturers merchants employers bankers lawyers chambers
  news times post journal herald tribune guardian telegraph gazette express mail mirror observer chronicle
  daily weekly radio television tv channel network networks press agency media magazine newspaper
  broadcasting broadcaster programme program show
  police army navy force forces military command guard guards
  hospital clinic church mosque temple cathedral
  club team fc corps
  center centre museum library
  street road avenue square lane bridge palace hall station airport port stadium park
  accountability election elections poll polls census summit conference forum
  treaty act bill law accord constitution charter
  exchange market markets index
  trust trusts project
  prison prisons jail review strategy scheme policy declaration convention provisions controls disease diseases
  syndrome sclerosis regiment battalion rifles highlanders fusiliers auxiliary agenda initiative leisure capital
  report division directorate inspectorate
  county city district province region valley island river lake mountain beach prize award realm tower dome
  village exhibition festival gallery theatre theater hotel restaurant cafe mall arena cup games day eve
  anniversary holiday dewan majlis sabha bundestag bundesrat duma knesset sejm cortes storting riksdag
`);

/** Capitalised words in news that never start or make up a person's name. */
export const NON_NAME_WORDS = wordSet(`
  the a an this that these those there here it its he she they we i you his her their our my your
  and or but if so as at by for from in into of on to with without after before during since until
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  today yesterday tomorrow tonight
  mr mrs ms dr sir
  government parliament cabinet opposition minister ministers prime president ministry state states
  national federal provincial regional international global central local general
  north south east west northern southern eastern western central northeast northwest southeast southwest
  new old great grand upper lower greater
  party parties league movement congress assembly senate house court commission committee council
  election elections poll polls vote votes campaign budget bill act law
  king queen prince princess emperor
  god allah lord
  eid ramadan diwali holi christmas easter hanukkah passover nowruz vesak
  breaking update exclusive analysis opinion editorial comment video photo photos watch read
  however meanwhile earlier later also still even yet then now
  chief deputy shadow acting former ex interim caretaker
  some many most all every each other another several few both either neither
  islamic muslim christian jewish hindu sikh buddhist catholic protestant
  republican democratic democrat liberal conservative socialist communist labour labor green
  covid coronavirus internet twitter facebook whatsapp youtube instagram tiktok google
  mp mps mna mnas mep
  critics voters officials analysts experts observers residents protesters supporters opponents lawmakers leaders
  sources aides diplomats economists investors officers witnesses activists organisers organizers citizens people
  students workers farmers members delegates demonstrators commentators pollsters insiders republicans democrats
  day eve week weekend holiday anniversary
`);

/** Acronyms that are never parties: countries, blocs of states, outlets, agencies, common abbreviations. */
export const NON_PARTY_ACRONYMS = wordSet(`
  us usa u.s. u.s.a. uk u.k. eu e.u. un u.n. uae ussr gb nato asean saarc opec oic au g7 g8 g20 brics imf wto who
  bbc itv gmtv cnn abc nbc cbs fox msnbc npr pbs ap afp upi ani ians ary geo dawn nyt wsj ft rt sky
  fbi cia nsa dhs doj dod irs sec fda epa fema nasa nhs mod fco dfid hmrc ons ofsted kgb fsb gchq mi5 mi6 ice tsa
  atf dea nsc itn vp pac pacs
  isi isis isil nab ecp fia sc ihc lhc shc nadra pemra
  ceo cfo coo mp mps mna mnas mpa mpas mla mlas mep meps msp am pm dpm cm fm dnc rnc
  gdp gnp vat tv pr it ai id pdf usd gbp eur pkr inr am pm bc ad ok ps
  covid aids hiv sars
  lgbt lgbtq lgbtq+ lgbtqia
  ngo ngos nhs police
  jr sr ii iii iv
`);

/** Words of the names of blocs and bodies of states, not of parties: "Economic Community of West African States",
 * "Shanghai Cooperation Organisation". */
export const STATE_BLOC_WORDS = wordSet(`states nations countries community cooperation organisation organization
  organisations organizations treaty`);

/** Nouns that say an acronym next to them names a union, a company or a campaign, not a party: "the PCS union",
 * "the data firm L2", "campaigners HACAN". */
export const ORG_NOUNS = wordSet(`union unions company companies firm firms outfit agency agencies charity charities
  campaigners organisation organization organisations organizations network operator regulator watchdog lobby
  airline carrier website newspaper broadcaster insurer retailer giant manufacturer maker publisher bank
  consultancy contractor contractors startup conglomerate`);

/** Words of sport and of events that make a name with a party head word something else: "American League
 * Championship Series", "United States Football League". */
export const NON_PARTY_NAME_WORDS = wordSet(`football baseball basketball hockey soccer cricket rugby softball
  volleyball championship championships series tournament olympic olympics marathon racing motorsport wrestling
  boxing athletics golf tennis sports sport fans unions trades`);
