"""Records for merge tests, built directly with the ORM."""

import hashlib
import itertools

import pytest
from django.contrib.contenttypes.models import ContentType

from incidents.choices import ActorRole, IncidentType, PersonRole
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Mention,
    Note,
    NotSamePair,
    Person,
    PersonAlias,
    Source,
)

# Every table a merge may touch; `table_state` reads them all.
MERGE_TABLES = (
    Group,
    GroupAlias,
    Person,
    PersonAlias,
    Affiliation,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Mention,
    Note,
    NotSamePair,
)
# The survivor is saved by the merge and by the un-merge, so its modification time moves;
# search_text is derived data that merges rebuild (tests build incidents without it), and the
# search vector follows it (tests/matching/test_search_vector.py checks the vector).
IGNORED_COLUMNS = {"updated_at", "search_text", "search_vector"}

_counter = itertools.count(1)


def table_state() -> dict[str, list[dict]]:
    """Every row of every merge table, as plain values, for before/after comparisons."""
    return {
        model._meta.label: [
            {key: value for key, value in row.items() if key not in IGNORED_COLUMNS}
            for row in model._base_manager.order_by("pk").values()
        ]
        for model in MERGE_TABLES
    }


def make_source(text="Report text mentioning Daesh-K and Abu Omar.") -> Source:
    text = f"{text} #{next(_counter)}"
    return Source.objects.create(title="A report", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def make_incident(**fields) -> Incident:
    return Incident.objects.create(**{"type": IncidentType.BOMBING, **fields})


def link_source(incident, source=None, **figures) -> IncidentSource:
    return IncidentSource.objects.create(incident=incident, source=source or make_source(), **figures)


def add_note(record, body, author=None) -> Note:
    return Note.objects.create(
        content_type=ContentType.objects.get_for_model(type(record)), object_id=record.pk, body=body, author=author
    )


@pytest.fixture
def analyst_user(db, django_user_model):
    """Whoever performs the merge; permissions are the views' business, not the services'."""
    return django_user_model.objects.create_user(username="merger", password="pw-for-tests-only")


@pytest.fixture
def two_groups(db):
    """Islamic State Khorasan and its duplicate 'Daesh-K', with links of every kind."""
    parent = Group.objects.create(name="Islamic State")
    survivor = Group.objects.create(name="Islamic State Khorasan Province", parent=parent)
    absorbed = Group.objects.create(name="Daesh-K", description="Afghan branch of IS", country_code="AF")
    GroupAlias.objects.create(group=survivor, name="ISKP")
    GroupAlias.objects.create(group=absorbed, name="IS-K")
    GroupAlias.objects.create(group=absorbed, name="iskp")  # the survivor has it already
    incident = make_incident()
    other_incident = make_incident()
    IncidentActor.objects.create(incident=incident, group=survivor, role=ActorRole.PERPETRATOR)
    IncidentActor.objects.create(incident=incident, group=absorbed, role=ActorRole.PERPETRATOR, claimed=True)
    IncidentActor.objects.create(incident=other_incident, group=absorbed, role=ActorRole.PERPETRATOR)
    person = Person.objects.create(name="Abu Omar")
    Affiliation.objects.create(person=person, group=survivor, role="commander")
    Affiliation.objects.create(person=person, group=absorbed, role="commander")
    Affiliation.objects.create(person=person, group=absorbed, role="spokesman")
    source = make_source()
    Mention.objects.create(source=source, start=0, end=7, text="Daesh-K", group=absorbed)
    branch = Group.objects.create(name="Daesh-K Kabul cell", parent=absorbed)
    add_note(absorbed, "Seen in Nangarhar reports")
    return {
        "survivor": survivor,
        "absorbed": absorbed,
        "incident": incident,
        "other_incident": other_incident,
        "person": person,
        "branch": branch,
    }


@pytest.fixture
def two_persons(db):
    survivor = Person.objects.create(name="Muhammad Ihsani")
    absorbed = Person.objects.create(name="Anwar", origin="Tajik", status="killed")
    PersonAlias.objects.create(person=survivor, name="Anwaar")
    PersonAlias.objects.create(person=absorbed, name="Muhammad Ihsani Anwar")
    group = Group.objects.create(name="Tehreek-e-Taliban Pakistan")
    Affiliation.objects.create(person=survivor, group=group, role="commander")
    Affiliation.objects.create(person=absorbed, group=group, role="commander")
    incident = make_incident()
    IncidentPerson.objects.create(incident=incident, person=survivor, role=PersonRole.PERPETRATOR)
    IncidentPerson.objects.create(incident=incident, person=absorbed, role=PersonRole.PERPETRATOR)
    IncidentPerson.objects.create(incident=make_incident(), person=absorbed, role=PersonRole.COMMANDER)
    Mention.objects.create(source=make_source(), start=0, end=5, text="Anwar", person=absorbed)
    add_note(absorbed, "Also reported as Anwaar")
    return {"survivor": survivor, "absorbed": absorbed, "group": group, "incident": incident}
