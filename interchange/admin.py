from django.contrib import admin

from interchange.models import ExternalId


@admin.register(ExternalId)
class ExternalIdAdmin(admin.ModelAdmin):
    list_display = ("scheme", "value", "content_type", "object_id", "created_at")
    list_filter = ("scheme", "content_type")
    search_fields = ("value",)
