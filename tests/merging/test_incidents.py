import datetime as dt

import pytest

from incidents.choices import ActorRole, ReviewStatus
from incidents.models import Group, Incident, IncidentActor, IncidentSource, Note
from incidents.services.merging import (
    MergeError,
    figure_range,
    merge_incidents,
    settle_incident_figures,
    unmerge,
)
from tests.merging.conftest import add_note, link_source, make_incident, make_source


def source_figures() -> dict:
    links = IncidentSource.objects.all()
    return {link.pk: (link.source_id, link.fatalities, link.injured, link.evidence) for link in links}


@pytest.fixture
def three_reports(db):
    """One bombing reported by three outlets with different counts, coded as two incidents."""
    survivor = make_incident(fatalities=9, fatalities_text="nine killed", injured=20)
    absorbed = make_incident(fatalities=7, summary="Bomb at a Kabul mosque")
    link_source(survivor, fatalities=9, fatalities_text="nine killed", injured=20, evidence=[{"text": "nine killed"}])
    link_source(survivor, fatalities=11, fatalities_text="at least 11", injured=None)
    link_source(absorbed, fatalities=7, fatalities_text="seven worshippers died", injured=15)
    return survivor, absorbed


def test_incident_merge_keeps_each_sources_own_figures_and_evidence(three_reports):
    survivor, absorbed = three_reports
    before = source_figures()

    merge_incidents(survivor, absorbed)

    assert source_figures() == before
    assert set(IncidentSource.objects.values_list("incident", flat=True)) == {survivor.pk}
    assert figure_range(survivor) == (7, 11)
    assert figure_range(survivor, "injured") == (15, 20)


def test_incident_merge_settles_the_lowest_figures(three_reports):
    survivor, absorbed = three_reports

    merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert (survivor.fatalities, survivor.fatalities_text, survivor.injured) == (7, "seven worshippers died", 15)
    assert survivor.summary == "Bomb at a Kabul mosque"  # the survivor had none


def test_an_analysts_figures_survive_the_merge(three_reports):
    survivor, absorbed = three_reports
    Incident.objects.filter(pk=survivor.pk).update(analyst_edited=True, fatalities=10)

    merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert survivor.fatalities == 10


def test_the_absorbed_analysts_figures_beat_the_machines(three_reports):
    survivor, absorbed = three_reports
    Incident.objects.filter(pk=absorbed.pk).update(analyst_edited=True, fatalities=8, fatalities_text="eight (checked)")

    merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert (survivor.fatalities, survivor.fatalities_text, survivor.analyst_edited) == (8, "eight (checked)", True)


def test_settling_ignores_low_confidence_figures_unless_nothing_else(db):
    incident = make_incident()
    link_source(incident, fatalities=3, confidence=0.2)
    link_source(incident, fatalities=12, confidence=0.9)

    assert settle_incident_figures(incident) is True
    assert Incident.objects.get(pk=incident.pk).fatalities == 12

    IncidentSource.objects.filter(fatalities=12).delete()
    settle_incident_figures(incident)
    assert Incident.objects.get(pk=incident.pk).fatalities == 3


def test_settling_keeps_the_incidents_figure_when_no_source_gives_one(db):
    incident = make_incident(fatalities=4)
    link_source(incident)

    assert settle_incident_figures(incident) is False
    assert incident.fatalities == 4
    assert figure_range(incident) == (None, None)


def test_settling_leaves_an_analyst_edited_incident_alone(db):
    incident = make_incident(fatalities=4, analyst_edited=True)
    link_source(incident, fatalities=2)

    assert settle_incident_figures(incident) is False
    assert Incident.objects.get(pk=incident.pk).fatalities == 4


def test_settling_records_history(db):
    incident = make_incident()
    link_source(incident, fatalities=2)

    settle_incident_figures(incident)

    assert incident.history.first().history_change_reason == "Figures settled from its sources"


def test_figure_range_uses_prefetched_links(three_reports, django_assert_num_queries):
    survivor, _ = three_reports
    incident = Incident.objects.prefetch_related("source_links").get(pk=survivor.pk)

    with django_assert_num_queries(0):
        assert figure_range(incident) == (9, 11)


