"""Reads: every page gets its querysets here, so the query shapes live in one place.

Each list selector returns a queryset whose related rows are fetched in a fixed
number of queries (select_related for single links, prefetch_related for lists),
so a page costs the same number of queries whatever its size. Filters use
subqueries on ids rather than joins, so no DISTINCT or duplicate rows appear and
COUNT(*) stays over the incident table alone.
"""

import datetime
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, F, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, Collate

from incidents.choices import ActorRole, IncidentType, LocationKind, Origin, ReviewStatus
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
    MergeRecord,
    Note,
    Person,
    PersonAlias,
    Source,
)
from incidents.parsing import ascii_id
from incidents.services.search_text import word_stem

# The deepest chain below a first-level division: admin2 > city > site (> sub-site).
MAX_LOCATION_DEPTH = 4
_ID_SUFFIX = re.compile(r"\[([0-9]{1,18})\]\s*$")


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# Lists count their rows up to here and show "1,000+" (or PostgreSQL's "≈" estimate) beyond
# (see CappedCountPaginator); a search lists at most this many matches. Counting reads
# cap + 1 rows on every view: at 1,000,000 incidents a busy group's list spent 91 ms
# counting to 10,001 and spends 8 ms counting to 1,001 (34 and 6.6 ms at 100,000),
# and a town's name search 10x fewer rows (bench_pages; EXPLAIN ANALYZE in issue 14's note).
LIST_COUNT_CAP = 1_000
# A search the planner expects to match at least this many incidents (ten times the cap) is listed newest first,
# as "1,000+", without being counted first (see search_surely_past_cap).
SEARCH_SURELY_PAST_CAP = 10 * (LIST_COUNT_CAP + 1)


def count_at_most(queryset: QuerySet, limit: int, ordering: Sequence[str] = ()) -> int:
    """The number of rows, counting no further than limit + 1 (more than `limit` means "limit+").

    A COUNT(*) that stops early: a broad filter over 100,000 incidents reads only the
    first limit + 1 matching ids (no annotations), not every match. With no `ordering`
    they are read in any order, so PostgreSQL may stop early on any plan; with one (an
    indexed order, see IncidentFilterSet.count_ordering) the plan walks that index.
    """
    return queryset.order_by(*ordering).values("pk")[: limit + 1].count()


# --- Incidents -------------------------------------------------------------------------


# What a row of an incident table shows (includes/incident_table.html): loading only
# these columns keeps a list page's model building cheap. Anything else a row needs must
# be added here, or each row would fetch it with a query of its own.
LIST_ROW_FIELDS = (
    "id", "type", "date_start", "date_end", "date_precision", "fatalities", "injured", "review_status",
    "review_reason", "assigned_to_id", "updated_at",
    "location__id", "location__name", "location__country_code",
)  # fmt: skip


def incident_list() -> QuerySet[Incident]:
    """Incidents with what a row in a list shows: place, groups with roles (as `listed_actors`)."""
    actors = IncidentActor.objects.select_related("group").only(
        "id", "incident_id", "group_id", "role", "claimed", "group__id", "group__name"
    )
    return (
        Incident.objects.select_related("location")
        .only(*LIST_ROW_FIELDS)
        .prefetch_related(Prefetch("actors", queryset=actors, to_attr="listed_actors"))
    )


def incident_detail() -> QuerySet[Incident]:
    """An incident with everything its page shows, in a fixed number of queries."""
    return Incident.objects.select_related(
        "location__parent__parent__parent",
        "reviewed_by",
        "assigned_to",
        "possible_duplicate_of__location",
    ).prefetch_related(
        Prefetch("actors", queryset=IncidentActor.objects.select_related("group").order_by("role", "group__name")),
        Prefetch("person_roles", queryset=IncidentPerson.objects.select_related("person").order_by("person__name")),
        Prefetch(
            "source_links",
            queryset=IncidentSource.objects.select_related("source").order_by("source__published", "id"),
        ),
        Prefetch("possible_duplicates", queryset=Incident.objects.select_related("location")),
    )


EXPORT_FIELDS = (
    "id", "type", "date_start", "date_end", "date_precision", "fatalities", "injured", "review_status",
    "confidence", "summary", "targets", "location_id", "location__name", "location__country_code",
    "location__latitude", "location__longitude",
)  # fmt: skip


def _place_columns(location_ids: list[int]) -> dict[int, dict]:
    """{location id: {"country", "admin1", "admin2"}} names from each place's chain, in one query."""
    # A site sits at most four levels below its country: (kind, name) of each level.
    levels = ["", "parent__", "parent__parent__", "parent__parent__parent__", "parent__parent__parent__parent__"]
    fields = [f"{level}{name}" for level in levels for name in ("kind", "name")]
    columns = {}
    for row in Location.objects.filter(id__in_array=location_ids).values_list("id", *fields):
        found = {}
        for kind, name in zip(row[1::2], row[2::2], strict=True):
            if kind:
                found.setdefault(kind, name)
        columns[row[0]] = {
            "country": found.get(LocationKind.COUNTRY, ""),
            "admin1": found.get(LocationKind.ADMIN1, ""),
            "admin2": found.get(LocationKind.ADMIN2, ""),
        }
    return columns


