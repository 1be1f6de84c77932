"""The volume generator at a small scale: counts honoured, data consistent, real records safe."""

import hashlib

import pytest
from django.core.management import CommandError, call_command

from incidents.choices import ActorRole, LocationKind, Origin
from incidents.models import (
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentSource,
    Location,
    LocationName,
    Mention,
    Person,
    PersonAlias,
    Source,
)
from incidents.services.volume import GENERATED_MARKER, VolumeSpec, clear_generated, generate_volume

SMALL = {"incidents": 120, "groups": 30, "persons": 40, "sources": 60}


def generate(**options):
    call_command("generate_volume", **{**SMALL, "seed": 7, **options}, stdout=_Null())


class _Null:
    def write(self, *args, **kwargs):
        pass


@pytest.mark.django_db
def test_generate_volume_honours_the_requested_counts():
    generate()

    assert Incident.objects.count() == SMALL["incidents"]
    assert Source.objects.filter(extractor_version=GENERATED_MARKER).count() == SMALL["sources"]
    assert Group.objects.filter(provenance=Origin.GENERATED).count() == SMALL["groups"]
    assert Person.objects.filter(provenance=Origin.GENERATED).count() == SMALL["persons"]
    assert GroupAlias.objects.filter(group__provenance=Origin.GENERATED).exists()
    assert IncidentActor.objects.exists() and Mention.objects.exists()


@pytest.mark.django_db
def test_generated_evidence_and_mentions_slice_their_source_text():
    generate()

    links = list(IncidentSource.objects.select_related("source"))
    assert len(links) >= SMALL["incidents"]  # every incident has at least one source
    for link in links:
        assert link.evidence
        for item in link.evidence:
            assert link.source.text[item["start"] : item["end"]] == item["text"]
    for mention in Mention.objects.select_related("source"):
        assert mention.source.text[mention.start : mention.end] == mention.text
    for source in Source.objects.all():
        assert source.sha256 == hashlib.sha256(source.text.encode()).hexdigest()


@pytest.mark.django_db
def test_generated_incidents_are_internally_consistent():
    generate()

    incidents = Incident.objects.select_related("location").prefetch_related(
        "actors__group__aliases", "person_roles__person", "source_links__source"
    )
    for incident in incidents:
        assert incident.location is not None
        assert incident.date_start <= incident.date_end
        assert incident.fatalities is None or incident.fatalities >= 0
        assert incident.summary and incident.search_text.startswith(incident.summary)
        assert incident.location.name in incident.search_text
        texts = [link.source.text for link in incident.source_links.all()]
        assert any(incident.summary in text for text in texts)
        for actor in incident.actors.all():
            assert actor.group.name in incident.search_text
            for alias in actor.group.aliases.all():
                assert alias.name in incident.search_text
            if actor.role == ActorRole.PERPETRATOR:
                assert any(actor.group.name in text for text in texts)
        for role in incident.person_roles.all():
            assert role.person.name in incident.search_text
            assert any(role.person.name in text for text in texts)
        assert incident.perpetrator_unknown == (not any(a.role == ActorRole.PERPETRATOR for a in incident.actors.all()))
        for link in incident.source_links.all():
            assert link.source.published >= incident.date_start


@pytest.mark.django_db
def test_generate_volume_refuses_a_database_with_real_records_unless_forced():
    Source.objects.create(title="A real article", text="Real text.", sha256="0" * 64, extractor_version="")

    with pytest.raises(CommandError, match="real"):
        generate()
    assert not Incident.objects.exists()

    generate(force=True)
    assert Incident.objects.count() == SMALL["incidents"]
    assert Source.objects.filter(title="A real article").exists()


@pytest.mark.django_db
def test_analyst_added_persons_count_as_real_records():
    Person.objects.create(name="Someone Real", provenance=Origin.ANALYST)

    with pytest.raises(CommandError):
        generate()


@pytest.mark.django_db
def test_same_seed_gives_the_same_data_and_clear_removes_only_generated_rows():
    real = Source.objects.create(title="Kept", text="Real text.", sha256="1" * 64, extractor_version="ingest-1")
    generate(force=True)
    first = list(Incident.objects.order_by("date_start", "summary").values_list("summary", "type", "fatalities"))

    deleted = clear_generated()
    assert deleted["Incident"] == SMALL["incidents"]
    assert not Incident.objects.exists()
    assert not Group.objects.filter(provenance=Origin.GENERATED).exists()
    assert not Person.objects.filter(provenance=Origin.GENERATED).exists()
    assert list(Source.objects.all()) == [real]

    generate(force=True)
    again = list(Incident.objects.order_by("date_start", "summary").values_list("summary", "type", "fatalities"))
    assert again == first


@pytest.mark.django_db
def test_an_empty_gazetteer_gets_a_synthetic_place_hierarchy():
    LocationName.objects.all()._raw_delete("default")
    Location.objects.all()._raw_delete("default")

    generate_volume(VolumeSpec(incidents=40, groups=10, persons=10, sources=20, seed=2))

    places = Location.objects.filter(provenance=Origin.GENERATED)
    assert places.filter(kind=LocationKind.COUNTRY).exists()
    assert places.filter(kind=LocationKind.CITY, parent__parent__parent__kind=LocationKind.COUNTRY).exists()
    assert Incident.objects.filter(location__provenance=Origin.GENERATED).count() == 40
    clear_generated()
    assert not Location.objects.exists()


@pytest.mark.django_db
def test_incidents_and_sources_spread_over_the_requested_dates():
    import datetime as dt

    generate(start=dt.date(2021, 1, 1), end=dt.date(2022, 12, 31))

    first = Incident.objects.order_by("date_start").first().date_start
    last = Incident.objects.order_by("-date_end").first().date_end
    assert first >= dt.date(2021, 1, 1) and last <= dt.date(2022, 12, 31)
    assert Incident.objects.filter(date_start__year=2021).exists()
    assert Incident.objects.filter(date_start__year=2022).exists()


def test_persons_aliases_are_unique_per_person():
    # Model-level guard the generator relies on (bulk_create skips save()).
    names = {f.name for f in PersonAlias._meta.get_fields()}
    assert {"person", "name", "name_folded"} <= names


@pytest.mark.postgres
@pytest.mark.django_db
def test_generated_incidents_get_search_vectors_of_their_words_and_sources():
    from tests.matching.test_search_vector import stale_vectors

    generate()

    assert stale_vectors() == []
