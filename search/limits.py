"""PostgreSQL settings for a search's statements: a time limit, and the planner's choices.

A search that runs past SEARCH_TIME_LIMIT_MS (e.g. while statistics are missing after a bulk
load) is cancelled and answered with "try a narrower search" (SearchTooBroad), not a slow page.
"""

from contextlib import contextmanager

from django.conf import settings as django_settings
from django.db import OperationalError, connection, transaction
from psycopg2.errorcodes import QUERY_CANCELED


@contextmanager
def local_settings(*, savepoint=True, **settings):
    """PostgreSQL settings (names from code, never from input) for the statements inside.

    `savepoint=False` inside a block that already has one (the settings end with it).
    """
    if not settings:
        yield
        return
    with transaction.atomic(savepoint=savepoint), connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(settings)),
            [str(part) for item in settings.items() for part in item],
        )
        yield
        # SET LOCAL outlives a released savepoint: put the defaults back for the rest of the
        # request. (On an error the savepoint is rolled back, which undoes them itself.)
        cursor.execute("; ".join(f"SET LOCAL {name} TO DEFAULT" for name in settings))


class SearchTooBroad(Exception):
    """The search ran past its time limit (e.g. while statistics are missing after a load)."""


@contextmanager
def time_limited(**settings):
    """Cancel the statements inside after SEARCH_TIME_LIMIT_MS: SearchTooBroad, not a slow page.

    Other PostgreSQL `settings` for the same statements are set in the same round trip.
    """
    limit = getattr(django_settings, "SEARCH_TIME_LIMIT_MS", 1500)
    try:
        with local_settings(statement_timeout=int(limit), **settings):
            yield
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) != QUERY_CANCELED:
            raise
        raise SearchTooBroad from error


# For the statements inside: no index walk, no sequential scan, so the GIN bitmap.
GIN_ONLY = {"enable_indexscan": "off", "enable_seqscan": "off"}


def gin_only():
    return local_settings(**GIN_ONLY)
