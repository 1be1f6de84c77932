"""The three roles, as Django groups with model permissions.

viewer   reads everything
analyst  also annotates, edits, reviews and merges records; works in the admin
admin    everything, including users and the admin site's full powers

The groups and their permissions are created by a data migration
(accounts/migrations/0002_roles.py) calling `sync_role_permissions`.
"""

from django.contrib.auth.models import Group, Permission

VIEWER, ANALYST, ADMIN = "viewer", "analyst", "admin"
ROLES = (VIEWER, ANALYST, ADMIN)

# App labels whose models the roles act on.
DOMAIN_APPS = ("incidents", "searches")
# Analysts may not delete the shipped reference data or sources outright.
ANALYST_NO_DELETE = {"location", "source", "group", "person"}
# Written only by services (merges, duplicate decisions), never edited directly.
READ_ONLY_FOR_ANALYSTS = {"mergerecord", "notsamepair"}
# Custom permissions declared on models (see incidents.models).
ANALYST_EXTRA = {"review_incident", "merge_records"}


def permissions_for(role: str, perms) -> list:
    """Pick the permissions of `role` out of an iterable of Permission-like rows."""
    chosen = []
    for perm in perms:
        action, _, model = perm.codename.partition("_")
        if role == ADMIN:
            chosen.append(perm)
        elif perm.content_type.app_label not in DOMAIN_APPS:
            continue
        elif action == "view":
            chosen.append(perm)
        elif model.startswith("historical") or model in READ_ONLY_FOR_ANALYSTS:
            continue  # history and merge records are written by services, never by hand
        elif role == ANALYST and (
            perm.codename in ANALYST_EXTRA
            or action in {"add", "change"}
            or (action == "delete" and model not in ANALYST_NO_DELETE)
        ):
            chosen.append(perm)
    return chosen


def sync_role_permissions(group_model=Group, permission_model=Permission) -> None:
    perms = list(permission_model.objects.select_related("content_type"))
    for role in ROLES:
        group, _ = group_model.objects.get_or_create(name=role)
        group.permissions.set(permissions_for(role, perms))


def assign_role(user, role: str) -> None:
    """Give `user` exactly one role. Analysts and admins may use the admin site."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    user.groups.set([Group.objects.get(name=role)])
    user.is_staff = role in (ANALYST, ADMIN)
    user.is_superuser = role == ADMIN
    user.save(update_fields=["is_staff", "is_superuser"])


def role_of(user) -> str:
    if not user.is_authenticated:
        return ""
    if user.is_superuser:
        return ADMIN
    if hasattr(user, "loaded_role"):  # read with the user (accounts.backends)
        return user.loaded_role or ""
    names = set(user.groups.values_list("name", flat=True))
    for role in (ADMIN, ANALYST, VIEWER):
        if role in names:
            return role
    return ""