def incident_export(queryset: QuerySet[Incident], chunk_size: int = 500) -> Iterator[dict]:
    """The filtered incidents as plain rows for the exports, read a chunk at a time.

    Each chunk costs at most five queries (the incidents' columns, their groups, their
    sources, the chains of places not seen before, their notes' count) and no incident instances, so memory stays
    flat. Rows keep the queryset's order; each gets `perpetrators`, `claimed_by`,
    `target_groups` (group names), `source_urls`, `publishers`, `country`, `admin1`,
    `admin2` and `notes_count`.
    """
    incident_type = ContentType.objects.get_for_model(Incident)
    places: dict[int, dict] = {}
    rows = queryset.values(*EXPORT_FIELDS).iterator(chunk_size=chunk_size)
    while chunk := list(islice(rows, chunk_size)):
        ids = [row["id"] for row in chunk]
        groups = defaultdict(lambda: {ActorRole.PERPETRATOR: [], ActorRole.TARGET: [], "claimed": []})
        actors = IncidentActor.objects.filter(incident_id__in_array=ids).order_by("id")
        for incident_id, role, name, claimed in actors.values_list("incident_id", "role", "group__name", "claimed"):
            groups[incident_id][role].append(name)
            if claimed:
                groups[incident_id]["claimed"].append(name)
        urls, publishers = defaultdict(list), defaultdict(list)
        links = IncidentSource.objects.filter(incident_id__in_array=ids).order_by("id")
        for incident_id, url, publisher in links.values_list("incident_id", "source__url", "source__publisher"):
            if url:
                urls[incident_id].append(url)
            if publisher and publisher not in publishers[incident_id]:
                publishers[incident_id].append(publisher)
        unseen = {row["location_id"] for row in chunk if row["location_id"] and row["location_id"] not in places}
        if unseen:  # incidents share places: each place's chain is read once per export
            places.update(_place_columns(list(unseen)))
        notes = dict(
            Note.objects.filter(content_type=incident_type, object_id__in=ids)
            .order_by()
            .values_list("object_id")
            .annotate(n=Count("*"))
        )
        for row in chunk:
            roles = groups.get(row["id"], {})
            row["perpetrators"] = roles.get(ActorRole.PERPETRATOR, [])
            row["claimed_by"] = roles.get("claimed", [])
            row["target_groups"] = roles.get(ActorRole.TARGET, [])
            row["source_urls"] = urls.get(row["id"], [])
            row["publishers"] = publishers.get(row["id"], [])
            row.update(places.get(row["location_id"], {"country": "", "admin1": "", "admin2": ""}))
            row["notes_count"] = notes.get(row["id"], 0)
            yield row


def perpetrator_names(incident_ids: list[int]) -> dict[int, list[str]]:
    """{incident id: perpetrator group names} for these incidents, in one query."""
    names = defaultdict(list)
    actors = IncidentActor.objects.filter(incident_id__in_array=incident_ids, role=ActorRole.PERPETRATOR)
    for incident_id, name in actors.order_by("id").values_list("incident_id", "group__name"):
        names[incident_id].append(name)
    return names


def incident_map_points(queryset: QuerySet[Incident]):
    """Plain rows for the map: only incidents with coordinates, only the fields drawn."""
    return (
        queryset.filter(location__latitude__isnull=False, location__longitude__isnull=False)
        .order_by("-date_start", "-id")
        .values_list(
            "id", "type", "date_start", "fatalities", "location__name", "location__latitude", "location__longitude"
        )
    )


def incidents_search(queryset: QuerySet[Incident], q: str) -> QuerySet[Incident]:
    """Free text over summary, names, aliases and place names (search_text) and source text.

    PostgreSQL: full-text search, ranked (the list orders by rank when no other order
    is asked). SQLite: every word must appear in one of the same fields.
    """
    q = (q or "").strip()
    if not q:
        return queryset
    if is_postgres():
        # The stored vector holds the incident's words and its sources' (migration 0011), under one GIN
        # index: the planner walks the date index testing each row for a broad term, or reads the bitmap
        # for a rare one. (Two id subqueries, one per table, read every match before the page could stop.)
        return queryset.filter(search_vector=search_query(q))
    for word in q.split():
        folded = fold(word)
        word = word_stem(word)  # "beheaded" finds "beheading", as the English config does on PostgreSQL
        groups = Group.objects.filter(Q(name__icontains=word) | Q(aliases__name_folded__contains=folded))
        persons = Person.objects.filter(Q(name__icontains=word) | Q(aliases__name_folded__contains=folded))
        queryset = queryset.filter(
            Q(search_text__icontains=word)
            | Q(summary__icontains=word)
            | Q(location__name__icontains=word)
            | Q(id__in=IncidentActor.objects.filter(group__in=groups).values("incident_id"))
            | Q(id__in=IncidentPerson.objects.filter(person__in=persons).values("incident_id"))
            | Q(id__in=IncidentSource.objects.filter(source__text__icontains=word).values("incident_id"))
        )
    return queryset


def search_surely_past_cap(queryset: QuerySet) -> bool:
    """Whether PostgreSQL's planner expects the search `queryset` to match SEARCH_SURELY_PAST_CAP incidents or more.

    Counting a search to the cap cannot stop early on a common word: the GIN bitmap reads the words' whole
    posting lists before the first row. At 1,000,000 incidents 'suicide bomber' read 142,020 entries in 26 ms
    to keep 1,001 (35 ms in all, against 7.4 ms at 100,000: the count grew with the data while the page did
    not); its estimate, one plan and no scan, said 19,446, and the list would say "1,000+" and go newest first
    whatever the count. The estimate of words joined by AND errs low (7x there: the words go together), which
    keeps a borderline search counted; ten times the cap leaves room for one that errs high (an excluded
    "-word" that mostly goes with the other). Cached like every planner_estimate.
    """
    return is_postgres() and planner_estimate(queryset) >= SEARCH_SURELY_PAST_CAP


