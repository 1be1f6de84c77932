"""Fill a database with realistic, internally consistent benchmark data at a chosen scale.

What is generated, and how to recognise it afterwards:

- groups, persons (and, only when the gazetteer is empty, a synthetic place hierarchy)
  carry ``provenance = Origin.GENERATED``;
- sources carry ``extractor_version = GENERATED_MARKER`` ("generated");
- incidents are those linked only to generated sources.

Every link is consistent: an incident's place is a gazetteer row (weighted towards a
set of conflict countries), its actors and persons are named in the text of its
sources, each IncidentSource's evidence offsets slice exactly the evidence sentence out
of the source text, every Mention slices its name out of the text, and search_text is
filled as ingest fills it (summary, names, aliases, place names).

Rows are written with ``bulk_create`` in batches, never one ``save()`` each, so
100,000 incidents take minutes. The generator refuses to touch a database that holds
real (non-generated) records unless forced.
"""

from __future__ import annotations

import calendar
import hashlib
import math
import random
from bisect import bisect
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from django.db import connection, transaction

from incidents.choices import (
    ActorRole,
    DatePrecision,
    GroupKind,
    IncidentType,
    LocationKind,
    Origin,
    PersonRole,
    PersonStatus,
    ReviewStatus,
)
from incidents.extraction.normalize import fold
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    LocationName,
    Mention,
    Note,
    Person,
    PersonAlias,
    Source,
)

GENERATED_MARKER = "generated"

# Where political violence concentrates, with relative weights (ISO 3166-1 alpha-2).
CONFLICT_COUNTRIES = {
    "AF": 12, "PK": 10, "SY": 9, "IQ": 7, "YE": 7, "SO": 7, "NG": 8, "ML": 5, "BF": 5,
    "NE": 3, "MZ": 3, "CD": 6, "ET": 3, "SD": 4, "UA": 6, "MM": 5, "PH": 4, "IN": 4,
    "CM": 3, "LY": 2, "CO": 3, "MX": 3, "EG": 2, "LB": 1, "PS": 3, "TD": 1, "KE": 2,
    "TR": 1, "IR": 1, "CF": 2, "SS": 2, "HT": 1,
}  # fmt: skip
OTHER_COUNTRIES_SHARE = 0.08  # incidents anywhere else in the gazetteer

# Used for the synthetic gazetteer and when a country row lacks a name.
COUNTRY_INFO = {
    "AF": ("Afghanistan", "Afghan", 34.5, 66.0), "PK": ("Pakistan", "Pakistani", 30.0, 70.0),
    "SY": ("Syria", "Syrian", 35.0, 38.5), "IQ": ("Iraq", "Iraqi", 33.0, 44.0),
    "YE": ("Yemen", "Yemeni", 15.5, 47.5), "SO": ("Somalia", "Somali", 5.0, 46.0),
    "NG": ("Nigeria", "Nigerian", 9.0, 8.0), "ML": ("Mali", "Malian", 17.0, -4.0),
    "BF": ("Burkina Faso", "Burkinabe", 12.3, -1.5), "NE": ("Niger", "Nigerien", 16.0, 8.0),
    "MZ": ("Mozambique", "Mozambican", -18.0, 35.0), "CD": ("DR Congo", "Congolese", -2.5, 23.5),
    "ET": ("Ethiopia", "Ethiopian", 9.0, 39.5), "SD": ("Sudan", "Sudanese", 15.0, 30.0),
    "UA": ("Ukraine", "Ukrainian", 49.0, 32.0), "MM": ("Myanmar", "Burmese", 21.0, 96.0),
    "PH": ("Philippines", "Filipino", 12.0, 122.0), "IN": ("India", "Indian", 22.0, 79.0),
    "CM": ("Cameroon", "Cameroonian", 6.0, 12.5), "LY": ("Libya", "Libyan", 27.0, 17.0),
    "CO": ("Colombia", "Colombian", 4.0, -73.0), "MX": ("Mexico", "Mexican", 23.0, -102.0),
    "EG": ("Egypt", "Egyptian", 27.0, 30.0), "LB": ("Lebanon", "Lebanese", 33.9, 35.8),
    "PS": ("Palestine", "Palestinian", 31.9, 35.2), "TD": ("Chad", "Chadian", 15.0, 19.0),
    "KE": ("Kenya", "Kenyan", 0.5, 38.0), "TR": ("Turkey", "Turkish", 39.0, 35.0),
    "IR": ("Iran", "Iranian", 32.0, 53.0), "CF": ("Central African Republic", "Central African", 6.6, 20.9),
    "SS": ("South Sudan", "South Sudanese", 7.0, 30.0), "HT": ("Haiti", "Haitian", 19.0, -72.5),
}  # fmt: skip

PUBLISHERS = [
    ("Dawn", "dawn.com"), ("The Express Tribune", "tribune.com.pk"), ("Reuters", "reuters.com"),
    ("Agence France-Presse", "afp.com"), ("Associated Press", "apnews.com"), ("Al Jazeera", "aljazeera.com"),
    ("BBC News", "bbc.co.uk"), ("Premium Times", "premiumtimesng.com"), ("Daily Trust", "dailytrust.com"),
    ("Garowe Online", "garoweonline.com"), ("Hiiraan Online", "hiiraan.com"), ("Kabul Now", "kabulnow.com"),
    ("Pajhwok Afghan News", "pajhwok.com"), ("TOLOnews", "tolonews.com"),
    ("The Kyiv Independent", "kyivindependent.com"),
    ("The Irrawaddy", "irrawaddy.com"), ("Rappler", "rappler.com"), ("The Hindu", "thehindu.com"),
    ("Sudan Tribune", "sudantribune.com"), ("Libya Observer", "libyaobserver.ly"), ("Rudaw", "rudaw.net"),
    ("North Press Agency", "npasyria.com"), ("The Defense Post", "thedefensepost.com"),
    ("Long War Journal", "longwarjournal.org"), ("The New Humanitarian", "thenewhumanitarian.org"),
    ("Anadolu Agency", "aa.com.tr"), ("Xinhua", "xinhuanet.com"), ("Actualite.cd", "actualite.cd"),
    ("Sahel Intelligence", "sahel-intelligence.com"), ("Zitamar News", "zitamar.com"),
]  # fmt: skip

