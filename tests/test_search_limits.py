"""A search that cannot finish in time says so in Vietnamese instead of hanging."""

import psycopg2
import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import make_article


@pytest.mark.django_db(transaction=True)  # the lock holder must see the committed rows
def test_a_search_past_its_time_limit_asks_for_a_narrower_one(client, settings):
    make_article("Hội nghị tổng kết")
    settings.SEARCH_TIME_LIMIT_MS = 300
    # The content version, menu and chrome are kept by the process: only the search itself
    # reads the locked table, as when a bulk import holds it.
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    assert client.get(reverse("search:search"), {"q": "khong co"}).status_code == 200
    with _locked():
        response = client.get(reverse("search:search"), {"q": "hoi nghi"})
    assert response.status_code == 200
    assert "Hãy thêm từ khóa" in response.text
    assert response["Cache-Control"] == "no-store"
    # Once the table is free again the same search answers.
    assert "Hội nghị tổng kết" in client.get(reverse("search:search"), {"q": "hoi nghi"}).text


class _locked:
    """Another session holds the article table (as a long import might): queries wait."""

    def __enter__(self):
        self.other = psycopg2.connect(**connection.get_connection_params())
        with self.other.cursor() as cursor:
            cursor.execute("LOCK TABLE articles_article IN ACCESS EXCLUSIVE MODE")

    def __exit__(self, *exc):
        self.other.rollback()
        self.other.close()