def ids_in_any_order(queryset: QuerySet, limit: int) -> list[int]:
    """The primary keys of at most `limit` rows, in no order: the plan may stop at the limit-th match."""
    return list(queryset.order_by().values_list("pk", flat=True)[:limit])


def ranked_ids(ids: list[int], q: str) -> list[int]:
    """`ids` (incidents matching `q`), best match first (PostgreSQL): reads only those rows."""
    ranked = incidents_ranked(Incident.objects.filter(pk__in_array=ids), q).order_by("-rank", "-date_start", "-id")
    return list(ranked.values_list("pk", flat=True))


def incidents_by_place(queryset: QuerySet[Incident], *, descending: bool = False) -> QuerySet[Incident]:
    """Sorted by place name (folded: case and accents aside), then place (same-named places stay
    apart), then id; unplaced incidents last."""
    name = F("location__name_folded")
    if descending:
        return queryset.order_by(name.desc(nulls_last=True), "-location_id", "-id")
    return queryset.order_by(name.asc(nulls_last=True), "location_id", "id")


def placed_by_name(queryset: QuerySet[Incident], *, descending: bool = False) -> QuerySet[Incident]:
    """The placed incidents of `queryset` in incidents_by_place's order, through an inner join.

    PostgreSQL reads this order by walking the index of folded place names and each place's
    incidents (incident_location_kept), stopping when it has enough: at 1,000,000 incidents
    1,001 ids in 6-10 ms, where the left join's ORDER BY sorted every row (461-544 ms). Within one country it walks
    that country's places in name order (location_country_name): the id walk in EXPLAIN takes 1.0 ms for
    Afghanistan's 80,460, where sorting them all took 24.6 ms (the whole page's median: 29.4 -> 13.7 ms). The order
    is written
    plainly, not as incidents_by_place's NULLS LAST: a descending walk of the index gives NULLS FIRST, and with
    no unplaced rows here the two orders are the same.
    """
    placed = queryset.filter(location__isnull=False)
    if descending:
        return placed.order_by("-location__name_folded", "-location_id", "-id")
    return placed.order_by("location__name_folded", "location_id", "id")


def ids_by_place(queryset: QuerySet[Incident], limit: int, *, descending: bool = False) -> list[int]:
    """The first `limit` ids of incidents_by_place(queryset): the placed ones, then the unplaced."""
    ids = list(placed_by_name(queryset, descending=descending).values_list("pk", flat=True)[:limit])
    if len(ids) < limit:
        unplaced = queryset.filter(location__isnull=True).order_by("-id" if descending else "id")
        ids += unplaced.values_list("pk", flat=True)[: limit - len(ids)]
    return ids


class RowsInOrder(Sequence):
    """The rows of `queryset` whose ids are `ids`, in that order, fetched a slice at a time.

    A paginator pages through it like a queryset: each page reads only its own rows
    (with the queryset's select_related and prefetch_related), by primary key.
    """

    def __init__(self, queryset: QuerySet, ids: list[int]):
        self.queryset = queryset
        self.ids = ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0] if index >= 0 else self[len(self) + index]
        wanted = self.ids[index]
        rows = {row.pk: row for row in self.queryset.order_by().filter(pk__in=wanted)}
        return [rows[pk] for pk in wanted if pk in rows]


def search_query(q: str):
    """The PostgreSQL query of the list's free text: web-search syntax, English stems."""
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(q.strip(), search_type="websearch", config="english")


def incidents_ranked(queryset: QuerySet[Incident], q: str) -> QuerySet[Incident]:
    """Annotate `rank` (PostgreSQL) from the stored vector: own words (A) above sources' text (B)."""
    from django.contrib.postgres.search import SearchRank

    # F(): a bare field name would be wrapped in to_tsvector() and re-parsed as text.
    return queryset.annotate(rank=SearchRank(F("search_vector"), search_query(q)))


def location_descendant_ids(location: Location) -> list[int]:
    """The place and every place inside it, one indexed query per level (at most four)."""
    ids = [location.pk]
    frontier = [location.pk]
    for _ in range(MAX_LOCATION_DEPTH):
        frontier = list(Location.objects.filter(parent_id__in_array=frontier).values_list("id", flat=True))
        if not frontier:
            break
        ids.extend(frontier)
    return ids


def incidents_in_location(
    queryset: QuerySet[Incident], location: Location, *, with_text: bool = False
) -> QuerySet[Incident]:
    """Incidents at a place or anywhere inside it (Balkh finds Mazar-i-Sharif's).

    Every Location carries its country code, so a country is one indexed filter;
    below that the descendants are collected level by level. `with_text` (the list also
    searches free text): a country by its place ids instead, so the planner can AND the
    place index with the full-text one (at 1,000,000 incidents the combined search took
    446 ms through the join, 140 ms with the ids; without text the join is ~20 ms faster).
    """
    if location.kind == LocationKind.COUNTRY and location.country_code:
        if with_text:
            places = Location.objects.filter(country_code=location.country_code).values_list("id", flat=True)
            return queryset.filter(location_id__in_array=list(places))
        return queryset.filter(location__country_code=location.country_code)
    return queryset.filter(location_id__in_array=location_descendant_ids(location))


# A search's type choices that together make up more than this share of incidents are checked
# on each row the other conditions find, not through the type index (see incidents_of_types).
BROAD_TYPE_SHARE = 0.25


