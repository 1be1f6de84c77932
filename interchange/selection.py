"""The incidents an export covers: the list page's filter (IncidentFilterSet), from a query string or options."""

from django.http import QueryDict

from incidents.filters import IncidentFilterSet
from incidents.models import Incident


class SelectionError(ValueError):
    """The filter values are not valid (the message says which)."""


def filtered_incidents(data: QueryDict | dict | None):
    """The incidents the list page shows for `data`, in the list's order (newest first)."""
    filterset = IncidentFilterSet(data or None, queryset=Incident.objects.all())
    if filterset.is_bound and not filterset.form.is_valid():
        problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items())
        raise SelectionError(problems)
    return filterset.qs


def filter_names() -> list[str]:
    return list(IncidentFilterSet.base_filters)


def add_filter_options(parser) -> None:
    """One --NAME option per list filter (repeatable for multi-valued ones such as --type)."""
    for name in filter_names():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=f"filter_{name}", action="append", metavar="VALUE")


def filters_from_options(options: dict) -> QueryDict:
    data = QueryDict(mutable=True)
    for name in filter_names():
        for value in options.get(f"filter_{name}") or []:
            data.appendlist(name, value)
    return data
