// A small gazetteer: countries, regions, and large cities, plus nationality and group words, so places and
// nationalities are not taken for people or parties. Generic geography, not tied to any article.
import { phraseSet } from './words.js';

export const PLACES = phraseSet(`
afghanistan | albania | algeria | andorra | angola | argentina | armenia | australia | austria | azerbaijan |
bahamas | bahrain | bangladesh | barbados | belarus | belgium | belize | benin | bhutan | bolivia | bosnia |
botswana | brazil | brunei | bulgaria | burkina faso | burundi | cambodia | cameroon | canada | chad | chile |
china | colombia | congo | costa rica | croatia | cuba | cyprus | czech republic | czechia | denmark | djibouti |
dominica | ivory coast | côte d'ivoire | ecuador | egypt | el salvador | eritrea | estonia | eswatini | ethiopia | fiji | finland | france |
gabon | gambia | georgia | germany | ghana | greece | grenada | guatemala | guinea | guyana | haiti | honduras |
hungary | iceland | india | indonesia | iran | iraq | ireland | israel | italy | jamaica | japan | jordan |
kazakhstan | kenya | kiribati | korea | north korea | south korea | kosovo | kuwait | kyrgyzstan | laos | latvia |
lebanon | lesotho | liberia | libya | liechtenstein | lithuania | luxembourg | madagascar | malawi | malaysia |
maldives | mali | malta | mauritania | mauritius | mexico | moldova | monaco | mongolia | montenegro | morocco |
mozambique | myanmar | burma | namibia | nauru | nepal | netherlands | holland | new zealand | nicaragua | niger |
nigeria | north macedonia | macedonia | norway | oman | pakistan | palau | palestine | panama | papua new guinea |
paraguay | peru | philippines | poland | portugal | qatar | romania | russia | rwanda | samoa | san marino |
saudi arabia | senegal | serbia | seychelles | sierra leone | singapore | slovakia | slovenia | somalia |
south africa | south sudan | spain | sri lanka | sudan | suriname | sweden | switzerland | syria | taiwan |
tajikistan | tanzania | thailand | togo | tonga | trinidad | tunisia | turkey | turkiye | turkmenistan | tuvalu |
uganda | ukraine | united arab emirates | united kingdom | united states | america | uruguay | uzbekistan |
vanuatu | vatican | venezuela | vietnam | yemen | zambia | zimbabwe | britain | great britain | england |
scotland | wales | northern ireland | europe | asia | africa | south asia | middle east | latin america |
north america | south america | gulf | balkans | caucasus | scandinavia | kashmir | gaza | west bank | crimea |
donbas | tibet | xinjiang | hong kong | macau | greenland | puerto rico | catalonia | basque country | bavaria |
flanders | wallonia | quebec | ontario | alberta | british columbia | punjab | sindh | balochistan | baluchistan |
khyber pakhtunkhwa | gilgit-baltistan | azad kashmir | islamabad | karachi | lahore | peshawar | quetta |
rawalpindi | multan | faisalabad | hyderabad | kerala | tamil nadu | karnataka | maharashtra | gujarat |
rajasthan | uttar pradesh | madhya pradesh | bihar | west bengal | bengal | odisha | assam | telangana |
andhra pradesh | haryana | jharkhand | chhattisgarh | delhi | new delhi | mumbai | kolkata | chennai |
bengaluru | bangalore | dhaka | kathmandu | colombo | kabul | tehran | baghdad | damascus | beirut | amman |
riyadh | doha | dubai | abu dhabi | cairo | ankara | istanbul | jerusalem | tel aviv | moscow | kyiv | kiev |
minsk | warsaw | berlin | munich | hamburg | frankfurt | cologne | paris | lyon | marseille | brussels |
amsterdam | the hague | rotterdam | madrid | barcelona | lisbon | rome | milan | naples | vienna | prague |
budapest | bucharest | sofia | athens | belgrade | zagreb | stockholm | oslo | copenhagen | helsinki | dublin |
belfast | london | edinburgh | glasgow | cardiff | manchester | liverpool | birmingham | leeds | sheffield |
bristol | newcastle | gateshead | leicester | nottingham | brighton | oxford | cambridge | westminster |
whitehall | downing street | washington | new york | los angeles | chicago | houston | boston | miami |
atlanta | philadelphia | san francisco | seattle | detroit | dallas | denver | phoenix | las vegas |
milwaukee | cleveland | iowa | new hampshire | south carolina | north carolina | nevada | florida | texas |
california | ohio | michigan | pennsylvania | virginia | west virginia | wisconsin | minnesota | illinois |
indiana | kentucky | tennessee | alabama | mississippi | louisiana | arkansas | missouri | kansas | nebraska |
oklahoma | colorado | utah | arizona | new mexico | montana | wyoming | idaho | oregon | alaska | hawaii |
maine | vermont | massachusetts | connecticut | rhode island | new jersey | delaware | maryland | georgia |
north dakota | south dakota | beijing | shanghai | tokyo | seoul | pyongyang | taipei | bangkok | hanoi |
jakarta | kuala lumpur | putrajaya | selangor | johor | penang | sabah | sarawak | manila | singapore |
sydney | melbourne | canberra | wellington | auckland | ottawa | toronto | montreal | vancouver |
mexico city | havana | caracas | bogota | lima | santiago | buenos aires | brasilia | sao paulo |
rio de janeiro | nairobi | lagos | abuja | johannesburg | cape town | pretoria | addis ababa | khartoum |
kampala | harare | accra | dakar | algiers | tunis | tripoli | rabat | casablanca | somerset | dorset |
torbay | basingstoke | shrewsbury | cornwall | devon | kent | essex | surrey | sussex | yorkshire |
lancashire | south west | north east | north west | south east | midlands | west midlands | east midlands |
home counties | the north | the south | commons | house of commons | house of lords | capitol hill |
wall street | silicon valley | europe | district of columbia | highland
`);