def incidents_of_types(
    queryset: QuerySet[Incident], types: Iterable[str], *, with_text: bool = False
) -> QuerySet[Incident]:
    """Incidents of any of `types` (the list's Type checkboxes).

    `with_text` (the list also searches free text), on PostgreSQL: when the chosen types are
    broad (past BROAD_TYPE_SHARE of incidents, by the planner's statistics), the condition is
    written on `type COLLATE "C"`, which the type index does not serve; the text and place
    indexes find the rows and the type is checked on each. The planner otherwise sometimes
    ANDs a bitmap of every incident of those types into the search's: at 1,000,000 incidents,
    the list's "combined" page (a country, bombing + suicide bombing + armed clash, 42 % of
    incidents, 'mosque') built a 420,000-entry bitmap in 3 of 7 ANALYZE samples with the
    OR of django-filter's MultipleChoiceFilter and in 7 of 7 with one `type IN (...)`:
    7,795-8,955 buffers and 89-132 ms, against 3,391 buffers and 14-18 ms without it
    (EXPLAIN ANALYZE, issue 14). Narrow types keep the index: a broad term ('attack') with
    suicide bombings alone (4 %) took 10 ms through it and 147 ms without. "C" compares
    bytes, so the same rows match; the planner still reads the column's statistics.
    """
    types = sorted(set(types))
    if with_text and is_postgres() and _share_of_incidents(types) > BROAD_TYPE_SHARE:
        return queryset.alias(type_bytes=Collate("type", "C")).filter(type_bytes__in=types)
    condition = Q()
    for value in types:
        condition |= Q(type=value)
    return queryset.filter(condition)


def _share_of_incidents(types: list[str]) -> float:
    """The share of incidents of `types`, by the planner's estimates (cached, see planner_estimate)."""
    total = planner_estimate(Incident.objects.all())
    return planner_estimate(Incident.objects.filter(type__in=types)) / total if total > 0 else 0.0


def incidents_with_groups(
    queryset: QuerySet[Incident], groups: Iterable[Group], role: str = "", extra_group_ids: Iterable[int] = ()
) -> QuerySet[Incident]:
    actors = IncidentActor.objects.filter(group_id__in=[g.pk for g in groups] + list(extra_group_ids))
    if role:
        actors = actors.filter(role=role)
    return queryset.filter(id__in=actors.values("incident_id"))


def incidents_with_persons(queryset: QuerySet[Incident], persons: Iterable[Person]) -> QuerySet[Incident]:
    return queryset.filter(id__in=IncidentPerson.objects.filter(person__in=list(persons)).values("incident_id"))


def incidents_ending_on_or_after(queryset: QuerySet[Incident], day: datetime.date) -> QuerySet[Incident]:
    """Incidents whose date range reaches `day` or later (with date_start <= to: ranges that overlap)."""
    return queryset.filter(Q(date_end__gte=day) | Q(date_end__isnull=True, date_start__gte=day))


def possible_duplicates(queryset: QuerySet[Incident]) -> QuerySet[Incident]:
    """Incidents flagged as possibly the same event as another (each pair listed once, by its newer half)."""
    return queryset.filter(possible_duplicate_of__isnull=False).exclude(
        possible_duplicate_of__review_status=ReviewStatus.REJECTED
    )


def incidents_from_publisher(queryset: QuerySet[Incident], publisher: str) -> QuerySet[Incident]:
    """Sources whose publisher's name contains the text ("Dawn" finds "Dawn News")."""
    links = IncidentSource.objects.filter(source__publisher__icontains=publisher.strip())
    return queryset.filter(id__in=links.values("incident_id"))


def incident_figure_range(incident: Incident) -> tuple[int, int] | None:
    """(lowest, highest) fatalities the sources report, when they disagree (uses the prefetch)."""
    figures = [link.fatalities for link in incident.source_links.all() if link.fatalities is not None]
    if len(set(figures)) < 2:
        return None
    return min(figures), max(figures)


# --- Resolving typed names to records ------------------------------------------------------


def _by_id_suffix(value: str) -> int | None:
    """The id a typed value gives: all ASCII digits, or an `[id]` suffix; else None."""
    value = value.strip()
    if value.isascii() and value.isdigit():
        return ascii_id(value)  # None past 18 digits: no such record
    match = _ID_SUFFIX.search(value)
    return int(match.group(1)) if match else None


# Each named model, with its table of other names and the key pointing back to it.
_OTHER_NAMES = {
    Group: (GroupAlias, "group_id"),
    Person: (PersonAlias, "person_id"),
    Location: (LocationName, "location_id"),
}


def name_or_alias(model, key: str, lookup: str = "exact") -> Q:
    """Rows of `model` whose folded name or any other name matches `key` (lookup: exact/contains/startswith).

    The ids of two look-ups joined by UNION, each on its own index: as one OR across a
    subquery PostgreSQL could use neither (a place typed into the list's filter read all
    211,812 places, 62 ms; as a union 0.1 ms; EXPLAIN ANALYZE, stop 33 of issue 14).
    """
    others, fk = _OTHER_NAMES[model]
    field = "name_folded" if lookup == "exact" else f"name_folded__{lookup}"
    named = model.objects.filter(**{field: key}).order_by().values("pk")
    return Q(pk__in=named.union(others.objects.filter(**{field: key}).order_by().values(fk)))


def _named(model, value: str) -> list:
    """Rows whose name or any alias is `value` (folded), else those containing it."""
    pk = _by_id_suffix(value)
    if pk is not None:
        return list(model.objects.filter(pk=pk))
    key = fold(value)
    if not key:
        return []
    return list(model.objects.filter(name_or_alias(model, key))) or list(
        model.objects.filter(name_or_alias(model, key, "contains"))[:50]
    )


def groups_named(value: str) -> list[Group]:
    return _named(Group, value)


