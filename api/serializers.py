"""What the API shows of each record, and what it accepts for writes.

Reads only use what the views' querysets load (select_related / prefetch_related), so a
page costs the same number of queries whatever its size.
"""

from django.contrib.contenttypes.models import ContentType
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from incidents.choices import PersonRole, ReviewStatus
from incidents.models import (
    Group,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    Note,
    Person,
    Source,
)


class PlaceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Location
        fields = ["id", "name", "kind", "country_code", "latitude", "longitude", "parent"]


class ActorSerializer(serializers.ModelSerializer):
    group_name = serializers.CharField(source="group.name", read_only=True)

    class Meta:
        model = IncidentActor
        fields = ["group", "group_name", "role", "claimed"]


class IncidentPersonSerializer(serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.name", read_only=True)

    class Meta:
        model = IncidentPerson
        fields = ["person", "person_name", "role"]


class SourceFiguresSerializer(serializers.ModelSerializer):
    """What one source says of the incident: its own figures and the sentences it came from."""

    title = serializers.CharField(source="source.title", read_only=True)
    publisher = serializers.CharField(source="source.publisher", read_only=True)
    url = serializers.CharField(source="source.url", read_only=True)
    published = serializers.DateField(source="source.published", read_only=True, allow_null=True)

    class Meta:
        model = IncidentSource
        fields = [
            "source", "title", "publisher", "url", "published", "fatalities", "fatalities_text", "injured",
            "date_text", "evidence", "confidence",
        ]  # fmt: skip


class IncidentSerializer(serializers.ModelSerializer):
    location = PlaceSerializer(read_only=True, allow_null=True)
    actors = ActorSerializer(many=True, read_only=True)
    persons = IncidentPersonSerializer(source="person_roles", many=True, read_only=True)
    sources = SourceFiguresSerializer(source="source_links", many=True, read_only=True)
    reviewed_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    date_label = serializers.CharField(read_only=True)

    class Meta:
        model = Incident
        fields = [
            "id", "type", "summary", "date_start", "date_end", "date_precision", "date_label", "date_text",
            "location", "fatalities", "fatalities_text", "injured", "perpetrator_unknown", "targets",
            "review_status", "reviewed_by", "reviewed_at", "confidence", "analyst_edited", "actors", "persons",
            "sources", "created_at", "updated_at",
        ]  # fmt: skip


class PersonRoleInput(serializers.Serializer):
    person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all())
    role = serializers.ChoiceField(choices=PersonRole.choices)


class IncidentUpdateSerializer(serializers.ModelSerializer):
    """An analyst's corrections: the fields the edit page offers, and the incident's groups and persons."""

    location = serializers.PrimaryKeyRelatedField(queryset=Location.objects.all(), allow_null=True, required=False)
    perpetrators = serializers.PrimaryKeyRelatedField(queryset=Group.objects.all(), many=True, required=False)
    targets = serializers.PrimaryKeyRelatedField(queryset=Group.objects.all(), many=True, required=False)
    persons = PersonRoleInput(many=True, required=False)
    fatalities = serializers.IntegerField(min_value=0, max_value=10_000_000, allow_null=True, required=False)
    injured = serializers.IntegerField(min_value=0, max_value=10_000_000, allow_null=True, required=False)

    class Meta:
        model = Incident
        fields = [
            "type", "summary", "date_start", "date_end", "date_precision", "location", "fatalities",
            "fatalities_text", "injured", "perpetrator_unknown", "perpetrators", "targets", "persons",
        ]  # fmt: skip

    def validate_persons(self, items):
        # A partial update is partial for nested items too: insist on both keys here.
        if any("person" not in item or "role" not in item for item in items):
            raise serializers.ValidationError("Each person needs a person id and a role.")
        return items

    def validate(self, attrs):
        start = attrs.get("date_start", getattr(self.instance, "date_start", None))
        end = attrs.get("date_end", getattr(self.instance, "date_end", None))
        if start and end and start > end:
            raise serializers.ValidationError({"date_end": "The start date must not be after the end date."})
        return attrs


class ReviewSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ReviewStatus.choices)


class AliasListField(serializers.ListField):
    child = serializers.CharField()

    def to_representation(self, aliases):
        return [alias.name for alias in aliases.all()]


class GroupSerializer(serializers.ModelSerializer):
    aliases = AliasListField(read_only=True)
    parent_name = serializers.CharField(source="parent.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Group
        fields = [
            "id", "name", "kind", "aliases", "parent", "parent_name", "country_code", "description", "provenance",
            "reviewed", "created_at", "updated_at",
        ]  # fmt: skip


class AffiliationSerializer(serializers.Serializer):
    group = serializers.IntegerField(source="group_id")
    group_name = serializers.CharField(source="group.name")
    role = serializers.CharField()


class PersonSerializer(serializers.ModelSerializer):
    aliases = AliasListField(read_only=True)
    affiliations = AffiliationSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = [
            "id", "name", "aliases", "origin", "status", "description", "affiliations", "provenance", "reviewed",
            "created_at", "updated_at",
        ]  # fmt: skip


class LocationSerializer(serializers.ModelSerializer):
    parent_name = serializers.CharField(source="parent.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Location
        fields = [
            "id", "name", "kind", "parent", "parent_name", "country_code", "latitude", "longitude", "geonames_id",
            "population", "provenance",
        ]  # fmt: skip


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = [
            "id", "title", "publisher", "author", "url", "published", "dateline", "language", "sha256",
            "original_name", "ingested_at",
        ]  # fmt: skip


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]


NOTE_RECORD_TYPES = ("incident", "group", "person", "location", "source")


class NoteSerializer(serializers.ModelSerializer):
    record_type = serializers.ChoiceField(choices=NOTE_RECORD_TYPES, write_only=True)
    record_id = serializers.IntegerField(source="object_id", min_value=1, max_value=2**62)
    author = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    on = serializers.SerializerMethodField()

    class Meta:
        model = Note
        fields = ["id", "record_type", "record_id", "on", "author", "body", "created_at"]
        read_only_fields = ["created_at"]

    @extend_schema_field(serializers.CharField())
    def get_on(self, note) -> str:
        return note.content_type.model

    def validate(self, attrs):
        content_type = ContentType.objects.get_by_natural_key("incidents", attrs.pop("record_type"))
        record = content_type.model_class().objects.filter(pk=attrs["object_id"]).first()
        if record is None:
            raise serializers.ValidationError({"record_id": "No such record."})
        attrs["record"] = record
        return attrs
