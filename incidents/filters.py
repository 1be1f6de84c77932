"""Filter forms of the list pages (django-filter). The query shapes come from selectors.

Every filter is a plain GET parameter, so the whole state of a list is in its URL.
Names typed into the group, person and location boxes are resolved the way analysts
write them: any alias, any spelling (see `selectors.groups_named` and friends).
"""

import django_filters
from django import forms
from django.db.models import Q

from incidents import selectors
from incidents.choices import ActorRole, GroupKind, IncidentType, LocationKind, Origin, PersonStatus, ReviewStatus
from incidents.extraction.normalize import fold
from incidents.models import Group, Incident, Location, Person, Source
from incidents.parsing import MAX_COUNT, NAME_MAX_CHARS, SearchField


class SearchFilter(django_filters.CharFilter):
    """A free-text search, bounded in length and terms (see incidents.parsing)."""

    field_class = SearchField


class NameFilter(django_filters.CharFilter):
    """A typed name (place, group, person, publisher), bounded in length."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", NAME_MAX_CHARS)
        super().__init__(*args, **kwargs)


class InvalidFiltersMatchNothing:
    """A filter form with an error lists nothing (and says why), rather than ignoring that filter.

    Ignoring it would show, export or map more incidents than the analyst asked for.
    """

    def filter_queryset(self, queryset):
        if not self.form.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)


class TieBreakOrderingFilter(django_filters.OrderingFilter):
    """Column sorting that always ends on the id, so pages are stable and keyset-friendly."""

    def filter(self, qs, value):
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value if param]
        if not ordering:
            return qs
        last = ordering[-1]
        return qs.order_by(*ordering, "-id" if last.startswith("-") else "id")


class IncidentFilterSet(InvalidFiltersMatchNothing, django_filters.FilterSet):
    # Ranking computes each match's text vector: beyond this many matches, newest first.
    rank_limit = 1000
    match_count = None  # counted while ordering a search (see _order_search), else left to the paginator
    ordered_ids = None  # the list's first ids in order, when known apart from its queryset (see ids_in_order)
    place_sort = None  # "asc" or "desc" when the list is sorted by place (see ids_in_order)

    q = SearchFilter(
        label="Search",
        method="filter_q",
        widget=forms.SearchInput(attrs={"placeholder": "Summary, names, aliases, places, article text"}),
    )
    type = django_filters.MultipleChoiceFilter(
        label="Type", choices=IncidentType.choices, widget=forms.CheckboxSelectMultiple, method="filter_type"
    )
    # Dates overlap: an incident known only to the month ("2024-09") is found for 15–20 September.
    date_from = django_filters.DateFilter(
        label="From (overlapping dates count)",
        method="filter_date_from",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = django_filters.DateFilter(
        label="To (overlapping dates count)",
        method="filter_date_to",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    location = NameFilter(
        label="Place (and everything inside it)",
        method="filter_location",
        widget=forms.TextInput(
            attrs={
                "placeholder": "Country, province, town…",
                "list": "location-options",
                "autocomplete": "off",
                "data-autocomplete": "location",
            }
        ),
    )
    group = NameFilter(
        label="Group (any name or alias)",
        method="filter_group",
        widget=forms.TextInput(
            attrs={
                "placeholder": "ISKP, Daesh-K, TTP…",
                "list": "group-options",
                "autocomplete": "off",
                "data-autocomplete": "group",
            }
        ),
    )
    group_exact = django_filters.BooleanFilter(
        label="This group only, not its branches",
        method="filter_noop",
        widget=forms.CheckboxInput,
    )
    group_role = django_filters.ChoiceFilter(
        label="Group's role", choices=ActorRole.choices, empty_label="Perpetrator or target", method="filter_noop"
    )
    person = NameFilter(
        label="Person (any name or alias)",
        method="filter_person",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    fatalities_min = django_filters.NumberFilter(
        label="Fatalities at least",
        field_name="fatalities",
        lookup_expr="gte",
        max_value=MAX_COUNT,
        widget=forms.NumberInput(attrs={"min": 0}),
    )
    fatalities_max = django_filters.NumberFilter(
        label="Fatalities at most",
        field_name="fatalities",
        lookup_expr="lte",
        max_value=MAX_COUNT,
        widget=forms.NumberInput(attrs={"min": 0}),
    )
    review_status = django_filters.MultipleChoiceFilter(
        label="Review status", choices=ReviewStatus.choices, widget=forms.CheckboxSelectMultiple, distinct=False
    )
    show_rejected = django_filters.BooleanFilter(
        label="Include rejected incidents", method="filter_noop", widget=forms.CheckboxInput
    )
    possible_duplicates = django_filters.BooleanFilter(
        label="Possible duplicates only", method="filter_possible_duplicates", widget=forms.CheckboxInput
    )
    assigned_to_me = django_filters.BooleanFilter(
        label="Assigned to me", method="filter_assigned_to_me", widget=forms.CheckboxInput
    )
    publisher = NameFilter(
        label="Publisher (part of the name)",
        method="filter_publisher",
        widget=forms.TextInput(attrs={"list": "publisher-options"}),
    )
    sort = TieBreakOrderingFilter(
        label="Sort by",
        fields=(
            ("date_start", "date"),
            ("type", "type"),
            ("location__name_folded", "location"),
            ("fatalities", "fatalities"),
            ("review_status", "status"),
            ("id", "id"),
        ),
        field_labels={"date_start": "Date", "location__name_folded": "Place", "review_status": "Review status"},
        empty_label="Newest first (best match first when searching)",
    )

    class Meta:
        model = Incident
        fields = []

    def filter_noop(self, queryset, name, value):
        return queryset  # read by filter_group

    def filter_q(self, queryset, name, value):
        return selectors.incidents_search(queryset, value)

    def filter_location(self, queryset, name, value):
        location = selectors.location_named(value)
        self.resolved_location = location
        if location is None:
            return queryset.none()
        return selectors.incidents_in_location(queryset, location, with_text=self.is_searching)

    def filter_type(self, queryset, name, value):
        return selectors.incidents_of_types(queryset, value, with_text=self.is_searching)

    def filter_date_from(self, queryset, name, value):
        return selectors.incidents_ending_on_or_after(queryset, value)

    def filter_date_to(self, queryset, name, value):
        return queryset.filter(date_start__lte=value)

    def filter_possible_duplicates(self, queryset, name, value):
        return selectors.possible_duplicates(queryset) if value else queryset

    def filter_group(self, queryset, name, value):
        groups = selectors.groups_named(value)
        self.resolved_groups = groups
        # A parent ("Islamic State") stands for its branches too, unless the exact group is asked for.
        branches = [] if self.form.cleaned_data.get("group_exact") else selectors.group_branch_ids(groups)
        self.resolved_branch_count = len(branches)
        role = self.form.cleaned_data.get("group_role") or ""
        return selectors.incidents_with_groups(queryset, groups, role, extra_group_ids=branches)

    def filter_person(self, queryset, name, value):
        persons = selectors.persons_named(value)
        self.resolved_persons = persons
        return selectors.incidents_with_persons(queryset, persons)

    def filter_assigned_to_me(self, queryset, name, value):
        if not value:
            return queryset
        user = getattr(self.request, "user", None)
        return queryset.filter(assigned_to=user) if user and user.is_authenticated else queryset.none()

    def filter_publisher(self, queryset, name, value):
        return selectors.incidents_from_publisher(queryset, value)

    @property
    def is_searching(self) -> bool:
        return bool(self.form.is_valid() and self.form.cleaned_data.get("q"))

    @property
    def hides_rejected(self) -> bool:
        """Rejected incidents are gone unless asked for (the checkbox, or the status filter)."""
        if not self.form.is_valid():
            return True
        data = self.form.cleaned_data
        return not data.get("show_rejected") and ReviewStatus.REJECTED not in (data.get("review_status") or [])

    @property
    def orders_by_rank(self) -> bool:
        """Searching on PostgreSQL with no column sort asked for: best match first."""
        return self.is_searching and selectors.is_postgres() and not self.form.cleaned_data.get("sort")

    @property
    def count_ordering(self) -> tuple[str, ...]:
        """The order the list's capped count reads its rows in: newest first under a date filter.

        In any order, PostgreSQL counts a date range with a sequential scan that stops at the
        1,001st match. Rows lie on disk roughly in date order, and a scan starts where the last
        one stopped (synchronized scans), so at 1,000,000 incidents a 3-month range read
        190,000-260,000 other rows first (256-623 ms cold, 2-10 ms warm). Newest first, the
        plan walks the date index from the range's end: 1-6 ms cold or warm, and 56 instead
        of 515 ms with the busiest group too (EXPLAIN ANALYZE and bench_pages, issue 14).
        Without a date filter the order stays free: the busiest group alone took 80-175 ms
        counted newest first against 2-7 ms in any order. A search counts in _order_search.
        """
        if not self.form.is_valid() or self.is_searching:
            return ()
        data = self.form.cleaned_data
        return ("-date_start", "-id") if data.get("date_from") or data.get("date_to") else ()

    @property
    def shows_estimate(self) -> bool:
        """Past the cap, PostgreSQL's estimate may stand in for the count, except for a date range.

        An overlap range (both dates) is two conditions the planner takes as independent: at
        1,000,000 incidents it expects 236,196 incidents for a 3-month range that has 43,570,
        and 235,755 for a single day that has 4,540. Such a list says "1,000+".
        """
        if not self.form.is_valid():
            return True
        data = self.form.cleaned_data
        return not (data.get("date_from") and data.get("date_to"))

    @property
    def qs(self):
        if not hasattr(self, "_sorted_qs"):
            qs = super().qs
            if self.hides_rejected:
                qs = qs.exclude(review_status=ReviewStatus.REJECTED)
            sort = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
            self.too_many_to_rank = False
            if not sort and self.orders_by_rank:
                qs = self._order_search(qs)
            elif not sort:
                qs = qs.order_by("-date_start", "-id")
            elif sort[0] in ("location", "-location"):  # by place alone: further sort keys are not read
                self.place_sort = "desc" if sort[0].startswith("-") else "asc"
                qs = selectors.incidents_by_place(qs, descending=self.place_sort == "desc")
            self._sorted_qs = qs
        return self._sorted_qs

    def _order_search(self, qs):
        """Best match first when the search has at most rank_limit matches; beyond that, newest first.

        The count and the order are two questions, asked apart. The count reads the ids of
        at most LIST_COUNT_CAP + 1 matches in no order, so PostgreSQL may stop early on any
        plan: a rare term's bitmap, or a broad term's walk. Asked newest first, a mid-density
        term ('Kabul': 1.9 % of 1,000,000 incidents) made the planner walk the date index for
        62,000 rows to find 1,001 (280-550 ms; issue 14, closing note of stop 21). Up to rank_limit
        matches are all known from the count, and only those rows are ranked. Past it the list
        is the filtered queryset newest first, and each page reads only its own rows
        (LIMIT page size, which the planner walks for page_size / density rows). A search the
        planner expects to match ten times the cap is not counted: it is "1,000+" and newest
        first (selectors.search_surely_past_cap).
        """
        newest_first = qs.order_by("-date_start", "-id")
        if selectors.search_surely_past_cap(qs):
            self.match_count = selectors.LIST_COUNT_CAP + 1
            self.too_many_to_rank = True
            return newest_first
        ids = selectors.ids_in_any_order(qs, selectors.LIST_COUNT_CAP + 1)
        self.match_count = len(ids)
        if len(ids) > min(self.rank_limit, selectors.LIST_COUNT_CAP):
            self.too_many_to_rank = True
            return newest_first
        query = self.form.cleaned_data["q"]
        self.ordered_ids = selectors.ranked_ids(ids, query)
        return selectors.incidents_ranked(qs, query).order_by("-rank", "-date_start", "-id")

    def ids_in_order(self) -> list[int] | None:
        """The list's first ids in order, where its page rows are read by id: a ranked search's
        matches, or a sort by place's first LIST_COUNT_CAP + 1 incidents.

        By place, one ORDER BY over the left join on the optional place sorts every incident:
        at 1,000,000 incidents the unfiltered list by place took 461-544 ms (bench_pages, issue
        14); selectors.ids_by_place reads the same order from indexes and stops at the cap. Only
        a list page asks (maps and exports read the queryset in its order), so the ids are read
        here, once, and when they are fewer than the cap they are also the count.
        """
        if self.ordered_ids is None and self.place_sort is not None:
            ids = selectors.ids_by_place(self.qs, selectors.LIST_COUNT_CAP + 1, descending=self.place_sort == "desc")
            self.ordered_ids = ids
            if len(ids) <= selectors.LIST_COUNT_CAP:
                self.match_count = len(ids)
        return self.ordered_ids


class AnyYesNo(forms.Select):
    """Yes / no / either, sent as true / false like django-filter's BooleanWidget expects."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=[("", "Any"), ("true", "Yes"), ("false", "No")])

    def value_from_datadict(self, data, files, name):
        value = data.get(name)
        return {"true": True, "false": False}.get(str(value).lower()) if value else None