def groups_exactly_named(value: str) -> list[Group]:
    """Groups whose name or an alias is `value` (or the `[id]` it ends with): never a mere part of a name."""
    pk = _by_id_suffix(value)
    if pk is not None:
        return list(Group.objects.filter(pk=pk))
    key = fold(value)
    return list(Group.objects.filter(name_or_alias(Group, key)).order_by("name", "pk")) if key else []


def group_branch_ids(groups: Iterable[Group]) -> list[int]:
    """Ids of the branches, wings and factions of `groups`, at any depth.

    One query over the (few) groups that have a parent, walked here: the same cost
    whatever the depth of the tree.
    """
    children = defaultdict(list)
    for pk, parent_id in Group.objects.filter(parent__isnull=False).values_list("id", "parent_id"):
        children[parent_id].append(pk)
    seen = {group.pk for group in groups}
    branches, frontier = [], list(seen)
    while frontier:
        found = [pk for parent_id in frontier for pk in children.get(parent_id, ()) if pk not in seen]
        seen.update(found)
        branches.extend(found)
        frontier = found
    return branches


def persons_named(value: str) -> list[Person]:
    return _named(Person, value)


# Larger areas first when a name is ambiguous (Balkh the province before Balkh the town).
_KIND_RANK = {
    LocationKind.COUNTRY: 0,
    LocationKind.REGION: 1,
    LocationKind.ADMIN1: 2,
    LocationKind.ADMIN2: 3,
    LocationKind.CITY: 4,
    LocationKind.SITE: 5,
}


def location_named(value: str) -> Location | None:
    """The place a typed value means: `[id]` suffix or digits, else the best name match."""
    pk = _by_id_suffix(value)
    if pk is not None:
        return Location.objects.filter(pk=pk).first()
    key = fold(value)
    if not key:
        return None
    if len(value.strip()) == 2 and value.strip().isalpha():  # an ISO code: "PK" is Pakistan
        country = Location.objects.filter(kind=LocationKind.COUNTRY, country_code=value.strip().upper()).first()
        if country is not None:
            return country
    candidates = list(Location.objects.filter(name_or_alias(Location, key))[:50])
    if not candidates:
        return None
    return min(candidates, key=lambda loc: (_KIND_RANK.get(loc.kind, 9), -(loc.population or 0), loc.pk))


def location_label(location: Location | None) -> str:
    """How a place is written into a form field: readable, and exact thanks to the id."""
    if location is None:
        return ""
    return f"{location.name} ({location.get_kind_display()}, {location.country_code or '—'}) [{location.pk}]"


def location_suggestions(term: str, limit: int = 15) -> list[Location]:
    """Autocomplete: places whose name starts with the typed text, larger places first."""
    key = fold(term)
    if len(key) < 2:
        return []
    rows = list(
        Location.objects.filter(name_folded__startswith=key)
        .select_related("parent")
        .order_by("name_folded")[: limit * 4]
    )
    rows.sort(key=lambda loc: (_KIND_RANK.get(loc.kind, 9), -(loc.population or 0), loc.name))
    return rows[:limit]


def group_suggestions(term: str, limit: int = 15) -> list[str]:
    key = fold(term)
    if len(key) < 2:
        return []
    names = list(Group.objects.filter(name_folded__startswith=key).values_list("name", flat=True)[:limit])
    names += list(GroupAlias.objects.filter(name_folded__startswith=key).values_list("name", flat=True)[:limit])
    return sorted(set(names))[:limit]


# --- Groups, persons, locations, sources --------------------------------------------------


def group_list() -> QuerySet[Group]:
    """Groups with their parent and aliases; the list orders them and shows their counts from `activity_counts`."""
    return Group.objects.select_related("parent").prefetch_related("aliases").order_by("name", "id")


def _rejected_ids() -> QuerySet:
    return Incident.objects.filter(review_status=ReviewStatus.REJECTED).order_by().values("id")


def ids_by_activity(queryset: QuerySet, counts: dict[int, int]) -> list[int]:
    """The ids of `queryset`'s rows, most incidents first (then by name), from precomputed `counts`.

    Sorting every group by a per-row count in SQL costs seconds at 100,000 incidents
    (bench_pages: groups 2.7 s median); the counts from `activity_counts` and a sort here
    keep the page near its rows' cost. A list page then reads only its rows.
    """
    rows = queryset.order_by().values_list("id", "name")
    return [pk for pk, _ in sorted(rows, key=lambda row: (-counts.get(row[0], 0), row[1], row[0]))]


def group_activity() -> dict[int, int]:
    """{group id: incidents (not rejected), as perpetrator or target}, counted at most ACTIVITY_SECONDS ago."""
    return activity_counts()["groups"]


def activity_counts() -> dict:
    """Incidents (not rejected) per group and per place, counted at most ACTIVITY_SECONDS ago.

    {"groups": {group id: n}, "places": {location id: n}, "places_ranked": [location id,
    most incidents first], "counted_at": datetime}. Counting them reads every actor link
    and every incident: at 1,000,000 incidents 0.3 s for the groups and 0.5 s for the
    places (bench_pages), which the groups list, the places list and the dashboard paid on
    every view (0.9 s, 0.5 s and 0.7 s median). The pages say when they were counted.
    """
    from django.core.cache import cache

    return cache.get_or_set("incidents:activity-counts", _count_activity, ACTIVITY_SECONDS)


def _count_activity() -> dict:
    from django.utils import timezone

    actors = IncidentActor.objects.exclude(incident_id__in=_rejected_ids()).order_by()
    groups = dict(actors.values_list("group_id").annotate(n=Count("*")))
    at_places = counted_incidents().filter(location__isnull=False).order_by()
    places = dict(at_places.values_list("location_id").annotate(n=Count("*")))
    ranked = sorted(places, key=lambda pk: (-places[pk], pk))
    return {"groups": groups, "places": places, "places_ranked": ranked, "counted_at": timezone.now()}


