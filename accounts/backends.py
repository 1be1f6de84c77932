"""The sign-in backend: Django's ModelBackend, with the user's role read in the same query.

Every page shows the signed-in user's role in its header. Reading it with the user saves
each request a second round trip. The query is written out once, not built with the ORM
per request: compiling its subquery cost 1 ms, five times what PostgreSQL takes to run it.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group

from accounts.roles import ADMIN, ANALYST, VIEWER


@cache
def _user_with_role_sql() -> str:
    user_model = get_user_model()
    users = user_model._meta.db_table
    memberships = user_model.groups.through._meta
    groups = Group._meta.db_table
    user_column = memberships.get_field("user").column
    group_column = memberships.get_field("group").column
    # Highest role first (admin, analyst, viewer); other groups are not roles.
    return f"""
        SELECT u.*, (
            SELECT g.name FROM "{groups}" g
            JOIN "{memberships.db_table}" m ON m."{group_column}" = g.id
            WHERE m."{user_column}" = u.id AND g.name IN (%s, %s, %s)
            ORDER BY CASE g.name WHEN %s THEN 0 WHEN %s THEN 1 ELSE 2 END
            LIMIT 1
        ) AS loaded_role
        FROM "{users}" u WHERE u.id = %s
    """  # noqa: S608 - table and column names come from the models, values are parameters


class RoleLoadingBackend(ModelBackend):
    def get_user(self, user_id):
        params = [ADMIN, ANALYST, VIEWER, ADMIN, ANALYST, user_id]
        user = next(iter(get_user_model()._default_manager.raw(_user_with_role_sql(), params)), None)
        return user if user is not None and self.user_can_authenticate(user) else None
