"""A database that does not answer, for the outage tests."""

import contextlib


@contextlib.contextmanager
def database_unreachable():
    """Point the default connection at a port where nothing listens, then restore it."""
    from django.db import connection

    original = connection.settings_dict.copy()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT="1", CONN_HEALTH_CHECKS=False)
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)
