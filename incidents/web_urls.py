"""The one rule for addresses that reach a page: http or https, with a host, nothing else.

An article's URL comes from outside (a sidecar file, the --url option, the HTML page's
own metadata) and ends up in `href`s. `javascript:`, `data:`, `file:` and the like are
refused at ingest (`is_web_url`, in the ingest service and command) and never
rendered (`web_url`, also a template filter).
"""

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def web_url(value) -> str:
    """`value` if it is an http(s) address with a host, else ""."""
    url = str(value or "").strip()
    # Browsers drop tabs and newlines inside a URL ("java\tscript:" runs): refuse any control character.
    if not url or any(ord(char) < 33 or ord(char) == 127 for char in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return ""
    return url


def is_web_url(value) -> bool:
    return bool(web_url(value))
