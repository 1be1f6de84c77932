"""Generic object views, NetBox style: a page is a few class attributes on one of these.

Templates resolve per model: `incidents/<model>_list.html` for lists and
`incidents/<model>.html` for object pages, which extend `incidents/object.html`
(header plus the Overview / Notes / History tabs every record has).
"""

from collections.abc import Sequence

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView

from incidents import selectors
from incidents.forms import AliasForm, NoteForm
from incidents.services import history

# Records whose whole state is in their recorded versions (a source's text is not: never reverted).
REVERTIBLE = ("incident", "group", "person", "location")

PAGE_SIZES = (25, 50, 100, 200)


class CappedCountPaginator(Paginator):
    """Counts at most `cap` rows: exact below it; above it, "≈ N" from PostgreSQL's estimate.

    A full COUNT(*) over a broad filter (a country, a group, everything) reads every
    matching row on each page view; this count stops at the cap. Past the cap the page
    shows the planner's estimate when that too is past the cap, else "1,000+". Pages
    beyond the cap are not offered (filters, not paging, narrow a list of more than
    1,000 incidents).
    """

    cap = selectors.LIST_COUNT_CAP
    capped = False  # set by `count`
    estimate = None  # set by `count`: the planner's row estimate, when past the cap

    def __init__(
        self,
        *args,
        known_count: int | None = None,
        counted: QuerySet | None = None,
        count_ordering: Sequence[str] = (),
        shows_estimate: bool = True,
        **kwargs,
    ):
        """`known_count`: a count_at_most(..., cap) the view already made (a search counts first).

        `counted`: the queryset whose rows `object_list` holds in another form (a RowsInOrder of
        its first ids): counted, and estimated past the cap, as if it were the object list.

        `count_ordering`: the order the count reads rows in (count_at_most); `shows_estimate`:
        False where the planner's estimate of these filters is known to be far off.
        """
        super().__init__(*args, **kwargs)
        self.known_count = known_count
        self.counted = counted
        self.count_ordering = count_ordering
        self.shows_estimate = shows_estimate

    @cached_property
    def count(self):
        rows = self.counted if self.counted is not None else self.object_list
        if self.known_count is not None:
            n = self.known_count
        elif hasattr(rows, "order_by"):
            n = selectors.count_at_most(rows, self.cap, self.count_ordering)
        else:
            n = len(rows)
        self.capped = n > self.cap
        # A search's own count (known_count) stays "1,000+": the planner's estimate for words
        # joined by AND is about 7x low at 1,000,000 incidents (issue 14, closing note of stop 21).
        # So does a date range (shows_estimate=False: IncidentFilterSet.shows_estimate).
        if (
            self.capped
            and self.known_count is None
            and self.shows_estimate
            and hasattr(rows, "order_by")
            and selectors.is_postgres()
        ):
            estimate = selectors.planner_estimate(rows)
            self.estimate = estimate if estimate > self.cap else None
        return min(n, self.cap)


def page_size(request, default: int) -> int:
    try:
        size = int(request.GET.get("per_page", default))
    except ValueError:
        return default
    return size if size in PAGE_SIZES else default


