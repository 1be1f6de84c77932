"""The Django admin: every record editable, names searchable by alias, history one click away."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from incidents import models


class GroupAliasInline(admin.TabularInline):
    model = models.GroupAlias
    # A period for a name that changed hands ("Afghan police": the republic's until August 2021, the Taliban's since).
    fields = ("name", "case_sensitive", "valid_from", "valid_until", "source")
    autocomplete_fields = ("source",)
    extra = 1


class LocationNameInline(admin.TabularInline):
    model = models.LocationName
    fields = ("name",)
    extra = 1


class PersonAliasInline(admin.TabularInline):
    model = models.PersonAlias
    fields = ("name", "source")
    autocomplete_fields = ("source",)
    extra = 1


class AffiliationInline(admin.TabularInline):
    model = models.Affiliation
    fields = ("group", "role", "source")
    autocomplete_fields = ("group", "source")
    extra = 0


class IncidentActorInline(admin.TabularInline):
    model = models.IncidentActor
    fields = ("group", "role", "claimed")
    autocomplete_fields = ("group",)
    extra = 0


class IncidentPersonInline(admin.TabularInline):
    model = models.IncidentPerson
    fields = ("person", "role")
    autocomplete_fields = ("person",)
    extra = 0


class IncidentSourceInline(admin.StackedInline):
    model = models.IncidentSource
    fields = ("source", "fatalities", "fatalities_text", "injured", "date_text", "evidence_sentences")
    readonly_fields = ("evidence_sentences",)
    autocomplete_fields = ("source",)
    extra = 0

    @admin.display(description="Evidence")
    def evidence_sentences(self, obj):
        items = [(e.get("start"), e.get("end"), e.get("text", "")) for e in obj.evidence or []]
        return format_html_join("\n", "<p><small>[{}–{}]</small> {}</p>", items) or "—"


@admin.register(models.Location)
class LocationAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "parent", "country_code", "latitude", "longitude", "geonames_id", "provenance")
    list_filter = ("kind", "provenance")
    search_fields = ("name", "alternate_names__name", "=country_code", "=geonames_id")
    autocomplete_fields = ("parent",)
    list_select_related = ("parent",)
    inlines = [LocationNameInline]
    # The gazetteer holds hundreds of thousands of rows: skip the unfiltered COUNT(*).
    show_full_result_count = False


@admin.register(models.Group)
class GroupAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "parent", "country_code", "alias_list", "provenance", "reviewed")
    list_filter = ("kind", "provenance", "reviewed")
    search_fields = ("name", "aliases__name")
    autocomplete_fields = ("parent",)
    readonly_fields = ("reviewed_by", "reviewed_at")
    inlines = [GroupAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent").prefetch_related("aliases")

    @admin.display(description="Aliases")
    def alias_list(self, obj):
        return ", ".join(a.name for a in obj.aliases.all())


@admin.register(models.Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("name", "alias_list", "origin", "status", "provenance", "reviewed")
    list_filter = ("status", "provenance", "reviewed")
    search_fields = ("name", "aliases__name")
    readonly_fields = ("reviewed_by", "reviewed_at")
    inlines = [PersonAliasInline, AffiliationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Aliases")
    def alias_list(self, obj):
        return ", ".join(a.name for a in obj.aliases.all())


@admin.register(models.Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "publisher", "published", "dateline", "language", "ingested_at", "ingested_by")
    list_filter = ("publisher", "language", "published")
    search_fields = ("title", "publisher", "url", "=sha256")
    readonly_fields = ("sha256", "ingested_by", "ingested_at", "extractor_version", "text", "extraction")
    date_hierarchy = "published"


@admin.register(models.Incident)
class IncidentAdmin(SimpleHistoryAdmin):
    list_display = (
        "id",
        "type",
        "date_start",
        "date_precision",
        "location",
        "fatalities",
        "injured",
        "review_status",
        "confidence",
    )
    list_filter = ("type", "review_status", "date_precision", "perpetrator_unknown", "analyst_edited")
    search_fields = (
        "summary",
        "location__name",
        "location__alternate_names__name",
        "groups__name",
        "groups__aliases__name",
        "persons__name",
        "persons__aliases__name",
    )
    autocomplete_fields = ("location", "possible_duplicate_of")
    readonly_fields = ("reviewed_by", "reviewed_at", "created_at", "updated_at")
    list_select_related = ("location",)
    date_hierarchy = "date_start"
    inlines = [IncidentActorInline, IncidentPersonInline, IncidentSourceInline]


@admin.register(models.IncidentSource)
class IncidentSourceAdmin(admin.ModelAdmin):
    list_display = ("incident", "source", "fatalities", "injured")
    autocomplete_fields = ("incident", "source")
    list_select_related = ("incident__location", "source")
    search_fields = ("source__title", "incident__summary")


@admin.register(models.Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("text", "kind", "source", "start", "end", "group", "person", "location")
    search_fields = ("text",)
    autocomplete_fields = ("source", "group", "person", "location")
    list_select_related = ("source", "group", "person", "location")
    readonly_fields = ("context",)

    @admin.display(description="In context")
    def context(self, obj):
        text = obj.source.text
        before = text[max(0, obj.start - 120) : obj.start]
        after = text[obj.end : obj.end + 120]
        return format_html("…{}<mark>{}</mark>{}…", before, text[obj.start : obj.end], after)


@admin.register(models.Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ("__str__", "author", "created_at")
    list_filter = ("content_type",)
    search_fields = ("body",)
    readonly_fields = ("author", "created_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)


@admin.register(models.MergeRecord)
class MergeRecordAdmin(admin.ModelAdmin):
    list_display = ("__str__", "absorbed_name", "automatic", "performed_by", "performed_at", "undone_at")
    list_filter = ("content_type", "automatic")
    readonly_fields = [f.name for f in models.MergeRecord._meta.fields]


@admin.register(models.NotSamePair)
class NotSamePairAdmin(admin.ModelAdmin):
    list_display = ("content_type", "first_id", "second_id", "decided_by", "decided_at")


@admin.register(models.GroupAlias)
class GroupAliasAdmin(admin.ModelAdmin):
    list_display = ("name", "group", "case_sensitive", "valid_from", "valid_until")
    search_fields = ("name", "group__name")
    autocomplete_fields = ("group", "source")
    list_select_related = ("group",)


@admin.register(models.PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ("name", "person")
    search_fields = ("name", "person__name")
    autocomplete_fields = ("person", "source")
    list_select_related = ("person",)


@admin.register(models.LocationName)
class LocationNameAdmin(admin.ModelAdmin):
    list_display = ("name", "location")
    search_fields = ("name",)
    autocomplete_fields = ("location",)
    list_select_related = ("location",)


@admin.register(models.Affiliation)
class AffiliationAdmin(admin.ModelAdmin):
    list_display = ("person", "group", "role")
    search_fields = ("person__name", "group__name", "role")
    autocomplete_fields = ("person", "group", "source")


from incidents import admin_live  # noqa: E402, F401  (feeds and ingest jobs)
