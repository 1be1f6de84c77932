"""Load the curated groups list shipped in seeds/groups.json.

The file holds one entry per group:

    {"name": "Islamic State Khorasan Province", "kind": "armed_group",
     "parent": "Islamic State", "country": "AF",
     "aliases": ["ISKP", "ISIS-K", "Daesh-Khorasan"], "case_sensitive": ["IS-K"],
     "description": "..."}

`case_sensitive` lists aliases (acronyms such as "IS" or "NC") that match only
with that exact capitalisation; they need not be repeated under `aliases`.

The load is an upsert by canonical name: groups are created or brought in line
with the file, missing aliases are added and parents set. Nothing is deleted,
and what analysts did wins: a group an analyst edited keeps its fields, and an
alias or group an analyst deleted is not brought back.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from incidents.choices import GroupKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias
from incidents.services.table_statistics import refresh_statistics

_ENTRY_KEYS = {"name", "kind", "parent", "country", "aliases", "case_sensitive", "description"}


class GroupsFileError(ValueError):
    """The groups file is malformed; the message lists every problem found."""


@dataclass
class GroupEntry:
    name: str
    kind: str
    parent: str | None = None
    country: str = ""
    aliases: list[str] = field(default_factory=list)
    case_sensitive: set[str] = field(default_factory=set)
    description: str = ""


def default_path() -> Path:
    return Path(settings.BASE_DIR) / "seeds" / "groups.json"


def read_groups_file(path: Path | str | None = None) -> list[GroupEntry]:
    """Parse and validate the file; raises GroupsFileError naming every bad entry."""
    path = Path(path) if path else default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GroupsFileError(f"{path}: no such file") from exc
    except json.JSONDecodeError as exc:
        raise GroupsFileError(f"{path}: not valid JSON ({exc})") from exc
    raw = data.get("groups") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise GroupsFileError(f'{path}: expected a list of groups (or {{"groups": [...]}})')

    errors: list[str] = []
    entries: list[GroupEntry] = []
    holders: dict[str, list[tuple[str, str, bool]]] = {}  # folded name -> (group, name as written, case-sensitive)
    kinds = set(GroupKind.values)
    for index, item in enumerate(raw):
        where = f"entry {index + 1}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            errors.append(f"{where}: needs a non-empty 'name'")
            continue
        name = item["name"].strip()
        where = f"entry {index + 1} ({name})"
        unknown = set(item) - _ENTRY_KEYS
        if unknown:
            errors.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        kind = item.get("kind")
        if kind not in kinds:
            errors.append(f"{where}: kind {kind!r} is not one of {', '.join(sorted(kinds))}")
        country = item.get("country") or ""
        if country and (len(country) != 2 or not country.isupper()):
            errors.append(f"{where}: country {country!r} is not an ISO alpha-2 code")
        aliases = item.get("aliases") or []
        sensitive = item.get("case_sensitive") or []
        if not all(isinstance(a, str) and a.strip() for a in [*aliases, *sensitive]):
            errors.append(f"{where}: aliases must be non-empty strings")
            continue
        names_in_group: dict[str, str] = {fold(name): name}
        all_aliases = [a.strip() for a in aliases] + [a.strip() for a in sensitive if a.strip() not in aliases]
        for alias in all_aliases:
            key = fold(alias)
            if not key:
                errors.append(f"{where}: alias {alias!r} has no letters or digits")
            elif key in names_in_group:
                errors.append(f"{where}: alias {alias!r} duplicates {names_in_group[key]!r}")
            else:
                names_in_group[key] = alias
        sensitive_set = {a.strip() for a in sensitive}
        for key, alias in names_in_group.items():
            holders.setdefault(key, []).append((name, alias, alias in sensitive_set))
        entries.append(
            GroupEntry(
                name=name,
                kind=kind,
                parent=(item.get("parent") or "").strip() or None,
                country=country,
                aliases=all_aliases,
                case_sensitive={a.strip() for a in sensitive},
                description=(item.get("description") or "").strip(),
            )
        )

    # A name may belong to two groups only as distinct case-sensitive acronyms ("JeM" and "JEM").
    for held in holders.values():
        groups_holding = {group for group, _, _ in held}
        exact = [alias for _, alias, _ in held]
        if len(groups_holding) > 1 and not (all(s for _, _, s in held) and len(set(exact)) == len(exact)):
            listing = ", ".join(f"{alias!r} of {group!r}" for group, alias, _ in held)
            errors.append(f"ambiguous name {listing}: make them distinct case-sensitive acronyms or drop one")

    canonical = {e.name for e in entries}
    for entry in entries:
        if entry.parent and entry.parent not in canonical:
            errors.append(f"{entry.name}: unknown parent {entry.parent!r} (parents are given by canonical name)")
        if entry.parent == entry.name:
            errors.append(f"{entry.name}: a group cannot be its own parent")
    if errors:
        raise GroupsFileError(f"{path}: {len(errors)} problem(s):\n  " + "\n  ".join(errors))
    return entries


def load_groups(path=None, stdout=None):
    """Upsert the curated groups and their aliases; returns counts."""
    started = time.monotonic()
    entries = read_groups_file(path)
    stats = {"groups": len(entries), "groups_created": 0, "groups_updated": 0, "aliases_created": 0}

    with transaction.atomic():
        by_folded = _existing_groups()
        edited = set(Group.history.filter(history_user__isnull=False).values_list("id", flat=True))
        deleted_groups = {fold(n) for n in Group.history.filter(history_type="-").values_list("name", flat=True)}
        deleted_aliases = {
            (group_id, fold(name))
            for group_id, name in GroupAlias.history.filter(history_type="-").values_list("group_id", "name")
        }

        groups: dict[str, Group] = {}
        for entry in entries:
            key = fold(entry.name)
            group = by_folded.get(key)
            if group is None:
                if key in deleted_groups:
                    continue  # an analyst deleted it: do not bring it back
                group = Group(name=entry.name)
                _apply(group, entry)
                group.save()
                stats["groups_created"] += 1
            elif group.pk not in edited and group.provenance != Origin.ANALYST and _apply(group, entry):
                group.save()
                stats["groups_updated"] += 1
            groups[entry.name] = group

        # Parents once every group exists.
        for entry in entries:
            group = groups.get(entry.name)
            if group is None or group.pk in edited or group.provenance == Origin.ANALYST:
                continue
            parent = groups.get(entry.parent) if entry.parent else None
            parent_id = parent.pk if parent else None
            if group.parent_id != parent_id:
                group.parent_id = parent_id
                group.save(update_fields=["parent", "updated_at"])

        existing_aliases = set(GroupAlias.objects.values_list("group_id", "name_folded"))
        new_aliases = []
        for entry in entries:
            group = groups.get(entry.name)
            if group is None:
                continue
            for alias in entry.aliases:
                key = (group.pk, fold(alias))
                if key[1] == group.name_folded or key in existing_aliases or key in deleted_aliases:
                    continue
                existing_aliases.add(key)
                sensitive = alias in entry.case_sensitive
                new_aliases.append(GroupAlias(group=group, name=alias, name_folded=key[1], case_sensitive=sensitive))
        GroupAlias.objects.bulk_create(new_aliases, batch_size=200)
        stats["aliases_created"] = len(new_aliases)

    refresh_statistics(Group, GroupAlias)
    stats["seconds"] = round(time.monotonic() - started, 2)
    if stdout is not None:
        stdout.write(
            f"{stats['groups']} groups in the file: {stats['groups_created']} created, "
            f"{stats['groups_updated']} updated, {stats['aliases_created']} aliases added."
        )
    return stats


def _existing_groups() -> dict[str, Group]:
    """Groups by folded name; where names clash, the curated one wins."""
    by_folded: dict[str, Group] = {}
    for group in Group.objects.order_by("pk"):
        current = by_folded.get(group.name_folded)
        if current is None or (group.provenance == Origin.CURATED and current.provenance != Origin.CURATED):
            by_folded[group.name_folded] = group
    return by_folded


def _apply(group: Group, entry: GroupEntry) -> bool:
    """Bring a group's fields in line with its entry; True when something changed."""
    wanted = {
        "name": entry.name,
        "kind": entry.kind,
        "country_code": entry.country,
        "description": entry.description or group.description,
        "provenance": Origin.CURATED,
        "reviewed": True,
    }
    changed = False
    for attr, value in wanted.items():
        if getattr(group, attr) != value:
            setattr(group, attr, value)
            changed = True
    return changed
