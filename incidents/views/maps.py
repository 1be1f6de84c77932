"""The map page and its data, and the streamed exports: all reuse the incident list's filter."""

from django.http import Http404, StreamingHttpResponse
from django.views.generic import TemplateView

from incidents import exports, selectors
from incidents.filters import IncidentFilterSet
from incidents.models import Incident


def filtered_incidents(request, queryset=None):
    filterset = IncidentFilterSet(
        request.GET or None, queryset=selectors.incident_list() if queryset is None else queryset, request=request
    )
    return filterset, filterset.qs


class MapView(TemplateView):
    template_name = "incidents/map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset, _ = filtered_incidents(self.request)
        del filterset.form.fields["sort"]  # order means nothing on a map
        context.update(filterset=filterset, publishers=selectors.publishers())
        return context


def map_data(request):
    """GeoJSON points of the filtered incidents (light: only what the map draws)."""
    _, incidents = filtered_incidents(request, Incident.objects.all())
    points = selectors.incident_map_points(incidents)
    return StreamingHttpResponse(exports.map_geojson_chunks(points), content_type="application/geo+json")


def incident_export(request, fmt):
    if fmt not in exports.FORMATS:
        raise Http404("Unknown export format")
    _, incidents = filtered_incidents(request, Incident.objects.all())
    return exports.export_response(selectors.incident_export(incidents), fmt)