/** Words that open a place name ("Kuala Terengganu", "Port Alder", "Mount Abu"): a name starting so is a place. */
export const PLACE_OPENERS =
  phraseSet(`kuala | kota | bandar | pulau | sungai | tanjung | port | fort | mount | lake | saint | san |
santa | los | las | new | north | south | east | west | upper | lower | greater | cape | bay`);

/** Words that close a place name ("Lahore District", "Sindh Province", "Orange County"). */
export const PLACE_CLOSERS =
  phraseSet(`county | city | town | province | district | state | valley | bay | island | islands |
hills | heights | borough | shire | nagar | abad | pur | ville | burg | stadt | village`);

/** Nationality and demonym words: never a person, never (alone) a party. */
export const DEMONYMS = phraseSet(`
american | americans | british | briton | britons | english | scottish | scots | welsh | irish | european |
europeans | pakistani | pakistanis | indian | indians | chinese | japanese | korean | koreans | russian |
russians | ukrainian | ukrainians | german | germans | french | italian | italians | spanish | spaniards |
portuguese | dutch | belgian | belgians | swiss | austrian | austrians | polish | poles | czech | hungarian |
hungarians | greek | greeks | turkish | turks | iranian | iranians | iraqi | iraqis | syrian | syrians |
israeli | israelis | palestinian | palestinians | saudi | saudis | egyptian | egyptians | afghan | afghans |
bangladeshi | bangladeshis | sri lankan | nepali | nepalese | malaysian | malaysians | indonesian |
indonesians | thai | vietnamese | filipino | filipinos | australian | australians | canadian | canadians |
mexican | mexicans | brazilian | brazilians | argentine | argentinian | nigerian | nigerians | kenyan |
kenyans | african | africans | asian | asians | arab | arabs | muslim | muslims | christian | christians |
jew | jews | jewish | hindu | hindus | sikh | sikhs | buddhist | buddhists | catholic | catholics |
protestant | protestants | western | westerners | sindhi | punjabi | pashtun | baloch | kashmiri | kurdish |
kurds | sunni | shia | shiite | latino | latinos | hispanic | hispanics | black | white | asian-american |
african-american | scandinavian | nordic | balkan | arabian | persian | malay | tamil | bengali | urdu | hindi |
soviet | philippine | argentine | levantine | baltic | hutu | hutus | tutsi | tutsis | uighur | uyghur | rohingya |
yazidi | druze | alawite | zulu | xhosa | yoruba | igbo | hausa | fulani | kikuyu | tajik | uzbek | hazara |
berber | bedouin | maori | inuit | roma
`);

/** A word shaped like a nationality ("Libyan", "Maltese", "Qatari", "Danish"), for the many DEMONYMS does not list. */
export const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/** Plural capitalised words that name groups of people but not parties ("the Americans", "the Commons"). */
export const NON_PARTY_GROUPS = phraseSet(`
americans | britons | europeans | pakistanis | indians | russians | ukrainians | germans | italians | israelis |
palestinians | saudis | iraqis | syrians | iranians | afghans | africans | asians | arabs | muslims | christians |
jews | hindus | sikhs | kurds | commons | lords | olympics | games | times | news | nations | states | emirates |
islands | isles | alps | americas | philippines | netherlands | midlands | highlands | lowlands | maldives |
beatles | rolling stones | supreme | police | talks | polls | elections | results | reds | blues | whites
`);