def group_detail() -> QuerySet[Group]:
    return Group.objects.select_related("parent", "reviewed_by").prefetch_related(
        "aliases",
        "branches",
        Prefetch("affiliations", queryset=Affiliation.objects.select_related("person").order_by("person__name")),
    )


def group_incidents(group: Group) -> QuerySet[Incident]:
    """The group's incidents in time order (as perpetrator or target)."""
    return incidents_with_groups(incident_list(), [group]).order_by("date_start", "id")


def person_list() -> QuerySet[Person]:
    return Person.objects.prefetch_related(
        "aliases", Prefetch("affiliations", queryset=Affiliation.objects.select_related("group"))
    )


def person_detail() -> QuerySet[Person]:
    return Person.objects.select_related("reviewed_by").prefetch_related(
        "aliases",
        Prefetch("affiliations", queryset=Affiliation.objects.select_related("group").order_by("group__name")),
    )


def person_incidents(person: Person) -> QuerySet[Incident]:
    roles = IncidentPerson.objects.filter(person=person).order_by("role")
    return (
        incidents_with_persons(incident_list(), [person])
        .prefetch_related(Prefetch("person_roles", queryset=roles, to_attr="roles_of_person"))
        .order_by("date_start", "id")
    )


def location_list() -> QuerySet[Location]:
    """Places with their parent; the list shows their counts from `activity_counts`."""
    return Location.objects.select_related("parent")


def places_by_activity(queryset: QuerySet[Location]) -> list[int]:
    """Ids of the places (of `queryset`) incidents happened at, most incidents first: not the whole gazetteer.

    From `activity_counts`, capped at LIST_COUNT_CAP + 1 like every list's count; a
    filtered list keeps the ranked places its filters keep (one query on their ids).
    """
    activity = activity_counts()
    ranked = activity["places_ranked"]
    if queryset.query.where:
        kept = set(queryset.filter(id__in_array=ranked).order_by().values_list("id", flat=True)) if ranked else set()
        ranked = [pk for pk in ranked if pk in kept]
    return ranked[: LIST_COUNT_CAP + 1]


def location_detail() -> QuerySet[Location]:
    # Ancestors up to the country in the same query.
    return Location.objects.select_related("parent__parent__parent__parent").prefetch_related("alternate_names")


def location_ancestors(location: Location) -> list[Location]:
    chain, node = [], location.parent
    while node is not None and len(chain) < MAX_LOCATION_DEPTH + 1:
        chain.append(node)
        # Only follow links select_related already loaded: no query per level.
        node = node._state.fields_cache.get("parent")
    return list(reversed(chain))


def location_children(location: Location) -> QuerySet[Location]:
    """Places directly inside this one, larger first."""
    return Location.objects.filter(parent=location).order_by("kind", "-population", "name")


def location_incidents(location: Location) -> QuerySet[Incident]:
    return incidents_in_location(incident_list(), location).order_by("date_start", "id")


def source_list() -> QuerySet[Source]:
    # A correlated count, evaluated for the page's rows only (a GROUP BY would aggregate every source).
    links = IncidentSource.objects.filter(source=OuterRef("pk")).order_by().values("source").annotate(n=Count("id"))
    return (
        Source.objects.defer("text", "extraction")
        .annotate(incident_count=Coalesce(Subquery(links.values("n")), 0))
        .order_by("-ingested_at", "-id")
    )


def source_detail() -> QuerySet[Source]:
    return Source.objects.select_related("ingested_by").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("group", "person", "location").order_by("start")),
        Prefetch(
            "incident_links",
            queryset=IncidentSource.objects.select_related("incident__location").order_by("incident__date_start"),
        ),
    )


def country_names() -> dict[str, str]:
    """{ISO code: country name} from the gazetteer: a few hundred rows that rarely change, cached briefly."""
    from django.core.cache import cache

    return cache.get_or_set(
        "incidents:country-names",
        lambda: dict(Location.objects.filter(kind=LocationKind.COUNTRY).values_list("country_code", "name")),
        300,
    )


def publishers() -> list[str]:
    """Publisher names for the filter's suggestions: a DISTINCT over every source, so cached briefly."""
    from django.core.cache import cache

    return cache.get_or_set(
        "incidents:publishers",
        lambda: list(
            Source.objects.exclude(publisher="").order_by("publisher").values_list("publisher", flat=True).distinct()
        ),
        300,
    )


# --- Notes, history, merges ---------------------------------------------------------------


def notes_for(record) -> QuerySet[Note]:
    content_type = ContentType.objects.get_for_model(record)
    return Note.objects.filter(content_type=content_type, object_id=record.pk).select_related("author")


def history_for(record) -> QuerySet:
    return record.history.select_related("history_user").order_by("-history_date", "-history_id")


def _name(record, fallback_id) -> str:
    return record.name if record is not None else f"#{fallback_id} (deleted)"


# Link rows whose changes belong on a record's history tab:
# (label, link model, field naming the record, related rows to join, how to describe a row).
RELATED_HISTORY = {
    "incident": [
        ("Groups", IncidentActor, "incident_id", ["group"],
     lambda r: f"{_name(r.group, r.group_id)} ({r.role}{', claimed' if r.claimed else ''})"),
        ("Persons", IncidentPerson, "incident_id", ["person"], lambda r: f"{_name(r.person, r.person_id)} ({r.role})"),
    ],
    "group": [
        ("Aliases", GroupAlias, "group_id", [], lambda r: r.name),
        ("Affiliated persons", Affiliation, "group_id", ["person"],
         lambda r: f"{_name(r.person, r.person_id)} — {r.role or 'member'}"),
    ],
    "person": [
        ("Aliases", PersonAlias, "person_id", [], lambda r: r.name),
        ("Affiliations", Affiliation, "person_id", ["group"],
         lambda r: f"{r.role or 'member'} of {_name(r.group, r.group_id)}"),
    ],
}  # fmt: skip


