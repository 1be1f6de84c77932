"""The list page's STIX and ACLED downloads: the same filters as the page, streamed."""

from django.http import HttpResponseBadRequest, StreamingHttpResponse

from interchange import acled, stix
from interchange.selection import SelectionError, filtered_incidents


def _download(request, chunks, content_type: str, filename: str):
    try:
        incidents = filtered_incidents(request.GET)
    except SelectionError as error:
        return HttpResponseBadRequest(f"Invalid filter: {error}", content_type="text/plain; charset=utf-8")
    response = StreamingHttpResponse(chunks(incidents), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def stix_export(request):
    return _download(request, stix.bundle_chunks, "application/stix+json;version=2.1", "incidents.stix.json")


def acled_export(request):
    return _download(request, acled.csv_lines, "text/csv; charset=utf-8", "incidents.acled.csv")
