"""Reading and reverting a record's recorded versions (django-simple-history).

`readable_changes` turns a version's diff into words an analyst reads: names for
links ("→ Jane Analyst", not "→ 1"), labels for choices, lists joined with commas.
`revert_to` saves an earlier version's own fields as the record's current state
(links such as groups or aliases are not part of a version and stay as they are).
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models, transaction

from incidents.models import Incident
from incidents.services.search_text import incident_search_text


def _label(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in value.items())
    return str(value)


def _user_name(user) -> str:
    return user.get_full_name() or user.get_username()


def readable_changes(model, diffs: list[list]) -> list[list[dict]]:
    """For each version's diff (a list of simple-history ModelChange), rows {"field", "old", "new"} in words.

    Linked records are named with one query per linked model for the whole page.
    """
    wanted = defaultdict(set)
    for changes in diffs:
        for change in changes:
            field = model._meta.get_field(change.field)
            if field.is_relation and field.many_to_one:
                wanted[field.related_model].update(v for v in (change.old, change.new) if v is not None)
    names = {}
    for related, ids in wanted.items():
        for record in related._default_manager.filter(pk__in=ids):
            names[(related, record.pk)] = _user_name(record) if hasattr(record, "get_username") else str(record)
    readable = []
    for changes in diffs:
        rows = []
        for change in changes:
            field = model._meta.get_field(change.field)
            rows.append(
                {
                    "field": field.verbose_name,
                    "old": _field_value(field, change.old, names),
                    "new": _field_value(field, change.new, names),
                }
            )
        readable.append(rows)
    return readable


def _field_value(field, value, names) -> str:
    if value is None or value == "":
        return "—"
    if field.is_relation and field.many_to_one:
        return names.get((field.related_model, value), f"#{value} (deleted)")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return _label(value)


@transaction.atomic
def revert_to(record: models.Model, version, *, user) -> models.Model:
    """Make `version` (a historical row of `record`) the record's current state. Needs change permission.

    Fields left out of history (derived keys such as search_text or name_folded) are rebuilt.
    """
    if version.instance_type is not type(record) or version.id != record.pk:
        raise ValidationError("That version belongs to another record.")
    restored = version.instance
    restored._state.adding = False
    restored._state.db = record._state.db
    if isinstance(restored, Incident):
        restored.analyst_edited = True
        restored.search_text = incident_search_text(restored)
    restored._change_reason = f"Reverted to the version of {version.history_date:%Y-%m-%d %H:%M}"
    restored._history_user = user
    restored.full_clean(validate_unique=False, exclude=["search_text"])
    restored.save()
    return restored
