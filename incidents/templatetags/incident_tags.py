"""Presentation helpers: highlighted text built from escaped segments, the month chart, badges.

Article text is never marked safe: it is cut into plain-string segments and the
template escapes each one, so markup in an article shows as text.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import template

from incidents.choices import ActorRole
from incidents.web_urls import web_url as _web_url

register = template.Library()


@register.filter
def web_url(value) -> str:
    """An outside address fit for an href (http or https), else "": see incidents.web_urls."""
    return _web_url(value)


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str = ""  # "" for plain text; else a CSS-friendly kind (group, person, location, evidence)
    url: str = ""
    title: str = ""


def highlight_segments(text: str, spans, start: int = 0, end: int | None = None) -> list[Segment]:
    """Cut text[start:end] into plain and highlighted segments.

    `spans` are (start, end, kind, url, title) in offsets of the whole text; overlapping
    or out-of-range spans are clipped or skipped rather than breaking the page.
    """
    end = len(text) if end is None else min(end, len(text))
    segments, cursor = [], start
    for span_start, span_end, kind, url, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        span_start, span_end = max(span_start, cursor), min(span_end, end)
        if span_end <= span_start:
            continue
        if span_start > cursor:
            segments.append(Segment(text[cursor:span_start]))
        segments.append(Segment(text[span_start:span_end], kind, url, title))
        cursor = span_end
    if cursor < end:
        segments.append(Segment(text[cursor:end]))
    return segments


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for line in text.splitlines(keepends=True):
        stop = start + len(line)
        if line.strip():
            bounds.append((start, stop))
        start = stop
    return bounds


def evidence_excerpts(text: str, evidence, supported: dict | None = None) -> list[list[Segment]]:
    """The paragraphs of a source that hold evidence, with the evidence sentences highlighted.

    With `supported` ({(start, end): [field names]}), only those sentences are highlighted: an
    incident told in a long passage marks what its facts rest on, not every sentence of it.
    """
    spans = []
    for item in evidence or []:
        try:
            spans.append((int(item["start"]), int(item["end"]), "evidence", "", ""))
        except (KeyError, TypeError, ValueError):
            continue
    marked = spans
    if supported is not None:
        marked = [(s, e, "evidence", "", "") for s, e in supported]
    excerpts = []
    for para_start, para_end in paragraph_bounds(text):
        if any(s < para_end and e > para_start for s, e, *_ in spans):
            excerpts.append(highlight_segments(text, marked, para_start, para_end))
    return excerpts


@register.inclusion_tag("incidents/includes/field_quote.html")
def field_quote(fact, label: str):
    """A focusable marker beside a fact; hovering or focusing it shows the stored quote (or says there is none)."""
    return {"fact": fact, "label": label}


def month_chart(rows, width: int = 720, height: int = 180) -> dict:
    """Bar geometry for (month, count) rows, drawn as SVG by the template."""
    pad_left, pad_bottom, pad_top = 36, 28, 10
    if not rows:
        return {"bars": [], "width": width, "height": height}
    top = max(n for _, n in rows) or 1
    plot_w, plot_h = width - pad_left - 8, height - pad_bottom - pad_top
    step = plot_w / len(rows)
    bars = []
    for i, (month, n) in enumerate(rows):
        h = plot_h * n / top
        bars.append(
            {
                "x": round(pad_left + i * step + step * 0.1, 1),
                "y": round(pad_top + plot_h - h, 1),
                "w": round(max(step * 0.8, 1), 1),
                "h": round(h, 1),
                "n": n,
                "month": month,
                "label_x": round(pad_left + i * step + step / 2, 1),
                "show_label": len(rows) <= 12 or i % max(1, len(rows) // 8) == 0,
            }
        )
    return {
        "bars": bars,
        "first": rows[0][0],
        "last": rows[-1][0],
        "width": width,
        "height": height,
        "top": top,
        "axis_y": pad_top + plot_h,
        "pad_left": pad_left,
        "pad_top": pad_top,
        "label_y": height - 8,
    }


@register.filter
def status_class(value: str) -> str:
    return f"status status-{value}"


@register.filter
def status_short(value: str) -> str:
    """A status short enough for a table cell on a phone."""
    return "Unreviewed" if value == "extracted" else str(value).capitalize()


@register.filter
def about(n: int) -> str:
    """A large estimate as people say it: "1.2 million", "48,000" (two significant digits)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".removesuffix(".0") + " million"
    digits = len(str(n)) - 2
    return f"{round(n, -digits) if digits > 0 else n:,}"


@register.filter
def perpetrators(actors) -> list:
    """The perpetrators among an incident's actors (a row's prefetched `listed_actors`)."""
    return [actor for actor in actors if actor.role == ActorRole.PERPETRATOR]


@register.filter
def row_cache_key(incident) -> str:
    """Everything an incident's list row shows (includes/incident_table.html), for its {% cache %} key.

    `updated_at` covers the incident's own fields (every edit, review and assignment
    saves it). The place and the groups are keyed by what the row shows of them: a
    place or group merge or rename changes the row without saving the incident.
    """
    location = incident.location
    place = f"{location.pk}:{location.name}:{location.country_code}" if location else ""
    listed = getattr(incident, "listed_actors", ())
    actors = "|".join(f"{a.group_id}:{a.group.name}:{a.role}:{a.claimed}" for a in listed)
    roles = "|".join(r.role for r in roles_of_person(incident))
    return f"{incident.pk}/{incident.updated_at.isoformat()}/{place}/{actors}/{roles}"


@register.filter
def roles_of_person(incident):
    """The roles a person page's rows carry (selectors.person_incidents); none on other lists. A filter, not a
    lookup, so that rows without them raise no missing-name exception in the template engine."""
    return getattr(incident, "roles_of_person", ())


@register.inclusion_tag("incidents/includes/segments.html")
def segments(items):
    return {"segments": items}


@register.simple_tag
def user_role(user) -> str:
    from accounts.roles import role_of

    return role_of(user)


SORTABLE_COLUMNS = ("date", "type", "location", "fatalities", "status")


@register.simple_tag(takes_context=True)
def sort_links(context) -> dict[str, dict[str, str]]:
    """Each sortable column's `url` and `state` (aria-sort), from one pass over the query.

    A link keeps the filters, goes back to the first page, and flips the direction when
    the list is already sorted by that column.
    """
    params = context["request"].GET
    current = params.get("sort", "")
    kept = urlencode(
        [(name, value) for name, values in params.lists() if name not in ("sort", "page") for value in values]
    )
    prefix = f"?{kept}&" if kept else "?"
    links = {}
    for key in SORTABLE_COLUMNS:
        state = "ascending" if current == key else "descending" if current == f"-{key}" else "none"
        links[key] = {"url": prefix + urlencode({"sort": f"-{key}" if current == key else key}), "state": state}
    return links
