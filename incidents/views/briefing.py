"""The briefing: a filtered list summed up for a period on one printable page.

The same filters as the list (so the same incidents, rejected left out by default): counts,
fatalities, types, top perpetrator groups, a server-drawn map, then the incidents with their
sources as numbered footnotes.
"""

from django.db.models import Count, Max, Min, Prefetch, Sum
from django.db.models.functions import Coalesce
from django.views.generic import TemplateView

from incidents import selectors
from incidents.briefing_map import svg_map
from incidents.choices import ActorRole, IncidentType
from incidents.filters import IncidentFilterSet
from incidents.models import Incident, IncidentActor, IncidentSource

LISTED = 50  # incidents written out; the figures count every match
MAP_POINTS = 2000  # dots drawn; more would not be told apart on a page
TOP_GROUPS = 5


def briefing_incidents():
    """Incidents with what a briefing row shows: place, perpetrators, sources (fixed queries)."""
    actors = IncidentActor.objects.filter(role=ActorRole.PERPETRATOR).select_related("group").order_by("id")
    links = IncidentSource.objects.select_related("source").defer("source__text", "source__extraction")
    return Incident.objects.select_related("location").prefetch_related(
        Prefetch("actors", queryset=actors, to_attr="perpetrator_links"),
        Prefetch("source_links", queryset=links.order_by("source__published", "id"), to_attr="briefing_links"),
    )


def footnoted(incidents) -> tuple[list[dict], list]:
    """Each incident with the numbers of its sources, and the sources in order of first citation."""
    numbers, notes, rows = {}, [], []
    for incident in incidents:
        refs = []
        for link in incident.briefing_links:
            if link.source_id not in numbers:
                numbers[link.source_id] = len(notes) + 1
                notes.append(link.source)
            refs.append(numbers[link.source_id])
        rows.append({"incident": incident, "refs": refs})
    return rows, notes


def active_filters(form) -> list[tuple[str, str]]:
    """(label, value as read) for each filter in use, to say on paper what the briefing covers."""
    if not form.is_valid():
        return []
    shown = []
    for name, value in form.cleaned_data.items():
        if name in ("sort", "date_from", "date_to") or value in (None, "", [], False):
            continue
        field = form.fields[name]
        choices = {str(k): v for k, v in getattr(field, "choices", ()) or ()}
        values = value if isinstance(value, list | tuple) else [value]
        text = ", ".join("yes" if v is True else str(choices.get(str(v), v)) for v in values)
        shown.append((str(field.label), text))
    return shown


class BriefingView(TemplateView):
    template_name = "incidents/briefing.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = IncidentFilterSet(self.request.GET or None, queryset=briefing_incidents(), request=self.request)
        matched = filterset.qs
        ids = matched.order_by().values("id")
        scope = Incident.objects.filter(id__in=ids)
        totals = scope.aggregate(
            n=Count("id"),
            killed=Coalesce(Sum("fatalities"), 0),
            injured=Coalesce(Sum("injured"), 0),
            first=Min("date_start"),
            last=Max(Coalesce("date_end", "date_start")),
        )
        labels = dict(IncidentType.choices)
        by_type = [
            {**row, "label": labels.get(row["type"], row["type"])}
            for row in scope.order_by()
            .values("type")
            .annotate(n=Count("id"), killed=Coalesce(Sum("fatalities"), 0))
            .order_by("-n", "type")
        ]
        top_groups = list(
            IncidentActor.objects.filter(incident_id__in=ids, role=ActorRole.PERPETRATOR)
            .order_by()
            .values("group_id", "group__name")
            .annotate(n=Count("incident_id", distinct=True), killed=Coalesce(Sum("incident__fatalities"), 0))
            .order_by("-n", "group__name")[:TOP_GROUPS]
        )
        points = [
            {"lat": lat, "lon": lon, "fatalities": deaths, "label": f"{labels.get(kind, kind)}, {place}"}
            for _, kind, _, deaths, place, lat, lon in selectors.incident_map_points(scope)[:MAP_POINTS]
        ]
        rows, notes = footnoted(matched[:LISTED])
        data = filterset.form.cleaned_data if filterset.form.is_valid() else {}
        context.update(
            filterset=filterset,
            filters=active_filters(filterset.form),
            invalid=not filterset.form.is_valid() if filterset.is_bound else False,
            totals=totals,
            by_type=by_type,
            top_groups=top_groups,
            map=svg_map(points),
            unplaced=totals["n"] - len(points) if len(points) < MAP_POINTS else None,
            rows=rows,
            footnotes=notes,
            listed=LISTED,
            period_from=data.get("date_from"),
            period_to=data.get("date_to"),
            hides_rejected=filterset.hides_rejected,
            list_query=self.request.GET.urlencode(),
        )
        return context
