from django.urls import path

from incidents.models import Group, Incident, Location, Person, Source
from incidents.views import actions, briefing, live, maps, queue, records
from incidents.views.generic import ObjectHistoryView, ObjectNotesView


def object_urls(prefix: str, model, list_view, detail_view, *, aliases=False, merge=False, revert=True):
    """The URLs every record type has: list, page, notes and history tabs, note form."""
    name = model._meta.model_name
    patterns = [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"),
        path(f"{prefix}/<int:pk>/", detail_view.as_view(), name=f"{name}-detail"),
        path(f"{prefix}/<int:pk>/notes/", ObjectNotesView.as_view(model=model), name=f"{name}-notes"),
        path(f"{prefix}/<int:pk>/history/", ObjectHistoryView.as_view(model=model), name=f"{name}-history"),
        path(f"{prefix}/<int:pk>/notes/add/", actions.NoteCreateView.as_view(model=model), name=f"{name}-note-add"),
    ]
    if revert:
        patterns.append(
            path(
                f"{prefix}/<int:pk>/history/<int:version_id>/revert/",
                actions.RevertView.as_view(model=model),
                name=f"{name}-revert",
            )
        )
    if aliases:
        patterns.append(
            path(
                f"{prefix}/<int:pk>/aliases/add/",
                actions.AliasCreateView.as_view(model=model),
                name=f"{name}-alias-add",
            )
        )
        patterns.append(
            path(
                f"{prefix}/<int:pk>/aliases/remove/",
                actions.AliasRemoveView.as_view(model=model),
                name=f"{name}-alias-remove",
            )
        )
    if merge:
        patterns.append(
            path(f"{prefix}/<int:pk>/merge/", actions.RecordMergeView.as_view(model=model), name=f"{name}-merge")
        )
    return patterns


urlpatterns = [
    path("", records.DashboardView.as_view(), name="dashboard"),
    path("incidents/export.<str:fmt>", maps.incident_export, name="incident-export"),
    path("incidents/briefing/", briefing.BriefingView.as_view(), name="incident-briefing"),
    path("queue/", queue.ReviewQueueView.as_view(), name="review-queue"),
    path("incidents/bulk-review/", queue.BulkReviewView.as_view(), name="incident-bulk-review"),
    path("groups/bulk-review/", queue.BulkRecordReviewView.as_view(model=Group), name="group-bulk-review"),
    path("persons/bulk-review/", queue.BulkRecordReviewView.as_view(model=Person), name="person-bulk-review"),
    path("incidents/<int:pk>/edit/", actions.IncidentEditView.as_view(), name="incident-edit"),
    path("incidents/<int:pk>/review/", actions.IncidentReviewView.as_view(), name="incident-review"),
    path("incidents/<int:pk>/merge/", actions.IncidentMergeView.as_view(), name="incident-merge"),
    path("incidents/<int:pk>/not-same/", actions.IncidentNotSameView.as_view(), name="incident-not-same"),
    *object_urls("incidents", Incident, records.IncidentListView, records.IncidentDetailView),
    *object_urls("groups", Group, records.GroupListView, records.GroupDetailView, aliases=True, merge=True),
    *object_urls("persons", Person, records.PersonListView, records.PersonDetailView, aliases=True, merge=True),
    path("locations/suggest/", records.location_suggest, name="location-suggest"),
    path("groups/suggest/", records.group_suggest, name="group-suggest"),
    *object_urls("locations", Location, records.LocationListView, records.LocationDetailView, aliases=True),
    *object_urls("sources", Source, records.SourceListView, records.SourceDetailView, revert=False),
    path("map/", maps.MapView.as_view(), name="map"),
    path("map/data.geojson", maps.map_data, name="map-data"),
    path("merges/<int:pk>/undo/", actions.UnmergeView.as_view(), name="merge-undo"),
    # Live ingest: articles from the browser, jobs, feeds.
    path("add/", live.ArticleAddView.as_view(), name="live-add"),
    path("add/<str:token>/confirm/", live.ArticleConfirmView.as_view(), name="live-confirm"),
    path("add/<str:token>/discard/", live.ArticleDiscardView.as_view(), name="live-discard"),
    path("jobs/", live.JobListView.as_view(), name="job-list"),
    path("jobs/<int:pk>/", live.JobDetailView.as_view(), name="job-detail"),
    path("jobs/<int:pk>/retry/", live.JobRetryView.as_view(), name="job-retry"),
    path("feeds/", live.FeedListView.as_view(), name="feed-list"),
    path("feeds/<int:pk>/", live.FeedDetailView.as_view(), name="feed-detail"),
]
