"""Generic word lists the extractor relies on: data, not code.

Nothing here names a particular article's people, groups or places: only
titles, number words, event and casualty vocabulary, place-type words and
demonyms.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as one space-separated string."""
    return frozenset(text.split())


# Honorifics, ranks and offices written before a person's name.
PERSON_TITLES = word_set("""
    mr mrs ms miss dr dr. prof prof. sir dame sheikh shaikh haji hadji hajji alhaji mullah mulla maulvi maulana mawlawi
    mufti qari hafiz imam ayatollah commander cmdr gen gen. general lt lt. lieutenant col col. colonel maj maj. major
    capt capt. captain brig brig. brigadier sgt sgt. sergeant cpl cpl. corporal pvt pvt. private havildar naik sepoy
    lance subedar constable inspector sub-inspector superintendent ssp dsp sp asp dig igp president minister premier
    governor senator judge justice spokesman spokeswoman chief head deputy senior marshal admiral ambassador emir amir
    father bishop rev rev. reverend
    commissioner naib risaldar jamadar subedar-major sheriff chairman chairwoman secretary mayor councillor councilor
    lawmaker legislator mp cleric pastor prince king queen pope patriarch marshal warlord ustad syedna
    u daw ma kachalla patrolman patrullero subintendant subintendente intendente officer patrolwoman policeman
    policewoman trooper detective commandant
    rep rep. sen sen. congressman congresswoman chancellor spokesperson
    dg adg jawan adviser advisor prosecutor ig
    commodore comrade cde dcp acp
    """)
# Head words that open an organisation's name in Spanish, Portuguese, French or Arabic transliteration
# ("Frente X", "Caballeros X", "Wilayat X", "Jaish X"): a name that starts with one is not a person.
NAME_INITIAL_HEADS = word_set(
    "frente ejercito ejército movimiento cartel cártel carteles cárteles caballeros fuerzas brigada brigadas "
    "comando autodefensas guerrilla clan los las wilayat wilaya jaish jaysh liwa harakat hizb "
    "katibat katiba jamaat jamaa jama'a jama'at tehreek tehrik lashkar ansar ahrar junud majlis saraya faylaq"
)
# Title words that may stand alone before a name but never form part of one.
MULTIWORD_TITLES = (
    "lance naik",
    "head constable",
    "lieutenant colonel",
    "lieutenant general",
    "major general",
    "brigadier general",
    "superintendent of police",
    "senior superintendent of police",
    "sub-inspector",
    "assistant sub-inspector",
    "station house officer",
    "prime minister",
    "vice president",
    "vice-president",
    "director general",
    "director-general",
    "inspector general",
    "inspector-general",
    "attorney general",
    "attorney-general",
    "secretary general",
    "secretary-general",
)

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "half a dozen": 6,
    "dozen": 12,
    "a hundred": 100,
    "a single": 1,
    "single": 1,
    "both": 2,
    "twin": 2,
    "a pair of": 2,
}

# The words a spelt-out compound joins: "twenty-one" (tens and a unit), "two dozen" (a unit times twelve). Read from
# NUMBER_WORDS, so that no list of number words is written twice.
TENS_WORDS = tuple(w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10) and " " not in w)
DIGIT_WORDS = tuple(
    w
    for w, n in NUMBER_WORDS.items()
    if 1 <= n <= 9 and " " not in w and w not in ("a", "an", "single", "both", "twin")
)

# Verbs a rising death toll takes: "the toll rose to 11", "has climbed to 23".
TOLL_RISE_VERBS = r"rose|risen|climbed|jumped|increased|reached"

# Verbs that tell a death without "killed": "another guard died", "the boy succumbed to his wounds", "the clerk
# passed away in hospital". (Counts read them after "another"; tolls take them as a death told.)
DIED_VERBS = r"died|perished|succumbed|passed\s+away"

# Road vehicles a bomb is driven or hidden in: "a suicide lorry bomb", "a parked rickshaw exploded".
VEHICLE_WORDS = r"vehicle|car|bus|minibus|truck|lorry|van|tanker|motorcycle|motorbike|rickshaw"

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# A weekday's name as a regex, capitalised as news copy writes it: "(?:Monday|Tuesday|...|Sunday)".
WEEKDAY_NAMES = "(?:" + "|".join(name.capitalize() for name in WEEKDAYS) + ")"

