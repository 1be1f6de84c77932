"""Big lists count cheaply: exact below the cap, "N+" above it."""

import pytest

from incidents.models import Incident
from incidents.views.generic import CappedCountPaginator

pytestmark = pytest.mark.django_db


class SmallCap(CappedCountPaginator):
    cap = 10


def test_count_is_exact_below_the_cap():
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(7))
    paginator = SmallCap(Incident.objects.all(), 5)
    assert paginator.count == 7
    assert not paginator.capped
    assert paginator.num_pages == 2


def test_count_stops_at_the_cap_and_says_so():
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(12))
    paginator = SmallCap(Incident.objects.all(), 5)
    assert paginator.count == 10
    assert paginator.capped
    assert paginator.num_pages == 2


def test_capped_total_is_shown_with_a_plus(analyst_client, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(5))
    html = analyst_client.get("/incidents/").content.decode()
    assert "3+" in html
