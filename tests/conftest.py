import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached site chrome and pages never leak from one test's database into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
