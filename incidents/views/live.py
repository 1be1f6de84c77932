"""Live ingest pages: add an article (preview, then confirm or discard), the jobs, the feeds.

The article waiting between preview and confirmation lives in the analyst's session
only; confirming turns it into an ingest job, discarding drops it and nothing else.
"""

import secrets

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from incidents.extraction import reading
from incidents.live_forms import ArticleForm, FeedForm
from incidents.models import Feed, IngestJob
from incidents.services import fetching, jobs, preview
from incidents.services.ingest import GazetteerNotLoaded
from incidents.views.generic import WritePermissionMixin

PENDING_KEY = "live_ingest_pending"
MAX_PENDING = 3  # previews kept per session; older ones are dropped


class ArticleAddView(WritePermissionMixin, View):
    permission_required = "incidents.add_ingestjob"
    template_name = "incidents/live_add.html"

    def get(self, request):
        return render(request, self.template_name, {"form": ArticleForm()})

    def post(self, request):
        form = ArticleForm(request.POST, request.FILES)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        try:
            kind, article = self._article(form)
            shown = preview.article_preview(article, user=request.user, force=form.cleaned_data["force"])
        except preview.AlreadyIngested as exc:
            form.add_error(None, "This article is already ingested.")
            return render(request, self.template_name, {"form": form, "existing": exc.source}, status=400)
        except (reading.ReadError, fetching.FetchError, GazetteerNotLoaded) as exc:
            form.add_error(None, str(exc))
            return render(request, self.template_name, {"form": form}, status=400)
        token = _pending_store(request, kind, shown.article, form.cleaned_data["force"])
        return render(request, "incidents/live_preview.html", {"preview": shown, "token": token, "kind": kind})

    def _article(self, form):
        data, overrides = form.cleaned_data, form.overrides()
        limit, force = settings.INGEST_MAX_BYTES, data["force"]
        if data["input"] == "url":
            page = fetching.fetch(data["url"])
            overrides.setdefault("url", page.url)
            article = reading.read_bytes(page.body, origin=page.url, html=page.content_type != "text/plain",
                                         overrides=overrides, max_bytes=limit, force=force)  # fmt: skip
            return IngestJob.URL, article
        if data["input"] == "file":
            upload = data["file"]
            body = upload.read(limit + 1)
            article = reading.read_bytes(body, origin=upload.name, html=upload.name.lower().endswith((".html", ".htm")),
                                         overrides=overrides, max_bytes=limit, force=force)  # fmt: skip
            return IngestJob.UPLOAD, article
        text = data["text"].encode("utf-8")
        return IngestJob.PASTE, reading.read_bytes(text, origin="pasted text", html=False, overrides=overrides,
                                                   max_bytes=limit, force=force)  # fmt: skip


def _pending_store(request, kind, article, force) -> str:
    pending = request.session.get(PENDING_KEY, {})
    while len(pending) >= MAX_PENDING:
        pending.pop(next(iter(pending)))
    token = secrets.token_urlsafe(16)
    meta = {k: getattr(article.meta, k) for k in reading.META_FIELDS if getattr(article.meta, k, None)}
    if meta.get("published"):
        meta["published"] = meta["published"].isoformat()
    pending[token] = {"kind": kind, "text": article.text, "meta": meta, "origin": article.origin, "force": force}
    request.session[PENDING_KEY] = pending
    return token


class PendingView(WritePermissionMixin, View):
    permission_required = "incidents.add_ingestjob"
    http_method_names = ["post"]

    def post(self, request, token):
        pending = request.session.get(PENDING_KEY, {})
        item = pending.pop(token, None)
        request.session[PENDING_KEY] = pending
        if item is None:
            messages.error(request, "That preview has expired or was already used; add the article again.")
            return redirect("live-add")
        return self.act(request, item)


