import os

import pytest
from django.core.cache import cache

from accounts.roles import Role, assign_role
from api import article_json
from articles import most_read
from articles.article_page import forget_local_fragments, forget_newest
from articles.cards import forget_cards
from articles.chrome import forget_chrome
from articles.feed_items import forget_feed_items
from articles.templatetags.articles_tags import forget_paginations
from core import version_memo as search_memo
from core.content_version import forget_local
from core.pagination import forget_page_indexes
from documents.block import forget_rows as forget_document_rows
from search.views import forget_filters as forget_search_filters
from tests import redis_support
from tests.factories import make_user


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached site chrome and pages never leak from one test's database into the next."""
    cache.clear()
    forget_cards()
    forget_chrome()
    forget_feed_items()
    most_read.forget()
    forget_page_indexes()
    forget_newest()
    search_memo.forget()
    forget_search_filters()
    forget_paginations()
    forget_document_rows()
    forget_local_fragments()
    forget_local()
    article_json.forget_summaries()
    yield
    cache.clear()


# Playwright's sync API runs an event loop in the test thread; Django's ORM must still work.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _person(username, role, **kwargs):
    user = make_user(username, first_name=kwargs.pop("first_name", username.title()), **kwargs)
    assign_role(user, role)
    return user


@pytest.fixture
def reporter(db):
    return _person("phongvien", Role.REPORTER, first_name="Lan")


@pytest.fixture
def other_reporter(db):
    return _person("phongvien2", Role.REPORTER, first_name="Hùng")


@pytest.fixture
def editor(db):
    return _person("bientap", Role.EDITOR, first_name="Minh")


@pytest.fixture
def administrator(db):
    return _person("quantri", Role.ADMINISTRATOR, first_name="Hà")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The full-page cache on, over local memory and over the real Redis server."""
    settings.PUBLIC_PAGE_CACHE = True
    prefix = redis_support.unique_prefix()
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_support.REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
    else:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        cache.clear()
    yield request.param
    if request.param == "redis":
        redis_support.delete_keys(prefix)
    else:
        cache.clear()
