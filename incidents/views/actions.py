"""Write views. Each checks its permission (403 otherwise), validates a form and calls a service."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.views import View

from incidents import selectors
from incidents.forms import (
    ACTOR_FORMSETS,
    AliasForm,
    IncidentEditForm,
    IncidentPairForm,
    MergeForm,
    NoteForm,
    ReviewForm,
    actor_initial,
)
from incidents.models import Group, Incident, MergeRecord
from incidents.services import annotations, history
from incidents.views.generic import WritePermissionMixin


def _first_error(form) -> str:
    for errors in form.errors.values():
        return errors[0]
    return "Invalid input."


class RecordPostView(WritePermissionMixin, View):
    """POST-only action on one record of `model`; subclasses implement `act`."""

    model = None
    http_method_names = ["post"]
    success_tab = ""

    def post(self, request, pk):
        self.object = get_object_or_404(self.model, pk=pk)
        return self.act(request, self.object) or redirect(self.success_url())

    def success_url(self):
        url = self.object.get_absolute_url()
        return f"{url}{self.success_tab}/" if self.success_tab else url


class NoteCreateView(RecordPostView):
    permission_required = "incidents.add_note"
    success_tab = "notes"

    def act(self, request, record):
        form = NoteForm(request.POST)
        if form.is_valid():
            annotations.note_add(record, author=request.user, body=form.cleaned_data["body"])
            messages.success(request, "Note added.")
        else:
            messages.error(request, _first_error(form))


class IncidentReviewView(RecordPostView):
    model = Incident
    permission_required = "incidents.review_incident"

    def act(self, request, incident):
        form = ReviewForm(request.POST)
        if not form.is_valid():
            messages.error(request, _first_error(form))
            return None
        annotations.incident_review(incident, status=form.cleaned_data["status"], user=request.user)
        messages.success(request, f"Marked {incident.get_review_status_display().lower()}.")
        return None


class AliasCreateView(RecordPostView):
    def get_permission_required(self):
        alias_model = {"group": "groupalias", "person": "personalias", "location": "locationname"}
        return [f"incidents.add_{alias_model[self.model._meta.model_name]}"]

    def act(self, request, record):
        form = AliasForm(request.POST)
        if not form.is_valid():
            messages.error(request, _first_error(form))
            return None
        name = form.cleaned_data["name"]
        clashes = annotations.alias_clashes(record, name)
        if clashes and not request.POST.get("confirm"):
            # Each other record linked, so the analyst can check it before deciding (names escaped).
            others = format_html_join(
                "; ",
                '{} <a href="{}">{}</a> (#{})',
                ((c._meta.verbose_name, c.get_absolute_url(), c.name, c.pk) for c in clashes),
            )
            messages.warning(
                request,
                format_html(
                    "“{}” already names {}. Not added: tick “Add even if another record has this name” "
                    "to add it anyway.",
                    name,
                    others,
                ),
            )
            return None
        try:
            alias = annotations.alias_add(record, name=name, user=request.user)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, f"Alias “{alias.name}” added.")
        return None


class AliasRemoveView(RecordPostView):
    def get_permission_required(self):
        alias_model = {"group": "groupalias", "person": "personalias", "location": "locationname"}
        return [f"incidents.delete_{alias_model[self.model._meta.model_name]}"]

    def act(self, request, record):
        try:
            alias = annotations.alias_remove(record, int(request.POST.get("alias", 0) or 0))
        except ObjectDoesNotExist:
            messages.error(request, "That alias is not one of this record's.")
        else:
            messages.success(request, f"Alias “{alias.name}” removed.")
        return None


class IncidentEditView(WritePermissionMixin, View):
    """The incident's fields, persons and groups; a group named there may be created (with `add_group`)."""

    permission_required = "incidents.change_incident"
    template_name = "incidents/incident_edit.html"

    def get_object(self, pk):
        return get_object_or_404(selectors.incident_detail(), pk=pk)

    def formsets(self, request, incident, data=None) -> dict:
        """The actor formsets; one missing from a POST (no management form) leaves those groups as they are."""
        # Bound rows are read as sent, never compared with the saved groups: a row equal to its
        # initial value would count as unchanged, and be skipped, wherever INITIAL_FORMS puts it.
        initial = actor_initial(incident) if data is None else {}
        can_create = request.user.has_perm("incidents.add_group")
        return {
            prefix: formset(data, prefix=prefix, initial=initial.get(prefix), form_kwargs={"can_create": can_create})
            for prefix, formset in ACTOR_FORMSETS.items()
            if data is None or f"{prefix}-TOTAL_FORMS" in data
        }

    def render_form(self, request, incident, form, formsets, current=None):
        context = {
            "object": incident,
            "form": form,
            "formsets": formsets,
            "model_name": "incident",
            "current": current,
            "can_create_group": request.user.has_perm("incidents.add_group"),
        }
        return render(request, self.template_name, context, status=409 if current else 200)

    def get(self, request, pk):
        incident = self.get_object(pk)
        form = IncidentEditForm(initial=IncidentEditForm.initial_for(incident))
        return self.render_form(request, incident, form, self.formsets(request, incident))

    def post(self, request, pk):
        incident = self.get_object(pk)
        form = IncidentEditForm(request.POST)
        formsets = self.formsets(request, incident, request.POST)
        valid = [form.is_valid(), *(formset.is_valid() for formset in formsets.values())]
        if not all(valid):
            return self.render_form(request, incident, form, formsets)
        try:
            with transaction.atomic():  # a refused save creates no group either
                groups = {prefix: self.groups_of(formset, incident) for prefix, formset in formsets.items()}
                perpetrators = groups.get("perpetrators")
                annotations.incident_update(
                    incident,
                    user=request.user,
                    fields=form.field_values(),
                    perpetrators=[group for group, _ in perpetrators] if perpetrators is not None else None,
                    claimed=[group for group, claimed in perpetrators if claimed] if perpetrators is not None else None,
                    targets=[group for group, _ in groups["target_groups"]] if "target_groups" in groups else None,
                    persons=form.cleaned_data["persons"],
                    opened_version=form.cleaned_data["version"] or None,
                )
        except annotations.EditConflict as conflict:
            return self.render_conflict(request, pk, conflict)
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_form(request, incident, form, formsets)
        created = [name for formset in formsets.values() for name in formset.chosen()[1]]
        messages.success(request, "Incident updated." + (f" New group: {', '.join(created)}." if created else ""))
        return redirect(incident.get_absolute_url())

    @staticmethod
    def groups_of(formset, incident) -> list[tuple[Group, bool]]:
        """(group, claimed) per row, creating the groups named new (the form checked the permission)."""
        rows, _ = formset.chosen()
        return [(group or annotations.group_create(new, incident=incident), claimed) for group, new, claimed in rows]

    def render_conflict(self, request, pk, conflict):
        """The analyst's input kept, the values saved meanwhile shown beside it; saving again replaces them."""
        incident = self.get_object(pk)
        current = IncidentEditForm.initial_for(incident)
        data = request.POST.copy()
        data["version"] = current["version"]
        form = IncidentEditForm(data)
        form.is_valid()
        form.add_error(None, conflict)
        formsets = self.formsets(request, incident, data)
        for formset in formsets.values():
            formset.is_valid()
        shown = [
            (form.fields[name].label or name.replace("_", " ").capitalize(), value)
            for name, value in current.items()
            if name != "version"
        ]
        actors = actor_initial(incident)
        shown += [
            (
                "Perpetrator groups",
                "\n".join(f"{row['group']}{' (claimed)' if row['claimed'] else ''}" for row in actors["perpetrators"]),
            ),
            ("Target groups", "\n".join(row["group"] for row in actors["target_groups"])),
        ]
        return self.render_form(request, incident, form, formsets, current=shown)


