"""A bounded map kept in this process, safe across threads: the most recently used entries stay.

For what is rendered or read once per version of something and reused by every request after
(article cards, RSS items, the site's header and footer, list page indexes): no round trip to
a cache, and memory bounded by the entry count.
"""

import threading
from collections import OrderedDict


class LocalLRU:
    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict = OrderedDict()

    def get(self, key):
        """The value kept under `key` (now the most recent), or None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
