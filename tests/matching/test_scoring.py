"""The scoring rules on plain facts: no database."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import FLAG, MERGE, IncidentFacts, PersonContext, PersonFacts, Place

PAKISTAN = Place(0, "Pakistan", "country")
QUETTA = (
    Place(3, "Quetta", "city", 30.18, 67.00),
    Place(2, "Quetta District", "admin2"),
    Place(1, "Balochistan", "admin1"),
    PAKISTAN,
)
MARKET = (Place(4, "Sariab Road", "site"), *QUETTA)
KOHAT = (
    Place(5, "Kohat", "city", 33.58, 71.44),
    Place(6, "Kohat District", "admin2"),
    Place(7, "Khyber Pakhtunkhwa", "admin1"),
    PAKISTAN,
)
DAY = dt.date(2025, 3, 4)


def facts(pk=1, **fields) -> IncidentFacts:
    values = {"type": "bombing", "start": DAY, "end": DAY, "precision": "day", "places": QUETTA}
    return IncidentFacts(pk=pk, **{**values, **fields})


def test_same_place_day_and_victim_with_a_rising_toll_is_the_same_event():
    first = facts(1, persons=frozenset({9}), person_names={9: "Naseebullah Achakzai"}, fatalities=6,
                  first_published=DAY)  # fmt: skip
    later = facts(2, persons=frozenset({9}), person_names={9: "Naseebullah Achakzai"}, fatalities=11,
                  first_published=DAY + dt.timedelta(days=3))  # fmt: skip
    evidence = matching.score_incidents(later, first)
    assert matching.verdict(evidence) == MERGE
    assert any("same place Quetta" in reason for reason in evidence.reasons)
    assert any("Naseebullah Achakzai" in reason for reason in evidence.reasons)


def test_a_toll_that_rose_is_compatible_but_far_apart_figures_count_against():
    early = facts(1, fatalities=2, first_published=DAY)
    rose = facts(2, fatalities=9, first_published=DAY + dt.timedelta(days=1))
    fell = facts(3, fatalities=2, first_published=DAY + dt.timedelta(days=1))
    big = facts(4, fatalities=40, first_published=DAY)
    assert matching.toll_evidence(rose, early)[0] == matching.INCIDENT_TOLL_ROSE
    assert matching.toll_evidence(fell, big)[0] == matching.INCIDENT_TOLL_APART


def test_place_and_date_alone_are_uncertain_and_only_flagged():
    # One town, a day apart, the same toll: two events of neighbouring days are as likely as one.
    next_day = DAY + dt.timedelta(days=1)
    evidence = matching.score_incidents(facts(2, fatalities=2, start=next_day, end=next_day), facts(1, fatalities=2))
    assert matching.verdict(evidence) == FLAG
    # One day and one kind of event, but only the province in common.
    province = QUETTA[2:]
    assert matching.verdict(matching.score_incidents(facts(2, places=province), facts(1))) in (FLAG, None)


def test_one_town_one_day_and_one_kind_of_event_with_nothing_against_is_one_event():
    assert matching.verdict(matching.score_incidents(facts(2), facts(1))) == MERGE
    assert matching.verdict(matching.score_incidents(facts(2, fatalities=3), facts(1, fatalities=3))) == MERGE
    # A site inside that town, with a toll in common.
    assert (
        matching.verdict(matching.score_incidents(facts(2, places=MARKET, fatalities=5), facts(1, fatalities=5)))
        == MERGE
    )
    # Something against keeps them apart: tolls far apart, or different perpetrators.
    assert matching.verdict(matching.score_incidents(facts(2, fatalities=2), facts(1, fatalities=30))) is None
    lashkar, front = ({"perpetrators": frozenset({g}), "perpetrator_family": frozenset({g})} for g in (5, 6))
    assert matching.verdict(matching.score_incidents(facts(2, **lashkar), facts(1, **front))) is None
    # A whole district or country in common is not one town.
    district = QUETTA[1:]
    assert matching.verdict(matching.score_incidents(facts(2, places=district), facts(1, places=district))) == FLAG
    assert (
        matching.verdict(matching.score_incidents(facts(2, places=(PAKISTAN,)), facts(1, places=(PAKISTAN,)))) == FLAG
    )


def test_places_that_are_not_nested_and_far_apart_never_match():
    assert matching.score_incidents(facts(2, places=KOHAT), facts(1)) is None


def test_a_site_inside_the_town_is_the_same_place_less_strongly():
    points, reason = matching.place_evidence(facts(2, places=MARKET), facts(1))
    assert 0 < points < matching.INCIDENT_PLACE_SAME
    assert reason == "Sariab Road is in Quetta"
    # A whole country is no evidence of place at all.
    assert matching.place_evidence(facts(2), facts(1, places=QUETTA[-1:]))[0] == 0


def test_two_unlisted_sites_of_one_town_are_near_and_one_named_by_its_first_words_is_the_same():
    gate = (Place(11, "Kelmar Gate", "site"), *QUETTA)
    kelmar = (Place(12, "Kelmar", "site"), *QUETTA)
    depot = (Place(14, "Bus Depot", "site"), *QUETTA)
    points, reason = matching.place_evidence(facts(2, places=gate), facts(1, places=kelmar))
    assert points == matching.INCIDENT_PLACE_SAME and "one site of Quetta" in reason
    points, reason = matching.place_evidence(facts(2, places=gate), facts(1, places=depot))
    assert points == matching.INCIDENT_PLACE_NEARBY and "both in Quetta" in reason
    # under the same province but in different towns: no nearer than the towns are
    elsewhere = (Place(13, "Kohat Bazaar", "site"), *KOHAT)
    assert matching.place_evidence(facts(2, places=gate), facts(1, places=elsewhere))[0] is None


def test_dates_respect_their_precision_and_the_window():
    march = facts(2, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), precision="month")
    assert matching.date_evidence(march, facts(1))[0] is not None  # a day of that month
    assert matching.date_evidence(facts(2, start=DAY + dt.timedelta(days=3), end=DAY + dt.timedelta(days=3)),
                                  facts(1))[0] is not None  # fmt: skip
    late = DAY + dt.timedelta(days=4)
    assert matching.score_incidents(facts(2, start=late, end=late), facts(1)) is None
    april = facts(2, start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30), precision="month")
    assert matching.score_incidents(april, facts(1, start=dt.date(2025, 3, 20), end=dt.date(2025, 3, 20))) is None


def test_a_month_date_counts_for_a_day_inside_it_but_a_year_never_merges():
    def month(pk, first, last, **fields):
        return facts(pk, start=dt.date(2025, 3, first), end=dt.date(2025, 3, last), precision="month", **fields)

    march = month(2, 1, 31, persons=frozenset({9}), fatalities=6)
    same_evidence = facts(1, persons=frozenset({9}), fatalities=6)
    points, reason = matching.date_evidence(march, same_evidence)
    assert points > 0 and reason == "2025-03-04 within the month of 2025-03-01"
    assert matching.verdict(matching.score_incidents(march, same_evidence)) == MERGE
    # A day just after the month is in the window but not inside: no evidence for.
    april_first = facts(1, start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 1), persons=frozenset({9}), fatalities=6)
    assert matching.date_evidence(march, april_first)[0] == 0
    assert matching.verdict(matching.score_incidents(march, april_first)) == FLAG
    # Two reports dated only to the same month say nothing about the day: no evidence for.
    assert matching.date_evidence(march, month(1, 1, 31))[0] == 0
    year = facts(2, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31), precision="year",
                 persons=frozenset({9}), fatalities=6)  # fmt: skip
    assert matching.verdict(matching.score_incidents(year, same_evidence)) in (FLAG, None)


def test_an_undated_report_counts_neither_for_nor_against():
    undated = facts(2, start=None, end=None, precision="")
    points, reason = matching.date_evidence(undated, facts(1))
    assert (points, reason) == (0, "one report undated")
    # Place, kind, toll and a shared victim stay below the merge line: flagged for an analyst.
    victim = {"persons": frozenset({9}), "fatalities": 4}
    weak = matching.score_incidents(
        facts(2, start=None, end=None, precision="", first_published=DAY, **victim), facts(1, **victim)
    )
    assert matching.verdict(weak) == FLAG
    # Shared victim and perpetrator carry it without a date.
    actors = {"persons": frozenset({9}), "perpetrators": frozenset({5}), "perpetrator_family": frozenset({5})}
    strong = matching.score_incidents(
        facts(2, start=None, end=None, precision="", first_published=DAY, **actors), facts(1, **actors)
    )
    assert strong.date == 0 and matching.verdict(strong) == MERGE
    # Without a publication day either, nothing says it is not an event of another year: only actors and toll at
    # the same place reach the full bar; at a place merely in the same province, flagged at most.
    timeless = matching.score_incidents(facts(2, start=None, end=None, precision="", **actors), facts(1, **actors))
    assert timeless.timeless and timeless.score == strong.score and matching.verdict(timeless) == MERGE
    province = {**actors, "fatalities": 12}
    wide = matching.score_incidents(
        facts(2, start=None, end=None, precision="", places=QUETTA[2:], **province), facts(1, **province)
    )
    assert wide.score >= matching.INCIDENT_MERGE_AT and matching.verdict(wide) == FLAG
    # The same actors on two different dated days are still kept apart by the window.
    late = DAY + dt.timedelta(days=10)
    assert matching.score_incidents(facts(2, start=late, end=late, **actors), facts(1, **actors)) is None


def test_a_place_inside_a_named_region_or_province_is_near_it():
    region = (Place(8, "Tierra Caliente", "region"), Place(9, "Michoacán", "admin1"), PAKISTAN)
    village = (Place(10, "El Aguaje", "city"), *region)
    points, reason = matching.place_evidence(facts(2, places=village), facts(1, places=region))
    assert points > 0 and reason == "El Aguaje is in Tierra Caliente"
    assert matching.place_evidence(facts(2, places=village), facts(1, places=region[1:]))[0] > 0


def test_two_records_of_one_place_name_with_and_without_diacritics_are_one_place():
    accented = (Place(11, "Sanaʿa", "city"), Place(12, "Amanat al Asimah", "admin1"), PAKISTAN)
    plain = (Place(13, "Sanaa", "city"), PAKISTAN)
    points, _ = matching.place_evidence(facts(2, places=accented), facts(1, places=plain))
    assert points == matching.INCIDENT_PLACE_NEARBY
    # Another kind of place of that name, or the same name in another country, is not.
    province = (Place(14, "Sanaa", "admin1"), PAKISTAN)
    assert matching.place_evidence(facts(2, places=accented), facts(1, places=province))[0] is None
    abroad = (Place(15, "Sanaa", "city"), Place(16, "Otherland", "country"))
    assert matching.place_evidence(facts(2, places=accented), facts(1, places=abroad))[0] is None


def test_place_names_fold_letters_that_carry_their_diacritic_inside():
    key = matching.place_keys
    assert key("Łódź") & key("Lodz")
    assert key("Diyarbakır") & key("Diyarbakir")
    assert key("Sanaʿa") & key("Sanaa") and key("Sana´a") & key("Sanaa")
    assert key("Đà Nẵng") & key("Da Nang")
    assert key("Tillabéri") & key("Tillaberi")
    assert not key("Lodz") & key("Lida")
    assert matching.ascii_spelling("Sanaʿa") == "Sanaa"
    assert matching.place_spellings("Gayéri") == []  # fold already drops this accent
    assert matching.place_spellings("Łódź") == ["Lodz"]


def test_different_kinds_of_event_and_different_perpetrators_do_not_match():
    assert matching.score_incidents(facts(2, type="abduction"), facts(1)) is None
    assert matching.score_incidents(facts(2, type="air_or_drone_strike"), facts(1)) is None
    assert matching.score_incidents(facts(2, type="suicide_bombing"), facts(1)) is not None  # both explosions
    claimed = facts(2, perpetrators=frozenset({5}), perpetrator_family=frozenset({5}), fatalities=3)
    other = facts(1, perpetrators=frozenset({6}), perpetrator_family=frozenset({6}), fatalities=3)
    assert matching.verdict(matching.score_incidents(claimed, other)) is None


def test_the_survivor_is_the_analysts_then_the_finer_place_then_the_earliest_report():
    first = facts(5, first_published=DAY)
    later = facts(4, first_published=DAY + dt.timedelta(days=1))
    assert matching.survivor_key(first) > matching.survivor_key(later)
    assert matching.survivor_key(facts(6, places=MARKET)) > matching.survivor_key(first)
    assert matching.survivor_key(facts(7, places=QUETTA[-1:], protected=True)) > matching.survivor_key(first)


def test_spelling_keys_merge_transliteration_variants_conservatively():
    key = matching.spelling_key
    assert key("Anwaar") == key("Anwar")
    assert key("Naseebullah Achakzai") == key("Nasibullah Achakzai")
    assert key("Abdul Waheed Mehsood") == key("Abdul Wahid Mehsud")
    assert key("Haji Ahmad Zia Rahimi") == key("Ahmad Zia Rahimi")
    assert key("Mohammed Khan") != key("Muhammad Khan")  # a/e: too loose to merge on
    assert key("Ali Khan") != key("Ala Khan")
    assert matching.compact_key("IS-KP") == matching.compact_key("ISKP")


def test_a_persons_name_alone_is_not_enough_and_contrary_evidence_counts():
    names = ["Gul Rahman"]
    known = PersonFacts(pk=1, names=("Gul Rahman",), countries=frozenset({"PK"}), dates=(dt.date(2024, 2, 5),))
    alone, _ = matching.score_person(names, PersonContext(), known)
    assert alone < matching.PERSON_RESOLVE_AT
    elsewhere = PersonContext(countries=frozenset({"AF"}), dates=(dt.date(2024, 9, 16),))
    assert matching.score_person(names, elsewhere, known)[0] < alone
    nearby = PersonContext(countries=frozenset({"PK"}), dates=(dt.date(2024, 2, 20),))
    assert matching.score_person(names, nearby, known)[0] >= matching.PERSON_RESOLVE_AT


def test_a_single_word_never_resolves_a_person():
    known = PersonFacts(pk=1, names=("Ihsani",), countries=frozenset({"PK"}), groups=frozenset({3}),
                        group_family=frozenset({3}))  # fmt: skip
    context = PersonContext(countries=frozenset({"PK"}), groups=frozenset({3}))
    assert matching.score_person(["Ihsani"], context, known) == (0.0, [])


def test_the_same_large_toll_at_one_place_on_one_day_is_the_same_event():
    same = matching.score_incidents(facts(2, fatalities=14), facts(1, fatalities=14))
    assert matching.verdict(same) == MERGE
    # A village inside the town the other report names carries it too.
    village = (Place(20, "Kili Sariab", "city"), *QUETTA)
    assert matching.verdict(matching.score_incidents(facts(2, places=village, fatalities=14),
                                                     facts(1, fatalities=14))) == MERGE  # fmt: skip
    # A large one told by a report that gives only the month stays a question for an analyst.
    march = facts(2, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), precision="month", fatalities=14)
    assert matching.verdict(matching.score_incidents(march, facts(1, fatalities=14))) == FLAG


def test_one_complex_attack_typed_differently_by_two_reports_merges_on_strong_evidence():
    group = {"perpetrators": frozenset({5}), "perpetrator_family": frozenset({5})}
    blast = facts(1, type="suicide_bombing", fatalities=6, **group)
    gunfight = facts(2, type="armed_clash", fatalities=6, **group)
    evidence = matching.score_incidents(gunfight, blast)
    assert matching.verdict(evidence) == MERGE
    assert evidence.score == 2 + 2 + 2 + 1 + matching.INCIDENT_TYPE_OTHER_CLASS
    # The same facts typed alike score more: a difference of type costs a point.
    assert (
        matching.score_incidents(facts(3, type="suicide_bombing", fatalities=6, **group), blast).score > evidence.score
    )
    # Without the group, the same place, day and toll are only a possible duplicate.
    assert matching.verdict(matching.score_incidents(facts(4, type="armed_clash", fatalities=6), blast)) == FLAG


def test_differently_typed_reports_are_compared_only_when_both_are_dated_to_the_day():
    blast = facts(1, type="bombing", fatalities=6)
    two_days_later = facts(2, type="attack_on_civilians", fatalities=6, start=DAY + dt.timedelta(days=2),
                           end=DAY + dt.timedelta(days=2))  # fmt: skip
    month = facts(3, type="attack_on_civilians", fatalities=6, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31),
                  precision="month")  # fmt: skip
    undated = facts(4, type="armed_clash", fatalities=6, start=None, end=None, precision="",
                    first_published=DAY)  # fmt: skip
    next_day = facts(5, type="attack_on_civilians", fatalities=6, start=DAY + dt.timedelta(days=1),
                     end=DAY + dt.timedelta(days=1))  # fmt: skip
    for other in (two_days_later, month, undated):
        assert matching.score_incidents(other, blast) is None
    assert matching.score_incidents(next_day, blast) is not None
    # An arrest, a strike or an abduction is never a part of someone else's bombing.
    for kind in ("arrest_or_raid", "air_or_drone_strike", "abduction", "other_violence"):
        assert matching.score_incidents(facts(6, type=kind, fatalities=6), blast) is None


def test_a_day_without_its_year_takes_the_year_of_the_other_report():
    # DAY is Tuesday 4 March 2025; the undated reports have no publication day.
    group = {"perpetrators": frozenset({5}), "perpetrator_family": frozenset({5}), "fatalities": 3}
    dated = facts(1, **group)

    def yearless(words, pk=2):
        return facts(pk, start=None, end=None, precision="", date_text=words, **group)

    with_weekday = matching.score_incidents(yearless("on Tuesday, March 4"), dated)
    assert with_weekday.date == matching.INCIDENT_DAY_GAP[0] and not with_weekday.timeless
    assert matching.verdict(with_weekday) == MERGE
    # Without the weekday, another year's event on that day is not ruled out: the date counts, but the lower bar
    # of one town on one day does not apply; the group and toll must carry it to the full bar.
    without_weekday = matching.score_incidents(yearless("4 March"), dated)
    assert without_weekday.date == matching.INCIDENT_DAY_GAP[0] and without_weekday.timeless
    assert matching.verdict(without_weekday) == MERGE
    unclaimed = facts(3, start=None, end=None, precision="", date_text="4 March", fatalities=3)
    assert matching.verdict(matching.score_incidents(unclaimed, facts(1, fatalities=3))) == FLAG
    assert matching.score_incidents(yearless("on March 5"), dated).date == matching.INCIDENT_DAY_GAP[1]
    # Another weekday means another year; days further apart, another event.
    assert matching.score_incidents(yearless("on Friday, March 4"), dated) is None
    assert matching.score_incidents(yearless("on March 9"), dated) is None
    # Words that are no date count neither for nor against.
    assert matching.score_incidents(yearless("in the attack"), dated).date == matching.INCIDENT_UNDATED


def test_a_weekday_told_alone_counts_for_the_date_when_it_is_the_other_reports_weekday():
    # DAY is a Tuesday; the undated reports have no publication day.
    dated = facts(1, fatalities=3)

    def told(words):
        return matching.score_incidents(
            facts(2, start=None, end=None, precision="", date_text=words, fatalities=3), dated
        )

    for words in ("on Tuesday", "late Tuesday", "Tuesday morning", "Tuesday's"):
        evidence = told(words)
        assert evidence.date == matching.INCIDENT_WEEKDAY_AGREES and "Tuesday" in evidence.reasons[1]
        assert evidence.timeless  # the week and year are still unknown
    assert told("on Friday").date == matching.INCIDENT_UNDATED
    assert told("on Tuesday, March 11") is None  # a day a week later, told with its weekday: another event
    # Against a report dated only to the month, a weekday says nothing.
    month = facts(3, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), precision="month")
    assert matching.weekday_agrees(facts(2, start=None, end=None, precision="", date_text="on Tuesday"), month) is None


def test_a_yearless_day_finds_its_year_across_new_year():
    new_year = dt.date(2025, 1, 1)
    dated = facts(1, start=new_year, end=new_year)
    undated = facts(2, start=None, end=None, precision="", date_text="on December 31")
    assert matching.yearless_match(undated, dated) == (1, dt.date(2024, 12, 31), False)


def test_differently_typed_reports_need_both_dates_not_a_day_without_its_year():
    blast = facts(1, type="bombing", fatalities=6)
    yearless = facts(2, type="armed_clash", fatalities=6, start=None, end=None, precision="", date_text="on March 4")
    assert matching.score_incidents(yearless, blast) is None
    assert matching.score_incidents(facts(3, type="bombing", fatalities=6, start=None, end=None, precision="",
                                          date_text="on March 4"), blast) is not None  # fmt: skip


def test_a_bombing_and_a_suicide_bombing_are_one_kind_of_event():
    # One report says the bomber blew himself up, the other only that a bomb went off at the site.
    plain, suicide = facts(1, fatalities=30), facts(2, type="suicide_bombing", places=MARKET, fatalities=34)
    evidence = matching.score_incidents(suicide, plain)
    assert any("a suicide bombing and a bombing" in reason for reason in evidence.reasons)
    assert matching.verdict(evidence) == MERGE
    # An air strike is not a bombing of that kind: no such point.
    strike = facts(3, type="air_or_drone_strike", places=MARKET, fatalities=34)
    assert matching.score_incidents(strike, plain) is None


def test_a_description_of_the_doers_does_not_contradict_another_reports_named_group():
    named = facts(1, perpetrators=frozenset({5}), perpetrator_family=frozenset({5}), fatalities=9)
    described = facts(2, perpetrators=frozenset({6}), perpetrator_family=frozenset({6}), described_only=frozenset({6}),
                      fatalities=9)  # fmt: skip
    evidence = matching.score_incidents(described, named)
    assert "different perpetrators" not in evidence.reasons
    assert matching.verdict(evidence) == MERGE
    # Two names that are not descriptions still count against each other.
    other = facts(3, perpetrators=frozenset({7}), perpetrator_family=frozenset({7}), fatalities=9)
    assert "different perpetrators" in matching.score_incidents(other, named).reasons


def test_a_group_named_by_a_noun_for_its_men_is_a_description():
    assert matching.is_description("Rebels")
    assert matching.is_description("Separatist fighters")
    assert not matching.is_description("Islamic Movement")
    assert not matching.is_description("Tehrik-i-Taliban Pakistan")


def test_one_named_site_placed_under_its_town_by_one_report_and_under_the_country_by_the_other_is_one_place():
    # The unlisted site took its parent's coordinates: the coarse record sits at the country's centre, far away.
    hung_low = (Place(20, "Grain Exchange", "site", 30.18, 67.00), *QUETTA)
    hung_high = (Place(21, "Grain Exchange", "site", 29.0, 69.0), PAKISTAN)
    points, reason = matching.place_evidence(facts(2, places=hung_high), facts(1, places=hung_low))
    assert points == matching.INCIDENT_PLACE_SAME and "placed less finely" in reason
    # Another site of that name in another town is not it.
    elsewhere = (Place(22, "Grain Exchange", "site", 33.58, 71.44), *KOHAT)
    assert matching.place_evidence(facts(2, places=elsewhere), facts(1, places=hung_low))[0] is None


def test_a_toll_that_rose_many_fold_after_the_first_days_report_is_not_against():
    first_day = facts(1, fatalities=14, first_published=DAY)
    follow_up = facts(2, fatalities=140, first_published=DAY + dt.timedelta(days=3))
    assert matching.toll_evidence(follow_up, first_day)[0] == matching.INCIDENT_TOLL_ROSE
    # An earlier report written days after the event already counted: a ten-fold rise is another event.
    settled = facts(3, fatalities=14, first_published=DAY + dt.timedelta(days=4))
    later = facts(4, fatalities=140, first_published=DAY + dt.timedelta(days=6))
    assert matching.toll_evidence(later, settled)[0] == matching.INCIDENT_TOLL_APART


def test_a_year_that_contains_the_day_is_no_evidence_against():
    year = facts(2, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31), precision="year")
    assert matching.date_evidence(year, facts(1))[0] == 0


def test_a_site_in_the_town_on_the_same_day_is_one_event_like_the_town_itself():
    # One report names the site, the other only the town: the same day and kind, no toll on one side.
    evidence = matching.score_incidents(facts(2, places=MARKET, fatalities=None), facts(1, fatalities=4))
    assert matching.verdict(evidence) == MERGE
    # A day apart is not enough at that bar.
    next_day = DAY + dt.timedelta(days=1)
    apart = matching.score_incidents(facts(2, places=MARKET, start=next_day, end=next_day), facts(1, fatalities=4))
    assert matching.verdict(apart) != MERGE


def test_a_day_taken_from_the_publication_for_want_of_date_words_may_be_the_day_before():
    # DAY is a Tuesday. The second report gives no date words: the extractor dated it to its publication day.
    told = facts(1, fatalities=11, date_text="on Tuesday", first_published=DAY)
    next_day = DAY + dt.timedelta(days=1)
    reported = facts(2, fatalities=7, start=next_day, end=next_day, first_published=next_day)
    evidence = matching.score_incidents(reported, told)
    assert evidence.date == matching.INCIDENT_DAY_GAP[0] and "published" in evidence.reasons[1]
    assert matching.verdict(evidence) == MERGE
    # A day the report tells in words is that day: a day apart stays a day apart.
    worded = facts(3, fatalities=7, start=next_day, end=next_day, first_published=next_day, date_text="on Wednesday")
    assert matching.verdict(matching.score_incidents(worded, told)) == FLAG
    # The event cannot come after the report: only the later of the two days may be a publication day.
    early = facts(4, fatalities=7, first_published=DAY)
    later = facts(5, fatalities=11, start=next_day, end=next_day, date_text="on Wednesday", first_published=next_day)
    assert matching.score_incidents(later, early).date == matching.INCIDENT_DAY_GAP[1]


def test_a_road_named_from_either_end_is_one_site():
    road = (Place(30, "Dunmore-Kessel Road", "site", 30.2, 67.1), *QUETTA)
    reversed_name = (Place(31, "Kessel-Dunmore Road", "site", 30.2, 67.1), *QUETTA)
    points, reason = matching.place_evidence(facts(2, places=reversed_name), facts(1, places=road))
    assert points == matching.INCIDENT_PLACE_SAME and "name one site" in reason
    # Same day, same kind, same toll: one event.
    evidence = matching.score_incidents(
        facts(2, places=reversed_name, fatalities=2), facts(1, places=road, fatalities=2)
    )
    assert matching.verdict(evidence) == MERGE
    # Other words are another road.
    other = (Place(32, "Kessel-Marrow Road", "site", 30.2, 67.1), *QUETTA)
    assert matching.place_evidence(facts(2, places=other), facts(1, places=road))[1] != reason


def test_an_undated_reports_own_day_at_one_named_site_is_enough_like_one_town_on_one_day():
    # DAY is a Tuesday; the undated report has no publication day, and tells only the weekday.
    dated = facts(1, places=MARKET, fatalities=3)

    def undated(words, places=MARKET):
        return facts(2, start=None, end=None, precision="", date_text=words, places=places, fatalities=3)

    evidence = matching.score_incidents(undated("on Tuesday"), dated)
    assert evidence.timeless and evidence.at_one_site and matching.verdict(evidence) == MERGE
    # A day of the month without its year, the other's day: the same.
    assert matching.verdict(matching.score_incidents(undated("4 March"), dated)) == MERGE
    # No day words, or another weekday: nothing ties it to the day.
    assert matching.verdict(matching.score_incidents(undated(""), dated)) != MERGE
    assert matching.verdict(matching.score_incidents(undated("on Friday"), dated)) != MERGE
    # A whole town sees many events of one kind: the weekday alone does not make it one of them.
    town = matching.score_incidents(undated("on Tuesday", QUETTA), facts(1, fatalities=3))
    assert not town.at_one_site and matching.verdict(town) == FLAG


def test_two_counts_published_the_same_day_compare_the_same_whichever_report_came_first():
    # Both published the day after the event (first counts): the lower is taken as the earlier, in either order.
    morning = DAY + dt.timedelta(days=1)
    first_count = facts(1, fatalities=2, first_published=morning)
    fuller = facts(2, fatalities=28, first_published=morning)
    assert matching.toll_evidence(fuller, first_count) == matching.toll_evidence(first_count, fuller)
    high_first, low_second = (
        facts(5, fatalities=28, first_published=morning),
        facts(6, fatalities=2, first_published=morning),
    )
    assert matching.toll_evidence(high_first, low_second)[0] == matching.INCIDENT_TOLL_ROSE
    # Far apart and neither a first count nor within five-fold: still against, in either order.
    weeks_later = DAY + dt.timedelta(days=20)
    low = facts(1, fatalities=2, first_published=weeks_later)
    high = facts(2, fatalities=28, first_published=weeks_later)
    assert matching.toll_evidence(high, low)[0] == matching.toll_evidence(low, high)[0] == matching.INCIDENT_TOLL_APART
