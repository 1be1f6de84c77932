"""A reviewed incident whose figures a merge changes goes back to the review queue, saying why."""

import datetime as dt
import hashlib

from incidents.choices import ReviewStatus
from incidents.models import Incident, Source
from incidents.services.merging import merge_incidents, preview_incident_merge, unmerge
from tests.merging.conftest import link_source, make_incident


def wire_report(publisher: str, text: str) -> Source:
    return Source.objects.create(
        title=f"{publisher} report", publisher=publisher, text=text, sha256=hashlib.sha256(text.encode()).hexdigest()
    )


def reviewed_bombing(user, **fields) -> Incident:
    incident = make_incident(
        fatalities=12, review_status=ReviewStatus.REVIEWED, reviewed_by=user, reviewed_at=dt.datetime.now(dt.UTC),
        date_start=dt.date(2025, 3, 1), **fields,
    )  # fmt: skip
    link_source(incident, wire_report("Dawn", "Twelve killed in the blast."), fatalities=12)
    return incident


def test_a_new_source_lowering_a_reviewed_toll_sends_it_back_with_the_reason(db, analyst_user):
    reviewed = reviewed_bombing(analyst_user)
    new = make_incident(fatalities=10, date_start=dt.date(2025, 3, 1))
    link_source(new, wire_report("Pajhwok", "Ten killed in the blast."), fatalities=10)

    record = merge_incidents(reviewed, new, automatic=True, reason="Same event")

    reviewed.refresh_from_db()
    assert reviewed.fatalities == 10
    assert reviewed.review_status == ReviewStatus.EXTRACTED
    assert reviewed.reviewed_by is None and reviewed.reviewed_at is None
    assert reviewed.review_reason == (
        f"Fatalities 12 → 10 (merged with incident #{record.absorbed_id}, reported by Pajhwok)"
    )


def test_a_merge_that_leaves_the_reviewed_figures_alone_keeps_the_review(db, analyst_user):
    reviewed = reviewed_bombing(analyst_user)
    same = make_incident(fatalities=12, date_start=dt.date(2025, 3, 1))
    link_source(same, wire_report("Pajhwok", "Twelve dead."), fatalities=12)

    merge_incidents(reviewed, same)

    reviewed.refresh_from_db()
    assert (reviewed.review_status, reviewed.reviewed_by, reviewed.review_reason) == (
        ReviewStatus.REVIEWED, analyst_user, "",
    )  # fmt: skip


def test_an_analysts_figures_are_not_reopened_by_a_merge(db, analyst_user):
    reviewed = reviewed_bombing(analyst_user, analyst_edited=True)
    new = make_incident(fatalities=3, date_start=dt.date(2025, 3, 1))
    link_source(new, wire_report("Pajhwok", "Three dead."), fatalities=3)

    merge_incidents(reviewed, new)

    reviewed.refresh_from_db()
    assert (reviewed.fatalities, reviewed.review_status) == (12, ReviewStatus.REVIEWED)


def test_a_reviewed_absorbed_record_reopens_when_the_survivors_date_replaces_its_own(db, analyst_user):
    """The merged record keeps the absorbed one's review, so its confirmed values are the ones compared."""
    survivor = make_incident(fatalities=12, date_start=dt.date(2025, 3, 2))
    link_source(survivor, wire_report("BBC", "Twelve killed."), fatalities=12)
    absorbed = reviewed_bombing(analyst_user)

    merge_incidents(survivor, absorbed)

    survivor.refresh_from_db()
    assert survivor.review_status == ReviewStatus.EXTRACTED
    assert survivor.review_reason.startswith("Date 2025-03-01 → 2025-03-02 (merged with incident #")
    assert "reported by BBC" in survivor.review_reason


def test_undoing_the_merge_restores_the_review_and_clears_the_reason(db, analyst_user):
    reviewed = reviewed_bombing(analyst_user)
    new = make_incident(fatalities=10, injured=4, date_start=dt.date(2025, 3, 1))
    link_source(new, wire_report("Pajhwok", "Ten killed, four hurt."), fatalities=10, injured=4)
    record = merge_incidents(reviewed, new)
    assert "Fatalities 12 → 10; Injured unknown → 4" in Incident.objects.get(pk=reviewed.pk).review_reason

    unmerge(record)

    reviewed.refresh_from_db()
    assert (reviewed.review_status, reviewed.reviewed_by, reviewed.review_reason, reviewed.fatalities) == (
        ReviewStatus.REVIEWED, analyst_user, "", 12,
    )  # fmt: skip


def test_the_merge_preview_says_the_incident_goes_back_to_review(db, analyst_user):
    reviewed = reviewed_bombing(analyst_user)
    new = make_incident(fatalities=10, date_start=dt.date(2025, 3, 1))
    link_source(new, wire_report("Pajhwok", "Ten killed."), fatalities=10)

    rows = {row["field"]: row for row in preview_incident_merge(reviewed, new)}

    assert rows["review status"]["result"] == ReviewStatus.EXTRACTED.label
    assert rows["review status"]["from"].startswith("back to review: Fatalities 12 → 10")
    assert Incident.objects.get(pk=reviewed.pk).review_status == ReviewStatus.REVIEWED  # nothing written
