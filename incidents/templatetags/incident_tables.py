"""Incident table rows and filter inputs, written in Python.

The incident list is the busiest page. Rendered by Django templates, its 25 rows cost
more than its SQL (every row resolved ~40 template nodes) and each filter input was a
template render of its own. Here a row is one `markup.html` call (format_html, faster) and an input is built
from its widget's own context, every value escaped as a template would. The table's
header and the form's layout stay in templates (`includes/incident_table.html`,
`includes/filter_form.html`).
"""

from django import template
from django.forms import widgets as forms
from django.utils.safestring import mark_safe
from django_filters.widgets import BaseCSVWidget

from incidents.choices import ActorRole, IncidentType, PersonRole
from incidents.markup import escape, html, html_join
from incidents.templatetags.incident_tags import status_class, status_short

register = template.Library()

TYPE_LABELS = dict(IncidentType.choices)
PERSON_ROLE_LABELS = {value: label.lower() for value, label in PersonRole.choices}
NO_ROWS = mark_safe('<tr><td colspan="7">No incidents.</td></tr>')  # noqa: S308 - constant markup


def _or_unknown(value) -> str:
    return "?" if value is None else str(value)


def _perpetrators(incident) -> str:
    """Perpetrator links, one a line, from the actors `selectors.incident_list` prefetched."""
    rows = [
        (actor.group.get_absolute_url(), actor.group.name, " (claimed)" if actor.claimed else "")
        for actor in incident.listed_actors
        if actor.role == ActorRole.PERPETRATOR
    ]
    if not rows:
        return "—"
    return html_join("", '<a href="{}">{}</a>{}<br>', rows)


def _person_roles(incident) -> str:
    """' as victim, planner' under the type on a person's page (prefetched to `roles_of_person`)."""
    roles = getattr(incident, "roles_of_person", None)
    if not roles:
        return ""
    labels = ", ".join(PERSON_ROLE_LABELS.get(r.role, r.role) for r in roles)
    return html('<br><span class="meta">as {}</span>', labels)


def incident_row(incident) -> str:
    url = incident.get_absolute_url()
    location = incident.location
    place = html('<a href="{}">{}</a>', location.get_absolute_url(), str(location)) if location else "—"
    return html(
        "<tr>"
        '<td><a href="{url}">{date}</a></td>'
        '<td><a href="{url}">{type}</a>{roles}</td>'
        "<td>{place}</td>"
        '<td class="hide-narrow">{perpetrators}</td>'
        '<td class="num">{killed}</td>'
        '<td class="num hide-narrow">{injured}</td>'
        '<td><span class="{status_class}">{status}</span></td>'
        "</tr>",
        url=url,
        date=incident.date_label,
        type=TYPE_LABELS.get(incident.type, incident.type),
        roles=_person_roles(incident),
        place=place,
        perpetrators=_perpetrators(incident),
        killed=_or_unknown(incident.fatalities),
        injured=_or_unknown(incident.injured),
        status_class=status_class(incident.review_status),
        status=status_short(incident.review_status),
    )


@register.simple_tag
def incident_rows(incidents):
    """The <tr> rows of an incident table (`incidents`: with location and actors prefetched)."""
    rows = [incident_row(incident) for incident in incidents]
    return mark_safe("\n".join(rows)) if rows else NO_ROWS  # noqa: S308 - each row built by markup.html


def checkbox_choices(field):
    """A checkbox group's options as labelled inputs, without a template render per option."""
    parts = []
    for choice in field.subwidgets:
        data = choice.data
        option_id = data["attrs"].get("id", "")
        parts.append(
            html(
                '<label for="{}"><input type="checkbox" name="{}" value="{}" id="{}"{}> {}</label>',
                option_id,
                data["name"],
                data["value"],
                option_id,
                mark_safe(" checked") if data["selected"] else "",  # noqa: S308 - constant markup
                data["label"],
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - each part built by markup.html


def _attributes(attrs: dict) -> str:
    """HTML attributes as Django's attrs.html writes them: True bare, False/None left out."""
    parts = []
    for name, value in attrs.items():
        if value is True:
            parts.append(f" {escape(name)}")
        elif value is not False and value is not None:
            parts.append(f' {escape(name)}="{escape(value)}"')
    return mark_safe("".join(parts))  # noqa: S308 - names and values escaped


def _renders_by_template(widget) -> bool:
    """Widgets whose HTML is their template applied to get_context(), nothing more."""
    plain = type(widget).render in (forms.Widget.render, BaseCSVWidget.render)
    return plain and isinstance(widget, forms.Input | forms.Select)


def filter_widget(field):
    """A filter field's input or select, as Django's widget templates would write it.

    Text, date, number and select inputs are written here from the widget's own
    context (same attributes, same formatted value); any other widget renders as usual.
    """
    widget = field.field.widget
    if not _renders_by_template(widget):
        return field.as_widget()
    value = field.value()
    if isinstance(widget, BaseCSVWidget):  # django-filter's comma-separated wrapper (the sort field)
        if isinstance(value, list | tuple) and len(value) > 1:
            return field.as_widget()
        value = value[0] if isinstance(value, list | tuple) and value else value or ""
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, value, attrs)["widget"]
    if isinstance(widget, forms.Input):
        value = context["value"]
        return html(
            '<input type="{}" name="{}"{}{}>',
            context["type"],
            context["name"],
            html(' value="{}"', value) if value is not None else "",
            _attributes(context["attrs"]),
        )
    options = [
        html('<option value="{}"{}>{}</option>', option["value"], _attributes(option["attrs"]), option["label"])
        for _group, group_options, _index in context["optgroups"]
        for option in group_options
    ]
    options_html = mark_safe("".join(options))  # noqa: S308 - each option built by markup.html
    return html('<select name="{}"{}>{}</select>', context["name"], _attributes(context["attrs"]), options_html)


@register.simple_tag
def datalist_options(values):
    """<option> suggestions for a <datalist> (publisher names: dozens on every list page)."""
    return html_join("", '<option value="{}">', ((value,) for value in values))


@register.simple_tag
def filter_fields(form):
    """Every field of a filter form: a checkbox group as a fieldset, anything else labelled.

    The loop over fifteen fields cost a list page more in template nodes than the inputs
    themselves; the form's frame (buttons, hidden page size) stays in filter_form.html.
    """
    parts = []
    for field in form:
        if isinstance(field.field.widget, forms.CheckboxSelectMultiple):
            parts.append(html("<fieldset><legend>{}</legend>{}</fieldset>", field.label, checkbox_choices(field)))
            continue
        errors = field.errors
        error_list = html_join("", "<li>{}</li>", ((error,) for error in errors))
        parts.append(
            html(
                '<div class="field"><label for="{}">{}</label>{}{}</div>',
                field.id_for_label,
                field.label,
                filter_widget(field),
                html('<ul class="errorlist">{}</ul>', error_list) if errors else "",
            )
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - each part built by markup.html
