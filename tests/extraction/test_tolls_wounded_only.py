"""An event whose sentences count the wounded and tell no death killed no one (toll 0); "no one was killed" is 0
too; an event that speaks of deaths or casualties without a number, or of a victim who later died, has no toll of
0. A killing that was only tried or intended is no death told."""

from __future__ import annotations


def _tolls(document) -> list[int | None]:
    return [i["fatalities"] for i in document["incidents"]]


def test_an_event_told_with_wounded_only_killed_no_one(run):
    document = run("Militants threw a grenade at a police post in Bama on Monday, wounding four constables.")
    assert _tolls(document) == [0]


def test_no_one_killed_is_a_toll_of_zero(run):
    document = run(
        "A bomb went off outside the district office in Bama on Monday. No one was killed or wounded, police said."
    )
    assert _tolls(document) == [0]


def test_uncounted_deaths_leave_the_toll_unknown(run):
    document = run(
        "Militants threw a grenade at a police post in Bama on Monday, wounding four constables and causing "
        "casualties among passers-by."
    )
    assert _tolls(document) == [None]


def test_a_lone_victim_wounded_without_a_number_makes_a_toll_of_zero(run):
    document = run("A shopkeeper was shot and wounded by two gunmen on a motorbike in Bama on Monday, police said.")
    assert _tolls(document) == [0]


def test_injuries_sustained_with_no_death_told_make_a_toll_of_zero(run):
    document = run(
        "Masked men torched two buses at a depot in Bama on Monday, and its guard sustained minor injuries as he fled."
    )
    assert _tolls(document) == [0]


def test_a_try_to_kill_and_a_wound_that_is_not_grave_are_no_death_told(run):
    document = run(
        "A tax inspector was stabbed in a knife attack at his office in Bama on Monday. Doctors called the cuts not "
        "life-threatening, and prosecutors will charge the suspect with trying to kill him."
    )
    assert _tolls(document) == [0]


def test_a_victim_told_stabbed_at_a_place_on_a_day_is_an_event_with_no_death_told(run):
    # (the classifier alone no longer opens it: "stabbed" was a weak event word, and the retrained model reads
    # such a line just under sentence_facts.MODEL_INCIDENT)
    document = run("A tax inspector was stabbed at his office in Bama on Monday.")
    assert _tolls(document) == [0]


def test_a_charge_of_attempted_murder_is_no_death_told(run):
    document = run(
        "A tax inspector was stabbed in a knife attack at his office in Bama on Monday. The suspect faces a charge "
        "of attempted murder, police said."
    )
    assert _tolls(document) == [0]


def test_a_victim_wounded_who_then_succumbed_is_no_toll_of_zero(run):
    document = run(
        "Gunmen attacked a shopkeeper in Bama on Monday; he was shot and wounded and succumbed at a clinic the "
        "next day."
    )
    assert _tolls(document) == [None]


def test_a_victim_stabbed_who_then_passed_away_or_lost_his_life_is_no_toll_of_zero(run):
    document = run("Gunmen attacked a shopkeeper in Bama on Monday; he was stabbed and passed away before dawn.")
    assert _tolls(document) == [None]
    document = run("Gunmen attacked a shopkeeper in Bama on Monday; he was stabbed and lost his life before dawn.")
    assert _tolls(document) == [None]


def test_a_wounding_beside_a_death_word_leaves_the_toll_unknown(run):
    document = run(
        "A guard was wounded when gunmen raided a bank in Bama on Monday, and a cashier died, police said without "
        "giving a number of the dead."
    )
    assert _tolls(document) == [None]


def test_an_attempt_on_a_life_is_no_death_told(run):
    document = run(
        "The governor of Borno was shot and wounded in Bama on Monday in an attempt on the governor's life, "
        "police said."
    )
    assert _tolls(document) == [0]


def test_a_killing_the_event_is_measured_against_is_no_death_told(run):
    document = run(
        "A grenade was thrown at the governor of Borno in Bama on Monday and he was unharmed. The attack came two "
        "years after his deputy was assassinated."
    )
    assert _tolls(document) == [0, 1]  # (the deputy's killing is an incident of its own)


def test_a_death_told_beside_a_comparison_still_leaves_the_toll_unknown(run):
    document = run(
        "A grenade was thrown at the governor of Borno in Bama on Monday, wounding three guards, and the deaths of "
        "passers-by were feared. The attack came two years after his deputy was assassinated."
    )
    assert _tolls(document) == [None, 1]


def test_a_death_told_hours_before_a_wounding_is_a_death_told(run):
    document = run(
        "Hours after guards were killed at the depot, a clerk was shot and wounded at a kiosk in Bama on Monday."
    )
    assert _tolls(document) == [None]


def test_an_assassination_attempt_that_only_wounded_killed_no_one(run):
    document = run(
        "A grenade was thrown at the governor's car in Bama on Monday, injuring three guards. "
        "The governor, who was unhurt, called it an assassination attempt."
    )
    assert _tolls(document) == [0]


def test_a_victim_who_later_died_of_her_injuries_is_one_dead(run):
    document = run(
        "A mob beat a shopkeeper outside her stall in Khar on Thursday. Relatives said on Monday that she had "
        "died of her injuries."
    )
    assert _tolls(document) == [1]
