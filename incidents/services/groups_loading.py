"""Load the curated groups list shipped in seeds/groups.json.

The file holds one entry per group:

    {"name": "Islamic State Khorasan Province", "kind": "armed_group",
     "parent": "Islamic State", "country": "AF",
     "aliases": ["ISKP", "ISIS-K", "Daesh-Khorasan"], "case_sensitive": ["IS-K"],
     "description": "..."}

`case_sensitive` lists aliases (acronyms such as "IS" or "NC") that match only
with that exact capitalisation; they need not be repeated under `aliases`.

An alias is a string, or an object for a name that meant the group only in a
period (both days "YYYY-MM-DD", inclusive, either may be left out):

    {"name": "Afghan police", "until": "2021-08-14"}   (the Islamic Republic's)
    {"name": "Afghan police", "from": "2021-08-15"}    (the Taliban's)

One name may belong to two groups only when their periods do not overlap (an
alias without a period holds always), or as distinct case-sensitive acronyms.
The extractor gives such a name to the group that held it on the article's day
(`incidents.extraction.gazetteer.DatedGazetteer`).

The load is an upsert by canonical name: groups are created or brought in line
with the file, missing aliases are added, aliases' periods brought in line
(unless an analyst edited the alias) and parents set. Nothing is deleted,
and what analysts did wins: a group an analyst edited keeps its fields, and an
alias or group an analyst deleted is not brought back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from incidents.choices import GroupKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias
from incidents.models.groups import Period, periods_overlap
from incidents.services.table_statistics import refresh_statistics

_ENTRY_KEYS = {"name", "kind", "parent", "country", "aliases", "case_sensitive", "description"}
_ALIAS_KEYS = {"name", "from", "until"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

ALWAYS: Period = (None, None)


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
    # alias -> (first day, last day) for the names that meant the group only in a period
    periods: dict[str, Period] = field(default_factory=dict)


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
    # folded name -> (group, name as written, case-sensitive, period)
    holders: dict[str, list[tuple[str, str, bool, Period]]] = {}
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
        periods: dict[str, Period] = {}
        aliases = _alias_names(item.get("aliases") or [], periods, where, errors)
        sensitive = _alias_names(item.get("case_sensitive") or [], periods, where, errors)
        if aliases is None or sensitive is None:
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
            holders.setdefault(key, []).append((name, alias, alias in sensitive_set, periods.get(alias, ALWAYS)))
        entries.append(
            GroupEntry(
                name=name,
                kind=kind,
                parent=(item.get("parent") or "").strip() or None,
                country=country,
                aliases=all_aliases,
                case_sensitive={a.strip() for a in sensitive},
                description=(item.get("description") or "").strip(),
                periods=periods,
            )
        )

    # A name may belong to two groups only as distinct case-sensitive acronyms ("JeM" and "JEM"), or in periods
    # that do not overlap ("Afghan police": the republic's until 2021-08-14, the Taliban's from 2021-08-15).
    for held in holders.values():
        clash = any(
            not (a[2] and b[2] and a[1] != b[1]) and periods_overlap(a[3], b[3])
            for i, a in enumerate(held)
            for b in held[i + 1 :]
        )
        if clash:
            listing = ", ".join(f"{alias!r} of {group!r}{_when(period)}" for group, alias, _, period in held)
            errors.append(
                f"ambiguous name {listing}: make them distinct case-sensitive acronyms, give them periods that "
                "do not overlap, or drop one"
            )

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

        existing_aliases = {
            (group_id, folded): (pk, first, last)
            for pk, group_id, folded, first, last in GroupAlias.objects.values_list(
                "pk", "group_id", "name_folded", "valid_from", "valid_until"
            )
        }
        edited_aliases = set(GroupAlias.history.filter(history_user__isnull=False).values_list("id", flat=True))
        new_aliases, redated = [], []
        for entry in entries:
            group = groups.get(entry.name)
            if group is None:
                continue
            for alias in entry.aliases:
                key = (group.pk, fold(alias))
                first, last = entry.periods.get(alias, ALWAYS)
                if key in existing_aliases:
                    pk, *period = existing_aliases[key]
                    if tuple(period) != (first, last) and pk not in edited_aliases:
                        redated.append((pk, first, last))  # the file dates it now (or differently)
                    continue
                if key[1] == group.name_folded or key in deleted_aliases:
                    continue
                existing_aliases[key] = (None, first, last)
                sensitive = alias in entry.case_sensitive
                new_aliases.append(
                    GroupAlias(
                        group=group,
                        name=alias,
                        name_folded=key[1],
                        case_sensitive=sensitive,
                        valid_from=first,
                        valid_until=last,
                    )
                )
        periods_of = {pk: (first, last) for pk, first, last in redated}
        for alias in GroupAlias.objects.filter(pk__in=periods_of):  # saved one by one: each keeps its history
            alias.valid_from, alias.valid_until = periods_of[alias.pk]
            alias.save(update_fields=["valid_from", "valid_until"])
        GroupAlias.objects.bulk_create(new_aliases, batch_size=200)
        stats["aliases_created"] = len(new_aliases)
        stats["aliases_redated"] = len(redated)

    refresh_statistics(Group, GroupAlias)
    stats["seconds"] = round(time.monotonic() - started, 2)
    if stdout is not None:
        stdout.write(
            f"{stats['groups']} groups in the file: {stats['groups_created']} created, "
            f"{stats['groups_updated']} updated, {stats['aliases_created']} aliases added"
            + (f", {stats['aliases_redated']} re-dated." if stats["aliases_redated"] else ".")
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


def _alias_names(items, periods: dict[str, Period], where: str, errors: list[str]) -> list[str] | None:
    """The names of a list of aliases (strings or {"name", "from", "until"} objects), their periods recorded in
    `periods`; None (and the problem in `errors`) when one is malformed."""
    if not isinstance(items, list):
        errors.append(f"{where}: aliases must be a list")
        return None
    names = []
    for item in items:
        if isinstance(item, dict):
            name = item.get("name")
            unknown = set(item) - _ALIAS_KEYS
            if unknown:
                errors.append(f"{where}: alias {name!r} has unknown field(s) {', '.join(sorted(unknown))}")
                return None
        else:
            name = item
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{where}: aliases must be non-empty strings or objects with a non-empty 'name'")
            return None
        name = name.strip()
        names.append(name)
        if isinstance(item, dict) and ("from" in item or "until" in item):
            days = []
            for bound in ("from", "until"):
                value = item.get(bound)
                if value is None:
                    days.append(None)
                elif isinstance(value, str) and _DAY.fullmatch(value):
                    try:
                        days.append(dt.date.fromisoformat(value))
                    except ValueError:
                        errors.append(f"{where}: alias {name!r}: {bound} {value!r} is not a real day")
                        return None
                else:
                    errors.append(f"{where}: alias {name!r}: {bound} {value!r} is not a day YYYY-MM-DD")
                    return None
            if days[0] and days[1] and days[0] > days[1]:
                errors.append(f"{where}: alias {name!r}: from {days[0]} is after until {days[1]}")
                return None
            periods[name] = (days[0], days[1])
    return names


def _when(period: Period) -> str:
    if period == ALWAYS:
        return ""
    return f" ({period[0] or '…'} to {period[1] or '…'})"
