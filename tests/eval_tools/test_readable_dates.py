"""Which coded dates a page lets a reader give: the ceiling that scripts/measure_readable_dates.py reports."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_readable_dates.py"
_spec = importlib.util.spec_from_file_location("measure_readable_dates", SCRIPT)
measure_readable_dates = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = measure_readable_dates
_spec.loader.exec_module(measure_readable_dates)
readable = measure_readable_dates.readable

UNDATED = {"url": "https://example.org/news/market-blast"}


def test_any_date_is_readable_on_a_page_with_its_publication_day():
    assert readable("2019-03-04", "Gunmen struck a market on Sunday.", {"published": "2019-03-05"})


def test_a_null_gold_date_is_always_readable():
    assert readable(None, "Gunmen struck a market on Sunday.", UNDATED)


def test_a_weekday_on_an_undated_page_does_not_give_the_day():
    assert not readable("2019-03-03", "Gunmen struck a market in Velmora on Sunday.", UNDATED)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen struck a market in Velmora on March 3, 2019.",
        "Gunmen struck a market in Velmora on 3rd March 2019.",
        "Gunmen struck a market in Velmora on Sunday (03/03/2019).",
    ],
)
def test_a_day_written_with_its_month_and_year_is_readable(text):
    assert readable("2019-03-03", text, UNDATED)


def test_a_day_without_its_year_on_the_page_is_not_readable():
    assert not readable("2019-03-03", "VELMORA, March 3 - Gunmen struck a market.", UNDATED)


def test_the_url_can_carry_the_whole_date():
    meta = {"url": "https://example.org/2019/03/03/market-blast/"}
    assert readable("2019-03-03", "Gunmen struck a market on Sunday.", meta)


def test_a_month_needs_its_month_on_the_page_not_only_its_year():
    assert readable("2019-03", "The 2019 wave of attacks peaked in March.", UNDATED)
    assert not readable("2019-03", "The 2019 wave of attacks peaked in spring.", UNDATED)