class ArticleConfirmView(PendingView):
    def act(self, request, item):
        with transaction.atomic():
            job = jobs.job_create(kind=item["kind"], user=request.user, text=item["text"], meta=item["meta"],
                                  origin=item["origin"], force=item["force"])  # fmt: skip
        messages.success(request, f"Queued as job {job.pk}.")
        return redirect(job)


class ArticleDiscardView(PendingView):
    def act(self, request, item):
        messages.info(request, "Discarded; nothing was saved.")
        return redirect("live-add")


# ---------------------------------------------------------------- jobs


class JobListView(WritePermissionMixin, View):
    permission_required = "incidents.view_ingestjob"

    def get(self, request):
        status = request.GET.get("status", "")
        queryset = IngestJob.objects.select_related("source", "created_by")
        if status in dict(IngestJob.STATUS_CHOICES):
            queryset = queryset.filter(status=status)
        page = Paginator(queryset.defer("text"), 50).get_page(request.GET.get("page"))
        active = IngestJob.objects.filter(status__in=[IngestJob.QUEUED, IngestJob.RUNNING]).exists()
        return render(request, "incidents/job_list.html", {
            "page_obj": page, "status": status, "statuses": IngestJob.STATUS_CHOICES, "refresh": active,
            "backend": settings.JOBS_BACKEND,
        })  # fmt: skip


class JobDetailView(WritePermissionMixin, View):
    permission_required = "incidents.view_ingestjob"

    def get(self, request, pk):
        job = get_object_or_404(IngestJob.objects.select_related("source", "created_by", "feed_item__feed"), pk=pk)
        incidents = job.source.incidents.all()[:50] if job.source_id else []
        return render(request, "incidents/job.html", {"job": job, "incidents": incidents, "refresh": not job.finished})


class JobRetryView(WritePermissionMixin, View):
    permission_required = "incidents.change_ingestjob"
    http_method_names = ["post"]

    def post(self, request, pk):
        job = get_object_or_404(IngestJob, pk=pk)
        with transaction.atomic():
            retried = jobs.job_retry(job)
        if retried:
            messages.success(request, f"Job {job.pk} queued again.")
        else:
            messages.error(request, "Only a failed job can be retried.")
        return redirect(job)


# ---------------------------------------------------------------- feeds


class FeedListView(WritePermissionMixin, View):
    permission_required = "incidents.view_feed"

    def get(self, request, form=None):
        feeds = Feed.objects.all()
        return render(request, "incidents/feed_list.html", {"feeds": feeds, "form": form or FeedForm()})

    def post(self, request):
        if not request.user.has_perm("incidents.add_feed"):
            return render(request, "403.html", status=403)
        form = FeedForm(request.POST)
        if not form.is_valid():
            return self.get(request, form=form)
        feed = form.save(commit=False)
        feed.created_by = request.user
        feed.save()
        messages.success(request, f"Feed added; it is polled within a minute and then every {feed.poll_minutes} min.")
        return redirect(feed)


class FeedDetailView(WritePermissionMixin, View):
    permission_required = "incidents.view_feed"

    def get(self, request, pk, form=None):
        feed = get_object_or_404(Feed, pk=pk)
        items = feed.items.select_related("source")[:100]
        return render(request, "incidents/feed.html", {"feed": feed, "items": items,
                                                       "form": form or FeedForm(instance=feed)})  # fmt: skip

    def post(self, request, pk):
        if not request.user.has_perm("incidents.change_feed"):
            return render(request, "403.html", status=403)
        feed = get_object_or_404(Feed, pk=pk)
        if "poll_now" in request.POST:
            Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
            from incidents.tasks import feed_poll

            transaction.on_commit(lambda: feed_poll.enqueue(feed.pk))
            messages.success(request, "Poll queued.")
            return redirect(feed)
        form = FeedForm(request.POST, instance=feed)
        if not form.is_valid():
            return self.get(request, pk, form=form)
        form.save()
        messages.success(request, "Feed saved.")
        return redirect(reverse("feed-detail", args=[feed.pk]))
