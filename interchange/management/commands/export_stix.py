"""python manage.py export_stix [--FILTER VALUE ...] [-o FILE]: the filtered incidents as a STIX 2.1 bundle."""

from interchange import stix
from interchange.commands import ExportCommand


class Command(ExportCommand):
    help = "Write the incidents the list's filters select (same names, as options) as a STIX 2.1 bundle."

    def chunks(self, incidents):
        return stix.bundle_chunks(incidents)
