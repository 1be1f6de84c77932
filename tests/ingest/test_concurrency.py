"""Two ingests of the same text at the same time make one source (PostgreSQL only).

Threads get their own database connections, outside the test's transaction, so
their writes really commit and really race on the unique sha256. They are
cleaned up by hand at the end: a `transaction=True` test would instead flush
every table, the session's gazetteer subset with them.
"""

import threading
import time

import pytest
from django.db import connection, connections

from incidents.extraction.article import Article, ArticleMeta
from incidents.models import Group, Source
from incidents.services import ingest as ingest_service
from tests.ingest.documents import LoadedGazetteer, empty_document, span
from tests.threads import in_thread

TEXT = (
    "MOGADISHU: Gunmen from a previously unknown armed faction, the Testland Liberation Front, attacked a "
    "checkpoint in Mogadishu on Monday, killing two soldiers, officials said. (concurrency test article)"
)


@pytest.mark.postgres
@pytest.mark.django_db
def test_two_concurrent_ingests_of_the_same_file_make_one_source(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent ingestion is tested on PostgreSQL")

    barrier = threading.Barrier(2)

    def slow_extract(article, gazetteer):
        barrier.wait(10)  # both have checked "not ingested yet" before either writes
        time.sleep(0.2)
        doc = empty_document(article.text)
        doc["groups"] = [
            {"key": "g1", "name": "Testland Liberation Front", "aliases": [], "kind": "armed_group",
             "parent": None, "mentions": [span(article.text, "Testland Liberation Front")]},
        ]  # fmt: skip
        return doc

    monkeypatch.setattr(ingest_service, "extract_document", slow_extract)
    monkeypatch.setattr(ingest_service, "extractor_version", lambda: "test")
    article = Article(text=TEXT, meta=ArticleMeta(title="Race"), origin="race.txt")
    results, errors = [], []

    def worker():
        try:
            results.append(ingest_service.source_ingest(article, gazetteer=LoadedGazetteer()).status)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    try:
        assert errors == []
        assert sorted(results) == [ingest_service.ALREADY, ingest_service.INGESTED]
        sha = ingest_service.text_sha256(TEXT)
        assert in_thread(lambda: Source.objects.filter(sha256=sha).count()) == 1
        # The loser's transaction rolled back whole: its new group is not there twice.
        assert in_thread(lambda: Group.objects.filter(name="Testland Liberation Front").count()) == 1
    finally:

        def cleanup():
            for source in Source.objects.filter(sha256=ingest_service.text_sha256(TEXT)):
                group_ids = list(source.mentions.values_list("group_id", flat=True))
                source.delete()
                Group.objects.filter(pk__in=group_ids).delete()

        in_thread(cleanup)


@pytest.mark.postgres
@pytest.mark.django_db
def test_two_concurrent_articles_naming_the_same_new_group_create_it_once(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent ingestion is tested on PostgreSQL")

    barrier = threading.Barrier(2)

    def extract(article, gazetteer):
        barrier.wait(10)  # both have looked the group up (and missed it) before either creates it
        doc = empty_document(article.text)
        doc["groups"] = [
            {"key": "g1", "name": "Testland Liberation Front", "aliases": ["TLF"], "kind": "armed_group",
             "parent": None, "mentions": [span(article.text, "Testland Liberation Front")]},
        ]  # fmt: skip
        return doc

    monkeypatch.setattr(ingest_service, "extract_document", extract)
    monkeypatch.setattr(ingest_service, "extractor_version", lambda: "test")
    texts = [TEXT + " First report.", TEXT + " Second report."]
    results, errors = [], []

    def worker(text):
        try:
            article = Article(text=text, meta=ArticleMeta(), origin="race.txt")
            results.append(ingest_service.source_ingest(article, gazetteer=LoadedGazetteer()).status)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(text,)) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    try:
        assert errors == []
        assert results == [ingest_service.INGESTED, ingest_service.INGESTED]
        assert in_thread(lambda: Group.objects.filter(name="Testland Liberation Front").count()) == 1
    finally:

        def cleanup():
            shas = [ingest_service.text_sha256(text) for text in texts]
            for source in Source.objects.filter(sha256__in=shas):
                source.delete()
            Group.objects.filter(name="Testland Liberation Front").delete()

        in_thread(cleanup)
