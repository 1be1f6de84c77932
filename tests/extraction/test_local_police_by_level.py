"""A town's or a district's own police told by its level ("the tribal police", "the city police", "the Municipal
Police") is mentioned with that word, as the text writes it, not cut to a bare "police"."""

from __future__ import annotations


def _mentions(document):
    return {m["text"] for g in document["groups"] for m in g["mentions"]}


def test_police_told_by_their_level_keep_the_level_word(run):
    document = run(
        "KHAR, Pakistan: Gunmen shot dead two shopkeepers in Khar on Sunday. Officers of the tribal police sealed "
        "the bazaar, and the city police were put on alert in Peshawar."
    )
    mentions = _mentions(document)
    assert "tribal police" in mentions
    assert "city police" in mentions


def test_a_district_police_building_is_no_force(run):
    document = run(
        "KHAR, Pakistan: Gunmen threw a grenade at a district police station in Khar on Sunday, wounding a guard."
    )
    assert "district police" not in _mentions(document)