def related_history_for(record, limit: int = 50) -> list[dict]:
    """Recent changes to a record's links (actors, aliases, affiliations), one query per kind."""
    sections = []
    for label, model, field, joins, describe in RELATED_HISTORY.get(record._meta.model_name, []):
        rows = list(
            model.history.filter(**{field: record.pk})
            .select_related("history_user", *joins)
            .order_by("-history_date", "-history_id")[:limit]
        )
        for row in rows:
            row.description = describe(row)
        sections.append({"label": label, "rows": rows})
    return sections


def merged_into(model, pk: int, max_hops: int = 10):
    """Where a record merged away now lives: the survivor (following merges of merges), or None."""
    content_type = ContentType.objects.get_for_model(model)
    for _ in range(max_hops):
        merge = (
            MergeRecord.objects.filter(content_type=content_type, absorbed_id=pk, undone_at__isnull=True)
            .order_by("-performed_at")
            .values_list("survivor_id", flat=True)
            .first()
        )
        if merge is None:
            return None
        survivor = model._default_manager.filter(pk=merge).first()
        if survivor is not None:
            return survivor
        pk = merge  # the survivor was itself merged away later
    return None


def merges_into(record) -> QuerySet[MergeRecord]:
    content_type = ContentType.objects.get_for_model(record)
    return MergeRecord.objects.filter(content_type=content_type, survivor_id=record.pk).select_related(
        "performed_by", "undone_by"
    )


# --- Review queue --------------------------------------------------------------------------


def review_queue_counts(user=None) -> dict[str, int]:
    """What waits for a decision, per queue section, and (given `user`) how much of it is theirs."""
    counts = {
        "unreviewed": count_or_estimate(never_reviewed()),
        "changed": back_for_review().count(),
        "duplicates": queue_duplicates().count(),
        "groups": new_groups().count(),
        "persons": new_persons().count(),
    }
    if user is not None:
        counts["mine"] = Incident.objects.filter(review_status=ReviewStatus.EXTRACTED, assigned_to=user).count()
    return counts


def never_reviewed() -> QuerySet[Incident]:
    """Extracted incidents no analyst has decided on (those sent back by a merge are `back_for_review`)."""
    return Incident.objects.filter(review_status=ReviewStatus.EXTRACTED, review_reason="")


def review_queue() -> QuerySet[Incident]:
    """Unreviewed incidents, newest first: the queue analysts work through."""
    return queue_rows(incident_list().filter(review_status=ReviewStatus.EXTRACTED, review_reason=""))


def back_for_review() -> QuerySet[Incident]:
    """Reviewed incidents a merge changed (their `review_reason` says how), newest first."""
    return queue_rows(incident_list().filter(review_status=ReviewStatus.EXTRACTED).exclude(review_reason=""))


def queue_duplicates() -> QuerySet[Incident]:
    """Flagged possible duplicates still to be decided (merged, or marked not the same)."""
    return queue_rows(possible_duplicates(incident_list()).exclude(review_status=ReviewStatus.REJECTED))


def queue_rows(incidents: QuerySet[Incident]) -> QuerySet[Incident]:
    """A queue's incident rows, newest first, with who has taken each on."""
    return (
        incidents.select_related("assigned_to")
        .only(*LIST_ROW_FIELDS, "assigned_to__id", "assigned_to__username")
        .order_by("-date_start", "-id")
    )


def new_groups() -> QuerySet[Group]:
    """Groups the extractor created that no analyst has confirmed yet, newest first."""
    return Group.objects.filter(reviewed=False, provenance=Origin.EXTRACTED).order_by("-created_at", "-id")


def new_persons() -> QuerySet[Person]:
    """Persons the extractor created that no analyst has confirmed yet, newest first."""
    return Person.objects.filter(reviewed=False, provenance=Origin.EXTRACTED).order_by("-created_at", "-id")


# --- Dashboard -----------------------------------------------------------------------------


# Past this many rows a dashboard total is PostgreSQL's estimate, shown as "≈ N".
ESTIMATE_ABOVE = 10_000


class Estimate(int):
    """A row count read from the planner's statistics, not counted."""

    estimated = True


