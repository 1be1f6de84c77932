"""Fetch a web page or feed for ingest, refusing requests into our own network (SSRF).

Every hop of a fetch is checked the same way: the URL must be http(s), its host is
resolved once, every address it resolves to must be public, and the connection goes
to exactly the address that was checked (so a DNS answer that changes between the
check and the connection cannot sneak a private address in). Redirects are followed
by hand, up to `MAX_REDIRECTS`, each through the same check. The body is read up to a
size limit within an overall deadline, and its content type must be one we can read.

`settings.FETCH_ALLOW_LOOPBACK` lets tests serve pages from loopback (True: any loopback
address; "127.0.0.1": that one only); private, link-local and multicast addresses stay
refused even then.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from incidents.web_urls import WEB_SCHEMES, web_url

MAX_REDIRECTS = 5
USER_AGENT = "IncidentDesk/0.1 (+news ingest; a person asked for this page)"
ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


class FetchError(Exception):
    """A URL we would not or could not fetch; the message is for the analyst."""

    code = "fetch_failed"


class RefusedURL(FetchError):
    """Not http(s), or it points at an address the server must not reach."""

    code = "refused"


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


def url_check(url: str) -> tuple[str, str, int]:
    """Return (scheme, host, port) of an http(s) URL, or raise `RefusedURL`.

    The scheme and host follow the app's one rule for outside addresses (incidents.web_urls).
    """
    parts = urlsplit((url or "").strip())
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise RefusedURL(f"only http and https URLs can be fetched, not {scheme or 'a URL without a scheme'!r}")
    if not web_url(url):
        raise RefusedURL("the URL has no host, or characters a URL cannot hold")
    if parts.username or parts.password:
        raise RefusedURL("URLs with a user name or password are not fetched")
    host = parts.hostname
    if not host:
        raise RefusedURL("the URL has no host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise RefusedURL("the URL's port is not a number") from exc
    return scheme, host, port


def address_refusal(address: str) -> str | None:
    """Why the server must not connect to `address`, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if ip.is_loopback:
        allowed = getattr(settings, "FETCH_ALLOW_LOOPBACK", False)
        # True allows any loopback address; a string allows that one address only (tests).
        ok = allowed is True or (isinstance(allowed, str) and allowed == str(ip))
        return None if ok else "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private or ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return "a private or reserved address"
    return None


def resolve_public(host: str, port: int) -> str:
    """The first address of `host`, after checking that every address it has may be reached."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"the host {host!r} could not be resolved") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        why = address_refusal(address)
        if why:
            raise RefusedURL(f"{host} resolves to {address}, {why}; the server does not fetch from there")
    return addresses[0]


def _connection(scheme: str, host: str, port: int, address: str, timeout: float) -> http.client.HTTPConnection:
    cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    conn = cls(host, port, timeout=timeout)
    # Connect to the address we checked; TLS still verifies the certificate against `host`.
    conn._create_connection = lambda _addr, *args, **kwargs: socket.create_connection((address, port), *args, **kwargs)
    return conn


def fetch(url: str, *, accept: tuple[str, ...] = ARTICLE_TYPES, max_bytes: int | None = None) -> Fetched:
    """GET `url` under the rules above; raise `RefusedURL` or `FetchError` with a reason."""
    timeout = float(getattr(settings, "FETCH_TIMEOUT_SECONDS", 15))
    max_bytes = max_bytes or settings.INGEST_MAX_BYTES
    deadline = time.monotonic() + timeout
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port = url_check(url)
        address = resolve_public(host, port)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn = _connection(scheme, host, port, address, timeout)
        try:
            conn.request(
                "GET", target, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accept),
                                        "Accept-Encoding": "identity"},
            )  # fmt: skip
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{url}: a redirect without a Location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(f"{url}: the server answered {response.status} {response.reason}")
            content_type = (response.getheader("Content-Type") or "").split(";", 1)[0].strip().lower()
            if content_type not in accept:
                raise FetchError(f"{url}: content type {content_type or 'unknown'!r} is not one of {', '.join(accept)}")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: {int(declared):,} bytes is over the {max_bytes:,}-byte limit")
            body = _read_limited(response, max_bytes, deadline, url)
            return Fetched(url=url, content_type=content_type, charset=response.headers.get_content_charset(),
                           body=body)  # fmt: skip
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read_limited(response, max_bytes: int, deadline: float, url: str) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the download took too long")
        chunk = response.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the page is over the {max_bytes:,}-byte limit")
        chunks.append(chunk)
