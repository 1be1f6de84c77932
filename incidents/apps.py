from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "incidents"
    verbose_name = "Incidents"

    def ready(self):
        from incidents import lookups  # noqa: F401 - registers the in_array lookup
