"""The words free-text search matches for an incident (`Incident.search_text`).

One rule, used by ingestion, analysts' edits, alias additions and merges: the
summary, the targets in words, every linked group's and person's name with all
their aliases, and the place with every place above it.
"""

from collections.abc import Iterable

from django.db.models import Prefetch

from incidents.models import Group, Incident, Person


def compose_search_text(summary: str, targets: Iterable[str], names: Iterable[str], places: Iterable[str]) -> str:
    words = [summary, *targets, *names, *places]
    return " ".join(dict.fromkeys(w.strip() for w in words if w and w.strip()))


def incident_search_text(incident: Incident) -> str:
    """Gather the words from the database (three queries plus the place chain)."""
    names: list[str] = []
    with_aliases = Prefetch("aliases")
    for record in (
        *Group.objects.filter(incident_roles__incident=incident).prefetch_related(with_aliases).distinct(),
        *Person.objects.filter(incident_roles__incident=incident).prefetch_related(with_aliases).distinct(),
    ):
        names.append(record.name)
        names.extend(alias.name for alias in record.aliases.all())
    places = []
    place = incident.location
    while place is not None and len(places) < 6:
        places.append(place.name)
        place = place.parent
    return compose_search_text(incident.summary, incident.targets or [], names, places)


_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s")


def word_stem(word: str) -> str:
    """A word's stem for substring search where PostgreSQL's English stemmer is not at hand (SQLite).

    Strips the common inflections ("beheaded", "beheading" -> "behead"; "bombings" -> "bomb") so a
    substring match on the stem finds every form; short words are left whole.
    """
    word = word.lower()
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4:
            if stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # "running" -> "run", but "killing" -> "kill"
            return stem
    return word
