"""Generic word lists the extractor relies on: data, not code.

Nothing here names a particular article's people, groups or places: only
titles, number words, event and casualty vocabulary, place-type words and
demonyms.
"""

from __future__ import annotations


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
    """)
# Head words that open an organisation's name in Spanish, Portuguese, French or Arabic transliteration
# ("Frente X", "Caballeros X", "Wilayat X", "Jaish X"): a name that starts with one is not a person.
NAME_INITIAL_HEADS = word_set(
    "frente ejercito ejército movimiento cartel cártel carteles cárteles caballeros fuerzas brigada brigadas "
    "comando autodefensas guerrilla clan los las wilayat wilaya jaish jaysh liwa harakat hizb "
    "katibat katiba jamaat jamaa jama'at tehreek tehrik lashkar ansar ahrar junud majlis saraya faylaq"
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
    "dozen": 12,
    "a hundred": 100,
    "a single": 1,
    "single": 1,
    "both": 2,
    "twin": 2,
    "a pair of": 2,
}

# Verbs a rising death toll takes: "the toll rose to 11", "has climbed to 23".
TOLL_RISE_VERBS = r"rose|risen|climbed|jumped|increased|reached"

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
    "park reserve airbase port harbour harbor refinery dam complex"
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
    "kurdish": "",
    "baloch": "",
    "pashtun": "",
}