def planner_estimate(queryset: QuerySet) -> int:
    """The number of rows PostgreSQL's planner expects `queryset` to return (one plan, no scan).

    It comes from the statistics ANALYZE keeps (autovacuum refreshes them as rows change):
    close for a whole table, rougher under several filters. Since the figure moves only
    when the statistics do, it is kept 5 minutes per query (a list page past the count
    cap saves a round trip and a plan on each view).
    """
    from django.core.cache import cache

    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    key = "incidents:estimate:" + hashlib.sha256(f"{sql}{params!r}".encode()).hexdigest()
    rows = cache.get(key)
    if rows is None:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        rows = int((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"])
        cache.set(key, rows, 300)
    return rows


def count_or_estimate(queryset: QuerySet) -> int:
    """COUNT(*), or on PostgreSQL the planner's estimate when that is past ESTIMATE_ABOVE rows.

    A dashboard's "100,000 incidents" need not be exact to the row, and an exact COUNT(*)
    reads every row on every view.
    """
    if is_postgres():
        rows = planner_estimate(queryset)
        if rows > ESTIMATE_ABOVE:
            return Estimate(rows)
    return queryset.count()


def counted_incidents() -> QuerySet[Incident]:
    """What dashboards count: every incident but the rejected ones."""
    return Incident.objects.exclude(review_status=ReviewStatus.REJECTED)


def active_group_count() -> int:
    """Groups with at least one incident (not the reference list of every known group), from `activity_counts`."""
    return len(group_activity())


def dashboard_totals() -> dict[str, int]:
    return {
        "incidents": count_or_estimate(counted_incidents()),
        "groups": active_group_count(),
        "possible_duplicates": possible_duplicates(Incident.objects.all()).count(),
        "persons": count_or_estimate(Person.objects.all()),
        "sources": count_or_estimate(Source.objects.all()),
    }


def waiting_for_review() -> dict[str, int]:
    return {
        "incidents": count_or_estimate(Incident.objects.filter(review_status=ReviewStatus.EXTRACTED)),
        "groups": count_or_estimate(Group.objects.filter(reviewed=False)),
        "persons": count_or_estimate(Person.objects.filter(reviewed=False)),
    }


def monthly_figures(months: int = 24) -> tuple[list[tuple], list[tuple]]:
    """(month, incidents) and (month, fatalities) for the `months` months up to the latest incident.

    Months without incidents are there with 0, so the charts' time axis is even. Both
    come from one grouped query per day (an index scan, no function per row), summed here.
    """
    latest = counted_incidents().aggregate(latest=Max("date_start"))["latest"]  # one index probe
    if latest is None:
        return [], []
    first = latest.replace(day=1)
    for _ in range(months - 1):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    per_day = (
        counted_incidents()
        .filter(date_start__gte=first)
        .order_by()
        .values_list("date_start")
        .annotate(n=Count("*"), killed=Sum("fatalities"))
    )
    counts, killed = defaultdict(int), defaultdict(int)
    for day, n, deaths in per_day:
        counts[day.replace(day=1)] += n
        killed[day.replace(day=1)] += deaths or 0
    return _every_month(first, latest, counts), _every_month(first, latest, killed)


def _every_month(first: datetime.date, last: datetime.date, values: dict) -> list[tuple]:
    months, month = [], first
    while month <= last:
        months.append((month, values.get(month, 0)))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def incidents_by_type() -> list[dict]:
    """[{"type", "label", "n", "fatalities"}], most incidents first (rejected left out)."""
    labels = dict(IncidentType.choices)
    rows = (
        counted_incidents()
        .order_by()
        .values("type")
        .annotate(n=Count("*"), killed=Coalesce(Sum("fatalities"), 0))
        .order_by("-n", "type")
    )
    return [{"type": r["type"], "label": labels.get(r["type"], r["type"]), "n": r["n"], "fatalities": r["killed"]}
            for r in rows]  # fmt: skip


def incidents_by_country(limit: int = 15) -> list[dict]:
    """[{"code", "name", "n", "fatalities"}] for the countries with most incidents."""
    rows = list(
        counted_incidents()
        .filter(location__isnull=False)
        .order_by()
        .values("location__country_code")
        .annotate(n=Count("*"), killed=Coalesce(Sum("fatalities"), 0))
        .order_by("-n")[:limit]
    )
    names = country_names()
    return [
        {"code": code, "name": names.get(code) or code, "n": r["n"], "fatalities": r["killed"]}
        for r in rows
        for code in [r["location__country_code"]]
    ]


def latest_incidents(limit: int = 10) -> QuerySet[Incident]:
    return incident_list().exclude(review_status=ReviewStatus.REJECTED).order_by("-date_start", "-id")[:limit]


def most_active_groups(limit: int = 10) -> list[Group]:
    counts = (
        IncidentActor.objects.filter(role="perpetrator")
        .exclude(incident__review_status=ReviewStatus.REJECTED)
        .order_by()
        .values("group_id")
        .annotate(n=Count("group_id"))  # (incident, group, role) is unique; index-only scan on (role, group)
        .order_by("-n")[:limit]
    )
    counts = {row["group_id"]: row["n"] for row in counts}
    groups = list(Group.objects.filter(pk__in=counts))
    for group in groups:
        group.incident_count = counts[group.pk]
    return sorted(groups, key=lambda g: (-g.incident_count, g.name))


# The dashboard's charts, breakdowns and most active groups read every incident of the last two years
# and every perpetrator link: their cost grows with the database (at 1,000,000 incidents
# 2.4x the dashboard's time at 100,000, scripts/bench_pages.py). They are kept this long
# in the cache, and the dashboard says when they were counted.
DASHBOARD_ACTIVITY_SECONDS = ACTIVITY_SECONDS = 300


def dashboard_activity() -> dict:
    """The dashboard's figures over every incident (per month, by type and country, most active groups),
    counted at most DASHBOARD_ACTIVITY_SECONDS ago."""
    from django.core.cache import cache

    return cache.get_or_set("incidents:dashboard-activity", _count_dashboard_activity, DASHBOARD_ACTIVITY_SECONDS)


def _count_dashboard_activity() -> dict:
    from django.utils import timezone

    per_month, killed_per_month = monthly_figures()
    return {
        "per_month": per_month,
        "killed_per_month": killed_per_month,
        "by_type": incidents_by_type(),
        "by_country": incidents_by_country(),
        "groups": most_active_groups(),
        "counted_at": timezone.now(),
    }


def recent_sources(limit: int = 8) -> QuerySet[Source]:
    return Source.objects.defer("text", "extraction").order_by("-ingested_at")[:limit]
