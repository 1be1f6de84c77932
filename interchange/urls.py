from django.urls import path

from interchange import views

urlpatterns = [
    path("incidents/export/stix.json", views.stix_export, name="incident-export-stix"),
    path("incidents/export/acled.csv", views.acled_export, name="incident-export-acled"),
]
