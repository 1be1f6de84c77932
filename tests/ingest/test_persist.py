"""Persistence of extraction documents, with hand-written documents standing in for the extractor."""

import datetime as dt

import pytest

from incidents.choices import ActorRole, LocationKind, Origin, PersonStatus, ReviewStatus
from incidents.extraction.article import Article, ArticleMeta
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentSource,
    Location,
    Mention,
    Person,
    PersonAlias,
    Source,
)
from incidents.services import ingest as ingest_service
from incidents.services import matching, persist
from incidents.services.ingest import ALREADY, INGESTED, REINGESTED, source_ingest
from tests.ingest.conftest import ARTICLES
from tests.ingest.documents import LoadedGazetteer, empty_document, kabul_document, sentence, span

KABUL_TEXT = (ARTICLES / "kabul_bus_bombing.txt").read_text(encoding="utf-8")
PICSS_TEXT = (
    "ISLAMABAD: Attacks rose sharply in August, according to the Testland Institute for Conflict "
    "Research (TICR), an Islamabad-based think tank.\n"
    "Separately, police said a senior commander of the Tehreek-e-Taliban Pakistan, identified as Qari Ahmad "
    "Noor, also known as Zarrar, was arrested in Peshawar on Friday. Noor was of Afghan origin.\n"
)


@pytest.fixture
def fake_extractor(monkeypatch):
    """Documents by text: `fake_extractor[text] = doc`; unknown texts give an empty document."""
    documents = {}
    monkeypatch.setattr(
        ingest_service, "extract_document", lambda article, gazetteer: documents.get(article.text) or
        empty_document(article.text),
    )  # fmt: skip
    monkeypatch.setattr(ingest_service, "extractor_version", lambda: "test")
    return documents


def ingest(text, **kwargs):
    meta = ArticleMeta(title="A title", publisher="Test Wire", published=dt.date(2024, 6, 11))
    return source_ingest(Article(text=text, meta=meta, origin="test.txt"), gazetteer=LoadedGazetteer(), **kwargs)


def counts():
    models = (Source, Incident, Group, GroupAlias, Person, PersonAlias, Location, Mention, Affiliation)
    return {model.__name__: model.objects.count() for model in models}


def picss_document(text, places, groups_):
    doc = empty_document(text)
    doc["groups"] = [
        {"key": "g1", "name": "Testland Institute for Conflict Research", "aliases": ["TICR"],
         "kind": "organization", "parent": None,
         "mentions": [span(text, "Testland Institute for Conflict Research"), span(text, "TICR")]},
        {"key": "g2", "name": "Tehreek-e-Taliban Pakistan Test Faction", "aliases": [], "kind": "armed_group",
         "parent": None, "mentions": []},
    ]  # fmt: skip
    doc["persons"] = [
        {"key": "p1", "name": "Qari Ahmad Noor", "aliases": ["Zarrar"], "origin": "Afghan", "fate": "arrested",
         "affiliations": [{"group": "g2", "role": "senior commander"}],
         "mentions": [span(text, "Qari Ahmad Noor"), span(text, "Zarrar"), span(text, "Noor", 1)]},
    ]  # fmt: skip
    doc["locations"] = [
        {"key": "l1", "name": "Peshawar", "kind": "city", "country": "PK", "parent": None,
         "gazetteer_id": places["peshawar"].pk, "mentions": [span(text, "Peshawar")]},
    ]  # fmt: skip
    doc["incidents"] = [
        {"key": "i1", "type": "arrest_or_raid", "summary": "TTP commander Qari Ahmad Noor arrested in Peshawar",
         "date": "2025-09", "date_precision": "month", "date_text": "on Friday", "location": "l1",
         "fatalities": None, "fatalities_text": None, "injured": None, "perpetrators": [],
         "perpetrator_unknown": False, "targets": ["Tehreek-e-Taliban Pakistan Test Faction"],
         "persons": [{"person": "p1", "role": "other"}], "evidence": [sentence(text, "was arrested")],
         "confidence": 0.7},
    ]  # fmt: skip
    return doc