# --- Merging (the merging service owns the work; these only ask it) ------------------------


def _merging():
    from incidents.services import merging  # written by another helper; imported when used

    return merging


class RecordMergeView(WritePermissionMixin, View):
    """Fold a duplicate group or person (picked by name, alias or number) into this one."""

    permission_required = "incidents.merge_records"
    model = None
    template_name = "incidents/object_merge.html"

    def get(self, request, pk):
        record = get_object_or_404(self.model, pk=pk)
        return self.render_form(
            request, record, MergeForm(record=record, initial={"other": request.GET.get("other", "")})
        )

    def render_form(self, request, record, form):
        return render(
            request,
            self.template_name,
            {
                "object": record,
                "form": form,
                "model_name": self.model._meta.model_name,
                "verbose_name": self.model._meta.verbose_name,
            },
        )

    def post(self, request, pk):
        record = get_object_or_404(self.model, pk=pk)
        form = MergeForm(request.POST, record=record)
        if not form.is_valid():
            return self.render_form(request, record, form)
        other = form.cleaned_data["other"]
        merge = _merging().merge_groups if self.model is Group else _merging().merge_persons
        try:
            merge(record, other, user=request.user, reason=request.POST.get("reason", "").strip()[:500])
        except _merging().MergeError as error:
            form.add_error("other", f"Cannot merge: {error}.")
            return self.render_form(request, record, form)
        messages.success(request, f"“{other.name}” merged into “{record.name}”.")
        return redirect(record.get_absolute_url())


