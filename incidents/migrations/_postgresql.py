"""Operations for migrations that act on PostgreSQL only (skipped by Django's migration loader: leading underscore)."""

from django.db import migrations


class PostgreSQLOnlySQL(migrations.RunSQL):
    """RunSQL that runs on PostgreSQL and does nothing on any other database.

    It changes no model state, so `makemigrations --check` stays clean on every backend.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
