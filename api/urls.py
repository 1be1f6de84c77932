from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api import tokens, views

router = DefaultRouter()
router.register("incidents", views.IncidentViewSet, basename="incident")
router.register("groups", views.GroupViewSet, basename="group")
router.register("persons", views.PersonViewSet, basename="person")
router.register("locations", views.LocationViewSet, basename="location")
router.register("sources", views.SourceViewSet, basename="source")
router.register("notes", views.NoteViewSet, basename="note")

app_name = "api"
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("token/", tokens.TokenView.as_view(), name="token"),
    path("", include(router.urls)),
]
