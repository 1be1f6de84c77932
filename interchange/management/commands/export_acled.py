"""python manage.py export_acled [--FILTER VALUE ...] [-o FILE]: the filtered incidents as ACLED-format CSV."""

from interchange import acled
from interchange.commands import ExportCommand


class Command(ExportCommand):
    help = "Write the incidents the list's filters select (same names, as options) as an ACLED-format CSV."

    def chunks(self, incidents):
        return acled.csv_lines(incidents)
