"""The list pages' hot path: rows and filter inputs written in Python, searches read once."""

import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from incidents import selectors
from incidents.filters import IncidentFilterSet, PersonFilterSet
from incidents.links import detail_url
from incidents.models import Group, Incident
from incidents.templatetags.incident_tables import filter_fields, filter_widget

pytestmark = pytest.mark.django_db


def squeeze(html: str) -> str:
    """HTML with the whitespace between tags removed (Django's widget templates indent options)."""
    return re.sub(r">\s+<", "><", str(html)).strip()


@pytest.mark.parametrize(
    "data",
    [
        "",
        "q=a%3Cb%22&location=Zedland&group=TKF&group_role=target&person=Abu&date_from=2024-01-02"
        "&fatalities_min=2&fatalities_max=9&publisher=Test&sort=-date&type=bombing&review_status=reviewed",
        "date_from=not-a-date&fatalities_min=x&sort=nonsense",
    ],
)
def test_filter_inputs_are_written_as_django_writes_them(world, data):
    form = IncidentFilterSet(QueryDict(data) if data else None, queryset=Incident.objects.all()).form
    form.is_valid()
    for field in form:
        if field.widget_type == "checkboxselectmultiple":
            continue  # written by checkbox_choices
        assert squeeze(filter_widget(field)) == squeeze(field.as_widget()), field.name


# The form's field loop as a template writes it, with Django's own widget rendering.
FIELDS_AS_A_TEMPLATE = """{% for field in form %}
{% if field.widget_type == "checkboxselectmultiple" %}<fieldset><legend>{{ field.label }}</legend>
{% for choice in field.subwidgets %}<label for="{{ choice.id_for_label }}"><input type="checkbox" \
name="{{ choice.data.name }}" value="{{ choice.data.value }}" id="{{ choice.id_for_label }}"\
{% if choice.data.selected %} checked{% endif %}> {{ choice.choice_label }}</label>{% endfor %}</fieldset>
{% else %}<div class="field"><label for="{{ field.id_for_label }}">{{ field.label }}</label>{{ field }}
{% if field.errors %}<ul class="errorlist">{% for e in field.errors %}<li>{{ e }}</li>{% endfor %}</ul>{% endif %}</div>
{% endif %}{% endfor %}"""


@pytest.mark.parametrize(
    "data",
    ["", "type=bombing&type=armed_clash&review_status=reviewed&q=%3Cx%3E", "date_from=never&fatalities_max=-&sort=x"],
)
def test_filter_fields_write_what_the_template_loop_wrote(world, data):
    from django.template import engines

    form = IncidentFilterSet(QueryDict(data) if data else None, queryset=Incident.objects.all()).form
    form.is_valid()
    expected = engines["django"].from_string(FIELDS_AS_A_TEMPLATE).render({"form": form})
    flat = re.compile(r"\s+")
    assert flat.sub(" ", squeeze(filter_fields(form))) == flat.sub(" ", squeeze(expected))
    if data.startswith("date_from=never"):
        assert '<ul class="errorlist"><li>Enter a valid date.</li></ul>' in filter_fields(form)


def test_other_filter_forms_too(world):
    form = PersonFilterSet(QueryDict("q=x&status=killed&reviewed=true"), queryset=None).form
    for field in form:
        assert squeeze(filter_widget(field)) == squeeze(field.as_widget()), field.name


def test_a_sort_on_several_columns_falls_back_to_django(world):
    form = IncidentFilterSet(QueryDict("sort=date,type"), queryset=Incident.objects.all()).form
    assert squeeze(filter_widget(form["sort"])) == squeeze(form["sort"].as_widget())


def test_checkboxes_keep_their_state_and_labels(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"type": "bombing"}).content.decode()
    assert '<input type="checkbox" name="type" value="bombing" id="id_type_0" checked> Bombing</label>' in page
    assert '<input type="checkbox" name="type" value="armed_clash" id="id_type_2"> Armed clash</label>' in page


