from rest_framework.renderers import BaseRenderer


class CSVRenderer(BaseRenderer):
    """Lets a client ask for text/csv: the ACLED export streams its own body."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only errors reach here (the export itself is a streamed response): one line of text.
        return str(data.get("detail", data) if isinstance(data, dict) else data).encode()
