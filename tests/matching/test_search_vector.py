"""The stored search vector of each incident stays what its words and sources give (PostgreSQL).

Every write path is run for real (ingest with the real extractor, merges, edits, history); after
each, the stored vector must equal one computed afresh here with Django's own expressions.
"""

import pytest
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import F, OuterRef, Subquery, TextField
from django.db.models.functions import Cast

from incidents import selectors
from incidents.models import Incident, IncidentSource, MergeRecord, Source
from incidents.services.annotations import incident_update
from incidents.services.history import revert_to
from incidents.services.merging import merge_incidents, unmerge
from tests.matching.conftest import QUETTA

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("the stored vector exists on PostgreSQL only")


def fresh_vector():
    """The incident's words (weight A) and its sources' text in source order (weight B)."""
    source_text = (
        IncidentSource.objects.filter(incident=OuterRef("pk"))
        .order_by()
        .values("incident")
        .annotate(text=StringAgg("source__text", " ", order_by="source_id"))
        .values("text")
    )
    return SearchVector("search_text", weight="A", config="english") + SearchVector(
        Subquery(source_text), weight="B", config="english"
    )


def stale_vectors() -> list[int]:
    """Incidents whose stored vector differs from a fresh computation (or is missing)."""
    rows = Incident.objects.annotate(
        stored=Cast(F("search_vector"), TextField()), fresh=Cast(fresh_vector(), TextField())
    ).values_list("pk", "stored", "fresh")
    assert rows, "no incidents to check"
    return [pk for pk, stored, fresh in rows if stored is None or stored != fresh]


def found(words: str) -> set[int]:
    return set(selectors.incidents_search(Incident.objects.all(), words).values_list("pk", flat=True))


def source_only_word(incident) -> str:
    """A word of the incident's article that its own words (summary, names, places) do not have."""
    own = set(incident.search_text.lower().split())
    article = incident.sources.get().text
    return next(w for w in article.split() if w.isalpha() and len(w) > 6 and w.lower() not in own)


def test_ingest_and_a_second_report_of_the_event_keep_the_vector_fresh(ingest):
    ingest(QUETTA[0])
    assert stale_vectors() == []
    incident = Incident.objects.get()
    first_sources = set(incident.sources.values_list("pk", flat=True))

    ingest(QUETTA[1])  # joins the same incident: a second source link

    incident = Incident.objects.get()
    assert incident.sources.count() == 2
    assert stale_vectors() == []
    second = incident.sources.exclude(pk__in=first_sources).get()
    own = set(incident.search_text.lower().split()) | set(incident.sources.exclude(pk=second.pk).get().text.split())
    only_second = next(w for w in second.text.split() if w.isalpha() and len(w) > 6 and w not in own)
    assert found(only_second) == {incident.pk}


def test_a_word_only_the_absorbed_source_has_finds_the_survivor_until_unmerged(ingest):
    ingest(QUETTA[0])
    ingest(QUETTA[1])
    unmerge(MergeRecord.objects.get())  # two incidents again, one source each
    survivor, absorbed = Incident.objects.order_by("pk")
    absorbed_pk, word = absorbed.pk, source_only_word(absorbed)
    assert found(word) == {absorbed_pk}
    assert stale_vectors() == []

    merge_incidents(survivor, absorbed)

    assert found(word) == {survivor.pk}
    assert stale_vectors() == []

    unmerge(MergeRecord.objects.filter(undone_at__isnull=True).get())

    assert found(word) == {absorbed_pk}
    assert stale_vectors() == []


def test_an_analysts_edit_and_a_history_restore_keep_the_vector_fresh(ingest, django_user_model):
    ingest(QUETTA[0])
    incident = Incident.objects.get()
    user = django_user_model.objects.create_user(username="editor", password="pw-for-tests-only")
    version = incident.history.earliest()

    incident_update(incident, user=user, fields={"summary": "Grenade thrown into a quarrystone yard"})
    assert found("quarrystone") == {incident.pk}
    assert stale_vectors() == []

    revert_to(incident, version, user=user)
    assert found("quarrystone") == set()
    assert stale_vectors() == []


def test_a_save_of_an_instance_read_before_a_new_source_does_not_bring_back_the_old_vector(ingest):
    ingest(QUETTA[0])
    stale_copy = Incident.objects.get()
    incident = Incident.objects.get()
    extra = Source.objects.create(title="Extra", text="Witnesses described a thunderclap", sha256="e" * 64)
    IncidentSource.objects.create(incident=incident, source=extra)
    assert found("thunderclap") == {incident.pk}

    stale_copy.save()  # writes back the vector it read, which lacks the new source

    assert found("thunderclap") == {incident.pk}
    assert stale_vectors() == []


def test_a_changed_source_text_and_a_removed_link_update_the_vector(ingest):
    ingest(QUETTA[0])
    incident = Incident.objects.get()
    source = incident.sources.get()
    Source.objects.filter(pk=source.pk).update(text=source.text + " A cordwainer saw it.")
    assert found("cordwainer") == {incident.pk}

    IncidentSource.objects.filter(incident=incident).delete()

    assert found("cordwainer") == set()
    assert stale_vectors() == []


def test_the_migrations_backfill_computes_what_the_triggers_keep(ingest):
    from importlib import import_module

    backfill = import_module("incidents.migrations.0011_incident_search_vector").BACKFILL_SQL
    ingest(QUETTA[0])
    ingest(QUETTA[2])
    before = dict(Incident.objects.values_list("pk", Cast(F("search_vector"), TextField())))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")  # the triggers stand aside
        cursor.execute("UPDATE incidents_incident SET search_vector = NULL")
        cursor.execute(backfill)
        cursor.execute("SET LOCAL session_replication_role = origin")
    after = dict(Incident.objects.values_list("pk", Cast(F("search_vector"), TextField())))
    assert after == before
    assert all(after.values())