@pytest.mark.parametrize(
    ("survivor_status", "absorbed_status", "expected"),
    [
        (ReviewStatus.EXTRACTED, ReviewStatus.REVIEWED, ReviewStatus.REVIEWED),
        (ReviewStatus.REVIEWED, ReviewStatus.DISPUTED, ReviewStatus.REVIEWED),
        (ReviewStatus.DISPUTED, ReviewStatus.REVIEWED, ReviewStatus.REVIEWED),
        (ReviewStatus.EXTRACTED, ReviewStatus.REJECTED, ReviewStatus.REJECTED),
        (ReviewStatus.REJECTED, ReviewStatus.DISPUTED, ReviewStatus.DISPUTED),
        (ReviewStatus.EXTRACTED, ReviewStatus.EXTRACTED, ReviewStatus.EXTRACTED),
    ],
)
def test_the_survivor_keeps_the_stronger_review_status(db, survivor_status, absorbed_status, expected):
    survivor = make_incident(review_status=survivor_status)
    absorbed = make_incident(review_status=absorbed_status)

    merge_incidents(survivor, absorbed)

    assert Incident.objects.get(pk=survivor.pk).review_status == expected


def test_a_stronger_status_comes_with_its_reviewer(db, analyst_user):
    survivor = make_incident()
    absorbed = make_incident(review_status=ReviewStatus.REVIEWED, reviewed_by=analyst_user)

    merge_incidents(survivor, absorbed)

    assert Incident.objects.get(pk=survivor.pk).reviewed_by == analyst_user


def test_a_source_linked_to_both_incidents_is_kept_once(db):
    shared = make_source()
    survivor, absorbed = make_incident(), make_incident()
    kept = link_source(survivor, shared, fatalities=4)
    link_source(absorbed, shared, fatalities=5)

    record = merge_incidents(survivor, absorbed)

    assert list(IncidentSource.objects.filter(source=shared)) == [kept]
    assert [entry["action"] for entry in record.snapshot["links"]] == ["dropped"]


def test_incident_merge_moves_actors_notes_and_duplicate_pointers(db):
    group = Group.objects.create(name="Tehreek-e-Taliban Pakistan")
    survivor, absorbed = make_incident(), make_incident()
    IncidentActor.objects.create(incident=absorbed, group=group, role=ActorRole.PERPETRATOR, claimed=True)
    add_note(absorbed, "Claimed on Telegram")
    flagged = make_incident(possible_duplicate_of=absorbed)
    Incident.objects.filter(pk=survivor.pk).update(possible_duplicate_of=absorbed)

    merge_incidents(survivor, absorbed)

    assert IncidentActor.objects.get(group=group).incident == survivor
    assert Note.objects.get(body="Claimed on Telegram").object_id == survivor.pk
    assert Incident.objects.get(pk=flagged.pk).possible_duplicate_of == survivor
    assert Incident.objects.get(pk=survivor.pk).possible_duplicate_of is None


def test_incident_history_shows_the_merge(three_reports):
    survivor, absorbed = three_reports
    absorbed_pk = absorbed.pk

    merge_incidents(survivor, absorbed)

    assert survivor.history.first().history_change_reason.startswith(f"Merged incident {absorbed_pk} (Bombing")


def test_merging_an_incident_into_itself_is_refused(db):
    incident = make_incident()
    with pytest.raises(MergeError, match="itself"):
        merge_incidents(incident, incident)


def test_an_undated_survivor_takes_the_absorbed_reports_date_whole(db):
    # The survivor was kept for its finer place; its report told no date, the absorbed one did.
    survivor = make_incident()
    absorbed = make_incident(date_start=dt.date(2024, 5, 6), date_end=dt.date(2024, 5, 6), date_precision="day",
                             date_text="on Monday")  # fmt: skip
    link_source(survivor)
    link_source(absorbed)

    record = merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert (survivor.date_start, survivor.date_end, survivor.date_precision, survivor.date_text) == (
        dt.date(2024, 5, 6), dt.date(2024, 5, 6), "day", "on Monday"
    )  # fmt: skip
    # Undone, it is undated again.
    unmerge(record)
    survivor.refresh_from_db()
    assert (survivor.date_start, survivor.date_precision, survivor.date_text) == (None, "", "")


def test_a_dated_survivor_keeps_its_own_date(db):
    day = dt.date(2024, 5, 6)
    survivor = make_incident(date_start=day, date_end=day, date_precision="day", date_text="on Monday")
    absorbed = make_incident(date_start=dt.date(2024, 5, 1), date_end=dt.date(2024, 5, 31), date_precision="month")
    link_source(survivor)
    link_source(absorbed)

    merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert (survivor.date_start, survivor.date_end, survivor.date_precision) == (day, day, "day")
