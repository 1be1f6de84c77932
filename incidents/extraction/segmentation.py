"""Segmentation: which sentences tell the same violent event (what each says: sentence_facts.py).

A sentence with an event word (or a casualty count) opens a new incident when it
brings a date that does not fit the current one, a toll in an unrelated place, or
starts with "Separately" (or is a roundup's next item: "In X, ...", "In addition, ..." at a place apart or with a
toll of its own; or tells people arrested at a place apart from the event told); otherwise it joins the current
incident, as do the sentences of details, claims and reactions that follow. Aggregate statistics
("attacks rose 74%", "29 killed since January") and claims by the attackers never
give an incident or a count. An event the story "came days after" is told in passing:
its clause is an incident of its own, and the lines after it go on about the story
(unless they name whom only that clause named). A sentence the trained classifier reads
as an incident (SentenceFacts.told_by_model) opens the story's first incident even when
its words are weak.

This module holds the loop (segment) and the incidents of a sentence listing several events' places; what it reads
lives beside it: the words that open another event or point back at the one told, by kind (segmentation_openers.py),
date helpers (segmentation_dates.py), where a line places its event and how places relate (segmentation_places.py),
the incident open and what it has told (segmentation_open.py), the tests of one line against it
(segmentation_lines.py) and events told inside a sentence (segmentation_clauses.py).
"""

from __future__ import annotations

from .dates import SPAN
from .model import Incident
from .segmentation_clauses import (
    claimed_deed,
    clause_incident,
    clause_told_again,
    deed_told_again,
    deed_toll_told,
    join_deed,
    other_event_clause_facts,
    passing_clause,
    undated_other_event,
    without_clause,
)
from .segmentation_dates import (
    date_value,
    dates_compatible,
    fits,
    lead_date,
    long_before,
    long_span,
    other_weekday,
    passing_date,
    undated_incident_date,
)
from .segmentation_lines import (
    HEADING_ITEM,
    acted_apart,
    capture_elsewhere,
    dated_back,
    dated_placed_event,
    dates_undated_event,
    follow_up,
    heading_line,
    points_at_that_event,
    points_back,
    raid_sentence,
    retells_toll,
    roundup_item,
    roundup_next_item,
    struck_apart,
    struck_elsewhere,
    tells_several,
    told_apart_on_its_own,
    told_by_a_past_time,
    toll_of_told_event,
    update_labels,
)
from .segmentation_open import Open, kinds, named_places, strong_labels, told_counts_of
from .segmentation_openers import (
    ALSO_KILLED,
    ANOTHER_VICTIM,
    DATE_OPENS_BEFORE,
    DAY_OPENER,
    EARLIER_OPENER,
    LIST_HEADER,
    NEW_EVENT_OPENERS,
    OCCURRED,
    OTHER_EVENT,
    PASSING_EARLIER,
    PAST_TIME_OPENER,
    PLURAL_EVENT,
    REPORTED_AFTER,
    SAME_EVENT,
    SEVERAL_PLACES,
    SOON_AFTER,
    STRUCK_MORE,
    TOLL_UPDATE,
    TWIN_PARTS,
)
from .segmentation_places import event_places, list_of_places, part_of_the_told_town, related, same_place, within
from .sentence_facts import MODEL_INCIDENT, NO_CLAIM, SentenceFacts, event_parts
from .vocabulary import WHERE_THE_BOMB_WENT_OFF

# The names incidents.py, incident_types.py, scripts and tests import from here (each lives in the module above that
# it is imported from)
__all__ = [
    "ALSO_KILLED",
    "DATE_OPENS_BEFORE",
    "DAY_OPENER",
    "NEW_EVENT_OPENERS",
    "OTHER_EVENT",
    "PASSING_EARLIER",
    "SAME_EVENT",
    "SEVERAL_PLACES",
    "SOON_AFTER",
    "STRUCK_MORE",
    "TOLL_UPDATE",
    "Open",
    "dates_compatible",
    "event_places",
    "follow_up",
    "kinds",
    "lead_date",
    "passing_date",
    "raid_sentence",
    "related",
    "segment",
    "strong_labels",
    "undated_incident_date",
    "within",
]


CAPTION_PREFIX = 60  # characters two tellings of one sentence share at least