def test_ingest_stores_the_source_and_links_gazetteer_rows(fake_extractor, places, groups, django_user_model):
    fake_extractor[KABUL_TEXT] = doc = kabul_document(KABUL_TEXT, places, groups)
    user = django_user_model.objects.create_user("ingester", password="pw-for-tests-only")
    kabul_count = Location.objects.filter(name="Kabul").count()

    result = ingest(KABUL_TEXT, user=user)

    assert result.status == INGESTED
    source = Source.objects.get()
    assert source.text == KABUL_TEXT
    assert source.sha256 == result.sha256 == doc["source"]["sha256"]
    assert (source.title, source.publisher, source.published) == ("A title", "Test Wire", dt.date(2024, 6, 11))
    assert source.dateline == "Kabul"
    assert source.ingested_by == user
    assert source.extraction == doc
    assert source.extractor_version == "test"

    incident = Incident.objects.get()
    assert incident.type == "bombing"
    assert (incident.date_start, incident.date_end, incident.date_precision) == (
        dt.date(2024, 6, 11),
        dt.date(2024, 6, 11),
        "day",
    )
    assert (incident.fatalities, incident.injured, incident.fatalities_text) == (5, 11, "killing five people")
    assert incident.review_status == ReviewStatus.EXTRACTED
    assert incident.targets == ["government employees"]
    assert list(incident.actors.values_list("group_id", "role")) == [(groups["iskp"].pk, ActorRole.PERPETRATOR)]

    site = incident.location
    assert (site.name, site.kind, site.parent, site.provenance) == (
        "Dasht-e-Barchi",
        LocationKind.SITE,
        places["kabul"],
        Origin.EXTRACTED,
    )
    assert site.country_code == "AF"
    assert Location.objects.filter(name="Kabul").count() == kabul_count  # linked, not copied

    link = IncidentSource.objects.get()
    assert (link.source, link.fatalities, link.injured, link.extraction_key) == (source, 5, 11, "i1")
    assert [e["text"] for e in link.evidence] == [e["text"] for e in doc["incidents"][0]["evidence"]]
    assert all(KABUL_TEXT[e["start"] : e["end"]] == e["text"] for e in link.evidence)

    emergency = Group.objects.get(name="Emergency")
    assert (emergency.provenance, emergency.reviewed, emergency.kind) == (Origin.EXTRACTED, False, "organization")
    assert Person.objects.get().provenance == Origin.EXTRACTED

    mentions = Mention.objects.filter(source=source)
    assert mentions.count() == 9
    assert all(KABUL_TEXT[m.start : m.end] == m.text for m in mentions)
    assert mentions.filter(location=places["kabul"]).count() == 3

    for word in ("minibus", "Islamic State Khorasan Province", "ISKP", "ISIS-K", "Dasht-e-Barchi", "Kabul"):
        assert word in incident.search_text
    assert result.report.created["groups"] == ["Emergency"]
    assert sorted(result.report.matched["groups"]) == sorted([groups["iskp"].name, groups["taliban"].name])


def test_new_groups_get_text_defined_acronyms_and_persons_their_aliases(fake_extractor, places, groups):
    fake_extractor[PICSS_TEXT] = picss_document(PICSS_TEXT, places, groups)

    ingest(PICSS_TEXT)

    picss = Group.objects.get(name="Testland Institute for Conflict Research")
    alias = picss.aliases.get()
    assert (alias.name, alias.case_sensitive, alias.source) == ("TICR", True, Source.objects.get())
    assert matching.match_group({"name": "TICR"}) == picss
    assert matching.match_group({"name": "ticr"}) is None  # acronyms keep their capitals

    person = Person.objects.get()
    assert (person.name, person.origin, person.status) == ("Qari Ahmad Noor", "Afghan", PersonStatus.ARRESTED)
    assert list(person.aliases.values_list("name", flat=True)) == ["Zarrar"]
    affiliation = Affiliation.objects.get()
    assert (affiliation.group.name, affiliation.role) == ("Tehreek-e-Taliban Pakistan Test Faction", "senior commander")
    assert person.mentions.count() == 3

    incident = Incident.objects.get()
    assert (incident.date_start, incident.date_end, incident.date_precision) == (
        dt.date(2025, 9, 1),
        dt.date(2025, 9, 30),
        "month",
    )
    assert list(incident.person_roles.values_list("person__name", "role")) == [("Qari Ahmad Noor", "other")]
    # A target named like a group of the document is linked as that group.
    assert list(incident.actors.values_list("group__name", "role")) == [
        ("Tehreek-e-Taliban Pakistan Test Faction", ActorRole.TARGET)
    ]
    assert "Zarrar" in incident.search_text


def test_a_second_article_matches_existing_groups_persons_and_sites(fake_extractor, places, groups):
    fake_extractor[PICSS_TEXT] = picss_document(PICSS_TEXT, places, groups)
    ingest(PICSS_TEXT)
    other = PICSS_TEXT.replace("Attacks rose sharply", "Attacks fell")
    doc = picss_document(other, places, groups)
    doc["groups"][0]["mentions"] = []
    fake_extractor[other] = doc

    result = ingest(other)

    assert result.status == INGESTED
    assert Group.objects.filter(name="Testland Institute for Conflict Research").count() == 1
    assert Person.objects.count() == 1
    assert sorted(result.report.matched["persons"]) == ["Qari Ahmad Noor"]
    assert Incident.objects.count() == 2  # too little shared evidence to merge: flagged at most, never merged


