"""The review queue and bulk review: what waits for a decision, decided a row or a page at a time."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import TemplateView

from incidents import selectors
from incidents.choices import ReviewStatus
from incidents.models import Incident
from incidents.services import annotations
from incidents.views.generic import CappedCountPaginator, WritePermissionMixin, page_size

# Bulk actions offered on lists: the review statuses an analyst sets.
BULK_STATUSES = (ReviewStatus.REVIEWED, ReviewStatus.DISPUTED, ReviewStatus.REJECTED)
BULK_LIMIT = 200  # the largest page a list shows


class ReviewQueueView(TemplateView):
    """Unreviewed incidents, newest first, with counts of the other things waiting for a decision.

    Keyboard (static/js/queue.js): j / k next and previous row, r reviewed, x rejected, o open.
    """

    template_name = "incidents/review_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = CappedCountPaginator(selectors.review_queue(), page_size(self.request, 25))
        page = paginator.get_page(self.request.GET.get("page"))
        context.update(
            counts=selectors.review_queue_counts(),
            page_obj=page,
            incidents=page.object_list,
            can_review=self.request.user.has_perm("incidents.review_incident"),
            bulk_statuses=[(s.value, s.label) for s in BULK_STATUSES],
        )
        return context


class BulkReviewView(WritePermissionMixin, View):
    """Mark the ticked incidents reviewed, disputed or rejected (each change in its history)."""

    permission_required = "incidents.review_incident"
    http_method_names = ["post"]

    def post(self, request):
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = queue_url()
        status = request.POST.get("status")
        ids = [int(v) for v in request.POST.getlist("ids") if v.isdigit()][:BULK_LIMIT]
        if status not in {s.value for s in BULK_STATUSES}:
            messages.error(request, "Pick what to mark the incidents as.")
            return redirect(back)
        if not ids:
            messages.error(request, "Tick at least one incident.")
            return redirect(back)
        with transaction.atomic():
            incidents = list(Incident.objects.select_for_update().filter(pk__in=ids))
            for incident in incidents:
                annotations.incident_review(incident, status=status, user=request.user)
        label = ReviewStatus(status).label.lower()
        messages.success(request, f"{len(incidents)} incident{'s' if len(incidents) != 1 else ''} marked {label}.")
        return redirect(back)


def queue_url() -> str:
    from incidents.links import plain_url

    return plain_url("review-queue")
