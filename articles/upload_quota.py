"""Per-user quota on editor image uploads: so many a minute, so many a day, so many bytes a day.

Counted in the shared cache (Redis in production), in windows of a clock minute and a
local calendar day. Every attempt takes its share before the image is even decoded, so
junk sent in bulk is refused as fast as good images; over a limit nothing is written.
"""

import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)


def _windows(user, size: int) -> list[tuple[str, int, int, int]]:
    """(key, amount, limit, seconds until the window ends) for each limit."""
    now = time.time()
    today = timezone.localdate()
    midnight = timezone.make_aware(datetime.combine(today + timedelta(days=1), datetime.min.time()))
    to_midnight = max(1, int(midnight.timestamp() - now))
    minute = int(now // 60)
    return [
        (f"uploads:minute:{user.pk}:{minute}", 1, settings.UPLOADS_PER_MINUTE, 60 - int(now % 60)),
        (f"uploads:day:{user.pk}:{today}", 1, settings.UPLOADS_PER_DAY, to_midnight),
        (f"uploads:bytes:{user.pk}:{today}", size, settings.UPLOAD_BYTES_PER_DAY, to_midnight),
    ]


def take(user, size: int) -> int:
    """Count one upload of ``size`` bytes; 0 when allowed, else seconds until it would be."""
    taken = []
    try:
        for key, amount, limit, wait in _windows(user, size):
            cache.add(key, 0, wait + 60)
            used = cache.incr(key, amount)
            taken.append((key, amount))
            if used > limit:
                for done_key, done_amount in taken:  # a refused upload uses no quota
                    cache.decr(done_key, done_amount)
                return wait
    except Exception:  # the quota is a guard, not a reason to stop the newsroom
        logger.warning("Upload quota not checked: the cache did not answer", exc_info=True)
    return 0
