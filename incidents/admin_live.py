"""Admin for feeds, the items read from them and ingest jobs (imported by incidents.admin)."""

from django.contrib import admin

from incidents.models import Feed, FeedItem, IngestJob


class FeedItemInline(admin.TabularInline):
    model = FeedItem
    extra = 0
    fields = ("title", "url", "guid", "sha256", "source", "seen_at")
    readonly_fields = fields
    can_delete = True
    show_change_link = False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("__str__", "url", "active", "poll_minutes", "last_polled_at", "failures", "last_error")
    list_filter = ("active",)
    search_fields = ("url", "title")
    readonly_fields = ("last_polled_at", "next_poll_at", "last_error", "failures", "created_by", "created_at")
    inlines = [FeedItemInline]


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ("pk", "kind", "status", "stage", "attempts", "origin", "source", "created_at")
    list_filter = ("status", "kind")
    search_fields = ("origin", "url", "error")
    raw_id_fields = ("source", "feed_item", "created_by")
    readonly_fields = ("task_id", "lease_expires_at", "started_at", "finished_at", "created_at")
