"""Read pages: dashboard, lists and object pages of incidents, groups, persons, places, sources."""

from django.http import JsonResponse
from django.views.generic import TemplateView

from incidents import selectors
from incidents.choices import ReviewStatus
from incidents.filters import GroupFilterSet, IncidentFilterSet, LocationFilterSet, PersonFilterSet, SourceFilterSet
from incidents.forms import MergeForm, ReviewForm
from incidents.models import Group, Incident, Location, Person, Source
from incidents.services.evidence import incident_evidence, supporting_spans
from incidents.templatetags.incident_tags import evidence_excerpts, highlight_segments, month_chart
from incidents.views.generic import ObjectDetailView, ObjectListView
from incidents.views.queue import BULK_STATUSES
from searches.selectors import saved_searches_with_new_counts


class DashboardView(TemplateView):
    template_name = "incidents/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        activity = selectors.dashboard_activity()
        context.update(
            totals=selectors.dashboard_totals(),
            waiting=selectors.waiting_for_review(),
            chart=month_chart(activity["per_month"]),
            fatality_chart=month_chart(activity["killed_per_month"]),
            by_type=activity["by_type"],
            by_country=activity["by_country"],
            latest=selectors.latest_incidents(),
            active_groups=activity["groups"],
            activity_counted_at=activity["counted_at"],
            recent_sources=selectors.recent_sources(),
            saved_searches=saved_searches_with_new_counts(self.request.user),
        )
        return context


# --- Incidents -------------------------------------------------------------------------


class IncidentListView(ObjectListView):
    model = Incident
    selector = staticmethod(selectors.incident_list)
    filterset_class = IncidentFilterSet

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["too_many_to_rank"] = self.filterset.too_many_to_rank
        # Say what typed names were taken to mean (filled while filtering, no extra query).
        context["resolved"] = {
            "location": getattr(self.filterset, "resolved_location", False),
            "groups": getattr(self.filterset, "resolved_groups", None),
            "persons": getattr(self.filterset, "resolved_persons", None),
            "branch_count": getattr(self.filterset, "resolved_branch_count", 0),
        }
        context["hides_rejected"] = self.filterset.hides_rejected
        context["dates_asked"] = bool(self.request.GET.get("date_from") or self.request.GET.get("date_to"))
        context["ranked"] = self.filterset.orders_by_rank and not self.filterset.too_many_to_rank
        context["publishers"] = selectors.publishers()
        context["export_formats"] = ("csv", "json", "geojson")
        context["can_review"] = self.request.user.has_perm("incidents.review_incident")
        context["bulk_statuses"] = [(s.value, s.label) for s in BULK_STATUSES]
        context["can_save_search"] = self.request.user.has_perm("searches.add_savedsearch")
        return context


class IncidentDetailView(ObjectDetailView):
    model = Incident
    selector = staticmethod(selectors.incident_detail)

    def get_extra_context(self):
        incident = self.object
        location = incident.location
        ancestors = selectors.location_ancestors(location) if location else []
        links = list(incident.source_links.all())
        actors = list(incident.actors.all())
        person_roles = list(incident.person_roles.all())
        facts = incident_evidence(incident, links, actors, person_roles)
        supported = supporting_spans(facts)
        sources = [
            {
                "link": link,
                "source": link.source,
                "excerpts": evidence_excerpts(link.source.text, link.evidence, supported.get(link.source_id, {})),
            }
            for link in links
        ]
        user = self.request.user
        return {
            "ancestors": ancestors,
            "perpetrators": [a for a in actors if a.role == "perpetrator"],
            "targets": [a for a in actors if a.role == "target"],
            "person_roles": person_roles,
            "facts": facts,
            "sources": sources,
            "figure_range": selectors.incident_figure_range(incident),
            "duplicates": duplicate_offers(incident),
            "merges": [m for m in selectors.merges_into(incident)[:10] if m.undone_at is None],
            "review_choices": [c for c in ReviewStatus.choices if c[0] != incident.review_status],
            "review_form": ReviewForm(),
            "can_review": user.has_perm("incidents.review_incident"),
            "can_edit": user.has_perm("incidents.change_incident"),
            "can_merge": user.has_perm("incidents.merge_records"),
        }


def duplicate_offers(incident: Incident) -> list[dict]:
    """Each possible duplicate with the merge the banner offers: the better-reviewed incident survives."""
    from incidents.services.merging import survivor_of

    others = ([incident.possible_duplicate_of] if incident.possible_duplicate_of else []) + list(
        incident.possible_duplicates.all()
    )
    offers = []
    for other in others:
        survivor, absorbed = survivor_of(incident, other)
        offers.append({"other": other, "survivor": survivor, "absorbed": absorbed})
    return offers


# --- Groups ----------------------------------------------------------------------------