class GroupFilterSet(InvalidFiltersMatchNothing, django_filters.FilterSet):
    q = SearchFilter(
        label="Search", method="filter_q", widget=forms.SearchInput(attrs={"placeholder": "Name or alias"})
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=GroupKind.choices, empty_label="Any")
    country_code = django_filters.CharFilter(
        label="Country code", lookup_expr="iexact", max_length=2, widget=forms.TextInput(attrs={"size": 3})
    )
    reviewed = django_filters.BooleanFilter(label="Reviewed", widget=AnyYesNo)
    provenance = django_filters.ChoiceFilter(label="Came from", choices=Origin.choices, empty_label="Anywhere")

    class Meta:
        model = Group
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(selectors.name_or_alias(Group, fold(value), "contains"))


class PersonFilterSet(InvalidFiltersMatchNothing, django_filters.FilterSet):
    q = SearchFilter(
        label="Search", method="filter_q", widget=forms.SearchInput(attrs={"placeholder": "Name or alias"})
    )
    status = django_filters.ChoiceFilter(label="Status", choices=PersonStatus.choices, empty_label="Any")
    group = NameFilter(label="Affiliated with", method="filter_group")
    reviewed = django_filters.BooleanFilter(label="Reviewed", widget=AnyYesNo)
    provenance = django_filters.ChoiceFilter(label="Came from", choices=Origin.choices, empty_label="Anywhere")

    class Meta:
        model = Person
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(selectors.name_or_alias(Person, fold(value), "contains"))

    def filter_group(self, queryset, name, value):
        from incidents.models import Affiliation

        groups = selectors.groups_named(value)
        return queryset.filter(id__in=Affiliation.objects.filter(group__in=groups).values("person_id"))


