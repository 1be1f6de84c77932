"""Each request builds its own filter set and form: nothing leaks between them."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from incidents import selectors
from incidents.filters import GroupFilterSet, IncidentFilterSet
from incidents.models import Incident

pytestmark = pytest.mark.django_db


def test_each_filterset_has_its_own_filters_bound_to_itself(world):
    first = IncidentFilterSet(QueryDict("group=Daesh-Test"), queryset=Incident.objects.all())
    second = IncidentFilterSet(QueryDict("location=Zedland"), queryset=Incident.objects.all())
    for name in ("group", "location", "q"):
        assert first.filters[name] is not second.filters[name]
        assert first.filters[name].parent is first and second.filters[name].parent is second
        # a method filter calls the method of its own filter set
        assert first.filters[name].filter.f is first.filters[name]
    assert IncidentFilterSet.base_filters["group"].filter.f is IncidentFilterSet.base_filters["group"]
    list(first.qs), list(second.qs)
    assert first.resolved_groups is not None and not hasattr(second, "resolved_groups")
    assert second.resolved_location is not None and not hasattr(first, "resolved_location")


def test_each_form_has_its_own_fields_and_widget_attributes(world):
    first = IncidentFilterSet(None, queryset=Incident.objects.all()).form
    second = IncidentFilterSet(QueryDict("q=x"), queryset=Incident.objects.all()).form
    first.fields["q"].widget.attrs["placeholder"] = "changed"
    del first.fields["sort"]
    assert second.fields["q"].widget.attrs["placeholder"] != "changed"
    assert "sort" in second.fields
    assert IncidentFilterSet(None, queryset=Incident.objects.all()).form.fields["q"].widget.attrs["placeholder"] != (
        "changed"
    )


def test_the_map_dropping_its_sort_field_leaves_the_list_form_whole(viewer_client, world):
    assert 'name="sort"' not in viewer_client.get(reverse("map")).content.decode()
    assert 'name="sort"' in viewer_client.get(reverse("incident-list")).content.decode()


def test_other_filter_sets_filter_as_before(world):
    groups = GroupFilterSet(QueryDict("q=daesh"), queryset=selectors.group_list()).qs
    assert groups.exists()
    assert all("daesh" in (g.name + " ".join(a.name for a in g.aliases.all())).lower() for g in groups)