# Words after a place name that say what kind of place it is.
PLACE_KIND_WORDS = {
    "province": "admin1",
    "state": "admin1",
    "governorate": "admin1",
    "region": "admin1",
    "department": "admin1",
    "oblast": "admin1",
    "district": "admin2",
    "county": "admin2",
    "tehsil": "admin2",
    "agency": "admin2",
    "division": "admin2",
    "territory": "admin2",
    "circle": "admin2",
    "cercle": "admin2",
    "prefecture": "admin2",
    "municipality": "admin2",
    "city": "city",
    "town": "city",
    "village": "city",
    "island": "city",
}
# Words after a capitalised name that make it a site or a region not in the gazetteer.
SITE_WORDS = word_set(
    "mosque school hospital market bazaar shrine church temple camp checkpoint airport university college "
    "stadium hotel prison jail cantonment base academy seminary madrassa madrasa compound square bridge lines barracks "
    "park reserve airbase port harbour harbor refinery dam complex gymnasium gym"
)
# What a named centre that treats people does: "Medical Center", "Trauma Centre", "Health Center", "Emergency Center"
# (where the wounded are taken, not where the attack was).
CARE_CENTRE_KINDS = word_set("medical trauma health cancer hospital emergency")
# ... and of any named centre that is a building, a site and not a body: it treats people, holds them ("Detention
# Centre") or gathers them ("Cultural Centre", "Memorial Centre"); a "Policy Center" or "Research Centre" is a body.
BUILDING_CENTRE_KINDS = CARE_CENTRE_KINDS | word_set("detention cultural memorial")


def building_centre(kind: str, centre: str) -> bool:
    """Is "<kind> Centre" a building ("Medical Center", "Cultural Centre"), read from the word right before it ("the
    National Emergency Operations Centre" is a body: its kind is "Operations")?"""
    return centre.lower() in ("center", "centre") and kind.lower() in BUILDING_CENTRE_KINDS