def test_persons_are_not_merged_on_a_single_word(db):
    Person.objects.create(name="Noor", provenance=Origin.EXTRACTED)
    ahmad = Person.objects.create(name="Qari Ahmad Noor", provenance=Origin.EXTRACTED)
    PersonAlias.objects.create(person=ahmad, name="Ahmad Noor Zarrar")
    assert matching.match_person({"name": "Noor"}) is None
    assert matching.match_person({"name": "Zarrar", "aliases": ["Noor"]}) is None
    assert matching.match_person({"name": "QARI AHMAD NOOR"}) == ahmad
    assert matching.match_person({"name": "Noor", "aliases": ["Ahmad Noor Zarrar"]}) == ahmad
    Person.objects.create(name="Qari Ahmad Noor", provenance=Origin.EXTRACTED)
    assert matching.match_person({"name": "Qari Ahmad Noor"}) is None  # two namesakes: no guess


def test_groups_match_by_gazetteer_id_then_by_folded_alias(groups):
    assert matching.match_group({"name": "whatever", "gazetteer_id": groups["boko_haram"].pk}) == groups["boko_haram"]
    assert matching.match_group({"name": "Isis-K"}) in (groups["iskp"], None)  # case-sensitive alias
    assert matching.match_group({"name": "ISIS-K"}) == groups["iskp"]
    assert matching.match_group({"name": "Someone new", "aliases": ["ISKP"]}) == groups["iskp"]
    assert matching.match_group({"name": "An unknown front"}) is None


def test_sites_outside_the_gazetteer_are_matched_within_their_parent(places):
    market = Location.objects.create(
        name="Central Market", kind=LocationKind.SITE, parent=places["kabul"], provenance=Origin.EXTRACTED
    )
    assert matching.match_location({"name": "central market"}, parent=places["kabul"]) == market
    assert matching.match_location({"name": "Central Market"}, parent=places["peshawar"]) is None
    assert matching.match_location({"name": "Kabul", "gazetteer_id": places["kabul"].pk}) == places["kabul"]


def test_same_text_twice_is_already_ingested_and_changes_nothing(fake_extractor, places, groups):
    fake_extractor[KABUL_TEXT] = kabul_document(KABUL_TEXT, places, groups)
    first = ingest(KABUL_TEXT)
    before = counts()

    second = ingest(KABUL_TEXT)

    assert second.status == ALREADY
    assert second.source == first.source
    assert counts() == before


def test_reingest_replaces_extracted_records_and_keeps_what_analysts_touched(fake_extractor, places, groups):
    doc = kabul_document(KABUL_TEXT, places, groups)
    second_incident = dict(doc["incidents"][0], key="i2", type="armed_clash", location="l1", summary="A clash")
    doc["incidents"].append(second_incident)
    fake_extractor[KABUL_TEXT] = doc
    ingest(KABUL_TEXT)
    reviewed = Incident.objects.get(type="bombing")
    reviewed.review_status = ReviewStatus.REVIEWED
    reviewed.fatalities = 4  # the analyst's correction
    reviewed.save()
    clash = Incident.objects.get(type="armed_clash")
    Group.objects.filter(name="Emergency").update(reviewed=True)
    zadran = Person.objects.get(name="Khalid Zadran")

    # The extractor now finds six dead, no clash, no Emergency and no spokesman.
    new_doc = kabul_document(KABUL_TEXT, places, groups, fatalities=6)
    new_doc["groups"] = new_doc["groups"][:1]
    new_doc["persons"] = []
    fake_extractor[KABUL_TEXT] = new_doc
    result = ingest(KABUL_TEXT, reingest=True)

    assert result.status == REINGESTED
    assert Source.objects.count() == 1
    reviewed.refresh_from_db()
    assert (reviewed.fatalities, reviewed.review_status) == (4, ReviewStatus.REVIEWED)
    assert list(Incident.objects.all()) == [reviewed]  # the bombing is matched, not duplicated
    assert not Incident.objects.filter(pk=clash.pk).exists()
    assert Group.objects.filter(name="Emergency").exists()  # reviewed: kept
    assert not Person.objects.filter(pk=zadran.pk).exists()  # came only from this source
    assert Location.objects.filter(name="Dasht-e-Barchi").count() == 1  # still used by the kept incident
    assert len(result.report.kept) == 1
    assert Source.objects.get().extraction == new_doc