TYPE_WEIGHTS = {
    IncidentType.ARMED_CLASH: 24, IncidentType.BOMBING: 14, IncidentType.ATTACK_ON_CIVILIANS: 14,
    IncidentType.TARGETED_KILLING: 10, IncidentType.AIR_OR_DRONE_STRIKE: 10, IncidentType.ARREST_OR_RAID: 9,
    IncidentType.ABDUCTION: 6, IncidentType.SUICIDE_BOMBING: 4, IncidentType.OTHER_VIOLENCE: 5,
    IncidentType.NON_VIOLENT_DEVELOPMENT: 4,
}  # fmt: skip
# (median fatalities, spread, share with no figure) per type: log-normal counts.
FATALITY_MODEL = {
    IncidentType.ARMED_CLASH: (4, 1.1, 0.12), IncidentType.BOMBING: (3, 1.1, 0.1),
    IncidentType.ATTACK_ON_CIVILIANS: (4, 1.0, 0.1), IncidentType.TARGETED_KILLING: (1, 0.3, 0.03),
    IncidentType.AIR_OR_DRONE_STRIKE: (5, 1.0, 0.15), IncidentType.ARREST_OR_RAID: (0, 0.8, 0.2),
    IncidentType.ABDUCTION: (0, 0.5, 0.2), IncidentType.SUICIDE_BOMBING: (9, 1.1, 0.05),
    IncidentType.OTHER_VIOLENCE: (1, 0.8, 0.25), IncidentType.NON_VIOLENT_DEVELOPMENT: (0, 0.0, 0.6),
}  # fmt: skip
TARGET_WORDS = {
    IncidentType.ARMED_CLASH: ["an army outpost", "a police checkpoint", "a militia position", "a military convoy"],
    IncidentType.BOMBING: ["a police vehicle", "a crowded market", "a military convoy", "a bus station"],
    IncidentType.ATTACK_ON_CIVILIANS: ["villagers", "a wedding party", "farmers", "a displacement camp"],
    IncidentType.TARGETED_KILLING: ["a local official", "a tribal elder", "a journalist", "a police officer"],
    IncidentType.AIR_OR_DRONE_STRIKE: ["a militant compound", "a vehicle", "a training camp", "a residential area"],
    IncidentType.ARREST_OR_RAID: ["a hideout", "a safe house", "a weapons cache"],
    IncidentType.ABDUCTION: ["aid workers", "schoolchildren", "travellers", "a village chief"],
    IncidentType.SUICIDE_BOMBING: ["a mosque", "a police station", "a government office", "a rally"],
    IncidentType.OTHER_VIOLENCE: ["protesters", "a polling station", "a market"],
    IncidentType.NON_VIOLENT_DEVELOPMENT: ["a ceasefire", "a prisoner exchange", "a new leader"],
}
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
FILLER = [
    "Officials said an investigation was under way.",
    "Residents said the area had seen repeated violence in recent months.",
    "Troops sealed the streets around the site and began searching houses.",
    "Local hospitals appealed for blood donations.",
    "The government condemned the attack and promised to bring those responsible to justice.",
    "Analysts say the group has expanded its operations over the past year.",
    "Humanitarian agencies warned that the violence had displaced thousands of families.",
    "Communications in the district were cut for several hours.",
    "A spokesman for the provincial administration confirmed the toll.",
    "No group immediately claimed responsibility.",
]

# Name parts for groups and persons: plausible, not real.
GROUP_PREFIXES = ["Jamaat", "Harakat", "Liwa", "Ansar", "Jabhat", "Tehreek-e", "Lashkar-e", "Kataib", "Saraya",
                  "Hizb", "Tanzim", "Majlis", "Jaish", "Firqat", "Quwat"]  # fmt: skip
GROUP_WORDS = ["al-Nasr", "al-Haqq", "al-Furqan", "al-Tawhid", "al-Sunna", "al-Islah", "al-Jihad", "al-Fath",
               "al-Muhajirin", "al-Qisas", "al-Thawra", "al-Khilafa", "al-Shuhada", "al-Aqsa", "al-Rahman",
               "Islami", "Mujahideen", "Azadi", "Inqilab", "Watan", "Hurriya", "Sahel", "Khorasan", "Saif",
               "Badr", "Uhud", "Tabuk", "Ghazwa", "Hijra", "Wilaya"]  # fmt: skip
EN_ADJ = ["Popular", "Democratic", "Revolutionary", "National", "United", "Patriotic", "Islamic", "People's",
          "Federal", "Free", "Independent", "Liberation", "Resistance", "Defence", "Sovereign", "Unified"]  # fmt: skip
EN_NOUN = ["Front", "Movement", "Army", "Brigade", "Council", "Alliance", "Forces", "Union", "Militia",
           "Coalition", "Battalion", "Committee", "Party", "Legion", "Guard"]  # fmt: skip
FIRST_NAMES = [
    "Muhammad", "Ahmad", "Abdul", "Omar", "Ali", "Hassan", "Hussein", "Khalid", "Yusuf", "Ibrahim", "Ismail",
    "Mustafa", "Hamza", "Bilal", "Tariq", "Zubair", "Nasir", "Rahim", "Karim", "Jalal", "Faisal", "Saeed",
    "Gul", "Zahir", "Wali", "Noor", "Haji", "Sher", "Aziz", "Farid", "Habib", "Idris", "Jamil", "Latif",
    "Musa", "Qasim", "Rashid", "Sami", "Usman", "Waheed", "Yasin", "Zia", "Abubakar", "Aminu", "Bello",
    "Danjuma", "Garba", "Ibrahim", "Kabiru", "Lawal", "Mamman", "Sani", "Umaru", "Abdirahman", "Abdullahi",
    "Aden", "Farah", "Hassan", "Mohamed", "Mahad", "Ayaan", "Fatima", "Aisha", "Maryam", "Zainab", "Amina",
    "Khadija", "Halima", "Safiya", "Nadia", "Leila", "Samira", "Oleksandr", "Dmytro", "Andriy", "Serhiy",
    "Olena", "Iryna", "Aung", "Min", "Kyaw", "Htet", "Zaw", "Thant", "Jose", "Juan", "Carlos", "Luis",
    "Miguel", "Jean", "Pierre", "Emmanuel", "Joseph", "Moussa", "Amadou", "Boubacar", "Seydou", "Oumar",
]  # fmt: skip
LAST_NAMES = [
    "Khan", "Ahmadzai", "Yusufzai", "Haqqani", "Noorzai", "Popalzai", "Barakzai", "Achakzai", "Wardak", "Mohmand",
    "Afridi", "Shinwari", "Mehsud", "Wazir", "Baloch", "Marri", "Bugti", "Qureshi", "Siddiqui", "Farooqi",
    "al-Baghdadi", "al-Masri", "al-Shami", "al-Yemeni", "al-Somali", "al-Libi", "al-Iraqi", "al-Tunisi",
    "al-Jazrawi", "al-Muhajir", "al-Ansari", "al-Qurashi", "al-Hashimi", "al-Dulaimi", "al-Tamimi", "al-Obeidi",
    "Shekau", "Barnawi", "Yusuf", "Abubakar", "Mustapha", "Bukar", "Modu", "Kachalla", "Dogo", "Turji",
    "Aweys", "Godane", "Robow", "Warsame", "Hirsi", "Jama", "Nur", "Osman", "Dahir", "Elmi",
    "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Oliynyk", "Lysenko",
    "Naing", "Htun", "Oo", "Lwin", "Soe", "Myint", "Thein", "Win", "Ramirez", "Gonzalez", "Hernandez",
    "Rodriguez", "Lopez", "Martinez", "Guzman", "Zambada", "Traore", "Diallo", "Coulibaly", "Keita", "Sangare",
    "Toure", "Maiga", "Cisse", "Diarra", "Kone", "Ouedraogo", "Sawadogo", "Kabore", "Zongo", "Ilunga", "Kabila",
    "Mukendi", "Tshisekedi", "Mbuyi", "Kasongo", "Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza",
]  # fmt: skip
PERSON_ROLES_IN_GROUP = ["commander", "senior commander", "spokesman", "fighter", "emir", "deputy leader",
                         "member", "financier", "recruiter", "bomb maker", "field commander"]  # fmt: skip
