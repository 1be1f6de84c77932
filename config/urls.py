from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("api/", include("api.urls")),
    path("", include("interchange.urls")),
    path("", include("searches.urls")),
    path("", include("incidents.urls")),
]
