"""A state force told with its nation's adjective keeps it: "Italian police" is labelled and mentioned as the text
writes it, not as "Italy police" around a bare "police"."""

from __future__ import annotations


def _groups(document):
    return {g["name"]: {m["text"] for m in g["mentions"]} for g in document["groups"]}


def test_force_keeps_the_nation_adjective_the_text_writes(run):
    document = run(
        "MILAN, Italy: A parcel bomb exploded outside a bank in Milan on Friday, wounding two clerks. Italian police "
        "said they were looking for a man seen leaving the parcel."
    )
    groups = _groups(document)
    assert "Italian police" in groups
    assert "Italian police" in groups["Italian police"]


def test_nation_adjective_of_a_victim_names_no_force(run):
    document = run(
        "PESHAWAR, Pakistan: An Italian aid worker was shot dead in Peshawar on Monday, police said. The gunmen "
        "escaped on a motorcycle."
    )
    assert not any(name.lower().startswith("italian") for name in _groups(document))
