"""Which stored sentence supports which fact of an incident, for the incident page.

Extraction stores, per source, the sentences an incident was read from (IncidentSource.evidence)
and where each group, person and place was named (Mention). A field's quote is the evidence
sentence that carries it: the date words, the toll words, a mention of the place or group. The
type has no words of its own: it was read from the incident's lead sentence (its summary).

A field an analyst changed by hand has no quote: the extracted sentence said something else.
The page says so rather than showing a sentence that no longer supports the value.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from incidents.choices import ActorRole
from incidents.models import IncidentActor, IncidentPerson, Mention
from incidents.services.annotations import HAND_EDIT_REASON

# The change reasons of an analyst's own edits (annotations.incident_update, history.revert_to).
HAND_REASON_PREFIXES = (HAND_EDIT_REASON, "Reverted to")

# Each scalar fact and the incident fields an analyst edit of it changes.
SCALAR_FIELDS = {
    "type": ("type",),
    "date": ("date_start", "date_end", "date_precision"),
    "place": ("location",),
    "fatalities": ("fatalities", "fatalities_text"),
    "targets": ("targets",),
}
MAX_QUOTES = 3  # per item: a fact told by many sources needs no more to be checked


@dataclass(frozen=True)
class Quote:
    text: str
    source: object
    start: int
    end: int


@dataclass
class Item:
    """One value of a field (a group, a person, a target's words; "" for a single-valued field)."""

    label: str = ""
    quotes: list[Quote] = field(default_factory=list)
    by_hand: bool = False


@dataclass
class FieldEvidence:
    key: str
    items: list[Item] = field(default_factory=list)

    @property
    def quoted(self) -> bool:
        return any(item.quotes for item in self.items)


def _sentences(link) -> list[tuple[int, int, str]]:
    out = []
    for item in link.evidence or []:
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError):
            continue
        text = link.source.text[start:end]
        if text:
            out.append((start, end, text))
    return out


def _containing(sentences, words: str) -> list[tuple[int, int, str]]:
    words = (words or "").strip().casefold()
    return [s for s in sentences if words and words in s[2].casefold()] if words else []


def _around(sentences, spans) -> list[tuple[int, int, str]]:
    """The sentences holding any of the (start, end) spans."""
    return [s for s in sentences if any(s[0] <= start and end <= s[1] for start, end in spans)]


def hand_edited_fields(incident) -> set[str]:
    """The scalar facts (keys of SCALAR_FIELDS) an analyst changed, from the incident's history (one query)."""
    names = sorted({name for fields in SCALAR_FIELDS.values() for name in fields})
    versions = incident.history.order_by("history_date", "history_id").values("history_change_reason", *names)
    changed, previous = set(), None
    for version in versions:
        reason = version["history_change_reason"] or ""
        if previous is not None and reason.startswith(HAND_REASON_PREFIXES):
            changed.update(name for name in names if version[name] != previous[name])
        previous = version
    return {key for key, fields in SCALAR_FIELDS.items() if changed.intersection(fields)}


def incident_evidence(incident, links, actors, person_roles) -> dict[str, FieldEvidence]:
    """{field key: FieldEvidence} for type, date, place, fatalities, perpetrators, targets, persons.

    A fixed number of queries: the incident's history, the mentions of its records in its
    sources, and which of its links an analyst added.
    """
    per_source = [(link, _sentences(link)) for link in links]
    group_ids = {a.group_id for a in actors}
    person_ids = {p.person_id for p in person_roles}
    spans = defaultdict(list)  # (kind, record id, source id) -> [(start, end)]
    if per_source:
        named = Q(group_id__in=group_ids) | Q(person_id__in=person_ids)
        if incident.location_id:
            named |= Q(location_id=incident.location_id)
        mentions = Mention.objects.filter(named, source_id__in=[link.source_id for link in links]).order_by()
        for group_id, person_id, location_id, source_id, start, end in mentions.values_list(
            "group_id", "person_id", "location_id", "source_id", "start", "end"
        ):
            key = ("group", group_id) if group_id else ("person", person_id) if person_id else ("place", location_id)
            spans[(*key, source_id)].append((start, end))
    by_hand = hand_edited_fields(incident)
    added_groups = set(
        IncidentActor.history.filter(
            incident_id=incident.pk, history_type="+", history_change_reason=HAND_EDIT_REASON
        ).values_list("group_id", "role")
    )
    added_persons = set(
        IncidentPerson.history.filter(
            incident_id=incident.pk, history_type="+", history_change_reason=HAND_EDIT_REASON
        ).values_list("person_id", "role")
    )

    def quotes(find) -> list[Quote]:
        found, seen = [], set()
        for link, sentences in per_source:
            for start, end, text in find(link, sentences):
                if (link.source_id, start) not in seen:
                    seen.add((link.source_id, start))
                    found.append(Quote(text, link.source, start, end))
        return found[:MAX_QUOTES]

    def scalar(key, find) -> FieldEvidence:
        if key in by_hand:
            return FieldEvidence(key, [Item(by_hand=True)])
        return FieldEvidence(key, [Item(quotes=quotes(find))])

    def mentioned(kind, record_id, name):
        def find(link, sentences):
            return _around(sentences, spans.get((kind, record_id, link.source_id), [])) or _containing(sentences, name)

        return find

    evidence = {
        "type": scalar("type", lambda link, sentences: sentences[:1]),
        "date": scalar("date", lambda link, sentences: _containing(sentences, link.date_text or incident.date_text)),
        "place": scalar(
            "place",
            mentioned("place", incident.location_id, incident.location.name if incident.location else ""),
        ),
        "fatalities": scalar(
            "fatalities",
            lambda link, sentences: _containing(sentences, link.fatalities_text or incident.fatalities_text),
        ),
    }
    for key, role in (("perpetrators", ActorRole.PERPETRATOR), ("targets", ActorRole.TARGET)):
        items = []
        for actor in actors:
            if actor.role == role:
                found = quotes(mentioned("group", actor.group_id, actor.group.name))
                hand = not found and (actor.group_id, role) in added_groups
                items.append(Item(actor.group.name, found, hand))
        evidence[key] = FieldEvidence(key, items)
    for words in incident.targets or []:
        # Words an analyst kept from the extraction are still found in its sentences.
        found = quotes(lambda link, sentences, w=words: _containing(sentences, w))
        evidence["targets"].items.append(Item(str(words), found, not found and "targets" in by_hand))
    evidence["persons"] = FieldEvidence(
        "persons",
        [
            Item(
                link.person.name,
                found := quotes(mentioned("person", link.person_id, link.person.name)),
                not found and (link.person_id, link.role) in added_persons,
            )
            for link in person_roles
        ],
    )
    return evidence


def supporting_spans(evidence: dict[str, FieldEvidence]) -> dict[int, dict[tuple[int, int], list[str]]]:
    """{source id: {(start, end): [field keys]}}: the sentences to highlight, and what each supports."""
    out = defaultdict(lambda: defaultdict(list))
    for key, fact in evidence.items():
        for item in fact.items:
            for quote in item.quotes:
                keys = out[quote.source.pk][(quote.start, quote.end)]
                if key not in keys:
                    keys.append(key)
    return out