def _told_again_later(facts: list[SentenceFacts], body_start: int) -> set[int]:
    """Sentences that a later sentence repeats with other words at its end ("A car bomb exploded in X, injuring
    four - Copyright AFP", then the same sentence in the story with its source): a photo caption or teaser."""
    seen: dict[str, SentenceFacts] = {}
    out = set()
    for sentence in facts:
        if sentence.end <= body_start:
            continue
        words = " ".join(sentence.text.split()).lower()
        if len(words) <= CAPTION_PREFIX:
            continue
        earlier = seen.get(words[:CAPTION_PREFIX])
        if earlier is not None and " ".join(earlier.text.split()).lower() != words:
            out.add(earlier.index)
        seen[words[:CAPTION_PREFIX]] = sentence
    return out


def segment(facts: list[SentenceFacts], body_start: int, published: str | None = None) -> list[Incident]:
    """Group sentences into incidents (see the module docstring)."""
    opened: list[Open] = []
    current: Open | None = None
    last: Open | None = None  # the incident the previous sentence went to
    listing = False  # after a roundup's header line, each eventful line is an event of its own
    headings = False  # after a line introducing a list of attacks, each dated heading line opens one
    summary: Open | None = None  # the incident whose lead tells several events, while its items are told
    told: set[str] = set()  # the sentences read so far, to pass over a page's repeated paragraphs and captions
    captions = _told_again_later(facts, body_start)
    by_index = {f.index: f for f in facts}
    clauses: dict[int, tuple[int, int]] = {}  # sentences whose clause tells another event
    background: list[Open] = []  # the incidents those clauses open
    # A sentence that tells several events one after the other ("In X gunmen killed five, while in Y two soldiers
    # died"): its first part is read as a sentence, each later part opens an incident of its own.
    sequence: list[SentenceFacts] = []
    later_parts: dict[int, tuple[int, int]] = {}  # id of a later part's facts: its characters
    split: dict[int, int] = {}  # sentence index: where its second part starts
    # The event told in passing by the sentence before ("came days after X attacked Y"), while the event told goes
    # on: (that event, the passing one, the groups only the passing clause named).
    aside: tuple[Open, Open, set[int]] | None = None
    # A past event the sentence before told in passing (a clause of its own, or a line of a year or months before),
    # while the event told goes on: (that event, the past one, the index of the sentence that told it).
    past: tuple[Open, Open, int] | None = None
    # The deeds arrest clauses told ("police arrested a man who shot three in X"), with the tolls told of them
    deeds: list[tuple[Open, set[int]]] = []
    for sentence in facts:
        parts = event_parts(sentence) if sentence.end > body_start else []
        if not parts:
            sequence.append(sentence)
            continue
        split[sentence.index] = parts[1][0]
        sequence.append(sentence.within(parts[1][0], sentence.end, False))
        # "..., and four in Y": a count whose noun the part leaves out is the sentence's too
        sentence.counts[:] = sorted((c for _, _, part in parts for c in part.counts), key=lambda c: c.start)
        for a, b, part in parts[1:]:
            later_parts[id(part)] = (a, b)
            sequence.append(part)
    for sentence in sequence:
        if sentence.end <= body_start:
            continue  # a headline line before the dateline repeats the story
        words = " ".join(sentence.text.split()).lower()
        if sentence.index in captions:
            continue  # a caption the story tells again below, with a credit after it: the story's telling counts
        if id(sentence) in later_parts:
            incident = Incident([sentence.index])
            incident.clauses[sentence.index] = (*later_parts[id(sentence)], True)
            date = next((d for d in sentence.dates if d.value), None)
            if date is not None:
                value, precision = date_value(date, last.incident if last else None, sentence.text)
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            elif last is not None and last.incident.date:
                # the same telling: the day of the part before, unless the part names its own
                incident.date, incident.date_precision = last.incident.date, last.incident.date_precision
                incident.date_text = last.incident.date_text
            current = last = Open(incident, strong_labels(sentence), incident.date or published, event_places(sentence))
            opened.append(current)
            continue
        if len(words) > 40 and words in told:
            continue  # the same paragraph again (a repeated caption or block): it tells nothing new
        told.add(words)
        if sentence.eventful and sentence.counts and LIST_HEADER.search(sentence.text) and current is None:
            listing = True
            continue
        if LIST_HEADER.search(sentence.text) and PLURAL_EVENT.search(sentence.text) and not sentence.counts:
            # "Below, a look back at earlier bombings in X:": the headings below it name one attack each
            headings = True
            continue
        if sentence.claimed_deed is not None:
            # "In 2019 the group claimed responsibility for a raid on a convoy ..., killing 27": the deed is an event of
            # its own when its time is another than the event told; the claim itself goes on about the event told.
            a, b = sentence.claimed_deed
            deed = claimed_deed(sentence, current, opened, background)
            if deed is None:
                # it may be the event told: the deed's counts stay out of it, as any claim's do
                sentence.counts[:] = [c for c in sentence.counts if not a <= c.start < b]
            else:
                background.append(deed)
                clauses[sentence.index] = (a, b)
                sentence = sentence.within(a, b, False)
        inner = other_event_clause_facts(sentence, current, published, opened + background, by_index)
        again = clause_told_again(sentence, background) if inner is None else None
        if again is not None:
            # "... after lawyer X was shot dead earlier on Monday", told again after a caption told it: the clause
            # goes to the event its first telling opened, the rest of the sentence goes on as usual.
            clauses[sentence.index] = sentence.clause
            again.incident.sentences.append(sentence.index)
            again.incident.clauses[sentence.index] = (*sentence.clause, True)
            sentence = sentence.part(False)
        if inner is not None:
            # "..., which houses the tomb of a colonel killed in 2017 in an air strike in X": the clause is an
            # event of its own, with its own date, place and toll; the rest of the sentence goes on as usual.
            clauses[sentence.index] = sentence.clause
            deed = deed_told_again(inner, deeds)
            if deed is not None:
                # "Two men accused of killing three in X were arrested", after "police arrest two men accused in an
                # attack that killed three": the deed an arrest clause told, told again
                join_deed(deed, inner, sentence.clause, current)
            else:
                told_deed = clause_incident(inner, current, sentence.clause, published)
                background.append(told_deed)
                past = (current, told_deed, sentence.index)
                if sentence.clause_arrest:
                    deeds.append((told_deed, {c.value for c in inner.kills if c.value > 0}))
            sentence = sentence.part(False)
        if aside is not None and aside[0] is not current:
            aside = None  # another event is told now
        named = {id(group) for _, group in sentence.groups}
        if (
            aside is not None
            and inner is None
            and again is None
            and (named & aside[2] or points_at_that_event(sentence, current))
        ):
            # "This comes days after the group attacked soldiers of X in Y. Three X soldiers died ...", "That clash
            # left ...": a line that names whom only the event told in passing named, or points at it, goes on
            # about that event. (The rule below reads the same pointer; the two stay apart: this one holds for every
            # line while the event told stays the same and also matches by the groups named, the one below only for
            # the line right after a past event told in a clause or a line of its own.)
            aside[1].incident.sentences.append(sentence.index)
            continue
        if (
            past is not None
            and past[0] is current
            and sentence.index == past[2] + 1
            and inner is None
            and again is None
            and points_at_that_event(sentence, current)
        ):
            # "... reminiscent of an attack at a shrine in X late last year. At least 45 were killed in that attack":
            # the line right after a past event told in passing, pointing at it, goes on about that event.
            past[1].incident.sentences.append(sentence.index)
            continue
        deed = deed_toll_told(sentence, deeds, current, published) if inner is None and again is None else None
        if deed is not None:
            # "Nine pupils and 14 teachers died Monday when gunmen stormed a school" after "two men are held over
            # the school raid that killed 23": the toll of the deed the arrest clause told, told again
            join_deed(deed, sentence, None, current)
            last = deed[0]
            continue
        told_in_passing = False
        # "The attack came a day after the army chief met commanders": a time told by a happening that is no event
        passing_no_event = False
        earlier = PASSING_EARLIER.search(sentence.text) if current is not None and not sentence.claim else None
        if earlier is not None and earlier.group("unit") and inner is None and again is None:
            a, b = sentence.start + earlier.start(), sentence.end
            if a < split.get(sentence.index, a) < b:
                b = split[sentence.index]  # "came after X in A, 22 dead in B": the later parts are events of their own
            clause = sentence.within(a, b, True)
            passing_no_event = not (clause.strength >= 1 or clause.kills)
            if not passing_no_event:
                # "The raid came a day after gunmen ambushed a prison van near X": the clause tells an earlier event
                # in passing; the rest of the sentence, and the lines after it, go on about the event told.
                passed = passing_clause(sentence, clause, earlier, (a, b), current, background)
                told_groups = {
                    id(g) for i in current.incident.sentences if i in by_index for _, g in by_index[i].groups
                }
                aside = (current, passed, {id(g) for _, g in clause.groups} - told_groups)
                clauses[sentence.index] = (a, b)
                sentence = sentence.within(a, b, False)
                told_in_passing = True
        date = sentence.dates[0] if sentence.dates else None
        if passing_no_event and date is not None and date.value is None and date.text in earlier.group(0):
            date = None  # "came a day after the group announced a truce": the day of no event
        # "the previous October", "a day later": from the event told last, even a past one told in passing
        told_last = opened[-1].incident if opened else None
        value, precision = (
            date_value(date, told_last, sentence.text, current and current.reference) if date else (None, None)
        )
        # "Separately, a security source spoke of a toll of eight dead", "Meanwhile, the army chief said the dead
        # were all recruits": an opener before no event word and no toll but the one told is about the event told.
        opener = NEW_EVENT_OPENERS.search(sentence.text)
        day_opener = DAY_OPENER.search(sentence.text)
        if day_opener and sentence.claim:
            # "Later that day, the group claimed the blast": when the claim was made, not another event
            opener = None
        elif day_opener and not (
            sentence.reporting_dates
            or REPORTED_AFTER.match(sentence.text[day_opener.end() :])
            or TOLL_UPDATE.search(sentence.text)
        ):
            # (not "Also on Saturday, the ministry said ...": a report of that day; nor a later toll)
            opener = day_opener
        elif opener and current is not None and sentence.strength < 4:
            told_counts = told_counts_of(current, by_index)
            if not any(c.value > 0 and c.value not in told_counts for c in sentence.counts) and not acted_apart(
                sentence, current, opened, by_index
            ):
                # (but "Meanwhile, the Taliban attacked X and Y districts": an act at places apart is another event)
                opener = None
        if not opener and not sentence.claim and EARLIER_OPENER.match(sentence.text):
            # "Earlier, villagers said a drone strike had left two dead near the village of X": an act told as
            # earlier the same day, at a place apart from the event told, is an event of its own
            opener = EARLIER_OPENER.match(sentence.text) if acted_apart(sentence, current, opened, by_index) else None
        opener = opener or ANOTHER_VICTIM.match(sentence.text)
        earlier_time = not opener and told_by_a_past_time(sentence, date, value, current)
        if earlier_time:
            # "In January, raiders shot a headmaster dead", "Earlier this year, five chiefs were abducted": an act
            # told by a past time of its own at the line's start is an earlier event, not a detail of the one told
            opener = PAST_TIME_OPENER.match(sentence.text)
        heading = headings and date is not None and sentence.strength >= 1 and heading_line(sentence.text)
        if heading:
            # "Attack on a consulate, November 2018": an item of the list; the lines under it tell it
            opener = HEADING_ITEM.match(sentence.text)
        if (
            not opener
            and current is not None
            and date is not None
            and long_span(date)
            and sentence.strength >= 1
            and not SAME_EVENT.search(sentence.text)
            and not TOLL_UPDATE.search(sentence.text)
        ):
            # "Four months later, the mosque was bombed", "Two weeks later, a worker was shot": past attacks told one
            # after the other, each dated from the one before; a span of weeks or more is another event's time.
            opener = SPAN.match(date.text.strip())
        # "In a separate incident last month, three members died in a police raid": the opener says an event
        # is told, even when its words are weak.
        # (not when a clause of its own told that event: "came days after rebels hit X on Wednesday")
        passing = (
            bool(PASSING_EARLIER.search(sentence.text))
            and current is not None
            and not (told_in_passing or passing_no_event or inner is not None or again is not None)
        )
        # The other event needs something of its own (a day, a death, "took place") to be more than a comparison
        # (and the words of a clause told apart above are that clause's, not the rest's).
        rest = without_clause(
            sentence.text, sentence.start, clauses.get(sentence.index) if inner or told_in_passing else None
        )
        other_at = OTHER_EVENT.search(rest)
        other = (
            current is not None
            and other_at is not None
            # (or an act at a place apart: "in a separate incident, a man was shot in the head ... in X")
            and bool(
                value or sentence.kills or OCCURRED.search(rest) or acted_apart(sentence, current, opened, by_index)
            )
            # "the blast occurred after ... in a separate incident": told about the event already open
            and not points_back(sentence.text[: other_at.start()])
            # "The first bomb went off in the hall, followed by a second explosion": one twin attack
            and not TWIN_PARTS.search(sentence.text)
        )
        passing = passing or other
        opens = bool(opener or passing) and (sentence.strength >= 1 or other) and not sentence.claim
        opens = opens or earlier_time
        # The classifier's word opens the story's first incident; later, a sentence only it calls an incident is
        # a detail of the one told ("... their bodies were discovered on Tuesday"), not an event of its own day.
        eventful = sentence.eventful or (sentence.told_by_model and current is None)
        if not (eventful or (opens and not sentence.aggregate)):
            about_claims = sentence.claim or bool(NO_CLAIM.search(sentence.text))
            if last is not None and (not sentence.aggregate or about_claims):
                # Details follow the sentence before them, unless their date names another incident.
                target = last
                if value and not fits(value, last.reference, last.incident.date is not None):
                    target = next(
                        (o for o in opened if o.incident.date and dates_compatible(value, o.incident.date)), None
                    )
                    if target is None and (
                        (OCCURRED.search(sentence.text) and sentence.strength)
                        or dated_placed_event(sentence, date, value, precision, last.reference)
                    ):
                        # "That attack took place on Sunday evening near X": the event an earlier sentence only
                        # mentioned in passing ("a day after a gunman shot dead a motorist"), told now; "On Friday, in
                        # X, gunmen attacked a bus": a line the classifier reads as an event, with a day and a place of
                        # its own, is that event even when its words are weak.
                        incident = Incident([sentence.index])
                        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                        current = last = Open(incident, strong_labels(sentence), value, event_places(sentence))
                        opened.append(current)
                        continue
                    if target is None and sentence.claim and precision == "day" and event_places(sentence, False):
                        # "X claimed to have killed soldiers in Y on May 3": a claim of a deed on a day and in a
                        # place no event told has is about that deed, not the event told before it.
                        continue
                    target = target or last
                target.incident.sentences.append(sentence.index)
                last = target
                incident = target.incident
                if (
                    date is not None
                    and not value
                    and incident.date is None
                    and incident.date_text is None
                    and sentence.told_by_model
                    and len(incident.sentences) <= 2
                ):
                    # "At 18:10 on November 22, troops opened fire ...": the day the lead left out, in words
                    incident.date_text = date.text
                if (
                    value
                    and incident.date is None
                    and (
                        sentence.strength
                        # (a sentence, not a byline's date line: "March 9, 2022 11:40 am GMT")
                        or (len(incident.sentences) == 2 and precision == "day" and not heading_line(sentence.text))
                    )
                    and (len(incident.sentences) <= 2 or (incident.date_text is None and dated_back(sentence, date)))
                ):
                    # "Assailants raided the village on Tuesday night": the date the lead sentence left out (the line
                    # right after the lead dates it with no event word too: "The train was forced to stop on Monday").
                    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                    target.reference = value
            continue
        starts_new = current is None or bool(opener) or passing
        starts_new = starts_new or (listing and not SAME_EVENT.search(sentence.text))
        starts_new = starts_new or (other_weekday(date, current.incident) and not SAME_EVENT.search(sentence.text))
        here = event_places(sentence)
        # (current is open when starts_new is False)
        theirs = (
            current.places or named_places(current, by_index) if not starts_new and here and sentence.counts else []
        )
        if theirs:
            # "In Kaduna, bandits abducted 20 villagers": a new place unrelated to the current one, with its own toll
            # (with a day of its own too, when the event told gave none: "On Sunday, gunmen killed six in Y"; or the
            # same day, in a roundup of the day). An event no line placed "in X" is compared by the places it names.
            unrelated = all(not related(p, q) for p in here for q in theirs)
            starts_new = unrelated and not SAME_EVENT.search(sentence.text)
            if starts_new and (
                WHERE_THE_BOMB_WENT_OFF.search(sentence.text) or any(part_of_the_told_town(sentence, p) for p in here)
            ):
                # "Nine died near the X junction in the Y district of the capital, where the car blew up": a part of
                # the event told at a site of its own place (the gazetteer may not know the district is the city's)
                starts_new = False
        item = (
            not starts_new
            and summary is not None
            and (value is None or fits(value, summary.reference, summary.incident.date is not None))
            and roundup_item(sentence, summary, current, by_index)
        )
        if not starts_new and roundup_next_item(sentence, current, by_index):
            # "In X, a car bomb killed two", "In addition, a bomb went off in Y": the roundup's next item
            starts_new = True
        if not starts_new and told_apart_on_its_own(sentence, current, by_index):
            # "Three policemen were killed by a roadside bomb in X city": an act with dead of its own at a place
            # apart, called a town of its own, of another kind, or marked as another event
            starts_new = True
        if not starts_new and struck_apart(sentence, current, by_index):
            # "A suicide car bombing is underway in Y": an attack told at a place apart, with no toll of its own
            starts_new = True
        if item:
            # "Gunmen invaded three villages, killing ten. ... the bandits attacked X village and killed five": a
            # summary of several events, then one of them, smaller, at a place of its own (inside the summary's
            # province, or a village no gazetteer lists)
            starts_new = True
        if (
            not starts_new
            and date is not None
            and ALSO_KILLED.search(sentence.text)
            and any(c.value > 0 and c.value not in told_counts_of(current, by_index) for c in sentence.kills)
            and (date.text or "").lower() != (current.incident.date_text or "").lower()
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        ):
            # "Four guards also were killed on Saturday near the same town": more dead, at another time
            starts_new = True
        spree = not starts_new and struck_elsewhere(sentence, current, by_index)
        if spree:
            # "The gunmen moved on to X village and killed 13 more": the next item of a spree, at a place of its own
            # (on the spree's day, unless told)
            starts_new = True
        if (
            not starts_new
            and date is not None
            and undated_other_event(sentence, current, published, by_index, by_kind=False)
            and not toll_of_told_event(sentence)
            and not TOLL_UPDATE.search(sentence.text)
            and not sentence.claim
        ):
            # "In November, at least 55 were killed when ..." after "... killed 63 on Sunday" in a story with no
            # publication day: a calendar time the event told was not given, with dead of its own
            starts_new = True
        if not starts_new and raid_sentence(sentence) and "arrest_or_raid" not in current.labels and not sentence.claim:
            # "Hours later, police raided a house in X and arrested two suspects": the hunt for the attackers is
            # an event of its own, by other actors, whether or not it names another day.
            starts_new = True
        capture = not starts_new and not sentence.claim and capture_elsewhere(sentence, current, by_index)
        if capture:
            # "Four more people were detained in X, 10 km from Y": an arrest at a place of its own, after the attack
            # (or another arrest) told at Y, is an event of its own (the attack's day, unless told).
            starts_new = True
        pursuit = (
            not starts_new
            and "air_or_drone_strike" in strong_labels(sentence)
            and not (current.labels & {"air_or_drone_strike", "generic"})
            and current.labels
            and bool(current.places)
            and bool(event_places(sentence, listed=False))
            and all(p is not q for p in event_places(sentence, listed=False) for q in current.places)
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        )
        if pursuit:
            # "As the attackers pulled back, jets struck their convoy near X": a ground attack answered from the air
            # in another place is an event of its own, by other actors (the day of the attack, unless told).
            starts_new = True
        if (
            not starts_new
            and value
            and TOLL_UPDATE.search(sentence.text)
            and not (update_labels(sentence) - {"generic"})
        ):
            here_new = [p for p in here if not any(related(p, q) for q in current.places)]
            if not here_new:
                # "The death toll rose to 11 on Monday": the toll of the event told, on a later day.
                current.incident.sentences.append(sentence.index)
                last = current
                continue
        if (
            not starts_new
            and value
            and precision == "day"
            and current.incident.date is None
            and current.reference
            and value != current.reference
            and strong_labels(sentence)
            and current.labels
            and not (kinds(strong_labels(sentence)) & kinds(current.labels))
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        ):
            # "On Friday, troops fought heavy battles with ..." after a drone strike reported on Saturday: another
            # kind of event on another day (a suicide bombing is a kind of bombing).
            starts_new = True
        if not starts_new and value and not fits(value, current.reference, current.incident.date is not None):
            earlier = next(
                (
                    o
                    for o in opened
                    if o is not current and o.incident.date and dates_compatible(value, o.incident.date)
                ),
                None,
            )
            if earlier is not None and (sentence.strength < 4 or not sentence.counts):
                # "...helped plant the explosives used in Sunday's blast": about an earlier event and this one.
                earlier.incident.sentences.append(sentence.index)
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            if follow_up(sentence, current):
                # "Pamphlets found on Sunday said the blast was revenge": a later day, the same event.
                current.incident.sentences.append(sentence.index)
                last = current
                if dates_undated_event(sentence, date, value, current):
                    # "The ambush in X took place in March 2019": the event the story left undated, dated now
                    incident = current.incident
                    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                    current.reference = value
                continue
            if retells_toll(sentence, current, by_index):
                # "Officials first said 38 had died, but on Sunday the toll of the attack was put at 63": the event
                # told, its toll told again on a later day
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            starts_new = True
        if not starts_new and not value and current is not None and strong_labels(sentence):
            # "The blast occurred near a culvert": the event word of an earlier incident, not of this one.
            earlier = next((o for o in opened if o is not current and strong_labels(sentence) <= o.labels), None)
            # "... attacked a checkpoint in Z" after an event told in Z's province: the event told, by its place
            placed_here = any(related(p, q) for p in here for q in current.places)
            if earlier is not None and not (strong_labels(sentence) & current.labels) and not placed_here:
                earlier.incident.sentences.append(sentence.index)
                last = earlier
                continue
        if not starts_new and not value and sentence.strength < 4 and last is not current:
            # Only a count ("The three injured were airlifted ..."): a detail of the sentence before.
            last.incident.sentences.append(sentence.index)
            continue
        if starts_new:
            incident = Incident([sentence.index])
            if value:
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                incident.date_end = date.date_end
            elif date is not None:
                incident.date_text = date.text  # no publication date: the words stay, the date does not
            if (
                incident.date is None
                and current is not None
                and current.incident.date
                and SOON_AFTER.search(sentence.text)
            ):
                # "Hours later, ...", "Later that day, ...": the day of the event told before.
                previous = current.incident
                incident.date, incident.date_precision = previous.date, previous.date_precision
                incident.date_text = SOON_AFTER.search(sentence.text).group(0)
            if item and incident.date is None and summary.incident.date:
                incident.date, incident.date_precision = summary.incident.date, summary.incident.date_precision
                incident.date_text = summary.incident.date_text
            if (pursuit or spree or capture) and incident.date is None and current.incident.date:
                incident.date, incident.date_precision = current.incident.date, current.incident.date_precision
            reported = next((d.value for d in sentence.reporting_dates if d.value), None)
            new = Open(incident, strong_labels(sentence), incident.date or reported or published, here)
            opened.append(new)
            if (
                current is not None
                and not heading
                and long_before(incident.date, incident.date_precision, current.reference)
            ):
                # "The group was behind the 2002 bombings in X": a past event told in passing; the lines after it
                # go on about the event told before it
                past = (current, new, sentence.index)
                continue
            if not item:
                summary = new if tells_several(sentence) else None
            current = last = new
            continue
        incident = current.incident
        incident.sentences.append(sentence.index)
        current.places += here
        last = current
        if not current.labels:
            current.labels = strong_labels(sentence)
        if date is not None and not value and incident.date is None and incident.date_text is None:
            incident.date_text = date.text  # "on Saturday" without a publication date: the words stay
        if value and (incident.date is None or (incident.date_precision != "day" and precision == "day")):
            incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            incident.date_end = date.date_end
            current.reference = value
    for o in opened:
        for index in o.incident.sentences:
            if index in clauses and not (index in split and o.incident.told_inside_clause(index)):
                # (a later part of the sentence keeps its own characters)
                o.incident.clauses[index] = (*clauses[index], False)
            elif index in split and index not in o.incident.clauses:
                o.incident.clauses[index] = (split[index], by_index[index].end, False)
    opened += _listed_place_incidents(facts, body_start, opened, published)
    # each clause's event after the incidents opened by the same sentence or before it
    ordered = sorted(opened + background, key=lambda o: (o.incident.sentences[0], o in background))
    return [o.incident for o in ordered]


