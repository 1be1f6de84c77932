"""Saved searches: save a filtered list, open it (marking it seen), manage them, and their Atom feeds."""

from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.views import View
from django.views.generic import TemplateView

from incidents.filters import IncidentFilterSet
from incidents.views.briefing import active_filters
from incidents.views.generic import WritePermissionMixin
from searches.forms import SavedSearchForm
from searches.models import FeedToken, SavedSearch
from searches.selectors import feed_incidents, saved_searches_with_new_counts


class SavedSearchListView(TemplateView):
    """The user's saved searches with their feed addresses, and the feed token's controls."""

    template_name = "searches/saved_search_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        searches = saved_searches_with_new_counts(user)
        for search in searches:
            search.filters = active_filters(IncidentFilterSet(QueryDict(search.query)).form)
        context.update(
            searches=searches,
            token=FeedToken.objects.filter(user=user).first(),
            can_save=user.has_perm("searches.add_savedsearch"),
        )
        return context


class SavedSearchCreateView(WritePermissionMixin, View):
    permission_required = "searches.add_savedsearch"
    http_method_names = ["post"]

    def post(self, request):
        form = SavedSearchForm(request.POST, owner=request.user)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, errors[0])
            query = request.POST.get("query", "")
            return redirect(f"{reverse('incident-list')}?{query}" if query else reverse("incident-list"))
        search = form.save()
        messages.success(request, f"Search saved as “{search.name}”. The dashboard counts its new incidents.")
        return redirect(search.list_url())


class SavedSearchOpenView(View):
    """Open a saved search: its list, and from now on only later incidents count as new."""

    def get(self, request, pk):
        search = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
        SavedSearch.objects.filter(pk=search.pk).update(last_seen_at=timezone.now())
        return redirect(search.list_url())


class SavedSearchDeleteView(WritePermissionMixin, View):
    permission_required = "searches.delete_savedsearch"
    http_method_names = ["post"]

    def post(self, request, pk):
        search = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
        search.delete()
        messages.success(request, f"Saved search “{search.name}” deleted.")
        return redirect("saved-search-list")


class FeedTokenView(WritePermissionMixin, View):
    """Create or regenerate the feed token (`action=regenerate`), or revoke it (`action=revoke`)."""

    permission_required = "searches.add_savedsearch"
    http_method_names = ["post"]

    def post(self, request):
        FeedToken.objects.filter(user=request.user).delete()
        if request.POST.get("action") == "revoke":
            messages.success(request, "Feed token revoked: feed addresses no longer work.")
        else:
            FeedToken.objects.create(user=request.user)
            messages.success(request, "New feed token made: old feed addresses no longer work.")
        return redirect("saved-search-list")


class SavedSearchFeed(Feed):
    """Atom feed of a saved search. The one page without login: the owner's token in the URL stands in."""

    feed_type = Atom1Feed

    def get_object(self, request, pk, key):
        token = FeedToken.objects.select_related("user").filter(key=key).first()
        user = token.user if token else None
        # A wrong or revoked token, someone else's search, or an owner who lost access: 404 alike.
        if user is None or not user.is_active or not user.has_perm("incidents.view_incident"):
            raise Http404("No such feed")
        return get_object_or_404(SavedSearch, pk=pk, owner=user)

    def title(self, search):
        return f"Incident desk: {search.name}"

    def subtitle(self, search):
        return "Incidents matching a saved search, newest arrivals first."

    def link(self, search):
        return search.list_url()

    def items(self, search):
        return feed_incidents(search)

    def item_title(self, incident):
        place = incident.location.name if incident.location else "unknown place"
        when = incident.date_start.isoformat() if incident.date_start else "undated"
        return f"{incident.get_type_display()} in {place} ({when})"

    def item_description(self, incident):
        deaths = "unknown" if incident.fatalities is None else incident.fatalities
        return f"{incident.summary}\n\nFatalities: {deaths}. Review status: {incident.get_review_status_display()}."

    def item_link(self, incident):
        return incident.get_absolute_url()

    def item_pubdate(self, incident):
        return incident.created_at

    def item_updateddate(self, incident):
        return incident.updated_at
