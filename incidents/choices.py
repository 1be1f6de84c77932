"""Controlled vocabularies, shared by models, forms, filters and the extractor's output.

The incident types and date precisions are those of the extraction contract
(`incident-extraction/1`). Each incident type maps to an ACLED event type and
sub-event type so exports line up with ACLED-coded data.
"""

from django.db import models


class IncidentType(models.TextChoices):
    BOMBING = "bombing", "Bombing"
    SUICIDE_BOMBING = "suicide_bombing", "Suicide bombing"
    ARMED_CLASH = "armed_clash", "Armed clash"
    TARGETED_KILLING = "targeted_killing", "Targeted killing"
    AIR_OR_DRONE_STRIKE = "air_or_drone_strike", "Air or drone strike"
    ABDUCTION = "abduction", "Abduction"
    ARREST_OR_RAID = "arrest_or_raid", "Arrest or raid"
    ATTACK_ON_CIVILIANS = "attack_on_civilians", "Attack on civilians"
    OTHER_VIOLENCE = "other_violence", "Other violence"
    NON_VIOLENT_DEVELOPMENT = "non_violent_development", "Non-violent development"


# (ACLED event type, ACLED sub-event type) for each incident type.
ACLED_MAPPING = {
    IncidentType.BOMBING: ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    IncidentType.SUICIDE_BOMBING: ("Explosions/Remote violence", "Suicide bomb"),
    IncidentType.ARMED_CLASH: ("Battles", "Armed clash"),
    IncidentType.TARGETED_KILLING: ("Violence against civilians", "Attack"),
    IncidentType.AIR_OR_DRONE_STRIKE: ("Explosions/Remote violence", "Air/drone strike"),
    IncidentType.ABDUCTION: ("Violence against civilians", "Abduction/forced disappearance"),
    IncidentType.ARREST_OR_RAID: ("Strategic developments", "Arrests"),
    IncidentType.ATTACK_ON_CIVILIANS: ("Violence against civilians", "Attack"),
    IncidentType.OTHER_VIOLENCE: ("Riots", "Violent demonstration"),
    IncidentType.NON_VIOLENT_DEVELOPMENT: ("Strategic developments", "Other"),
}


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ReviewStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted (unreviewed)"
    REVIEWED = "reviewed", "Reviewed"
    DISPUTED = "disputed", "Disputed"
    REJECTED = "rejected", "Rejected"


class Origin(models.TextChoices):
    """Where a record came from: shipped reference data, the extractor, or an analyst."""

    CURATED = "curated", "Curated list"
    GAZETTEER = "gazetteer", "Gazetteer"
    EXTRACTED = "extracted", "Extracted"
    ANALYST = "analyst", "Added by an analyst"
    GENERATED = "generated", "Generated (benchmark data)"


class LocationKind(models.TextChoices):
    COUNTRY = "country", "Country"
    ADMIN1 = "admin1", "First-level division"
    ADMIN2 = "admin2", "Second-level division"
    CITY = "city", "Populated place"
    SITE = "site", "Site"
    REGION = "region", "Region"


class GroupKind(models.TextChoices):
    ARMED_GROUP = "armed_group", "Armed group"
    STATE_FORCE = "state_force", "State force"
    GOVERNMENT = "government", "Government"
    ORGANIZATION = "organization", "Organisation"


class PersonStatus(models.TextChoices):
    UNKNOWN = "unknown", "Unknown"
    ALIVE = "alive", "Alive"
    KILLED = "killed", "Killed"
    INJURED = "injured", "Injured"
    ARRESTED = "arrested", "Arrested"
    ABDUCTED = "abducted", "Abducted"


class ActorRole(models.TextChoices):
    PERPETRATOR = "perpetrator", "Perpetrator"
    TARGET = "target", "Target"


class PersonRole(models.TextChoices):
    VICTIM = "victim", "Victim"
    PERPETRATOR = "perpetrator", "Perpetrator"
    PLANNER = "planner", "Planner"
    COMMANDER = "commander", "Commander"
    OTHER = "other", "Other"