def _listed_place_incidents(
    facts: list[SentenceFacts], body_start: int, opened: list[Open], published: str | None
) -> list[Open]:
    """One incident per place of a sentence that lists separate events' places, each with the sentence's date and
    its place set (the toll is the list's, not one place's); a place the sentence's own incident is at is left to
    it."""
    out = []
    by_index = {f.index: f for f in facts}
    for sentence in facts:
        if sentence.end <= body_start or sentence.clause is not None:
            continue  # (a claim's deeds are events too: "attacks in X and Y claimed by Z")
        told = sentence.eventful or sentence.probability is None or sentence.probability >= MODEL_INCIDENT
        if not (told or any(d.value for d in sentence.dates)):
            # "an insurgency that grew, with attacks in X and Y": a campaign's places, no event told (unless dated:
            # "in 2019 they took part in attacks in X and Y")
            continue
        listed, later_form = list_of_places(sentence)
        if not listed:
            continue
        own = [o for o in opened if o.incident.sentences[0] == sentence.index]
        theirs = [p for o in own for p in o.places]
        # "Coordinated attacks struck the cities of X and Y", then the story of both with no line opening an event of
        # its own after it: a lead at the listed places only (not "in Z, a week after attacks in X and Y": the list
        # told in passing; nor a lead whose story opens other events, which the list is left to)
        lead_of_the_list = (
            len(own) == 1
            and len(own[0].incident.sentences) > 1
            and not any(o.incident.sentences[0] > sentence.index for o in opened)
            and all(any(related(p, q) for q in listed) for p in theirs)
        )
        # "Explosions in X and Y in May": an incident told in passing that holds every listed place
        told_in_passing = (
            len(own) == 1
            and own[0].incident.sentences == [sentence.index]
            and all(any(related(p, q) for q in theirs) for p in listed)
        )
        # (an incident holding the line with no place yet, "Meanwhile, militants attacked X and Y", or a lead told
        # with no place before "The attacks took place in X and in Y": the place it will take is the list's first)
        unplaced = (
            later_form and not theirs and any(sentence.index in o.incident.sentences and not o.places for o in opened)
        )
        if lead_of_the_list or told_in_passing or unplaced:
            theirs = [listed[0]]  # it keeps the first place; each other place opens its own
        date = next((d for d in sentence.dates if d.value), None)
        # "The next day, in a string of attacks in X and Y": the day after the list told just before
        before = next((o.incident for o in out if o.incident.sentences[0] == sentence.index - 1), None)
        # (an item the story told apart after the list, "In Y, ...", is the event at its place)
        items = [p for o in opened if o.incident.sentences[0] > sentence.index for p in o.places]
        # (the place of an incident opened by an earlier line: the list tells that event again, "The attacks took
        # place in X and in Y" after a lead at X, or a quote repeating the list)
        earlier = [
            q
            for o in (opened + out if later_form else [])
            for i in o.incident.sentences
            if i < sentence.index and i in by_index
            for _, q in by_index[i].places
            if any(q is r for r in o.places)
        ]
        for place in listed:
            if any(related(place, q) for q in theirs + items) or any(
                same_place(place, q) or place.name.lower() == q.name.lower() for q in earlier
            ):
                continue
            incident = Incident([sentence.index], location=place)
            if date is not None:
                value, precision = date_value(date, None, sentence.text)
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            elif sentence.dates and before is not None and before.date:
                incident.date, incident.date_precision = before.date, before.date_precision
                incident.date_text = sentence.dates[0].text
            out.append(Open(incident, strong_labels(sentence), incident.date or published, [place]))
    return out
