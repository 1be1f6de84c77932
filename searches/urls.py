from django.contrib.auth.decorators import login_not_required
from django.urls import path

from searches import views

# The feed is the one page without login: a feed reader sends the owner's token instead.
urlpatterns = [
    path("searches/", views.SavedSearchListView.as_view(), name="saved-search-list"),
    path("searches/save/", views.SavedSearchCreateView.as_view(), name="saved-search-create"),
    path("searches/token/", views.FeedTokenView.as_view(), name="saved-search-token"),
    path("searches/<int:pk>/", views.SavedSearchOpenView.as_view(), name="saved-search-open"),
    path("searches/<int:pk>/delete/", views.SavedSearchDeleteView.as_view(), name="saved-search-delete"),
    path("searches/<int:pk>/feed/<str:key>/", login_not_required(views.SavedSearchFeed()), name="saved-search-feed"),
]
