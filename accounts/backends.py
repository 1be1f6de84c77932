"""The sign-in backend: Django's ModelBackend, with the user's role read in the same query.

Every page shows the signed-in user's role in its header; annotating the user with it
saves each request a second round trip to the role groups.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When

from accounts.roles import ADMIN, ANALYST, VIEWER


def _highest_role():
    """The name of the user's highest role group (admin, analyst, viewer); other groups are not roles."""
    rank = Case(
        When(name=ADMIN, then=Value(0)),
        When(name=ANALYST, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    roles = Group.objects.filter(user=OuterRef("pk"), name__in=(ADMIN, ANALYST, VIEWER))
    return Subquery(roles.order_by(rank).values("name")[:1])


class RoleLoadingBackend(ModelBackend):
    def get_user(self, user_id):
        users = get_user_model()._default_manager.annotate(loaded_role=_highest_role())
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
