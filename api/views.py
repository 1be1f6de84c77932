"""The REST API's endpoints. Filtering reuses the list pages' filter sets; writes go through the services."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from api import serializers as s
from incidents.filters import GroupFilterSet, IncidentFilterSet, LocationFilterSet, PersonFilterSet, SourceFilterSet
from incidents.models import (
    Affiliation,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    Note,
    Person,
    Source,
)
from incidents.selectors import group_list
from incidents.services import annotations
from interchange import acled, stix

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The ETag read with the incident: the write is refused (412) if it changed since.",
)


def incident_etag(incident: Incident) -> str:
    return f'"{incident.pk}-{incident.updated_at.timestamp():.6f}"'


class IncidentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Incidents with their place, groups, persons and each source's figures and evidence.

    Filters are those of the incident list page (`/incidents/?group=...&location=...`).
    """

    serializer_class = s.IncidentSerializer
    filterset_class = IncidentFilterSet
    write_permissions = {
        "partial_update": ["incidents.change_incident"],
        "review": ["incidents.review_incident"],
    }

    def get_queryset(self):
        sources = IncidentSource.objects.select_related("source").only(
            *(f.name for f in IncidentSource._meta.concrete_fields),
            "source__id", "source__title", "source__publisher", "source__url", "source__published",
        ).order_by("source__published", "id")  # fmt: skip
        return (
            Incident.objects.select_related("location", "reviewed_by")
            .defer("search_text", "search_vector")
            .prefetch_related(
                Prefetch("actors", queryset=IncidentActor.objects.select_related("group").order_by("role", "id")),
                Prefetch("person_roles", queryset=IncidentPerson.objects.select_related("person").order_by("id")),
                Prefetch("source_links", queryset=sources),
            )
        )

    def retrieve(self, request, *args, **kwargs):
        incident = self.get_object()
        response = Response(self.get_serializer(incident).data)
        response["ETag"] = incident_etag(incident)
        return response

    @extend_schema(
        request=s.IncidentUpdateSerializer,
        responses={200: s.IncidentSerializer, 412: OpenApiResponse(description="Changed since it was read")},
        parameters=[IF_MATCH],
    )
    def partial_update(self, request, *args, **kwargs):
        incident = self.get_object()
        expected = request.headers.get("If-Match")
        # Optimistic concurrency, as on the edit page: checked here, and again under the row
        # lock inside incident_update, so a change committed in between is not overwritten.
        if expected and expected != incident_etag(incident):
            return Response({"detail": "The incident changed since you read it."}, status=412)
        opened_version = annotations.edit_version(incident) if expected else None
        serializer = s.IncidentUpdateSerializer(incident, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        links = {key: data.pop(key) for key in ("perpetrators", "targets") if key in data}
        if "persons" in data:
            links["persons"] = [(item["person"], item["role"]) for item in data.pop("persons")]
        try:
            annotations.incident_update(
                incident, user=request.user, fields=data, opened_version=opened_version, **links
            )
        except annotations.EditConflict:
            return Response({"detail": "The incident changed since you read it."}, status=412)
        except DjangoValidationError as error:
            raise ValidationError({"detail": error.messages}) from None
        incident = self.get_queryset().get(pk=incident.pk)
        response = Response(s.IncidentSerializer(incident).data)
        response["ETag"] = incident_etag(incident)
        return response

    @extend_schema(request=s.ReviewSerializer, responses={200: s.IncidentSerializer})
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None):
        """Mark the incident reviewed, disputed, rejected, or back to extracted."""
        incident = self.get_object()
        serializer = s.ReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        annotations.incident_review(incident, status=serializer.validated_data["status"], user=request.user)
        return Response(s.IncidentSerializer(self.get_queryset().get(pk=incident.pk)).data)

    def _export(self, chunks, content_type: str, filename: str):
        incidents = self.filter_queryset(Incident.objects.all())
        response = StreamingHttpResponse(chunks(incidents), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @extend_schema(responses={(200, "application/json"): OpenApiTypes.OBJECT}, filters=True)
    @action(detail=False, methods=["get"], pagination_class=None)
    def stix(self, request):
        """The filtered incidents as one STIX 2.1 bundle (streamed)."""
        return self._export(stix.bundle_chunks, "application/json", "incidents.stix.json")

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR}, filters=True)
    @action(detail=False, methods=["get"], pagination_class=None)
    def acled(self, request):
        """The filtered incidents as ACLED-format CSV (streamed)."""
        return self._export(acled.csv_lines, "text/csv; charset=utf-8", "incidents.acled.csv")

    def get_renderers(self):
        if getattr(self, "action", None) == "acled":
            from api.renderers import CSVRenderer

            return [CSVRenderer(), *super().get_renderers()]
        return super().get_renderers()


class GroupViewSet(viewsets.ReadOnlyModelViewSet):
    """Armed groups, state forces, governments and organisations, with their aliases and parent."""

    serializer_class = s.GroupSerializer
    filterset_class = GroupFilterSet
    queryset = group_list()


class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    """Named persons with their aliases and affiliations."""

    serializer_class = s.PersonSerializer
    filterset_class = PersonFilterSet
    queryset = Person.objects.prefetch_related(
        "aliases", Prefetch("affiliations", queryset=Affiliation.objects.select_related("group").order_by("id"))
    )


class LocationViewSet(viewsets.ReadOnlyModelViewSet):
    """The gazetteer: places with their parent and coordinates."""

    serializer_class = s.LocationSerializer
    filterset_class = LocationFilterSet
    queryset = Location.objects.select_related("parent")


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Ingested documents: metadata in lists, the text on the detail."""

    filterset_class = SourceFilterSet

    def get_queryset(self):
        if self.action == "retrieve":
            return Source.objects.defer("extraction")
        return Source.objects.defer("text", "extraction")

    def get_serializer_class(self):
        return s.SourceDetailSerializer if self.action == "retrieve" else s.SourceSerializer


class NoteFilterSet(filters.FilterSet):
    record_type = filters.ChoiceFilter(field_name="content_type__model", choices=[(t, t) for t in s.NOTE_RECORD_TYPES])
    record_id = filters.NumberFilter(field_name="object_id", min_value=1, max_value=2**62)

    class Meta:
        model = Note
        fields = []


class NoteViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Analysts' notes on incidents, groups, persons, places and sources."""

    serializer_class = s.NoteSerializer
    filterset_class = NoteFilterSet
    queryset = Note.objects.select_related("author", "content_type")
    write_permissions = {"create": ["incidents.add_note"]}

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            note = annotations.note_add(
                serializer.validated_data["record"], author=request.user, body=serializer.validated_data["body"]
            )
        except DjangoValidationError as error:
            raise ValidationError({"body": error.messages}) from None
        return Response(self.get_serializer(note).data, status=status.HTTP_201_CREATED)
