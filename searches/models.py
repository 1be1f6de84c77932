"""An analyst's saved incident searches, and the token that lets a feed reader fetch them."""

import secrets

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone

# Parameters that say how a list is shown, not what it holds.
NOT_FILTERS = ("page",)


def filter_query(query_string: str) -> str:
    """The list's query string without its page number (a saved search starts on page one)."""
    params = QueryDict(query_string, mutable=True)
    for name in NOT_FILTERS:
        params.pop(name, None)
    return params.urlencode()


class SavedSearch(models.Model):
    """A filtered incident list under a name: the list's query string, as the filters wrote it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(max_length=100)
    query = models.TextField(blank=True, help_text="The incident list's query string (its filters)")
    created_at = models.DateTimeField(auto_now_add=True)
    # Incidents created after this are "new" on the dashboard; opening the search moves it on.
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="saved_search_name_per_owner")]
        verbose_name_plural = "saved searches"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("saved-search-open", args=[self.pk])

    def list_url(self) -> str:
        url = reverse("incident-list")
        return f"{url}?{self.query}" if self.query else url


def new_feed_key() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """One per user: the secret in the address of the user's saved-search feeds.

    A feed reader cannot log in, so the address itself is the credential. Regenerating
    the key makes every old feed address fail; deleting the row turns feeds off.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_token")
    key = models.CharField(max_length=64, unique=True, default=new_feed_key)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Feed token of {self.user}"