class LocationFilterSet(InvalidFiltersMatchNothing, django_filters.FilterSet):
    q = SearchFilter(
        label="Search",
        method="filter_q",
        widget=forms.SearchInput(attrs={"placeholder": "Name or other spelling (starts with)"}),
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=LocationKind.choices, empty_label="Any")
    country_code = django_filters.CharFilter(
        label="Country code", method="filter_country", max_length=2, widget=forms.TextInput(attrs={"size": 3})
    )
    gazetteer = django_filters.BooleanFilter(
        label="Whole gazetteer (places without incidents too)", method="filter_noop", widget=forms.CheckboxInput
    )

    class Meta:
        model = Location
        fields = []

    def filter_q(self, queryset, name, value):
        # Prefix match on the folded key: ~300k rows, so stay on the indexed column.
        return queryset.filter(selectors.name_or_alias(Location, fold(value), "startswith"))

    def filter_country(self, queryset, name, value):
        return queryset.filter(country_code=value.strip().upper())

    def filter_noop(self, queryset, name, value):
        return queryset  # read by `shows_gazetteer`

    @property
    def shows_gazetteer(self) -> bool:
        """Every place, not only those with incidents: asked for, or a name is being looked up."""
        return bool(
            self.form.is_valid() and (self.form.cleaned_data.get("gazetteer") or self.form.cleaned_data.get("q"))
        )


class SourceFilterSet(InvalidFiltersMatchNothing, django_filters.FilterSet):
    q = SearchFilter(
        label="Search", method="filter_q", widget=forms.SearchInput(attrs={"placeholder": "Title or article text"})
    )
    publisher = NameFilter(
        label="Publisher", lookup_expr="iexact", widget=forms.TextInput(attrs={"list": "publisher-options"})
    )
    published_from = django_filters.DateFilter(
        label="Published from",
        field_name="published",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    published_to = django_filters.DateFilter(
        label="Published to",
        field_name="published",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    class Meta:
        model = Source
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value) | Q(url__icontains=value))
