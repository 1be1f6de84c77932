"""Small model behaviours that pages and summaries rely on."""

import datetime as dt

import pytest

from incidents.models import Incident


@pytest.mark.parametrize(
    ("precision", "start", "end", "label"),
    [
        ("year", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "2022"),
        ("month", dt.date(2025, 9, 1), dt.date(2025, 9, 30), "2025-09"),
        ("week", dt.date(2024, 6, 3), dt.date(2024, 6, 9), "week of 2024-06-03"),
        ("day", dt.date(2024, 11, 19), dt.date(2024, 11, 19), "2024-11-19"),
        ("day", dt.date(2024, 11, 19), dt.date(2024, 11, 20), "2024-11-19 to 2024-11-20"),
        ("", None, None, "undated"),
    ],
)
def test_date_label_shows_only_what_is_known(precision, start, end, label):
    incident = Incident(type="bombing", date_start=start, date_end=end, date_precision=precision)
    assert incident.date_label == label
    assert str(incident).endswith(label)
