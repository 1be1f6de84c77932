"""incidents.markup writes what Django's format_html writes, escaping included."""

import pytest
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from incidents.markup import html, html_join

lazy_text = lazy(lambda: "<lazy & 'quoted'>", str)

AWKWARD_VALUES = [
    "plain",
    "<script>alert('x')</script>",
    "a \"double\" & 'single' quote",
    "Ahl al-Sunna & Jama'a <b>",
    mark_safe("<em>already safe</em>"),  # noqa: S308 - constant markup under test
    lazy_text(),
    42,
    None,
    3.5,
    "",
]


@pytest.mark.parametrize("value", AWKWARD_VALUES, ids=repr)
def test_html_escapes_like_format_html(value):
    template = '<a href="/x/?q={}" title="{}">{}</a>'
    assert html(template, value, value, value) == format_html(template, value, value, value)


def test_html_with_keywords_and_the_result_is_safe():
    result = html("<td>{name}</td><td>{n}</td>", name="<Daesh-K>", n=7)
    assert result == "<td>&lt;Daesh-K&gt;</td><td>7</td>"
    assert isinstance(result, SafeString)


def test_nested_results_are_not_escaped_twice():
    inner = html("<b>{}</b>", "R&D")
    assert html("<p>{}</p>", inner) == "<p><b>R&amp;D</b></p>"


def test_html_join_matches_format_html_join():
    rows = [("/groups/1/", "ISKP <Khorasan>", " (claimed)"), ("/groups/2/", "TTP & allies", "")]
    template = '<a href="{}">{}</a>{}<br>'
    assert html_join("", template, rows) == format_html_join("", template, rows)
    assert html_join("", template, []) == ""
