"""Locations: disambiguation by context, hierarchy, sites and regions."""

from .conftest import by_name


def test_province_word_picks_the_division_and_the_city_sits_inside_it(run):
    doc = run("A bomb exploded in Mazar-i-Sharif, the capital of Balkh province, on Monday, killing two people.")
    city = by_name(doc, "locations", "Mazār-e Sharīf")
    province = by_name(doc, "locations", "Balkh")
    assert province["kind"] == "admin1" and city["parent"] == province["key"]
    assert (city["lat"], city["lon"]) == (36.709, 67.110)
    assert city["country"] == "AF" and city["gazetteer_id"] == 12


def test_context_country_beats_a_namesake_abroad(run):
    doc = run("MAIDUGURI — Boko Haram fighters raided a village in Borno on Sunday, killing six people.")
    assert by_name(doc, "locations", "Borno")["country"] == "NG"


def test_district_word_and_named_state_pick_the_right_namesake(run):
    doc = run("Maoists killed two policemen in Chhattisgarh's Bijapur district on Sunday.")
    bijapur = next(loc for loc in doc["locations"] if "Bijapur" in [m["text"] for m in loc["mentions"]])
    assert bijapur["kind"] == "admin2" and bijapur["gazetteer_id"] == 42


def test_lone_place_in_an_unrelated_country_is_dropped(run):
    doc = run("PESHAWAR: Militants attacked a police post in Peshawar before Christmas, killing one officer.")
    assert "Christmas" not in [loc["name"] for loc in doc["locations"]]


def test_short_form_after_the_full_name_is_the_same_city(run):
    doc = run("Gunmen shot dead a cleric in Mazar-i-Sharif on Monday. Shops in Mazar stayed shut.")
    city = by_name(doc, "locations", "Mazār-e Sharīf")
    assert [m["text"] for m in city["mentions"]] == ["Mazar-i-Sharif", "Mazar"]


def test_unlisted_site_hangs_under_the_named_city(run):
    doc = run("PESHAWAR: A suicide bomber struck the Qissa Khwani mosque in Peshawar on Friday, killing 12 people.")
    site = by_name(doc, "locations", "Qissa Khwani")
    assert site["kind"] == "site" and site["aliases"] == ["Qissa Khwani mosque"]
    assert by_name(doc, "locations", "Peshawar")["key"] == site["parent"]
    assert doc["incidents"][0]["location"] == site["key"]


def test_dateline_place_is_found_and_named(run):
    doc = run("QUETTA: Two men were shot dead on Monday in Khar, officials said.")
    assert doc["source"]["dateline"] == "Quetta"
    assert "Quetta" in [loc["name"] for loc in doc["locations"]]