# Institutions a town names after itself, written capitalised: "Kelmar University", "Alder Technical College" (not
# streets, roads, bridges or squares, named after the town they lead to; not hospitals, as often named after a person
# or a quarter as after their town; not airports, for the same reason, as gazetteer_mentions._lower_site_after says of
# the lower-case "airport"; not markets, as often named after another town or a quarter as after their own).
TOWN_NAMED_INSTITUTIONS = word_set("university college school academy prison jail stadium complex")
# Street and venue words whose named instance is a site, always written with the word: "the Kandi roundabout",
# "Ferry Junction", "Lakeside Hall", "the Ruritanian embassy" (a state's mission: its people's name says which). Kept
# apart from SITE_WORDS, which the group rules also read ("the Ruritanian Embassy said" is a body).
STREET_SITE_WORDS = word_set("roundabout junction chowk road street avenue highway hall arena mall embassy consulate")
# Venues where crowds gather and streets whose name may be written without the word: "the Tarvo nightclub" is the
# Tarvo (its name, the word kept as an alias), "Kelmar Theatre" a name with its word; "a Varel nightclub" is one of
# the town's. Shops and resorts are venues too: "the Tarvo Bakery", "the Kelmar beach resort" (a capitalised word after
# the venue word goes on with another name: "the Alder Bar Association" is a body).
VENUE_WORDS = word_set("nightclub club pub theatre theater cafe café restaurant bakery resort boulevard intersection")
# What a venue or hall is for, written lower case between its name and its word: "the Tarvo wedding hall", "the
# Kelmar jazz club".
VENUE_PURPOSES = word_set("wedding banquet jazz music concert dance night comedy")
# Venue words that are a venue only capitalised: "the Tarvo Bar", but "the Alder bar" is the town's lawyers.
CAPITALISED_VENUE_WORDS = frozenset(("Bar",))
# What a station serves, written between a name and "station": "the Alder police station", "the Varel Train Station".
STATION_KINDS = word_set("police train railway bus subway metro underground power petrol fuel fire")
# A city's underground lines, whose stations have names of their own: "the Tarvo metro station" (not a town's).
NAMED_STATION_KINDS = word_set("subway metro underground")
# A town has one train station the news names it by: "an Alder train station", "outside Alder railway station".
RAIL_STATION_KINDS = word_set("train railway")
# A police force's buildings, written after "police": "the Kandi Police Station", "Alder police headquarters".
POLICE_SITES = word_set("station post checkpost lines headquarters")
# Determiners that make a town's site one of those it has: "an Alder police station", "another Varel mosque".
INDEFINITE_DETERMINERS = word_set("a an another one some any each every several")
# A state's diplomatic mission: the demonym before it names one building ("the Ruritanian embassy in Tarvel").
MISSION_WORDS = word_set("embassy consulate")
# Capitalised words after a name that make it a news outlet's: "Tarvel News", "the Kelmar Times", "the Alder Street
# Journal" (not a place, nor a site).
OUTLET_WORDS = frozenset(
    ("News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "TV", "Radio")
)
REGION_WORDS = word_set(
    "area forest forests mountains mountain river valley archipelago desert hills tehsil village range plateau "
    "highlands canyon gorge hamlet"
)

DEMONYMS = {
    "afghan": "AF",
    "pakistani": "PK",
    "indian": "IN",
    "nigerian": "NG",
    "somali": "SO",
    "syrian": "SY",
    "yemeni": "YE",
    "iraqi": "IQ",
    "iranian": "IR",
    "israeli": "IL",
    "palestinian": "PS",
    "lebanese": "LB",
    "egyptian": "EG",
    "libyan": "LY",
    "malian": "ML",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "nigerien": "NE",
    "chadian": "TD",
    "cameroonian": "CM",
    "sudanese": "SD",
    "ethiopian": "ET",
    "kenyan": "KE",
    "ugandan": "UG",
    "congolese": "CD",
    "mozambican": "MZ",
    "filipino": "PH",
    "philippine": "PH",
    "thai": "TH",
    "burmese": "MM",
    "myanmar": "MM",
    "bangladeshi": "BD",
    "sri lankan": "LK",
    "nepali": "NP",
    "colombian": "CO",
    "mexican": "MX",
    "venezuelan": "VE",
    "peruvian": "PE",
    "brazilian": "BR",
    "german": "DE",
    "french": "FR",
    "british": "GB",
    "american": "US",
    "russian": "RU",
    "ukrainian": "UA",
    "turkish": "TR",
    "saudi": "SA",
    "jordanian": "JO",
    "tajik": "TJ",
    "uzbek": "UZ",
    "kyrgyz": "KG",
    "kazakh": "KZ",
    "turkmen": "TM",
    "azerbaijani": "AZ",
    "armenian": "AM",
    "haitian": "HT",
    "salvadoran": "SV",
    "ecuadorian": "EC",
    "burundian": "BI",
    "eritrean": "ER",
    "tanzanian": "TZ",
    "chinese": "CN",
    "indonesian": "ID",
    "malaysian": "MY",
    "algerian": "DZ",
    "tunisian": "TN",
    "moroccan": "MA",
    "rwandan": "RW",
    "senegalese": "SN",
    "ivorian": "CI",
    "ghanaian": "GH",
    "beninese": "BJ",
    "togolese": "TG",
    "mauritanian": "MR",
    # The other states' adjectives, so that "Guinean security forces" or "Greek police" keep their nation in the
    # mention and the force is labelled as the text writes it, not "Guinea security forces".
    "albanian": "AL",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "australian": "AU",
    "austrian": "AT",
    "bahraini": "BH",
    "belarusian": "BY",
    "belgian": "BE",
    "bhutanese": "BT",
    "bolivian": "BO",
    "bosnian": "BA",
    "bulgarian": "BG",
    "cambodian": "KH",
    "canadian": "CA",
    "chilean": "CL",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "djiboutian": "DJ",
    "dutch": "NL",
    "emirati": "AE",
    "estonian": "EE",
    "finnish": "FI",
    "gabonese": "GA",
    "gambian": "GM",
    "georgian": "GE",
    "greek": "GR",
    "guatemalan": "GT",
    "guinean": "GN",
    "honduran": "HN",
    "hungarian": "HU",
    "irish": "IE",
    "italian": "IT",
    "jamaican": "JM",
    "japanese": "JP",
    "kuwaiti": "KW",
    "laotian": "LA",
    "latvian": "LV",
    "liberian": "LR",
    "lithuanian": "LT",
    "macedonian": "MK",
    "malawian": "MW",
    "maldivian": "MV",
    "moldovan": "MD",
    "mongolian": "MN",
    "montenegrin": "ME",
    "namibian": "NA",
    "nepalese": "NP",
    "nicaraguan": "NI",
    "norwegian": "NO",
    "omani": "OM",
    "panamanian": "PA",
    "paraguayan": "PY",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "serbian": "RS",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "spanish": "ES",
    "swedish": "SE",
    "swiss": "CH",
    "taiwanese": "TW",
    "timorese": "TL",
    "uruguayan": "UY",
    "vietnamese": "VN",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "south african": "ZA",
    "south korean": "KR",
    "north korean": "KP",
    "south sudanese": "SS",
    "central african": "CF",
    "sierra leonean": "SL",
    "kurdish": "",
    "baloch": "",
    "pashtun": "",
}

# Faiths and peoples whose fighters a story describes, not names ("Sunni Arab militias"); their plurals are many
# people, not one ("the killing of Christians").
FAITHS = frozenset(("sunni", "shia", "shiite", "shi'ite", "christian", "muslim", "arab", "tribal", "ethnic"))

# A country's short form written before a noun as its demonym is ("a U.S. drone strike", "UK forces").
COUNTRY_SHORT_FORMS = {"u.s.": "US", "us": "US", "u.k.": "GB", "uk": "GB"}


# ---------------------------------------------------------------- words the rules of name_context.py use


# Lower-case words allowed inside a capitalised name ("Jammu and Kashmir", "Mazar-i-Sharif").
CONNECTORS = word_set(
    "of and de da del della di do dos das du des la le el al ul e i y wal bin ibn van von der den for in the pour sur "
    "sobre et en a ez ed ad az ash es"
)


# Lower-case particles that may open a group's name ("al-Shabaab").
GROUP_PREFIXES = word_set("al el ad as ash an ar at ul")


# Capitalised words that start sentences or headlines but are not names.
NOT_NAMES = word_set(
    "the a an this that these those it its he she they we i his her their our one two three four five six seven "
    "eight nine ten among after before when while since on in at of for with by from as but and or if some many "
    "most all both several another other no not more less local officials official police security government "
    "army military troops forces residents sources separately meanwhile earlier later today yesterday"
)


# Words a headline may leave in lower case: "Paraguayan Guerrilla and Land Conflict".
HEADLINE_SMALL_WORDS = word_set("a an the and or nor but of in on at to for by with from as via vs")


CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(("christmas", "easter", "ramadan", "eid"))


# Capitalised words that are never places in news prose, however a gazetteer spells its towns.
NOT_PLACES = word_set(
    "christians muslims hindus sikhs jews shia shiite sunni hazara hazaras kurds arabs tribal federal court justice "
    "central national state regional provincial district "
    # faiths and churches written as adjectives ("a Mormon family", "a Baptist church"), whatever town lists the word
    # among its alternate names
    "mormon mormons catholic protestant evangelical baptist methodist anglican lutheran pentecostal orthodox coptic "
    "jewish hindu buddhist christian muslim yazidi druze alawite"
)


# Continents and regions that span several countries: no one country's place, whatever a gazetteer's town or
# alternate name is spelled like them ("Middle East", a small town elsewhere). Folded, without "the".
SUPRANATIONAL_REGIONS = frozenset(
    (
        "africa",
        "asia",
        "europe",
        "america",
        "americas",
        "oceania",
        "eurasia",
        "latin america",
        "sub saharan africa",
        "middle east",
        "near east",
        "far east",
        "sahel",
        "maghreb",
        "levant",
        "balkans",
        "caucasus",
        "scandinavia",
        "horn of africa",
        "gulf of guinea",
        "arab world",
        "persian gulf",
        "gulf",
        "pacific",
    )
)
# A compass word and a continent: a part of the continent ("South Africa" is a country by its own name).
PART_OF_CONTINENT = re.compile(
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+(?:africa|asia|europe|america)"
)


def spans_countries(folded: str) -> bool:
    """Whether a folded place name is a continent, a part of one or a region of several countries."""
    name = folded.removeprefix("the ")
    return name in SUPRANATIONAL_REGIONS or PART_OF_CONTINENT.fullmatch(name) is not None


DETERMINERS = word_set("the a an this that its their his her our these those")


ORGANISATION_WORDS = word_set(
    "police army court mission institute party front force forces ministry office department council union corps "
    "commission agency committee liberation movement government authority administration command brigade "
    "battalion regiment guard rifles conference assembly parliament university bank company"
)


# ----------------------------------------------------------------- persons
BARE_TITLES = frozenset(t.rstrip(".") for t in PERSON_TITLES)


# The field or seat of an office written between its title and the holder's name: "Minister of Health of the
# Republic Jane Doe", "Secretary for Women Affairs Jane Doe", "Secretary of State Jane Doe".
PORTFOLIO_WORDS = word_set(
    "affairs agriculture commerce communications culture defence defense development economy education energy "
    "environment finance foreign health home industry information infrastructure intelligence interior internal "
    "justice labour labor mines petroleum planning public religious republic science security social sports state "
    "tourism trade transport water welfare women works youth"
)


# Last words of an office written out before its holder: "Regional Police Officer (RPO) X", "National Security
# Advisor (NSA)", "Additional Director General (ADG)".
OFFICE_ENDINGS = word_set(
    "officer commissioner superintendent inspector spokesman spokesperson secretary minister advisor adviser director"
    " general"
)
# Political offices whose holders speak about an event rather than take part in it: "President X decried",
# "Prime Minister Y canceled a trip", "Governor Z called an emergency meeting".
POLITICAL_OFFICES = word_set(
    "president minister premier chancellor governor king queen leader secretary mayor attorney advisor adviser"
)


# Abbreviated ranks written between a title and the name: "spokesperson Sr. Comr. X" (not titles on their own,
# as "Sr." also ends names).
RANK_ABBREVIATIONS = word_set("sr snr comr supt insp adj")


# ---------------------------------------------------------------- words the rules of gazetteer_mentions.py use


# Lower-case nouns that end group names and aliases ("Islamic State group", "Pakistani forces", "Houthi rebels").
GROUP_NAME_ENDINGS = word_set(
    "forces force government authorities military troops soldiers policemen police personnel agencies agency army "
    "militia militias group groups administration coalition junta gang gangs movement rebels militants commandos "
    "faction regime insurgents intelligence fighters sect cadres party alliance mercenaries mission prosecutors "
    "caliphate command guards guard unit units brigade battalion network organisation organization wing dissidents "
    "bandits peacekeepers"
)


# Capitalised words that open the name of a natural feature: "Lake Chad", "Mount Elgon", "Gulf of Aden".
FEATURE_WORDS = word_set("lake mount gulf bay sea river strait cape")


# Arabic articles as transliterated ("ez-Zor", "ad-Dawr", "el-Fasher"): one of them may stand for another.
ARTICLE_FORMS = word_set("al el ad ed az ez as es ash an en ar er at et")


# ---------------------------------------------------------------- words the rules of person_mentions.py use


PERSON_NAME_PARTICLES = word_set("al el bin ibn abu abd abdul de da van von der den ter dela del della di la le ul")


LOWERCASE_TITLES = word_set(
    "governor spokesman spokeswoman spokesperson commander chief minister president general constable inspector "
    "sergeant corporal judge"
)


# Nouns for what a person is or does, capitalised only because they open the sentence: "Villager Jane Doe said".
ROLE_NOUNS = word_set(
    "villager resident farmer witness survivor student teacher trader shopkeeper driver fisherman herder worker "
    "labourer nurse doctor activist lawyer journalist reporter photographer relative neighbour neighbor"
)


# First words of a landform's name: "Wadi al-Shay", "Jebel Marra", "Mount Elgon".
FEATURE_HEADS = word_set("wadi jebel jabal jabel djebel mount lake cerro sierra")


# Prepositions of place, lower case: a name right after one is written as a place ("offices in Tarvo Dovra", "near
# Kelmar", "outside Varel"), not as a person (person_mentions reads the words before a name by them).
PLACE_PREPOSITIONS = word_set("in near outside inside")


# ---------------------------------------------------------------- words the rules of place_mentions.py use


# Words that qualify a place name rather than being one: "in Lower and Middle Shabelle".
PLACE_QUALIFIERS = word_set(
    "lower upper middle northern southern eastern western central greater north south east west new old inner outer"
)


# "in the Dayniile district", "the Atalaya neighbourhood": a quarter of a town the gazetteer may not list.
QUARTER_WORDS = word_set("district neighbourhood neighborhood suburb quarter sector")


# Lowercase words between a site's name and its noun: "the X high school", "the X central mosque".
SITE_MODIFIERS = word_set("high primary secondary middle elementary grand central main girls boys model")


COMPLEX_KINDS = word_set("housing residential apartment shopping sports office government")


NAME_LINKERS = word_set("e i ul ud al el ye o")


NAMED_REGION_WORDS = word_set("forest forests mountains mountain river valley archipelago desert hills canyon gorge")


# ---------------------------------------------------------------- words the rules of group_mentions.py use


ORGANISATION_HEADS = word_set(
    "ministry court office department council commission agency committee administration directorate prosecutor "
    "prosecutors tribunal parliament assembly authority police army force forces guard corps brigade battalion front "
    "movement party union institute organisation organization foundation association network centre center "
    "defence defense command"
)


# ---------------------------------------------------------------- words the rules of forces.py use


# Nouns a force noun may qualify and still name the force as an actor: its voice ("police spokesman", "an army
# captain said"), its machines and operations ("an air force helicopter", "Navy assets", "a military operation").
FORCE_SPEAKER_NOUNS = word_set(
    "spokesman spokeswoman spokesperson spokesmen chief chiefs commander commanders captain official officials "
    "source sources statement statements inspector superintendent general helicopter helicopters jet jets "
    "aircraft warplane warplanes gunship gunships drone drones assets units team teams operation operations "
    "offensive raid raids strike strikes airstrike airstrikes"
)


# ---------------------------------------------------------------- words the rules of groups.py use


# Nouns written after a group's name that describe its members: "M23 rebels", "Houthi fighters".
DESCRIPTOR_NOUNS = word_set(
    "rebels fighters militants insurgents militiamen gunmen jihadists guerrillas cadres group movement "
    # one member of the group: "a Jaish terrorist rammed", "an ISIS operative"
    "rebel fighter militant insurgent militiaman gunman jihadist guerrilla cadre terrorist terrorists bomber "
    "bombers operative operatives commander commanders member members"
)


# ---------------------------------------------------------------- words the rules of entities.py use


# The last word of the name of a unit of a force or armed group: "its Northeastern War Front", "the army's 5th
# Brigade".
UNIT_WORDS = word_set("front brigade battalion division regiment wing command unit company corps squadron platoon")


# ---------------------------------------------------------------- words the rules of persons.py use


# A verb that reports what its subject said, as a regex: the day or the words before it are the report's ("..., the
# committee said", "An official on Sunday confirmed"), not the event's.
REPORT_VERBS = r"(?:said|says|reported|announced|told|confirmed|stated)"
# A verb a named speaker takes right after the name ("Jane Doe, the governor, said", '..." Doe added').
SPEAKER_VERBS = r"(?:said|says|told|added|wrote)"
SAY_WORDS = word_set(
    "said says say told added confirmed stated dismissed insisted denied noted explained warned reported announced "
    "according quoted condemned wrote tweeted posted urged"
)


# ---------------------------------------------------------------- words the rules of perpetrators.py use


OWN_CLAIM = frozenset(("claimed", "acknowledged", "admitted", "accepted", "took"))


CLAIM_VERBS = frozenset(
    ("claimed", "said", "says", "confirmed", "announced", "acknowledged", "admitted", "accepted", "took")
)


# Nouns of an operation whose "by" phrase names the doer: "a joint operation by the police and the army".
EVENT_NOUNS = word_set(
    "operation operations raid raids strike strikes airstrike airstrikes attack attacks offensive assault "
    "crackdown ambush"
)


# Verbs of arresting: the doer of an arrest is the perpetrator of the arrest, not of the attack it follows ("the
# attacker was arrested by police").
ARREST_VERBS = word_set("arrested arrest arresting detained detaining apprehended captured nabbed")


# A lead whose doer is only a common noun ("Kurdish-led fighters captured ..., the SDF said"): the speaker acted.
GENERIC_DOERS = word_set("fighters troops forces soldiers commandos personnel units policemen")


EVENT_VERBS = word_set(
    "killed kill kills killing attacked attack attacks stormed abducted kidnapped seized arrested detained shot "
    "struck hit fired launched set ambushed ambushing blew detonated raided targeted slammed beheaded opened "
    "carried overran abduct kidnap arrest arresting detaining bombed shelled torched burned executed massacred "
    "assassinated murdered gunned captured besieged clashed fought engaged repelled repulsed pursued triggered "
    "cordoned"
)


# "Fighters ambushed a convoy, the army said": an army does not call its own men fighters.
STATE_DOERS = word_set("troops forces soldiers commandos personnel units policemen")


# Common nouns for the men of an armed group: "JNIM-linked gunmen" are JNIM's.
LINKED_DOERS = word_set("gunmen fighters militants insurgents jihadists rebels attackers assailants cells")


# Nouns a group's name may stand in apposition to as the doer: "fighters of X", "the militant group X".
GENERIC_ACTORS = word_set(
    "fighters militants group gunmen insurgents jihadists rebels members organisation organization movement "
    "militia faction outfit affiliate branch offshoot wing "
    # "Three outfits in the region, the X, the Y and the Z, claimed ...": the names listed are the doers
    "groups organisations organizations movements militias factions outfits affiliates branches offshoots wings"
)


# Common nouns a story uses for the men of the one armed group it is about.
ARMED_DOERS = word_set("rebels insurgents guerrillas militants jihadists")


# ---------------------------------------------------------------- words the rules of segmentation.py use


# Nouns an event word may modify and still be the event: "a bomb attack", "a grenade blast".
EVENT_HEADS = frozenset(("attack", "attacks", "blast", "explosion", "strike", "strikes", "assault", "raid", "raids"))


# ---------------------------------------------------------------- nouns of one violent event


# The nouns of one violent event, singular and plural: the one source of the event-noun alternations of
# segmentation_openers.py (NEW_EVENT_OPENERS, SEVERAL_EVENTS), sentence_facts.py (OTHER_EVENT_NOUNS, PART_BOUNDARY) and
# tolls.py (ANOTHER_EVENT). Each of those adds the nouns its own context needs to these.
VIOLENT_EVENT_NOUNS = (
    ("attack", "attacks"),
    ("bombing", "bombings"),
    ("blast", "blasts"),
    ("explosion", "explosions"),
    ("shooting", "shootings"),
    ("ambush", "ambushes"),
    ("raid", "raids"),
)


# Taking people in, every form the extractor reads: the type rules (incident_types), the segmentation's arrest
# acts and the arrest-clause reader (sentence_facts) share this one list.
CAPTURE_FORMS = word_set(
    "arrest arrests arrested arresting apprehend apprehends apprehended apprehending detain detains detained "
    "detaining capture captures captured capturing nab nabs nabbed nabbing"
)
# The forms that tell the act done ("police arrested two", "detaining four"), not the noun ("the arrest of").
CAPTURE_ACTS = frozenset(form for form in CAPTURE_FORMS if form.endswith(("ed", "ing")))
# The bare verbs of CAPTURE_FORMS, for patterns that read the infinitive ("an operation to arrest them"); a pattern
# of the inflected verbs takes CAPTURE_FORMS (endings added to these misspell "captured" and "nabbed").
CAPTURE_VERBS = word_set("apprehend arrest detain capture nab")


def alternation(words) -> str:
    """A regex alternation of some words, the longest first (so "arrested" wins over "arrest")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def noun_alternation(nouns: tuple[tuple[str, str], ...], number: str = "either") -> str:
    """A non-capturing regex alternation of `nouns` ((singular, plural) pairs, in their order): `number` "either"
    matches the singular or the plural ("attacks?", "ambush(?:es)?"), "singular" or "plural" only that form."""
    if number not in ("either", "singular", "plural"):
        raise ValueError(f"number must be 'either', 'singular' or 'plural', not {number!r}")
    forms = []
    for singular, plural in nouns:
        if number == "singular":
            forms.append(singular)
        elif number == "plural":
            forms.append(plural)
        elif plural == singular + "s":
            forms.append(singular + "s?")
        elif plural.startswith(singular):
            forms.append(f"{singular}(?:{plural[len(singular) :]})?")
        else:
            forms.append(f"{singular}|{plural}")
    return "(?:" + "|".join(forms) + ")"


# "..., where the car blew up", "where the bomb went off": a line placing its dead at the site of the blast already
# told (segmentation keeps the line in that event; tolls read its fewer dead as a part of the toll, not more dead).
WHERE_THE_BOMB_WENT_OFF = re.compile(
    r"\bwhere\s+the\s+(?:car|bomb|device|explosives?|vehicle|truck|blast|explosion|bomber|grenade)\s+"
    r"(?:had\s+)?(?:blew up|exploded|went off|was detonated|detonated|struck)\b",
    re.I,
)