def test_reingest_deletes_orphaned_extracted_sites_and_edited_incidents_are_kept(fake_extractor, places, groups):
    fake_extractor[KABUL_TEXT] = kabul_document(KABUL_TEXT, places, groups)
    ingest(KABUL_TEXT)
    Incident.objects.update(analyst_edited=True)
    new_doc = kabul_document(KABUL_TEXT, places, groups)
    new_doc["incidents"] = []
    new_doc["locations"] = new_doc["locations"][:1]
    fake_extractor[KABUL_TEXT] = new_doc

    ingest(KABUL_TEXT, reingest=True)

    assert Incident.objects.count() == 1  # edited by an analyst: kept although no longer extracted
    assert Location.objects.filter(name="Dasht-e-Barchi").exists()  # the kept incident still points at it

    Incident.objects.update(analyst_edited=False)
    ingest(KABUL_TEXT, reingest=True)
    assert Incident.objects.count() == 0
    assert not Location.objects.filter(name="Dasht-e-Barchi").exists()
    assert Location.objects.filter(pk=places["kabul"].pk).exists()  # gazetteer rows are never removed


def test_a_failure_leaves_nothing_partial(fake_extractor, places, groups, monkeypatch):
    fake_extractor[KABUL_TEXT] = kabul_document(KABUL_TEXT, places, groups)
    before = counts()

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(persist, "_incident_create", explode)
    with pytest.raises(RuntimeError):
        ingest(KABUL_TEXT)
    assert counts() == before


def test_text_without_incidents_is_stored_with_zero_incidents(fake_extractor, db):
    result = ingest("A trade fair opened in Peshawar on Friday with 200 exhibitors.")
    assert result.status == INGESTED
    assert result.source.incidents.count() == 0
    assert result.report.created["incidents"] == []


def test_mentions_whose_offsets_do_not_slice_the_text_are_skipped(fake_extractor, places, groups):
    doc = kabul_document(KABUL_TEXT, places, groups)
    doc["groups"][1]["mentions"].append({"text": "Emergency", "start": 10**6, "end": 10**6 + 9})
    doc["groups"][1]["mentions"].append({"text": "Emergency", "start": 5, "end": 5})
    fake_extractor[KABUL_TEXT] = doc
    result = ingest(KABUL_TEXT)
    assert result.report.skipped_mentions == 2
    assert Mention.objects.count() == 9


def test_gazetteer_not_loaded_is_refused_naming_the_commands(fake_extractor, db):
    with pytest.raises(ingest_service.GazetteerNotLoaded, match="load_gazetteer.*load_groups"):
        source_ingest(Article(text=KABUL_TEXT, meta=ArticleMeta()), gazetteer=LoadedGazetteer(False, False))
    assert Source.objects.count() == 0


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2025-09-28", "day", (dt.date(2025, 9, 28), dt.date(2025, 9, 28), "day")),
        ("2025-09-22", "week", (dt.date(2025, 9, 22), dt.date(2025, 9, 28), "week")),
        ("2024-02", "month", (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")),
        ("2022", "year", (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")),
        ("2022", None, (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")),
        (None, None, (None, None, "")),
        ("last week", "week", (None, None, "")),
        ("2025-02-30", "day", (None, None, "")),
    ],
)
def test_incident_dates_carry_only_what_is_known(value, precision, expected):
    assert persist.parse_incident_date(value, precision) == expected


def test_common_nouns_are_not_kept_as_aliases(fake_extractor, db):
    text = "Fighters of the Testland Front, which locals call the militia, attacked a village on Monday."
    doc = empty_document(text)
    doc["groups"] = [
        {"key": "g1", "name": "Testland Front", "aliases": ["militia", "TF"], "kind": "armed_group",
         "parent": None, "mentions": [span(text, "Testland Front"), span(text, "militia")]},
    ]  # fmt: skip
    fake_extractor[text] = doc
    ingest(text)
    assert list(Group.objects.get(name="Testland Front").aliases.values_list("name", flat=True)) == ["TF"]


def test_reingest_refreshes_an_incident_shared_with_another_source_without_duplicating_it(
    fake_extractor, places, groups
):
    fake_extractor[KABUL_TEXT] = kabul_document(KABUL_TEXT, places, groups)
    ingest(KABUL_TEXT)
    incident = Incident.objects.get()
    other = Source.objects.create(text="Another report of the Kabul bombing.", sha256="0" * 64)
    IncidentSource.objects.create(incident=incident, source=other, fatalities=7)  # as a merge leaves it

    fake_extractor[KABUL_TEXT] = kabul_document(KABUL_TEXT, places, groups, fatalities=6)
    ingest(KABUL_TEXT, reingest=True)

    assert list(Incident.objects.all()) == [incident]
    figures = dict(IncidentSource.objects.filter(incident=incident).values_list("source_id", "fatalities"))
    assert figures == {other.pk: 7, Source.objects.exclude(pk=other.pk).get().pk: 6}

    no_incidents = kabul_document(KABUL_TEXT, places, groups)
    no_incidents["incidents"] = []
    fake_extractor[KABUL_TEXT] = no_incidents
    ingest(KABUL_TEXT, reingest=True)

    assert list(Incident.objects.all()) == [incident]  # the other source still reports it
    assert list(incident.source_links.values_list("source_id", flat=True)) == [other.pk]
