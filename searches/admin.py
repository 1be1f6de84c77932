from django.contrib import admin

from searches.models import FeedToken, SavedSearch


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "query", "last_seen_at", "created_at")
    list_filter = ("owner",)
    search_fields = ("name", "query")
    raw_id_fields = ("owner",)


@admin.register(FeedToken)
class FeedTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "created_at")
    raw_id_fields = ("user",)
    # The key is a secret: the admin shows whose token it is, not the key itself.
    exclude = ("key",)
