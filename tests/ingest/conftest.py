"""Fixtures for the ingest tests.

`places` and `groups` return rows the session's gazetteer subset and groups
list hold; when a row is missing (a loader still being built), it is added
with the provenance the loader would give it, so these tests stand alone.
"""

from pathlib import Path

import pytest

from incidents.choices import GroupKind, LocationKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias, Location

ARTICLES = Path(__file__).parent / "articles"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_24bb731ae25b9949.txt"


def _place(name, kind, country, parent=None, lat=None, lon=None):
    found = Location.objects.filter(name_folded=fold(name), kind=kind, country_code=country).first()
    if found:
        return found
    return Location.objects.create(
        name=name, kind=kind, country_code=country, parent=parent, latitude=lat, longitude=lon,
        provenance=Origin.GAZETTEER,
    )  # fmt: skip


def _group(name, kind=GroupKind.ARMED_GROUP, parent=None, aliases=()):
    found = Group.objects.filter(name_folded=fold(name)).first()
    for alias in aliases:
        found = found or Group.objects.filter(aliases__name_folded=fold(alias)).first()
    if not found:
        found = Group.objects.create(name=name, kind=kind, parent=parent, provenance=Origin.CURATED)
    for alias in aliases:
        if not found.aliases.filter(name_folded=fold(alias)).exists():
            GroupAlias.objects.create(group=found, name=alias, case_sensitive=alias.isupper())
    return found


@pytest.fixture
def places(db):
    af = _place("Afghanistan", LocationKind.COUNTRY, "AF")
    kabul_province = _place("Kabul", LocationKind.ADMIN1, "AF", af)
    kabul = _place("Kabul", LocationKind.CITY, "AF", kabul_province, 34.528, 69.172)
    ng = _place("Nigeria", LocationKind.COUNTRY, "NG")
    borno = _place("Borno", LocationKind.ADMIN1, "NG", ng)
    maiduguri = _place("Maiduguri", LocationKind.CITY, "NG", borno, 11.846, 13.157)
    pk = _place("Pakistan", LocationKind.COUNTRY, "PK")
    kp = _place("Khyber Pakhtunkhwa", LocationKind.ADMIN1, "PK", pk)
    peshawar = _place("Peshawar", LocationKind.CITY, "PK", kp, 34.008, 71.578)
    return {
        "af": af, "kabul_province": kabul_province, "kabul": kabul, "ng": ng, "borno": borno,
        "maiduguri": maiduguri, "pk": pk, "kp": kp, "peshawar": peshawar,
    }  # fmt: skip


@pytest.fixture
def groups(db):
    islamic_state = _group("Islamic State", aliases=["ISIS", "Daesh"])
    iskp = _group("Islamic State Khorasan Province", parent=islamic_state, aliases=["ISKP", "ISIS-K"])
    boko_haram = _group("Boko Haram")
    taliban = _group("Taliban", kind=GroupKind.GOVERNMENT)
    return {"islamic_state": islamic_state, "iskp": iskp, "boko_haram": boko_haram, "taliban": taliban}
