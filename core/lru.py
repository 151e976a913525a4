"""A bounded map kept in this process, safe across threads: the most recently used entries stay.

For what is rendered or read once per version of something and reused by every request after
(article cards, RSS items, the site's header and footer, list page indexes): no round trip to
a cache, and memory bounded by the entry count.
"""

import threading
from collections import OrderedDict


class LocalLRU:
    """`max_chars`: also bound the total length of the values (strings), for large ones."""

    def __init__(self, max_entries: int, max_chars: int | None = None):
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._chars = 0
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
            if self.max_chars is not None:
                self._chars += len(value) - len(self._entries.get(key, ""))
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries or self._over_chars():
                _, dropped = self._entries.popitem(last=False)
                if self.max_chars is not None:
                    self._chars -= len(dropped)

    def _over_chars(self) -> bool:
        return self.max_chars is not None and self._chars > self.max_chars

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._chars = 0
