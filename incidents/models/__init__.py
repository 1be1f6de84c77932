"""The domain: where things happened, who did them, to whom, and where it was read."""

from incidents.models.evidence import Mention
from incidents.models.groups import Group, GroupAlias
from incidents.models.incidents import Incident, IncidentActor, IncidentPerson, IncidentSource
from incidents.models.live import Feed, FeedItem, IngestJob
from incidents.models.locations import Location, LocationName
from incidents.models.merges import MergeRecord, NotSamePair
from incidents.models.notes import Note
from incidents.models.persons import Affiliation, Person, PersonAlias
from incidents.models.sources import Source

__all__ = [
    "Affiliation",
    "Feed",
    "FeedItem",
    "Group",
    "GroupAlias",
    "Incident",
    "IngestJob",
    "IncidentActor",
    "IncidentPerson",
    "IncidentSource",
    "Location",
    "LocationName",
    "Mention",
    "MergeRecord",
    "Note",
    "NotSamePair",
    "Person",
    "PersonAlias",
    "Source",
]