class IncidentMergeView(WritePermissionMixin, View):
    """Merge a flagged possible duplicate into this incident: previewed (GET), then confirmed (POST).

    The better-reviewed incident survives: folding a reviewed record into an unreviewed one is refused.
    """

    permission_required = "incidents.merge_records"
    template_name = "incidents/incident_merge.html"

    def incidents(self, request, pk, data):
        """This incident, the other one named in `data`, and why they can't be merged ("" if they can)."""
        incident = get_object_or_404(selectors.incident_detail(), pk=pk)
        form = IncidentPairForm(data, incident=incident)
        if not form.is_valid():
            return incident, None, _first_error(form)
        other = selectors.incident_detail().get(pk=form.cleaned_data["other"].pk)
        if _merging().survivor_of(incident, other)[0] != incident:
            return (
                incident,
                other,
                (
                    f"Incident #{other.pk} is {other.get_review_status_display().lower()} and #{incident.pk} is not: "
                    f"the reviewed record survives, so merge #{incident.pk} into #{other.pk} instead."
                ),
            )
        return incident, other, ""

    def get(self, request, pk):
        incident, other, refusal = self.incidents(request, pk, request.GET)
        if refusal:
            messages.error(request, refusal)
            return redirect(incident.get_absolute_url())
        context = {
            "object": incident,
            "other": other,
            "rows": _merging().preview_incident_merge(incident, other),
            "model_name": "incident",
        }
        return render(request, self.template_name, context)

    def post(self, request, pk):
        incident, other, refusal = self.incidents(request, pk, request.POST)
        if refusal:
            messages.error(request, refusal)
            return redirect(incident.get_absolute_url())
        absorbed_label = f"#{other.pk} ({other})"  # read before the merge deletes it
        try:
            _merging().merge_incidents(incident, other, user=request.user, reason="Analyst confirmed duplicate")
        except _merging().MergeError as error:
            messages.error(request, f"Cannot merge: {error}.")
            return redirect(incident.get_absolute_url())
        back = f" It is back for review: {incident.review_reason}" if incident.review_reason else ""
        messages.success(request, f"Incident {absorbed_label} merged into incident #{incident.pk} ({incident}).{back}")
        return redirect(incident.get_absolute_url())


class IncidentNotSameView(RecordPostView):
    model = Incident
    permission_required = "incidents.merge_records"

    def act(self, request, incident):
        form = IncidentPairForm(request.POST, incident=incident)
        if not form.is_valid():
            messages.error(request, _first_error(form))
            return None
        other = form.cleaned_data["other"]
        try:
            _merging().mark_not_same(incident, other, user=request.user)
        except _merging().MergeError as error:
            messages.error(request, f"Cannot record that: {error}.")
            return None
        messages.success(request, f"Recorded: incidents {incident.pk} and {other.pk} are different events.")
        return None


class UnmergeView(WritePermissionMixin, View):
    permission_required = "incidents.merge_records"
    http_method_names = ["post"]

    def post(self, request, pk):
        record = get_object_or_404(MergeRecord, pk=pk, undone_at__isnull=True)
        model = record.content_type.model_class()
        back = reverse(f"{model._meta.model_name}-history", args=[record.survivor_id])
        try:
            _merging().unmerge(record, user=request.user)
        except _merging().MergeError as error:
            messages.error(request, f"Cannot undo this merge: {error}.")
            return redirect(back)
        messages.success(request, f"Merge undone: “{record.absorbed_name}” restored.")
        return redirect(back)


class RevertView(WritePermissionMixin, View):
    """Put a record back to an earlier recorded version, after a confirmation page."""

    model = None
    template_name = "incidents/object_revert.html"

    def get_permission_required(self):
        return [f"incidents.change_{self.model._meta.model_name}"]

    def objects(self, pk, version_id):
        record = get_object_or_404(self.model, pk=pk)
        version = get_object_or_404(record.history.select_related("history_user"), history_id=version_id)
        return record, version

    def get(self, request, pk, version_id):
        record, version = self.objects(pk, version_id)
        changes = history.readable_changes(self.model, [history_diff(version, record)])[0]
        context = {"object": record, "version": version, "changes": changes, "model_name": self.model._meta.model_name}
        return render(request, self.template_name, context)

    def post(self, request, pk, version_id):
        record, version = self.objects(pk, version_id)
        try:
            history.revert_to(record, version, user=request.user)
        except ValidationError as error:
            messages.error(request, f"Could not revert: {'; '.join(error.messages)}")
        else:
            messages.success(request, f"Reverted to the version of {version.history_date:%Y-%m-%d %H:%M}.")
        return redirect(reverse(f"{self.model._meta.model_name}-history", args=[record.pk]))


def history_diff(version, record) -> list:
    """What reverting to `version` changes: the current state's differences from it, as (current → version)."""
    current = record.history.order_by("-history_date", "-history_id").first()
    if current is None or current.history_id == version.history_id:
        return []
    return version.diff_against(current).changes
