"""Values kept in this process per content version: built once, read until the content changes.

Used by the search (search.query) and the document block (documents.search): a repeated
query is not ranked again.

Popular queries repeat ("hội nghị", a festival's name in its week), and ranking is the
costly part of a search: PostgreSQL reads the vector of every candidate. What is kept is only
the ranking (article ids with their ranks, the document block's ids), keyed on the content
version (``core.content_version``), which moves with every change of public content (a
publication, an unpublication, a scheduled item whose time came), so a kept ranking is never
read again once the content changed. The rows themselves (what is public now, the documents'
validity today) are still read for each page; a page's snippets, made by PostgreSQL from
the articles' text, are kept too.
"""

from core.content_version import content_version
from core.lru import LocalLRU

# Queries × filters (at most MAX_RESULTS (id, rank) pairs each), and the snippets of pages.
MAX_ENTRIES = 1024

_ranked = LocalLRU(MAX_ENTRIES)


def per_version(kind: str, key: tuple, build):
    """`build()` for (`kind`, `key`), kept for the current content version.

    The version is read before building: rows read after it are at least that recent, and a
    change made meanwhile moves the version after its commit (core.content_version), so a
    ranking made from older rows is never kept under a newer number.
    """
    memo_key, value = lookup(kind, key)
    if value is None:
        value = build()
        keep(memo_key, value)
    return value


def lookup(kind: str, key: tuple):
    """(the full key under the current version, the value kept under it or None)."""
    memo_key = (content_version(), kind, *key)
    return memo_key, _ranked.get(memo_key)


def keep(memo_key: tuple, value) -> None:
    _ranked.put(memo_key, value)


forget = _ranked.clear  # tests: nothing kept from one test's database into the next
