"""The search indexes (migrations 0002, 0011, 0013): present and used on PostgreSQL, absent and harmless elsewhere."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection

from incidents import selectors
from incidents.models import Group, GroupAlias, Incident, Location, LocationName, Person, PersonAlias

TRIGRAM = {
    "location_name_trgm": Location,
    "location_altname_trgm": LocationName,
}


def plan_of(queryset) -> str:
    """The plan PostgreSQL picks when sequential scans are made unattractive (tiny test tables)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = queryset.explain()
        cursor.execute("SET LOCAL enable_seqscan = on")
    return plan


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)  # exits non-zero on changes
    assert "No changes detected" in out.getvalue()


@pytest.mark.postgres
@pytest.mark.django_db
def test_search_indexes_exist_on_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")
        indexes = dict(cursor.fetchall())
    assert "USING gin (search_vector)" in indexes["incident_search_vector"]
    # The expression indexes the search read before the stored vector are gone (0013).
    assert "incident_search_fts" not in indexes
    assert "source_text_fts" not in indexes
    for name in TRIGRAM:
        assert "gin_trgm_ops" in indexes[name]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=False)
def test_full_text_filter_of_the_pages_uses_the_stored_vectors_gin_index():
    Incident.objects.create(type="bombing", summary="Suicide bombing at a market")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    # Unordered: on a tiny table the planner may prefer walking the date-order index
    # (which the list's ORDER BY matches) and filtering; which index wins then depends on leftover statistics.
    incidents = selectors.incidents_search(Incident.objects.order_by(), "suicide bombing")

    assert "incident_search_vector" in plan_of(incidents)


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("index", sorted(TRIGRAM))
def test_name_contains_lookups_use_the_trigram_indexes(index):
    plan = plan_of(TRIGRAM[index].objects.filter(name_folded__contains="nasr").order_by())
    assert index in plan


def index_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = %s", [name])
        return cursor.fetchone()[0] == 1


@pytest.mark.postgres
@pytest.mark.django_db
def test_index_migrations_can_be_reversed_and_reapplied():
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("incidents")
    try:
        executor.migrate([("incidents", "0012_incident_search_vector_triggers")])
        # Reversing 0013 builds the expression indexes again.
        assert index_exists("incident_search_fts") and index_exists("source_text_fts")
        executor.loader.build_graph()
        executor.migrate([("incidents", "0001_initial")])
        assert not index_exists("incident_search_fts") and not index_exists("incident_search_vector")
    finally:
        executor.loader.build_graph()
        executor.migrate(latest)
    assert index_exists("incident_search_vector")
    assert not index_exists("incident_search_fts") and not index_exists("source_text_fts")


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("model", [Group, GroupAlias, Person, PersonAlias, Location, LocationName])
def test_exact_name_lookups_do_not_go_through_a_trigram_index(model):
    # pg_trgm's GIN supports equality, and the planner once chose it for the gazetteer's
    # `name_folded = ANY(...)`: 770 ms instead of 2 ms (see migration 0005).
    with connection.cursor() as cursor:
        cursor.execute(f'ANALYZE "{model._meta.db_table}"')
    names = ["kabul", "islamic state", "north waziristan", "the army", "said", "on sunday"] * 20
    plan = plan_of(model.objects.filter(name_folded__in=names).values_list("name_folded").order_by())
    assert "trgm" not in plan


@pytest.mark.postgres
@pytest.mark.django_db
def test_link_tables_answer_incident_ids_from_their_covering_indexes():
    from incidents.models import IncidentActor, IncidentPerson, IncidentSource

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    with connection.cursor() as cursor:  # index-only scans need a visibility map
        # Fresh statistics for every table asked about: other tests' rows leave stale ones behind.
        for table in (
            "incidents_incidentactor",
            "incidents_incidentperson",
            "incidents_incidentsource",
            "incidents_location",
        ):
            cursor.execute(f"ANALYZE {table}")
    by_group = IncidentActor.objects.filter(group_id=1, role="perpetrator").values("incident_id")
    by_person = IncidentPerson.objects.filter(person_id=1).values("incident_id")
    by_source = IncidentSource.objects.filter(source_id=1).values("incident_id")
    in_country = Location.objects.filter(country_code="AF").values("id")
    assert "incident_actor_group_cover" in plan_of(by_group)
    assert "incident_person_cover" in plan_of(by_person)
    assert "incident_source_cover" in plan_of(by_source)
    assert "location_country_cover" in plan_of(in_country)


def sorted_plan(sort: str) -> str:
    """The plan of the incident list sorted by `sort`, with sorting made unattractive: a Sort node left means
    no index gives that order, so at volume every matching row would be read and sorted (issue 14)."""
    from django.http import QueryDict

    from incidents.filters import IncidentFilterSet

    incidents = IncidentFilterSet(QueryDict(f"sort={sort}"), queryset=Incident.objects.all()).qs
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_sort = off")
        plan = plan_of(incidents[:25])
        cursor.execute("SET LOCAL enable_sort = on")
    return plan


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["-fatalities", "fatalities", "type", "-type", "status", "-status", "date", "-id"])
def test_lists_sorted_by_an_incident_column_read_an_index_in_that_order(sort):
    assert "Sort" not in sorted_plan(sort)


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_plan_check_sees_a_sort_no_index_serves():
    # Sorting by the place's name goes through the join: no index of the incident table can give that order.
    assert "Sort" in sorted_plan("location")


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_list_by_place_reads_places_in_name_order_from_indexes():

    from incidents import selectors

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_sort = off")
        plan = plan_of(selectors.placed_by_name(Incident.objects.exclude(review_status="rejected"))[:25])
        cursor.execute("SET LOCAL enable_sort = on")
    assert "incidents_location_name_folded" in plan
    assert not re.search(r"(?<!Incremental )Sort  \(cost", plan)  # each place's few rows only, never all


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_country_list_by_place_reads_that_countrys_places_in_name_order():

    from incidents import selectors

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_sort = off")
        in_country = Incident.objects.filter(location__country_code="AF").exclude(review_status="rejected")
        plan = plan_of(selectors.placed_by_name(in_country)[:25])
        cursor.execute("SET LOCAL enable_sort = on")
    assert "location_country_name" in plan
    assert not re.search(r"(?<!Incremental )Sort  \(cost", plan)  # the first places' rows only, never the country's