class ObjectListView(ListView):
    """A list with a filter form; the queryset comes from `selector`, the filtering from `filterset_class`."""

    selector = None
    filterset_class = None
    # 25 rows: rendering, not SQL, is most of a list page's time.
    paginate_by = 25
    paginator_class = CappedCountPaginator
    title = ""

    def get_queryset(self):
        self.filterset = self.filterset_class(self.request.GET or None, queryset=self.selector(), request=self.request)
        return self.filterset.qs

    def get_paginator(self, queryset, per_page, **kwargs):
        # A ranked search has already listed its matches in order (IncidentFilterSet._order_search):
        # the page's rows are read by id, without the search conditions. An unranked one pages
        # through its queryset with the count it made.
        # A list whose first ids are known in order (IncidentFilterSet.ids_in_order) reads its page by
        # id; without a count of its own it is counted (and estimated) on the filtered queryset.
        ids_in_order = getattr(self.filterset, "ids_in_order", None)
        ids = ids_in_order() if ids_in_order else getattr(self.filterset, "ordered_ids", None)
        counted = None
        if ids is not None:
            counted, queryset = queryset, selectors.RowsInOrder(self.selector(), ids)
        known = getattr(self.filterset, "match_count", None)
        return self.paginator_class(
            queryset,
            per_page,
            known_count=known,
            counted=counted if known is None else None,
            count_ordering=getattr(self.filterset, "count_ordering", ()),
            shows_estimate=getattr(self.filterset, "shows_estimate", True),
            **kwargs,
        )

    def get_paginate_by(self, queryset):
        return page_size(self.request, self.paginate_by)

    def paginate_queryset(self, queryset, page_size):
        # Out-of-range pages show the last page instead of an error (shared links age).
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_template_names(self):
        return [f"incidents/{self.model._meta.model_name}_list.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            filterset=self.filterset,
            title=self.title or self.model._meta.verbose_name_plural.capitalize(),
            page_sizes=PAGE_SIZES,
        )
        return context


class ObjectDetailView(DetailView):
    """An object's page. `tab` picks Overview, Notes or History; subclasses add context."""

    selector = None
    tab = "overview"
    alias_permission = ""

    def get_queryset(self):
        return self.selector()

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # Links to a record that was merged into another (in notes, exports, bookmarks)
            # lead to the record it became.
            survivor = selectors.merged_into(self.model, kwargs.get("pk"))
            if survivor is None:
                raise
            name = self.model._meta.verbose_name
            messages.info(request, f"That {name} (#{kwargs['pk']}) was merged into this one.")
            return redirect(survivor)

    def get_template_names(self):
        if self.tab == "overview":
            return [f"incidents/{self.model._meta.model_name}.html"]
        return [f"incidents/object_{self.tab}.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            tab=self.tab,
            model_name=self.model._meta.model_name,
            verbose_name=self.model._meta.verbose_name,
            note_count=selectors.notes_for(self.object).count(),
            alias_form=AliasForm() if self.alias_permission else None,
            can_add_alias=bool(self.alias_permission) and self.request.user.has_perm(self.alias_permission),
        )
        if self.tab == "overview":
            context.update(self.get_extra_context())
        return context

    def get_extra_context(self) -> dict:
        return {}

    def paginate(self, queryset, per_page: int = 25, param: str = "page"):
        return CappedCountPaginator(queryset, per_page).get_page(self.request.GET.get(param))


class ObjectNotesView(ObjectDetailView):
    tab = "notes"

    def get_queryset(self):
        return self.model._default_manager.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["notes"] = self.paginate(selectors.notes_for(self.object), 50)
        context["note_form"] = NoteForm()
        return context


class ObjectHistoryView(ObjectDetailView):
    """Change log: each recorded version with what changed since the one before."""

    tab = "history"
    per_page = 50

    def get_queryset(self):
        return self.model._default_manager.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.paginate(selectors.history_for(self.object), self.per_page)
        # One extra older row so the page's last version has something to diff against.
        rows = list(page.object_list)
        older = list(selectors.history_for(self.object)[page.end_index() : page.end_index() + 1]) if rows else []
        chain = rows + older
        diffs, previous_versions = [], []
        for i, record in enumerate(rows):
            previous = chain[i + 1] if i + 1 < len(chain) else None
            previous_versions.append(previous)
            diffs.append(record.diff_against(previous).changes if previous is not None else [])
        readable = history.readable_changes(self.model, diffs)
        entries = [
            {"record": record, "changes": changes, "previous": previous}
            for record, changes, previous in zip(rows, readable, previous_versions, strict=True)
        ]
        model_name = self.model._meta.model_name
        context["can_revert"] = model_name in REVERTIBLE and self.request.user.has_perm(
            f"incidents.change_{model_name}"
        )
        context.update(
            history=page,
            entries=entries,
            related=selectors.related_history_for(self.object),
            merges=list(selectors.merges_into(self.object)[:50]),
        )
        return context


class WritePermissionMixin(PermissionRequiredMixin):
    """403 (not a login redirect) when a signed-in user lacks the permission."""

    raise_exception = True