def test_rows_escape_names_and_show_claims_and_unknowns(viewer_client, world):
    Group.objects.filter(pk=world["front"].pk).update(name="<b>Front</b>")
    page = viewer_client.get(reverse("incident-list")).content.decode()
    bombing_row = next(row for row in page.split("<tr>") if f'href="/incidents/{world["bombing"].pk}/"' in row)
    assert "&lt;b&gt;Front&lt;/b&gt;</a> (claimed)<br>" in bombing_row
    assert "<b>Front</b>" not in page
    abduction_row = next(row for row in page.split("<tr>") if f'href="/incidents/{world["abroad"].pk}/"' in row)
    assert '<td class="hide-narrow">—</td>' in abduction_row  # no perpetrator known
    assert '<td class="num">?</td>' in abduction_row  # fatalities unknown
    assert "Gammaburg (YY)" in abduction_row


def test_a_persons_page_says_their_role_in_each_incident(viewer_client, world):
    page = viewer_client.get(reverse("person-detail", args=[world["commander"].pk])).content.decode()
    assert '<span class="meta">as victim</span>' in page


def test_record_urls_are_the_reversed_urls(world):
    for name, record in [("incident-detail", world["bombing"]), ("group-detail", world["front"])]:
        assert detail_url(name, record.pk) == reverse(name, args=[record.pk]) == record.get_absolute_url()


def test_sort_links_keep_the_filters_and_go_back_to_the_first_page(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"location": "Zedland", "page": "1", "sort": "date"})
    html = page.content.decode()
    assert 'href="?location=Zedland&amp;sort=-date"' in html  # same column: direction flips
    assert 'href="?location=Zedland&amp;sort=type"' in html


def test_sort_headers_say_which_column_is_sorted_and_which_way(viewer_client, world):
    html = viewer_client.get(reverse("incident-list"), {"sort": "-fatalities"}).content.decode()
    assert '<th scope="col" class="num" aria-sort="descending"><a href="?sort=fatalities">Killed</a></th>' in html
    assert '<th scope="col" aria-sort="none"><a href="?sort=date">Date</a></th>' in html
    html = viewer_client.get(reverse("incident-list"), {"sort": "type", "q": "a&b"}).content.decode()
    assert '<th scope="col" aria-sort="ascending"><a href="?q=a%26b&amp;sort=-type">Type</a></th>' in html


def test_rows_in_order_follow_the_ids_and_skip_missing_ones(world):
    ids = [world["clash"].pk, 999_999, world["killing"].pk, world["bombing"].pk]
    rows = selectors.RowsInOrder(selectors.incident_list(), ids)
    assert len(rows) == 4
    assert [r.pk for r in rows[0:3]] == [world["clash"].pk, world["killing"].pk]
    assert rows[-1].pk == world["bombing"].pk
    assert rows[0].listed_actors[0].group == world["army"]


@pytest.mark.postgres
def test_a_search_finds_its_matches_once_and_pages_through_them(viewer_client, world, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    from tests.views.conftest import add_incidents

    add_incidents(30, world["alpha"], world["army"])
    Incident.objects.filter(summary__startswith="bulk").update(search_text="roadside bomb near the market")
    monkeypatch.setattr(IncidentFilterSet, "rank_limit", 5)
    newest_first = list(
        Incident.objects.filter(summary__startswith="bulk").order_by("-date_start", "-id").values_list("pk", flat=True)
    )

    with CaptureQueriesContext(connection) as ctx:
        first = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb"})
    searches = [q["sql"] for q in ctx.captured_queries if "websearch_to_tsquery" in q["sql"]]
    assert len(searches) == 1  # the matches are found once: no COUNT, no second search for the page
    assert [i.pk for i in first.context["object_list"]] == newest_first[:25]
    assert "1–25 of 30" in first.content.decode()
    second = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb", "page": 2})
    assert [i.pk for i in second.context["object_list"]] == newest_first[25:]


@pytest.mark.postgres
def test_a_narrow_search_is_ranked_best_match_first(viewer_client, world):
    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    Incident.objects.filter(pk=world["clash"].pk).update(search_text="ambush ambush ambush on the convoy")
    Incident.objects.filter(pk=world["killing"].pk).update(search_text="an ambush was reported")
    response = viewer_client.get(reverse("incident-list"), {"q": "ambush"})
    assert [i.pk for i in response.context["object_list"]] == [world["clash"].pk, world["killing"].pk]
    assert response.context["ranked"]