SYLLABLES = ["ka", "ra", "ba", "ma", "la", "sha", "dar", "kot", "zai", "bad", "pur", "gar", "nik", "lo", "mi",
             "su", "to", "we", "yo", "ha", "ab", "ur", "an", "el", "il", "om", "ga", "de", "ki", "ze"]  # fmt: skip


@dataclass
class VolumeSpec:
    incidents: int = 100_000
    groups: int = 5_000
    persons: int = 30_000
    sources: int = 50_000
    seed: int = 1
    start: date = date(2019, 1, 1)
    end: date = date(2025, 12, 31)
    batch_size: int = 2_000


class RealRecordsPresent(Exception):
    """The database holds records that are not generated: refuse unless forced."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        listed = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
        super().__init__(f"the database holds real (non-generated) records: {listed}")


def real_record_counts() -> dict[str, int]:
    """How many records of each kind were not made by this generator (reference data excepted).

    Gazetteer places and the curated groups list are reference data, not real records;
    places and groups added by analysts or by extraction are.
    """
    return {
        "sources": Source.objects.exclude(extractor_version=GENERATED_MARKER).count(),
        "incidents": Incident.objects.exclude(source_links__source__extractor_version=GENERATED_MARKER).count(),
        "groups": Group.objects.exclude(provenance__in=[Origin.GENERATED, Origin.CURATED]).count(),
        "persons": Person.objects.exclude(provenance=Origin.GENERATED).count(),
        "locations": Location.objects.filter(provenance__in=[Origin.EXTRACTED, Origin.ANALYST]).count(),
        "notes": Note.objects.count(),
    }


def generated_counts() -> dict[str, int]:
    return {
        "sources": Source.objects.filter(extractor_version=GENERATED_MARKER).count(),
        "groups": Group.objects.filter(provenance=Origin.GENERATED).count(),
        "persons": Person.objects.filter(provenance=Origin.GENERATED).count(),
        "locations": Location.objects.filter(provenance=Origin.GENERATED).count(),
    }


def clear_generated() -> dict[str, int]:
    """Delete every generated row with plain DELETEs (no per-row signals or history)."""
    deleted = defaultdict(int)
    gen_sources = Source.objects.filter(extractor_version=GENERATED_MARKER)
    gen_incidents = Incident.objects.filter(source_links__source__in=gen_sources).exclude(
        source_links__source__in=Source.objects.exclude(extractor_version=GENERATED_MARKER)
    )
    with transaction.atomic():
        incident_ids = list(gen_incidents.values_list("id", flat=True).distinct())
        # Break self-references before deleting.
        Incident.objects.filter(possible_duplicate_of__in=incident_ids).update(possible_duplicate_of=None)
        for model, lookup in (
            (Mention, {"source__extractor_version": GENERATED_MARKER}),
            (IncidentSource, {"source__extractor_version": GENERATED_MARKER}),
        ):
            deleted[model.__name__] += _raw_delete(model.objects.filter(**lookup))
        for chunk in _chunks(incident_ids, 5_000):
            for model in (IncidentActor, IncidentPerson, IncidentSource):
                deleted[model.__name__] += _raw_delete(model.objects.filter(incident_id__in=chunk))
            deleted["Incident"] += _raw_delete(Incident.objects.filter(id__in=chunk))
        gen_persons = Person.objects.filter(provenance=Origin.GENERATED)
        gen_groups = Group.objects.filter(provenance=Origin.GENERATED)
        deleted["Mention"] += _raw_delete(Mention.objects.filter(person__in=gen_persons))
        deleted["Mention"] += _raw_delete(Mention.objects.filter(group__in=gen_groups))
        deleted["IncidentPerson"] += _raw_delete(IncidentPerson.objects.filter(person__in=gen_persons))
        deleted["IncidentActor"] += _raw_delete(IncidentActor.objects.filter(group__in=gen_groups))
        deleted["Affiliation"] += _raw_delete(Affiliation.objects.filter(person__in=gen_persons))
        deleted["Affiliation"] += _raw_delete(Affiliation.objects.filter(group__in=gen_groups))
        deleted["PersonAlias"] = _raw_delete(PersonAlias.objects.filter(person__in=gen_persons))
        deleted["GroupAlias"] = _raw_delete(GroupAlias.objects.filter(group__in=gen_groups))
        deleted["Person"] = _raw_delete(gen_persons)
        Group.objects.filter(parent__in=gen_groups).update(parent=None)
        deleted["Group"] = _raw_delete(gen_groups)
        deleted["Source"] = _raw_delete(gen_sources)
        gen_locations = Location.objects.filter(provenance=Origin.GENERATED)
        if gen_locations.exists():
            deleted["Mention"] += _raw_delete(Mention.objects.filter(location__in=gen_locations))
            deleted["LocationName"] = _raw_delete(LocationName.objects.filter(location__in=gen_locations))
            for kind in (LocationKind.CITY, LocationKind.ADMIN2, LocationKind.ADMIN1, LocationKind.COUNTRY):
                deleted["Location"] += _raw_delete(gen_locations.filter(kind=kind))
    return dict(deleted)


def _raw_delete(queryset) -> int:
    # Django's own bulk delete without collecting rows (models with history have delete
    # signals, which would otherwise load and record every deleted row).
    return queryset._raw_delete(queryset.db) or 0


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


@contextmanager
def _without_auto_now(*fields):
    """Let bulk_create keep the timestamps the generator sets (spread over the years)."""
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, now, now_add in saved:
            f.auto_now, f.auto_now_add = now, now_add


class Weighted:
    """Pick from items with weights in O(log n)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(accumulate(weights))
        if not self.items or self.cum[-1] <= 0:
            raise ValueError("nothing to pick from")

    def pick(self, rng: random.Random):
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]

    def __len__(self):
        return len(self.items)


