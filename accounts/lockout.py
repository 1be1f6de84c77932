"""Which client a login attempt came from, for django-axes' per-address lockout."""

from django.conf import settings


def client_address(request) -> str:
    """REMOTE_ADDR; behind a proxy (DJANGO_BEHIND_PROXY), the address that proxy saw.

    The proxy appends the peer it talked to as the last X-Forwarded-For entry; entries
    before it come from the client and could be forged to dodge the lockout.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "")
