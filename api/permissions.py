"""The pages' roles, applied to the API: viewers read, analysts write what the pages let them, admins all."""

from rest_framework.permissions import SAFE_METHODS, BasePermission


class RolePermission(BasePermission):
    """Reading needs a signed-in user; a write needs the model permission its view names.

    Views set `write_permissions`: {action name: [permission, ...]}. An action not listed
    is refused to everyone who is not a superuser.
    """

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if request.method in SAFE_METHODS:
            return True
        action = getattr(view, "action", None)
        required = getattr(view, "write_permissions", {}).get(action)
        if required is None:
            return user.is_superuser
        return user.has_perms(required)
