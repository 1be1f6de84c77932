"""Reports of one event from several sources become one incident; different events stay apart.

Each test ingests this folder's articles with the real extractor.
"""

from pathlib import Path

from django.contrib.contenttypes.models import ContentType

from incidents.models import Incident, IncidentSource, MergeRecord, NotSamePair, Source
from incidents.services.merging import figure_range, mark_not_same, unmerge
from tests.matching.conftest import QUETTA


def source_names(incident) -> list[str]:
    return sorted(Path(s.original_name).name for s in incident.sources.all())


def outcome() -> list[tuple]:
    """Everything on record that does not depend on ingest order: incidents with their sources and figures."""
    return sorted(
        (
            tuple(source_names(i)), i.type, i.location.name, str(i.date_start), i.date_precision, i.fatalities,
            figure_range(i), sorted((Path(k.source.original_name).name, k.fatalities) for k in i.source_links.all()),
        )
        for i in Incident.objects.select_related("location")
    )  # fmt: skip


def test_three_reports_of_one_bombing_make_one_incident_with_three_sources(ingest):
    for name in QUETTA:
        ingest(name)

    incident = Incident.objects.get()
    assert source_names(incident) == QUETTA
    # "the vegetable market on Sariab Road in Quetta": the most specific named place, inside its town.
    assert (incident.location.name, incident.location.parent.name) == ("Sariab Road", "Quetta")
    assert str(incident.date_start) == "2025-03-04"
    # Each source keeps its own figure and evidence on its link.
    links = {Path(k.source.original_name).name: k for k in incident.source_links.select_related("source")}
    assert {name: link.fatalities for name, link in links.items()} == dict(zip(QUETTA, (6, 9, 11), strict=True))
    assert all(link.evidence for link in links.values())
    # The toll rose from six to 11: the range shows it, the incident takes the most conservative figure.
    assert figure_range(incident) == (6, 11)
    assert incident.fatalities == 6
    # The system's merges are in history with their evidence, like an analyst's.
    records = MergeRecord.objects.filter(automatic=True, survivor_id=incident.pk)
    assert records.count() == 2
    assert all("Sariab Road" in r.reason and "same day 2025-03-04" in r.reason for r in records)
    # The report that names only the town joins through the place inside it.
    assert any("Sariab Road is in Quetta" in r.reason for r in records)


def test_reingesting_in_another_order_gives_the_same_result(ingest):
    for name in QUETTA:
        ingest(name)
    forward = outcome()
    Incident.objects.all().delete()
    Source.objects.all().delete()
    MergeRecord.objects.all().delete()

    for name in reversed(QUETTA):
        ingest(name)

    assert outcome() == forward
    assert len(forward) == 1


def test_two_bombings_on_the_same_day_in_one_province_stay_apart(ingest):
    ingest("kohat_bombing.txt")
    ingest("mardan_bombing.txt")

    incidents = list(Incident.objects.select_related("location__parent__parent"))
    assert len(incidents) == 2
    assert {i.location.name for i in incidents} == {"Kohat", "Mardan"}
    assert {str(i.date_start) for i in incidents} == {"2024-10-08"}
    assert {i.location.parent.parent.name for i in incidents} == {"Khyber Pakhtunkhwa"}
    assert all(i.possible_duplicate_of is None for i in incidents)
    assert not MergeRecord.objects.exists()


def test_an_uncertain_match_is_flagged_not_merged(ingest):
    ingest("peshawar_shooting_1.txt")
    ingest("peshawar_shooting_2.txt")

    first, second = Incident.objects.order_by("pk")
    assert (first.possible_duplicate_of, second.possible_duplicate_of) == (None, first)
    assert IncidentSource.objects.filter(incident=first).count() == 1
    assert not MergeRecord.objects.exists()


def test_a_not_the_same_decision_holds_on_a_later_ingest(ingest):
    ingest("peshawar_shooting_1.txt")
    ingest("peshawar_shooting_2.txt")
    first, second = Incident.objects.order_by("pk")
    mark_not_same(first, second)

    ingest("peshawar_shooting_2.txt", reingest=True)

    assert list(Incident.objects.order_by("pk")) == [first, second]  # the decided record is kept, not recreated
    assert not Incident.objects.exclude(possible_duplicate_of=None).exists()
    assert NotSamePair.objects.filter(content_type=ContentType.objects.get_for_model(Incident)).count() == 1


def test_pairs_marked_not_the_same_are_never_merged(ingest):
    for name in QUETTA[:2]:
        ingest(name)
    incident = Incident.objects.get()
    record = MergeRecord.objects.get()
    absorbed = unmerge(record)
    mark_not_same(incident, absorbed)

    ingest(QUETTA[1], reingest=True)

    assert Incident.objects.count() == 2
    assert MergeRecord.objects.filter(undone_at=None).count() == 0
    assert not Incident.objects.exclude(possible_duplicate_of=None).exists()


def test_an_automatic_merge_can_be_undone(ingest):
    for name in QUETTA[:2]:
        ingest(name)
    merged = Incident.objects.get()
    assert merged.fatalities == 6
    record = MergeRecord.objects.get()
    assert record.automatic

    restored = unmerge(record)

    incidents = {source_names(i)[0]: i for i in Incident.objects.all()}
    assert set(incidents) == set(QUETTA[:2])
    assert restored.pk in {i.pk for i in incidents.values()}
    assert (incidents[QUETTA[0]].fatalities, incidents[QUETTA[1]].fatalities) == (6, 9)
    assert all(i.source_links.count() == 1 for i in incidents.values())
