"""Per-address rate limits for the expensive anonymous endpoints, over django-ratelimit.

django-ratelimit counts requests in fixed windows in the shared cache (Redis in
production); this module names each limit by a setting (``RATE_LIMIT_*``, e.g.
``"60/m"``), keys it on the reader's address as ``TRUSTED_PROXY_COUNT`` says, and
answers over the limit with a Vietnamese 429 carrying ``Retry-After``. A cache that
fails lets the request through: a limit is a guard, never a reason for an outage.

On the project's Redis cache the count is one Lua script (`_counted_in_redis`), on the
same key and with the same expiry as django-ratelimit's `get_usage`, which takes three
round trips (SET NX, then EXISTS and INCRBY): ~125 µs of CPU per request against ~230.
"""

import functools
import ipaddress
import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_ratelimit.core import EXPIRATION_FUDGE, _get_window, _make_cache_key, get_usage

from core.client_ip import client_ip
from core.redis_scripts import is_redis, run_script

logger = logging.getLogger(__name__)
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(text: str) -> tuple[int, int]:
    """``"60/m"`` → (60, 60): requests allowed, per so many seconds."""
    match = _RATE.match(str(text or ""))
    if not match:
        raise ImproperlyConfigured(f"Rate {text!r} is not of the form 60/m, 500/d, 10/5m.")
    count, multiple, unit = match.groups()
    return int(count), _PERIODS[unit] * int(multiple or 1)


def address(request) -> str:
    """The reader's address; IPv6 grouped by /64 (one subscriber line gets a whole /64)."""
    raw = client_ip(request)
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        return raw[:64] or "unknown"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


def too_many_requests(
    retry_after: int, *, as_json: bool = False, message: str = ""
) -> HttpResponse:
    """The 429 answer: a Vietnamese page (or JSON for scripts), never cached, no cookie."""
    seconds = max(1, int(retry_after))
    message = message or _(
        "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau %(seconds)s giây."
    ) % {"seconds": seconds}
    if as_json:
        response = JsonResponse({"error": {"message": message}}, status=429)
    else:
        response = HttpResponse(render_to_string("429.html", {"message": message}), status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def _address_key(group, request) -> str:
    return address(request)


# The window's key created at 0 with get_usage's expiry unless it exists, then incremented,
# atomically: the count is 1 on the window's first request, as with get_usage.
_COUNT_SCRIPT = """
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
return redis.call('INCR', KEYS[1])
"""


def _counted_in_redis(request, group: str, rate: tuple[int, int], key):
    """`get_usage(..., increment=True)` in one round trip on the Redis cache, else None."""
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    if not is_redis(cache) or not getattr(settings, "RATELIMIT_ENABLE", True):
        return None
    allowed, period = rate
    value = key(group, request)
    window = _get_window(value, period)
    name = _make_cache_key(group, window, rate, value, get_usage.ALL)
    count = run_script(cache, _COUNT_SCRIPT, [name], [period + EXPIRATION_FUDGE])
    return {
        "count": count,
        "limit": allowed,
        "should_limit": count > allowed,
        "time_left": window - int(time.time()),
    }


def usage(request, group: str, rate: str, *, key=_address_key, increment: bool = True):
    """django-ratelimit's usage dict for ``group``, or None when the cache did not answer."""
    try:
        if increment:
            counted = _counted_in_redis(request, group, parse_rate(rate), key)
            if counted is not None:
                return counted
        return get_usage(request, group=group, key=key, rate=parse_rate(rate), increment=increment)
    except ImproperlyConfigured:
        raise
    except Exception:
        logger.warning("Rate limit %s not checked: the cache did not answer", group, exc_info=True)
        return None


def limit(group: str, setting: str, *, methods=("GET", "HEAD", "POST"), refuse=None):
    """At most ``settings.<setting>`` requests per address to the decorated view.

    Over the limit: ``refuse(seconds)`` when given (an API's own error shape), else the
    Vietnamese 429 page.
    """

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                used = usage(request, group, getattr(settings, setting))
                if used is not None and used["should_limit"]:
                    return (refuse or too_many_requests)(used["time_left"])
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
