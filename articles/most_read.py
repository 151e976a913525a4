"""Đọc nhiều: the most-read public articles of the last MOST_READ_DAYS.

Ordering the window's rows by their count was the uncached home page's costliest query
(2,400 rows at 20,000 articles, 12,000 at 100,000, sorted on every request). Counts reach
the table only when view_counts flushes them (once a minute), so each process reads the
ids once per content version and flush interval; the cards come with the page's others.
"""

import time
from datetime import timedelta

from django.utils import timezone

from articles import view_counts
from articles.models import Article
from core.content_version import content_version
from core.lru import LocalLRU

MOST_READ_SIZE = 5
MOST_READ_DAYS = 90

_memo = LocalLRU(1)  # the current version and minute only


def most_read_ids() -> list[int]:
    key = (content_version(), int(time.time() // view_counts.FLUSH_INTERVAL_SECONDS))
    ids = _memo.get(key)
    if ids is None:
        since = timezone.now() - timedelta(days=MOST_READ_DAYS)
        ids = list(
            Article.objects.published()
            .filter(published_at__gte=since)
            .order_by("-view_count", "-published_at")
            .values_list("pk", flat=True)[:MOST_READ_SIZE]
        )
        _memo.put(key, ids)
    return ids


forget = _memo.clear  # tests that change counts behind the flush
