"""Two reports of one event ingested at the same time still make one incident (PostgreSQL only).

Threads get their own connections, outside the test's transaction, so their
writes commit; what they wrote is removed by hand at the end (a
`transaction=True` test would flush the session's gazetteer subset too).
"""

import threading

import pytest
from django.db import connection, connections

from incidents.choices import Origin
from incidents.extraction.reading import read_path
from incidents.models import Incident, Location, MergeRecord, Person, Source
from incidents.services import ingest as ingest_service
from tests.matching.conftest import ARTICLES, QUETTA
from tests.threads import in_thread


@pytest.mark.postgres
@pytest.mark.django_db
def test_two_reports_of_one_event_ingested_at_once_make_one_incident(gazetteer_loaded, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent ingestion is tested on PostgreSQL")
    articles = [read_path(ARTICLES / name) for name in QUETTA[:2]]
    real_extract = ingest_service.extract_document
    real_extract(articles[0], ingest_service.database_gazetteer())  # loads spaCy once, not in two threads at once
    barrier = threading.Barrier(2)

    def extract_then_wait(article, gazetteer):
        document = real_extract(article, gazetteer)
        barrier.wait(60)  # both have extracted, neither has written, before either persists
        return document

    monkeypatch.setattr(ingest_service, "extract_document", extract_then_wait)
    places_before = set(Location.objects.filter(provenance=Origin.EXTRACTED).values_list("pk", flat=True))
    errors = []

    def worker(article):
        try:
            ingest_service.source_ingest(article)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(article,)) for article in articles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    shas = [ingest_service.text_sha256(article.text) for article in articles]
    try:
        assert errors == []
        sources = in_thread(lambda: sorted(s.pk for s in Source.objects.filter(sha256__in=shas)))
        assert len(sources) == 2
        incidents = in_thread(lambda: list(Incident.objects.filter(sources__in=sources).distinct()))
        assert len(incidents) == 1
        assert in_thread(lambda: incidents[0].sources.count()) == 2
    finally:

        def cleanup():
            for source in Source.objects.filter(sha256__in=shas):
                person_ids = list(source.mentions.exclude(person=None).values_list("person_id", flat=True))
                incident_ids = list(source.incidents.values_list("pk", flat=True))
                MergeRecord.objects.filter(survivor_id__in=incident_ids).delete()
                Incident.objects.filter(pk__in=incident_ids).delete()
                source.delete()
                Person.objects.filter(pk__in=person_ids).delete()
            # Places the extraction added (a site inside a town); later tests count them as real records.
            Location.objects.filter(provenance=Origin.EXTRACTED).exclude(pk__in=places_before).delete()

        in_thread(cleanup)
