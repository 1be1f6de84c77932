"""Saved searches read through the incident list's own FilterSet, so they match what the list shows."""

from django.db.models import Count, Q
from django.http import QueryDict

from incidents.choices import ReviewStatus
from incidents.filters import IncidentFilterSet
from incidents.models import Incident
from searches.models import SavedSearch


def matching(search: SavedSearch, queryset=None):
    """The incidents the saved search's list shows (rejected ones left out unless its filters ask).

    The FilterSet's filters without its list ordering: a ranked search would run a query
    of its own just to order, and counts and feeds order by when incidents arrived.
    """
    queryset = Incident.objects.all() if queryset is None else queryset
    filterset = IncidentFilterSet(QueryDict(search.query), queryset=queryset)
    matched = filterset.filter_queryset(queryset)  # an invalid filter matches nothing
    if filterset.hides_rejected:
        matched = matched.exclude(review_status=ReviewStatus.REJECTED)
    return matched


def saved_searches_with_new_counts(user) -> list[SavedSearch]:
    """The user's saved searches, each with `new_count`: incidents created since it was last opened.

    All the counts come from one query (one conditional count per search). Filters that
    name a place, group or person still look that name up, as the list does.
    """
    searches = list(SavedSearch.objects.filter(owner=user))
    if not searches:
        return searches
    counts = {
        f"s{search.pk}": Count(
            "id", filter=Q(created_at__gt=search.last_seen_at, id__in=matching(search).order_by().values("id"))
        )
        for search in searches
    }
    since = min(search.last_seen_at for search in searches)
    totals = Incident.objects.filter(created_at__gt=since).aggregate(**counts)
    for search in searches:
        search.new_count = totals[f"s{search.pk}"]
    return searches


def feed_incidents(search: SavedSearch, limit: int = 50):
    """The newest arrivals first: a feed reader wants what came in, not what happened last."""
    return matching(search).select_related("location").order_by("-created_at", "-id")[:limit]
