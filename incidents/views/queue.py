"""The review queue and bulk review: what waits for a decision, decided a row or a page at a time."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import TemplateView

from incidents import selectors
from incidents.choices import ReviewStatus
from incidents.models import Group, Incident, Person
from incidents.services import annotations
from incidents.views.generic import CappedCountPaginator, WritePermissionMixin, page_size

# Bulk actions offered on lists: the review statuses an analyst sets.
BULK_STATUSES = (ReviewStatus.REVIEWED, ReviewStatus.DISPUTED, ReviewStatus.REJECTED)
BULK_LIMIT = 200  # the largest page a list shows

# The queue's sections: (key, heading, selector). Incident sections share the incident table and bulk form.
INCIDENT_SECTIONS = {
    "unreviewed": ("Unreviewed incidents, newest first", selectors.review_queue),
    "changed": ("Reviewed incidents whose figures a merge changed", selectors.back_for_review),
    "duplicates": ("Possible duplicates, newest first", selectors.queue_duplicates),
}
RECORD_SECTIONS = {
    "groups": ("New groups from extraction, newest first", selectors.new_groups, Group),
    "persons": ("New persons from extraction, newest first", selectors.new_persons, Person),
}
SECTION_TABS = (
    ("unreviewed", "Unreviewed"),
    ("changed", "Changed after review"),
    ("duplicates", "Possible duplicates"),
    ("groups", "New groups"),
    ("persons", "New persons"),
)


class ReviewQueueView(TemplateView):
    """What waits for a decision, one section at a time (`?section=`), each with its count.

    `?mine=on` narrows the incident sections to those assigned to the signed-in analyst.
    Keyboard (static/js/queue.js): j / k next and previous row, r reviewed, x rejected, o open.
    """

    template_name = "incidents/review_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        section = self.request.GET.get("section", "unreviewed")
        if section not in INCIDENT_SECTIONS and section not in RECORD_SECTIONS:
            section = "unreviewed"
        mine = self.request.GET.get("mine") == "on"
        if section in INCIDENT_SECTIONS:
            heading, selector = INCIDENT_SECTIONS[section]
            rows = selector().filter(assigned_to=user) if mine else selector()
            can_act = user.has_perm("incidents.review_incident")
        else:
            heading, selector, model = RECORD_SECTIONS[section]
            rows = selector().prefetch_related("aliases")
            can_act = user.has_perm(f"incidents.change_{model._meta.model_name}")
            context["record_bulk_url"] = reverse(f"{model._meta.model_name}-bulk-review")
        page = CappedCountPaginator(rows, page_size(self.request, 25)).get_page(self.request.GET.get("page"))
        counts = selectors.review_queue_counts(user)
        context.update(
            counts=counts,
            section=section,
            heading=heading,
            incident_section=section in INCIDENT_SECTIONS,
            mine=mine,
            page_obj=page,
            rows=page.object_list,
            can_review=can_act,
            bulk_statuses=[(s.value, s.label) for s in BULK_STATUSES],
            sections=[(key, label, counts[key]) for key, label in SECTION_TABS],
        )
        return context


def _back(request) -> str:
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return queue_url()
    return back


def _ticked(request) -> list[int]:
    return [int(v) for v in request.POST.getlist("ids") if v.isdigit()][:BULK_LIMIT]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class BulkReviewView(WritePermissionMixin, View):
    """Mark the ticked incidents reviewed, disputed or rejected, or assign them to oneself (each in its history)."""

    permission_required = "incidents.review_incident"
    http_method_names = ["post"]

    def post(self, request):
        back = _back(request)
        ids = _ticked(request)
        assign = request.POST.get("assign")
        status = request.POST.get("status")
        if assign not in ("me", "nobody") and status not in {s.value for s in BULK_STATUSES}:
            messages.error(request, "Pick what to mark the incidents as.")
            return redirect(back)
        if not ids:
            messages.error(request, "Tick at least one incident.")
            return redirect(back)
        with transaction.atomic():
            incidents = list(Incident.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
            for incident in incidents:
                if assign:
                    annotations.incident_assign(incident, user=request.user if assign == "me" else None)
                else:
                    annotations.incident_review(incident, status=status, user=request.user)
        done = "assigned to you" if assign == "me" else "unassigned" if assign else ReviewStatus(status).label.lower()
        verb = "" if assign else "marked "
        messages.success(request, f"{_plural(len(incidents), 'incident')} {verb}{done}.")
        return redirect(back)


class BulkRecordReviewView(WritePermissionMixin, View):
    """Confirm the ticked groups or persons the extractor created (`model` set in the URL conf)."""

    model = None
    http_method_names = ["post"]

    def get_permission_required(self):
        return [f"incidents.change_{self.model._meta.model_name}"]

    def post(self, request):
        back = _back(request)
        ids = _ticked(request)
        name = self.model._meta.verbose_name
        if request.POST.get("status") != ReviewStatus.REVIEWED or not ids:
            messages.error(request, f"Tick at least one {name}.")
            return redirect(back)
        with transaction.atomic():
            records = list(self.model.objects.select_for_update().filter(pk__in=ids, reviewed=False).order_by("pk"))
            for record in records:
                annotations.record_review(record, user=request.user)
        messages.success(request, f"{_plural(len(records), name)} marked reviewed.")
        return redirect(back)


def queue_url() -> str:
    from incidents.links import plain_url

    return plain_url("review-queue")