class GroupListView(ObjectListView):
    model = Group
    selector = staticmethod(selectors.group_list)
    filterset_class = GroupFilterSet

    def get_queryset(self):
        groups = super().get_queryset()
        # Most active first: the page reads its rows by id (ObjectListView.get_paginator).
        self.filterset.ordered_ids = selectors.ids_by_activity(groups, selectors.group_activity())
        self.filterset.match_count = len(self.filterset.ordered_ids)
        return groups

    def get_context_data(self, **kwargs):
        return with_activity_counts(super().get_context_data(**kwargs), "groups")


class GroupDetailView(ObjectDetailView):
    model = Group
    selector = staticmethod(selectors.group_detail)
    alias_permission = "incidents.add_groupalias"

    def get_extra_context(self):
        return {
            "incidents": self.paginate(selectors.group_incidents(self.object)),
            "merge_form": MergeForm(record=self.object),
            "can_merge": self.request.user.has_perm("incidents.merge_records"),
        }


# --- Persons ---------------------------------------------------------------------------


class PersonListView(ObjectListView):
    model = Person
    selector = staticmethod(selectors.person_list)
    filterset_class = PersonFilterSet


class PersonDetailView(ObjectDetailView):
    model = Person
    selector = staticmethod(selectors.person_detail)
    alias_permission = "incidents.add_personalias"

    def get_extra_context(self):
        return {
            "incidents": self.paginate(selectors.person_incidents(self.object)),
            "merge_form": MergeForm(record=self.object),
            "can_merge": self.request.user.has_perm("incidents.merge_records"),
        }


# --- Locations -------------------------------------------------------------------------


class LocationListView(ObjectListView):
    model = Location
    selector = staticmethod(selectors.location_list)
    filterset_class = LocationFilterSet

    def get_queryset(self):
        places = super().get_queryset()
        if not self.filterset.shows_gazetteer:
            # Places with incidents, most first: the page reads its rows by id (ObjectListView.get_paginator).
            self.filterset.ordered_ids = selectors.places_by_activity(places)
            self.filterset.match_count = len(self.filterset.ordered_ids)
            return places
        # The folded name is indexed: ordering on it keeps the first page cheap on ~300k rows.
        return places.order_by("name_folded", "id")

    def get_context_data(self, **kwargs):
        return with_activity_counts(super().get_context_data(**kwargs), "places")


def with_activity_counts(context: dict, kind: str) -> dict:
    """Each row's incident count from selectors.activity_counts, and when it was counted."""
    activity = selectors.activity_counts()
    for record in context["object_list"]:
        record.incident_count = activity[kind].get(record.pk, 0)
    context["counted_at"] = activity["counted_at"]
    return context


class LocationDetailView(ObjectDetailView):
    model = Location
    selector = staticmethod(selectors.location_detail)
    alias_permission = "incidents.add_locationname"

    def get_extra_context(self):
        return {
            "ancestors": selectors.location_ancestors(self.object),
            "children": self.paginate(selectors.location_children(self.object), 50, "places_page"),
            "incidents": self.paginate(selectors.location_incidents(self.object)),
        }


def location_suggest(request):
    """Autocomplete for place boxes: `{"results": [{"id", "name", "label"}]}`."""
    rows = selectors.location_suggestions(request.GET.get("q", ""))
    return JsonResponse(
        {
            "results": [
                {
                    "id": loc.pk,
                    "name": loc.name,
                    "label": selectors.location_label(loc),
                    "parent": loc.parent.name if loc.parent else "",
                }
                for loc in rows
            ]
        }
    )


def group_suggest(request):
    return JsonResponse({"results": selectors.group_suggestions(request.GET.get("q", ""))})


# --- Sources ---------------------------------------------------------------------------


class SourceListView(ObjectListView):
    model = Source
    selector = staticmethod(selectors.source_list)
    filterset_class = SourceFilterSet

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["publishers"] = selectors.publishers()
        return context


class SourceDetailView(ObjectDetailView):
    model = Source
    selector = staticmethod(selectors.source_detail)

    def get_extra_context(self):
        source = self.object
        mentions = list(source.mentions.all())
        spans = []
        found = {"group": {}, "person": {}, "location": {}}
        for mention in mentions:
            record = mention.group or mention.person or mention.location
            spans.append((mention.start, mention.end, mention.kind, record.get_absolute_url(), str(record)))
            found[mention.kind].setdefault(record.pk, {"record": record, "count": 0})["count"] += 1
        return {
            "segments": highlight_segments(source.text, spans),
            "mention_count": len(mentions),
            "found_groups": sorted(found["group"].values(), key=lambda f: str(f["record"])),
            "found_persons": sorted(found["person"].values(), key=lambda f: str(f["record"])),
            "found_locations": sorted(found["location"].values(), key=lambda f: str(f["record"])),
            "incident_links": list(source.incident_links.all()),
        }
