"""Plain data passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import GroupRecord, PlaceRecord


@dataclass
class Mention:
    """A stretch of text that names something."""

    start: int
    end: int
    text: str
    kind: str  # group | place | person | site | region | generic_force
    sentence: int
    folded: str = ""
    groups: list[GroupRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    place_hint: str | None = None  # kind of place the words around it say (admin1, admin2, city)
    force: str | None = None  # army | police: for generic force mentions
    country_hint: str | None = None  # from a demonym ("Pakistani forces")
    ner: str = ""  # spaCy's entity label on the first word, if any
    # A state named only from abroad ("Ruritanian officials said"): its government unless it is the story's own
    abroad_only: bool = False
    # gazetteer | acronym | ner | pattern | title | generic | dateline | headline | metonymy (a capital as its state)
    source: str = "gazetteer"
    # What the mention names, once the places and entities components have decided (None: not that).
    place: Place | None = field(default=None, compare=False, repr=False)
    group: Group | None = field(default=None, compare=False, repr=False)
    person: Person | None = field(default=None, compare=False, repr=False)
    # A site named after a listed town ("the Alder police station"): the town's own mention, which the site's
    # longer span took, kept so that the site hangs under that town.
    town: Mention | None = field(default=None, compare=False, repr=False)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class AliasLink:
    """Two spans that the text says name the same thing ("Long Name (ACR)", "X, also known as Y")."""

    main: Mention
    alias: Mention
    how: str  # acronym | alias


@dataclass
class Group:
    key: str
    name: str
    kind: str
    record: GroupRecord | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    parent: Group | None = None
    country: str = ""
    force: str | None = None  # army | police for national forces found from generic words


@dataclass
class Person:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    origin: str | None = None
    fate: str | None = None
    role_words: str | None = None
    affiliation: Group | None = None
    is_source: bool = False  # a spokesman or witness quoted, not a party to the events


@dataclass
class Place:
    key: str
    name: str
    kind: str
    country: str | None
    record: PlaceRecord | None = None
    parent: Place | None = None
    latitude: float | None = None
    longitude: float | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def gazetteer_id(self) -> int | None:
        return self.record.id if self.record else None


@dataclass
class Incident:
    sentences: list[int]
    type: str = "other_violence"
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_end: str | None = None
    location: Place | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    injured: int | None = None
    injured_text: str | None = None
    perpetrators: list[Group] = field(default_factory=list)
    perpetrator_unknown: bool = False
    targets: list[str] = field(default_factory=list)
    persons: list[tuple[Person, str]] = field(default_factory=list)
    summary: str = ""
    confidence: float = 0.5
    # sentence index -> (start, end, inside): this incident is told only inside (or only outside) that clause of
    # the sentence (segmentation: a clause telling another event)
    clauses: dict[int, tuple[int, int, bool]] = field(default_factory=dict)

    def told_inside_clause(self, index: int) -> bool:
        """Is this incident told only inside a clause of sentence `index` ("..., which came after gunmen killed
        two")?"""
        return index in self.clauses and self.clauses[index][2]