def zipf(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


@dataclass
class Place:
    id: int
    name: str
    kind: str
    parent_id: int | None
    country_code: str


@dataclass
class Gazetteer:
    places: dict[int, Place] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    by_country: dict[str, dict[str, Weighted]] = field(default_factory=dict)
    countries: Weighted | None = None
    synthetic: bool = False

    def ancestors(self, place_id: int) -> list[Place]:
        chain, seen = [], set()
        parent = self.places[place_id].parent_id
        while parent and parent in self.places and parent not in seen and len(chain) < 8:
            seen.add(parent)
            chain.append(self.places[parent])
            parent = self.places[parent].parent_id
        return chain

    def country_name(self, code: str) -> str:
        return self.country_names.get(code) or COUNTRY_INFO.get(code, (code,))[0]


class VolumeGenerator:
    def __init__(self, spec: VolumeSpec, log=None):
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.log = log or (lambda message: None)
        self.run_tag = f"{spec.seed}-{Source.objects.filter(extractor_version=GENERATED_MARKER).count()}"

    # ----- places -----------------------------------------------------------------
    def load_gazetteer(self) -> Gazetteer:
        gaz = Gazetteer()
        kinds = [LocationKind.COUNTRY, LocationKind.ADMIN1, LocationKind.ADMIN2, LocationKind.CITY]
        if not Location.objects.filter(kind__in=kinds).exists():
            self._make_synthetic_gazetteer()
            gaz.synthetic = True
        rows = (
            Location.objects.filter(kind__in=kinds)
            .order_by("id")
            .values_list("id", "name", "kind", "parent_id", "country_code", "population")
        )
        weights: dict[str, dict[str, tuple[list, list]]] = defaultdict(lambda: defaultdict(lambda: ([], [])))
        for pk, name, kind, parent_id, cc, population in rows.iterator(chunk_size=20_000):
            gaz.places[pk] = Place(pk, name, kind, parent_id, cc)
            if kind == LocationKind.COUNTRY and cc:
                gaz.country_names[cc] = name
            if not cc:
                continue
            ids, ws = weights[cc][kind]
            ids.append(pk)
            ws.append(math.sqrt(population) if kind == LocationKind.CITY and population else 30.0)
        for cc, per_kind in weights.items():
            gaz.by_country[cc] = {kind: Weighted(ids, ws) for kind, (ids, ws) in per_kind.items()}
        present = [cc for cc in gaz.by_country if len(gaz.by_country[cc]) > 0]
        conflict = [cc for cc in present if cc in CONFLICT_COUNTRIES]
        others = [cc for cc in present if cc not in CONFLICT_COUNTRIES]
        conflict_total = sum(CONFLICT_COUNTRIES[cc] for cc in conflict) or 1
        items, ws = [], []
        for cc in conflict:
            items.append(cc)
            ws.append(CONFLICT_COUNTRIES[cc] / conflict_total * (1 - OTHER_COUNTRIES_SHARE if others else 1))
        for cc in others:
            items.append(cc)
            ws.append(OTHER_COUNTRIES_SHARE / len(others) if conflict else 1.0)
        gaz.countries = Weighted(items, ws)
        synthetic = " (synthetic)" if gaz.synthetic else ""
        self.log(f"gazetteer: {len(gaz.places):,} places in {len(present)} countries{synthetic}")
        return gaz

    def _place_name(self, used: set) -> str:
        rng = self.rng
        while True:
            name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
            if rng.random() < 0.15:
                name += rng.choice([" Kalay", " Bazar", " Kot", " Town", "abad", "pur"])
            if name not in used:
                used.add(name)
                return name

    def _make_synthetic_gazetteer(self) -> None:
        """A place hierarchy of the conflict countries, for databases without the gazetteer."""
        rng, used = self.rng, set()
        batch = self.spec.batch_size

        def make(name, kind, parent, cc, lat, lon, population=None):
            return Location(
                name=name, name_folded=fold(name), kind=kind, parent=parent, country_code=cc,
                latitude=max(-90, min(90, lat)), longitude=max(-180, min(180, lon)),
                population=population, provenance=Origin.GENERATED,
            )  # fmt: skip

        countries = [
            make(name, LocationKind.COUNTRY, None, cc, lat, lon) for cc, (name, _, lat, lon) in COUNTRY_INFO.items()
        ]
        Location.objects.bulk_create(countries, batch_size=batch)
        # Each level: how many children a parent gets, and how far (degrees) they lie from it.
        levels = (
            (LocationKind.ADMIN1, (6, 14), 4.0),
            (LocationKind.ADMIN2, (3, 7), 1.0),
            (LocationKind.CITY, (2, 6), 0.3),
        )
        parents, total = countries, len(countries)
        for kind, (fewest, most), spread in levels:
            children = [
                make(self._place_name(used), kind, parent, parent.country_code,
                     parent.latitude + rng.uniform(-spread, spread), parent.longitude + rng.uniform(-spread, spread),
                     int(rng.paretovariate(1.2) * 2_000) if kind == LocationKind.CITY else None)
                for parent in parents
                for _ in range(rng.randint(fewest, most))
            ]  # fmt: skip
            Location.objects.bulk_create(children, batch_size=batch)
            parents, total = children, total + len(children)
        self.log(f"synthetic gazetteer: {total:,} places")

    def pick_place(self, gaz: Gazetteer, cc: str) -> int:
        per_kind = gaz.by_country[cc]
        roll = self.rng.random()
        order = (
            [LocationKind.CITY, LocationKind.ADMIN2, LocationKind.ADMIN1, LocationKind.COUNTRY]
            if roll < 0.76
            else [LocationKind.ADMIN2, LocationKind.CITY, LocationKind.ADMIN1, LocationKind.COUNTRY]
            if roll < 0.9
            else [LocationKind.ADMIN1, LocationKind.ADMIN2, LocationKind.CITY, LocationKind.COUNTRY]
            if roll < 0.98
            else [LocationKind.COUNTRY, LocationKind.ADMIN1, LocationKind.CITY, LocationKind.ADMIN2]
        )
        for kind in order:
            if kind in per_kind:
                return per_kind[kind].pick(self.rng)
        raise ValueError(cc)

    # ----- groups -------------------------------------------------------------------
    def make_groups(self, gaz: Gazetteer) -> dict:
        rng, spec = self.rng, self.spec
        existing = list(Group.objects.order_by("id").values_list("id", "name", "country_code", "kind"))
        existing_aliases = defaultdict(list)
        for gid, name in GroupAlias.objects.order_by("id").values_list("group_id", "name"):
            existing_aliases[gid].append(name)
        used_names = {fold(name) for _, name, _, _ in existing}
        groups: list[Group] = []
        aliases: dict[int, list[tuple[str, bool]]] = {}  # index in groups -> [(alias, case_sensitive)]
        branches: list[tuple[int, int]] = []  # (child index, parent index)

        def unique(name: str) -> str | None:
            key = fold(name)
            if key in used_names:
                return None
            used_names.add(key)
            return name

        def add(name, kind, cc, alias_list=(), parent_index=None):
            groups.append(
                Group(name=name, name_folded=fold(name), kind=kind, country_code=cc, provenance=Origin.GENERATED)
            )
            aliases[len(groups) - 1] = list(alias_list)
            if parent_index is not None:
                branches.append((len(groups) - 1, parent_index))

        # State forces and governments of every country that will see incidents.
        for cc in gaz.countries.items:
            if len(groups) >= spec.groups * 0.3:
                break
            country = gaz.country_name(cc)
            for label, kind, acr in (
                ("Armed Forces", GroupKind.STATE_FORCE, "AF"),
                ("National Police", GroupKind.STATE_FORCE, "NP"),
                ("Government", GroupKind.GOVERNMENT, ""),
            ):
                name = unique(f"{country} {label}")
                if name:
                    alias_list = [(f"{country[:3].upper()}{acr}", True)] if acr else []
                    add(name, kind, cc, alias_list)
        attempts = 0
        while len(groups) < spec.groups and attempts < spec.groups * 50:
            attempts += 1
            cc = gaz.countries.pick(rng)
            roll = rng.random()
            if roll < 0.45:
                words = rng.sample(GROUP_WORDS, 2)
                name = unique(f"{rng.choice(GROUP_PREFIXES)} {words[0]} {words[1]}")
                if not name:
                    continue
                latin = name.replace("al-", "el-") if "al-" in name else name.replace("-e", "-i")
                alias_list = [(latin, False)] if fold(latin) != fold(name) else []
                acronym = "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())
                if len(acronym) >= 2 and fold(acronym) not in {fold(a) for a, _ in alias_list}:
                    alias_list.append((acronym.upper(), True))
                add(name, GroupKind.ARMED_GROUP, cc, alias_list)
            elif roll < 0.85:
                place = gaz.places[self.pick_place(gaz, cc)]
                region = place.name if place.kind != LocationKind.CITY else gaz.country_name(cc)
                name = unique(f"{rng.choice(EN_ADJ)} {rng.choice(EN_ADJ)} {rng.choice(EN_NOUN)} of {region}")
                if not name:
                    continue
                acronym = "".join(w[0] for w in name.replace("'", "").split() if w[0].isupper())
                alias_list = [(acronym, True)]
                if rng.random() < 0.3:
                    alias_list.append((name.replace(" of ", " for "), False))
                add(name, rng.choice([GroupKind.ARMED_GROUP] * 4 + [GroupKind.ORGANIZATION]), cc, alias_list)
            elif groups:
                parent_index = rng.randrange(len(groups))
                parent = groups[parent_index]
                if parent.kind != GroupKind.ARMED_GROUP:
                    continue
                province = gaz.places[self.pick_place(gaz, cc)]
                name = unique(f"{parent.name} – {province.name} Province")
                if not name:
                    continue
                alias_list = [(f"{parent.name} {province.name}", False)]
                add(name, GroupKind.ARMED_GROUP, cc, alias_list, parent_index)
        with _without_auto_now(*_timestamp_fields(Group)):
            now = datetime.now(UTC)
            for g in groups:
                g.created_at = g.updated_at = now
            Group.objects.bulk_create(groups, batch_size=spec.batch_size)
        for child, parent in branches:
            groups[child].parent_id = groups[parent].id
        Group.objects.bulk_update([groups[c] for c, _ in branches], ["parent"], batch_size=spec.batch_size)
        alias_rows = []
        for index, alias_list in aliases.items():
            seen = {groups[index].name_folded}
            for alias, case_sensitive in alias_list:
                key = fold(alias)
                if key and key not in seen:
                    seen.add(key)
                    alias_rows.append(
                        GroupAlias(group=groups[index], name=alias, name_folded=key, case_sensitive=case_sensitive)
                    )
        GroupAlias.objects.bulk_create(alias_rows, batch_size=spec.batch_size)
        self.log(f"groups: {len(groups):,} generated, {len(alias_rows):,} aliases; {len(existing)} existing kept")

        # Who acts where: per-country pools with a steep (Zipf) activity curve, plus a
        # few transnational groups that are active everywhere (thousands of incidents each).
        info = {}
        for gid, name, cc, kind in existing:
            info[gid] = (name, cc, kind, existing_aliases.get(gid, []))
        for index, g in enumerate(groups):
            info[g.id] = (g.name, g.country_code, g.kind, [a for a, _ in aliases[index]])
        armed = [
            gid for gid, (_, _, kind, _) in info.items() if kind in (GroupKind.ARMED_GROUP, GroupKind.ORGANIZATION)
        ]
        state = defaultdict(list)
        per_country = defaultdict(list)
        for gid in armed:
            per_country[info[gid][1]].append(gid)
        for gid, (_, cc, kind, _) in info.items():
            if kind == GroupKind.STATE_FORCE:
                state[cc].append(gid)
        rng.shuffle(armed)
        existing_ids = {e[0] for e in existing}
        curated_first = sorted(armed, key=lambda gid: gid not in existing_ids)
        transnational = curated_first[:30]
        return {
            "info": info,
            "perpetrators": {cc: Weighted(ids, zipf(len(ids), 1.05)) for cc, ids in per_country.items() if ids},
            "transnational": Weighted(transnational, zipf(len(transnational), 1.2)) if transnational else None,
            "anywhere": Weighted(armed, zipf(len(armed), 0.8)) if armed else None,
            "state": state,
        }

    # ----- persons ------------------------------------------------------------------
    def make_persons(self, gaz: Gazetteer, groups: dict) -> dict:
        rng, spec = self.rng, self.spec
        used = set(Person.objects.values_list("name_folded", flat=True))
        persons, alias_lists = [], []
        attempts = 0
        while len(persons) < spec.persons and attempts < spec.persons * 20:
            attempts += 1
            parts = [rng.choice(FIRST_NAMES)]
            if rng.random() < 0.45:
                parts.append(rng.choice(FIRST_NAMES))
            parts.append(rng.choice(LAST_NAMES))
            name = " ".join(parts)
            if fold(name) in used:
                continue
            used.add(fold(name))
            cc = gaz.countries.pick(rng)
            origin = COUNTRY_INFO.get(cc, ("", ""))[1] if rng.random() < 0.4 else ""
            status = rng.choices(
                [PersonStatus.UNKNOWN, PersonStatus.ALIVE, PersonStatus.KILLED, PersonStatus.ARRESTED,
                 PersonStatus.INJURED, PersonStatus.ABDUCTED],
                [40, 20, 20, 10, 6, 4],
            )[0]  # fmt: skip
            persons.append(
                Person(name=name, name_folded=fold(name), origin=origin, status=status, provenance=Origin.GENERATED)
            )
            alias_list = []
            if rng.random() < 0.3:
                alias_list.append(f"Abu {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
            if rng.random() < 0.1:
                alias_list.append(f"{rng.choice(['Mullah', 'Sheikh', 'Commander', 'Qari', 'Maulvi'])} {parts[-1]}")
            alias_lists.append(alias_list)
        now = datetime.now(UTC)
        with _without_auto_now(*_timestamp_fields(Person)):
            for p in persons:
                p.created_at = p.updated_at = now
            Person.objects.bulk_create(persons, batch_size=spec.batch_size)
        alias_rows = []
        for person, alias_list in zip(persons, alias_lists, strict=True):
            seen = {person.name_folded}
            for alias in alias_list:
                if fold(alias) not in seen:
                    seen.add(fold(alias))
                    alias_rows.append(PersonAlias(person=person, name=alias, name_folded=fold(alias)))
        PersonAlias.objects.bulk_create(alias_rows, batch_size=spec.batch_size)
        affiliations = []
        members = defaultdict(list)
        anywhere = groups["anywhere"]
        if anywhere:
            for person in persons:
                if rng.random() < 0.55:
                    gid = anywhere.pick(rng)
                    role = rng.choice(PERSON_ROLES_IN_GROUP)
                    affiliations.append(Affiliation(person=person, group_id=gid, role=role))
                    members[gid].append(person.id)
        Affiliation.objects.bulk_create(affiliations, batch_size=spec.batch_size)
        self.log(f"persons: {len(persons):,}, {len(alias_rows):,} aliases, {len(affiliations):,} affiliations")
        return {
            "ids": [p.id for p in persons],
            "names": {p.id: p.name for p in persons},
            "aliases": {p.id: a for p, a in zip(persons, alias_lists, strict=True)},
            "members": members,
        }

    # ----- incidents and sources ----------------------------------------------------
    def plan_incidents(self, gaz: Gazetteer, groups: dict, persons: dict) -> list[dict]:
        rng, spec = self.rng, self.spec
        span = (spec.end - spec.start).days
        types = Weighted(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()))
        plans = []
        for _ in range(spec.incidents):
            cc = gaz.countries.pick(rng)
            place_id = self.pick_place(gaz, cc)
            kind = types.pick(rng)
            # More recent years are busier (monitors grow, conflicts spread).
            day = spec.start + timedelta(days=int(span * (rng.random() ** 0.8)))
            precision = rng.choices(
                [DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR], [84, 6, 8, 2]
            )[0]
            start, end, date_text = _date_range(day, precision, rng)
            start, end = max(start, spec.start), min(end, spec.end)
            median, spread, unknown = FATALITY_MODEL[kind]
            if rng.random() < unknown:
                fatalities = None
            else:
                fatalities = int(round(median * math.exp(rng.gauss(0, spread)))) if median else int(rng.random() < 0.2)
                if kind == IncidentType.TARGETED_KILLING:
                    fatalities = max(1, fatalities)
            injured = None if fatalities is None or rng.random() < 0.3 else int(fatalities * rng.uniform(0, 3))
            perpetrators, targets = [], []
            perp_pool = groups["perpetrators"].get(cc)
            if kind != IncidentType.OTHER_VIOLENCE and rng.random() < 0.72:
                if groups["transnational"] and (rng.random() < 0.25 or not perp_pool):
                    perpetrators.append(groups["transnational"].pick(rng))
                elif perp_pool:
                    perpetrators.append(perp_pool.pick(rng))
                if perpetrators and rng.random() < 0.06 and perp_pool:
                    other = perp_pool.pick(rng)
                    if other not in perpetrators:
                        perpetrators.append(other)
            if groups["state"].get(cc) and kind in (
                IncidentType.ARMED_CLASH, IncidentType.BOMBING, IncidentType.SUICIDE_BOMBING
            ) and rng.random() < 0.6:  # fmt: skip
                targets.append(rng.choice(groups["state"][cc]))
            people = []
            if persons["ids"] and rng.random() < 0.3:
                for _ in range(rng.choice([1, 1, 1, 2, 3])):
                    role = (
                        PersonRole.VICTIM
                        if kind in (IncidentType.TARGETED_KILLING, IncidentType.ABDUCTION)
                        else rng.choice(
                            [PersonRole.PERPETRATOR, PersonRole.COMMANDER, PersonRole.VICTIM, PersonRole.OTHER]
                        )
                    )
                    members = persons["members"].get(perpetrators[0]) if perpetrators else None
                    pid = rng.choice(members) if members and role != PersonRole.VICTIM else rng.choice(persons["ids"])
                    if all(pid != p for p, _ in people):
                        people.append((pid, role))
            review = rng.choices(
                [ReviewStatus.EXTRACTED, ReviewStatus.REVIEWED, ReviewStatus.DISPUTED, ReviewStatus.REJECTED],
                [55, 38, 4, 3],
            )[0]
            plans.append(
                {
                    "type": kind, "cc": cc, "place": place_id, "start": start, "end": end, "precision": precision,
                    "date_text": date_text, "fatalities": fatalities, "injured": injured,
                    "perpetrators": perpetrators, "claimed": rng.random() < 0.35, "targets": targets,
                    "target_words": [rng.choice(TARGET_WORDS[kind])], "persons": people, "review": review,
                    "confidence": round(rng.uniform(0.45, 0.99), 2), "sources": [],
                }
            )  # fmt: skip
        plans.sort(key=lambda p: (p["start"], p["cc"]))
        return plans

    def build_and_write(self, gaz: Gazetteer, groups: dict, persons: dict, plans: list[dict]) -> dict:
        rng, spec = self.rng, self.spec
        info = groups["info"]
        n_sources = max(1, spec.sources)
        # Sources follow the calendar: source k reports incidents near position k/n of the
        # date-sorted plan, one to three each, and a third of incidents are corroborated
        # by a neighbouring report.
        for i, plan in enumerate(plans):
            primary = min(n_sources - 1, i * n_sources // len(plans)) if plans else 0
            plan["sources"].append(primary)
            extra = rng.random()
            for k in range(1 if extra < 0.3 else 2 if extra < 0.36 else 0):
                other = min(n_sources - 1, max(0, primary + rng.choice([-2, -1, 1, 2, 3]) + k))
                if other not in plan["sources"]:
                    plan["sources"].append(other)
        per_source = defaultdict(list)
        for i, plan in enumerate(plans):
            for s in plan["sources"]:
                per_source[s].append(i)

        alt_names = self._alternate_names({p["place"] for p in plans})
        publishers = Weighted(PUBLISHERS, zipf(len(PUBLISHERS), 0.7))
        sources, links, mentions = [], [], []  # links: (plan index, source index, evidence, figures)
        for s in range(n_sources):
            incident_ids = per_source.get(s, [])
            first = plans[incident_ids[0]] if incident_ids else None
            publisher, domain = publishers.pick(rng)
            # Published after every event it reports has begun.
            latest = max((plans[i]["start"] for i in incident_ids), default=spec.start)
            published = latest + timedelta(days=rng.choice([0, 0, 1, 1, 2, 5]))
            dateline_place = gaz.places[first["place"]] if first else None
            dateline = ""
            if dateline_place:
                city = dateline_place if dateline_place.kind == LocationKind.CITY else None
                dateline = (city.name if city else gaz.country_name(dateline_place.country_code)).upper()
            writer = _TextWriter(f"{dateline}: " if dateline else "")
            source_mentions = []
            source_links = []
            for i in incident_ids:
                plan = plans[i]
                evidence, figures, found = self._report(writer, plan, gaz, info, persons, rng, s == plan["sources"][0])
                source_links.append((i, evidence, figures))
                source_mentions.extend(found)
                writer.add(rng.choice(FILLER))
            for _ in range(rng.randint(1, 4)):
                writer.add(rng.choice(FILLER))
            writer.add(f"(Reference {GENERATED_MARKER}-{self.run_tag}-{s}.)")
            text = writer.text
            title_plan = first or {"type": IncidentType.OTHER_VIOLENCE, "place": None}
            title_place = gaz.places[title_plan["place"]].name if title_plan["place"] else "the region"
            title = f"{IncidentType(title_plan['type']).label} reported in {title_place}"
            ingested = datetime.combine(published, time(rng.randint(5, 22), rng.randint(0, 59)), UTC)
            sources.append(
                Source(
                    title=title, publisher=publisher, author=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    url=f"https://www.{domain}/{published:%Y/%m}/{fold(title).replace(' ', '-')}-{self.run_tag}-{s}",
                    published=published, dateline=dateline.title(), language="en", text=text,
                    sha256=hashlib.sha256(text.encode()).hexdigest(), original_name="",
                    ingested_at=ingested, extraction={}, extractor_version=GENERATED_MARKER,
                )
            )  # fmt: skip
            links.append(source_links)
            mentions.append(source_mentions)
            if len(sources) >= spec.batch_size * 5:
                self._flush_sources(sources)
                sources = []
        self._flush_sources(sources)
        source_ids = self._source_ids
        self.log(f"sources: {len(source_ids):,}")

        incidents = []
        now = datetime.now(UTC)
        for plan in plans:
            place = gaz.places[plan["place"]]
            summary = plan["summary"]
            names = []
            for gid in plan["perpetrators"] + plan["targets"]:
                name, _, _, group_aliases = info[gid]
                names.append(name)
                names.extend(group_aliases)
            for pid, _ in plan["persons"]:
                names.append(persons["names"][pid])
                names.extend(persons["aliases"][pid])
            places = [place.name, *alt_names.get(place.id, [])] + [a.name for a in gaz.ancestors(place.id)]
            created = datetime.combine(plan["end"], time(12), UTC) + timedelta(days=1)
            incidents.append(
                Incident(
                    type=plan["type"], summary=summary, date_start=plan["start"], date_end=plan["end"],
                    date_precision=plan["precision"], date_text=plan["date_text"], location_id=plan["place"],
                    fatalities=plan["fatalities"], fatalities_text=_count_text(plan["fatalities"]),
                    injured=plan["injured"], perpetrator_unknown=not plan["perpetrators"],
                    targets=plan["target_words"], review_status=plan["review"], confidence=plan["confidence"],
                    search_text=" ".join([summary, *names, *places]), created_at=min(created, now), updated_at=now,
                )
            )  # fmt: skip
        with _without_auto_now(*_timestamp_fields(Incident)):
            Incident.objects.bulk_create(incidents, batch_size=spec.batch_size)
        self.log(f"incidents: {len(incidents):,}")

        actors, people, incident_sources, mention_rows = [], [], [], []
        for incident, plan in zip(incidents, plans, strict=True):
            for n, gid in enumerate(plan["perpetrators"]):
                claimed = n == 0 and plan["claimed"]
                actors.append(
                    IncidentActor(incident=incident, group_id=gid, role=ActorRole.PERPETRATOR, claimed=claimed)
                )
            for gid in plan["targets"]:
                if gid not in plan["perpetrators"]:
                    actors.append(IncidentActor(incident=incident, group_id=gid, role=ActorRole.TARGET))
            for pid, role in plan["persons"]:
                people.append(IncidentPerson(incident=incident, person_id=pid, role=role))
        for s, source_links in enumerate(links):
            for i, evidence, figures in source_links:
                incident_sources.append(
                    IncidentSource(
                        incident=incidents[i], source_id=source_ids[s], evidence=evidence,
                        fatalities=figures, fatalities_text=_count_text(figures), injured=plans[i]["injured"],
                        date_text=plans[i]["date_text"], confidence=plans[i]["confidence"],
                        extraction_key=f"i{len([x for x in source_links if x[0] <= i])}",
                    )
                )  # fmt: skip
            for start, end, text, kind, pk in mentions[s]:
                mention_rows.append(
                    Mention(source_id=source_ids[s], start=start, end=end, text=text, **{f"{kind}_id": pk})
                )
        for model, rows in (
            (IncidentActor, actors),
            (IncidentPerson, people),
            (IncidentSource, incident_sources),
            (Mention, mention_rows),
        ):
            for chunk in _chunks(rows, spec.batch_size * 5):
                model.objects.bulk_create(chunk, batch_size=spec.batch_size)
            self.log(f"{model.__name__}: {len(rows):,}")
        return {
            "incidents": len(incidents),
            "sources": len(source_ids),
            "incident_actors": len(actors),
            "incident_persons": len(people),
            "incident_sources": len(incident_sources),
            "mentions": len(mention_rows),
        }

    _source_ids: list[int]

    def _flush_sources(self, sources: list[Source]) -> None:
        if not hasattr(self, "_source_ids"):
            self._source_ids = []
        if sources:
            with _without_auto_now(Source._meta.get_field("ingested_at")):
                Source.objects.bulk_create(sources, batch_size=self.spec.batch_size)
            self._source_ids.extend(s.id for s in sources)

    def _alternate_names(self, place_ids) -> dict[int, list[str]]:
        names = defaultdict(list)
        for chunk in _chunks(sorted(place_ids), 5_000):
            rows = LocationName.objects.filter(location_id__in=chunk).order_by("id").values_list("location_id", "name")
            for location_id, name in rows:
                if len(names[location_id]) < 4:
                    names[location_id].append(name)
        return names

    def _report(self, writer, plan, gaz, info, persons, rng, primary):
        """Write one source's account of an incident; return evidence, its figure, mentions.

        The primary (first) source's figures and sentence are the incident's own; other
        sources disagree a little on the toll, as real ones do.
        """
        place = gaz.places[plan["place"]]
        found = []
        kind = plan["type"]
        fatalities = plan["fatalities"]
        if fatalities and not primary and rng.random() < 0.25:
            fatalities = max(0, fatalities + rng.choice([-2, -1, 1, 2, 3]))
        perp = info[plan["perpetrators"][0]][0] if plan["perpetrators"] else None
        target_group = info[plan["targets"][0]][0] if plan["targets"] else None
        where_parts = [("in ", None), (place.name, ("location", place.id))]
        parent = gaz.ancestors(place.id)[:1]
        if parent and parent[0].kind != LocationKind.COUNTRY:
            where_parts += [(", ", None), (parent[0].name, ("location", parent[0].id))]
        country = gaz.country_name(place.country_code)
        if place.kind != LocationKind.COUNTRY:
            where_parts += [(", ", None), (country, None)]
        toll = _count_text(fatalities)
        target = plan["target_words"][0]
        other = [(target_group, ("group", plan["targets"][0]))] if target_group else [(target, None)]
        t = [(target, None)]
        if perp:
            actor = [(perp, ("group", plan["perpetrators"][0]))]
            opening = {
                IncidentType.BOMBING: [("A roadside bomb planted by ", None), *actor, (" hit ", None), *t],
                IncidentType.SUICIDE_BOMBING: [
                    ("A suicide bomber sent by ", None),
                    *actor,
                    (" blew himself up at ", None),
                    *t,
                ],
                IncidentType.ARMED_CLASH: [("Fighters of ", None), *actor, (" clashed with ", None), *other],
                IncidentType.TARGETED_KILLING: [("Gunmen linked to ", None), *actor, (" shot dead ", None), *t],
                IncidentType.AIR_OR_DRONE_STRIKE: [
                    ("An air strike hit ", None),
                    (target, None),
                    (" used by ", None),
                    *actor,
                ],
                IncidentType.ARREST_OR_RAID: [
                    ("Security forces raided ", None),
                    (target, None),
                    (" of ", None),
                    *actor,
                ],
                IncidentType.ABDUCTION: [("Militants of ", None), *actor, (" abducted ", None), *t],
                IncidentType.ATTACK_ON_CIVILIANS: [("Armed men of ", None), *actor, (" attacked ", None), *t],
                IncidentType.OTHER_VIOLENCE: [("Supporters of ", None), *actor, (" clashed with police at ", None), *t],
                IncidentType.NON_VIOLENT_DEVELOPMENT: [
                    ("Representatives of ", None),
                    *actor,
                    (" announced ", None),
                    *t,
                ],
            }[kind]
        else:
            opening = {
                IncidentType.BOMBING: [("A roadside bomb hit ", None), *t],
                IncidentType.SUICIDE_BOMBING: [("A suicide bomber blew himself up at ", None), *t],
                IncidentType.ARMED_CLASH: [("Unidentified fighters clashed with ", None), *other],
                IncidentType.TARGETED_KILLING: [("Unknown gunmen shot dead ", None), *t],
                IncidentType.AIR_OR_DRONE_STRIKE: [("An air strike hit ", None), *t],
                IncidentType.ARREST_OR_RAID: [("Security forces raided ", None), *t],
                IncidentType.ABDUCTION: [("Gunmen abducted ", None), *t],
                IncidentType.ATTACK_ON_CIVILIANS: [("Armed men attacked ", None), *t],
                IncidentType.OTHER_VIOLENCE: [("Protesters clashed with police at ", None), *t],
                IncidentType.NON_VIOLENT_DEVELOPMENT: [("Officials announced ", None), *t],
            }[kind]
        templates = [*opening, (" ", None), *where_parts]  # fmt: skip
        if plan["date_text"]:
            templates = [*templates, (" " + plan["date_text"], None)]
        if fatalities is not None and kind != IncidentType.NON_VIOLENT_DEVELOPMENT:
            templates = [*templates, (f", killing {toll}" if fatalities else ", causing no deaths", None)]
            if plan["injured"]:
                templates = [*templates, (f" and wounding {_count_text(plan['injured'])}", None)]
        templates = [*templates, (".", None)]
        sentence_start = writer.position_of_next()
        pieces = []
        offset = sentence_start
        for text, ref in templates:
            if ref:
                found.append((offset, offset + len(text), text, *ref))
            pieces.append(text)
            offset += len(text)
        sentence = "".join(pieces)
        writer.add(sentence)
        evidence = [{"text": sentence, "start": sentence_start, "end": sentence_start + len(sentence)}]
        if primary:
            plan["summary"] = sentence
        for gid in plan["perpetrators"][1:]:
            start = writer.position_of_next()
            lead = "Officials said fighters of "
            other_name = info[gid][0]
            writer.add(f"{lead}{other_name} took part in the attack.")
            found.append((start + len(lead), start + len(lead) + len(other_name), other_name, "group", gid))
            evidence.append({"text": writer.last, "start": start, "end": start + len(writer.last)})
        if plan["perpetrators"] and plan["claimed"] and rng.random() < 0.7:
            start = writer.position_of_next()
            writer.add(f"{perp} claimed responsibility for the attack.")
            found.append((start, start + len(perp), perp, "group", plan["perpetrators"][0]))
            evidence.append({"text": writer.last, "start": start, "end": start + len(writer.last)})
        for pid, role in plan["persons"]:
            name = persons["names"][pid]
            start = writer.position_of_next()
            aliases = persons["aliases"][pid]
            role_text = {
                PersonRole.VICTIM: "The victim was identified as ",
                PersonRole.PERPETRATOR: "Police named the attacker as ",
                PersonRole.COMMANDER: "The operation was led by commander ",
                PersonRole.PLANNER: "Officials said the attack was planned by ",
                PersonRole.OTHER: "Witnesses mentioned ",
            }[role]
            sentence = role_text + name + (f", also known as {aliases[0]}" if aliases else "") + "."
            writer.add(sentence)
            found.append((start + len(role_text), start + len(role_text) + len(name), name, "person", pid))
            if aliases:
                a_start = start + len(role_text) + len(name) + len(", also known as ")
                found.append((a_start, a_start + len(aliases[0]), aliases[0], "person", pid))
            evidence.append({"text": sentence, "start": start, "end": start + len(sentence)})
        return evidence, fatalities, found

    def run(self) -> dict:
        gaz = self.load_gazetteer()
        groups = self.make_groups(gaz)
        persons = self.make_persons(gaz, groups)
        plans = self.plan_incidents(gaz, groups, persons)
        self.log(f"planned {len(plans):,} incidents")
        result = self.build_and_write(gaz, groups, persons, plans)
        result.update(groups=sum(1 for _ in groups["info"]), persons=len(persons["ids"]), places=len(gaz.places))
        return result


class _TextWriter:
    """Builds a source text sentence by sentence, knowing where each sentence starts."""

    def __init__(self, lead: str = ""):
        self.parts = [lead] if lead else []
        self.length = len(lead)
        self.last = ""
        self.paragraph_sentences = 0
        self.lead = bool(lead)

    def position_of_next(self) -> int:
        return self.length + len(self._separator())

    def _separator(self) -> str:
        if not self.parts or (self.lead and len(self.parts) == 1):
            return ""
        return "\n\n" if self.paragraph_sentences >= 3 else " "

    def add(self, sentence: str) -> None:
        sep = self._separator()
        self.paragraph_sentences = 1 if sep == "\n\n" else self.paragraph_sentences + 1
        self.parts.append(sep + sentence)
        self.length += len(sep) + len(sentence)
        self.last = sentence

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _timestamp_fields(model):
    return [model._meta.get_field("created_at"), model._meta.get_field("updated_at")]


def _count_text(n: int | None) -> str:
    if n is None:
        return ""
    if n < len(NUMBER_WORDS):
        return f"{NUMBER_WORDS[n]} people" if n != 1 else "one person"
    return f"at least {n} people"


def _date_range(day: date, precision: str, rng: random.Random) -> tuple[date, date, str]:
    if precision == DatePrecision.DAY:
        return day, day, rng.choice([f"on {day:%A}", f"on {day.day} {day:%B}", f"on {day:%B} {day.day}", ""])
    if precision == DatePrecision.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6), rng.choice(["last week", "earlier this week"])
    if precision == DatePrecision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last), f"in {day:%B %Y}"
    return date(day.year, 1, 1), date(day.year, 12, 31), f"in {day.year}"


def generate_volume(spec: VolumeSpec, *, force: bool = False, clear: bool = False, log=None) -> dict:
    """Generate `spec`'s volume of data; refuse over real records unless `force`."""
    real = real_record_counts()
    if any(real.values()) and not force:
        raise RealRecordsPresent(real)
    if clear:
        deleted = clear_generated()
        if log:
            log("cleared earlier generated rows: " + ", ".join(f"{k} {v:,}" for k, v in deleted.items() if v))
    with transaction.atomic():
        result = VolumeGenerator(spec, log=log).run()
    if connection.vendor == "postgresql":
        # Fresh statistics for the planner; outside a transaction also the visibility map,
        # so counts can use index-only scans (autovacuum would get there later).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return result
