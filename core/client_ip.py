"""The reader's address for login throttling, correct behind trusted reverse proxies.

Each trusted proxy (nginx's `$proxy_add_x_forwarded_for`) appends the address it got the
request from to X-Forwarded-For, so with N trusted proxies the client is the N-th entry
from the right; anything further left was written by the client and is not trusted.
Without proxies (TRUSTED_PROXY_COUNT=0) only REMOTE_ADDR counts.
"""

from django.conf import settings


def client_ip(request) -> str:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [h for h in hops if h]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")
