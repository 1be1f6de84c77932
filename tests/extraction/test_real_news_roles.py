"""Persons on incidents in real news (issue 12): someone named with an official's title ('X, who served as
chief of staff') who was killed is the event's victim, though the title made them look like a
source; a quoted speaker is not."""

from __future__ import annotations


def incident_person_names(document):
    names = {p["key"]: p["name"] for p in document["persons"]}
    return [{names[r["person"]] for r in incident["persons"]} for incident in document["incidents"]]


def test_an_official_named_with_a_title_and_killed_is_the_victim(run):
    document = run(
        "QUETTA: A senior commander of the provincial police, Abdul Karim Noorzai, was killed along with several "
        "escorts in a drone strike near Quetta on Monday. Noorzai, the force's deputy for the border districts, "
        "was hit while at a checkpoint."
    )
    assert any("Abdul Karim Noorzai" in names for names in incident_person_names(document))


def test_a_quoted_spokesman_is_no_party_even_when_his_words_count_the_dead(run):
    document = run(
        "QUETTA: A bomb killed six people at a bus stop in Quetta on Monday, said Rahim Dost Wardak, the police "
        "spokesman. Wardak put the number of dead at six and said all of them were civilians."
    )
    assert not any("Rahim Dost Wardak" in names for names in incident_person_names(document))


def test_a_leader_named_after_a_lower_case_office_is_no_party(run):
    document = run(
        "QUETTA: Gunmen killed four policemen at a checkpoint near Quetta on Monday. The district is a stronghold "
        "of fighters who take orders from the rebel leader Karim Baloch Zehri, officials said."
    )
    assert not any("Karim Baloch Zehri" in names for names in incident_person_names(document))


def test_a_clause_telling_a_named_persons_death_is_an_event_with_that_victim_and_one_dead(run):
    # 'two explosions' opens the sentence, far from the clause: the clause still tells an earlier event of its own
    document = run(
        "QUETTA: At least two explosions hit a cemetery in Quetta on Monday, where hundreds of people were "
        "mourning Abdul Karim Noorzai, a commander who led the provincial police before being killed by a drone "
        "strike in January 2020."
    )
    names = {p["key"]: p["name"] for p in document["persons"]}
    past = [i for i in document["incidents"] if i["date"] == "2020-01"]
    assert len(past) == 1
    assert [names[r["person"]] for r in past[0]["persons"]] == ["Abdul Karim Noorzai"]
    assert past[0]["fatalities"] == 1
