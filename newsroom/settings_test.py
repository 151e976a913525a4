"""Test settings: the one place tests differ from development."""

from newsroom.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Pages render afresh unless a test turns the full-page cache on (tests/test_cache.py).
PUBLIC_PAGE_CACHE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None  # WhiteNoise serves from finders in tests
# The API's tests walk every page from one address; tests/test_api.py sets a low limit itself.
RATE_LIMIT_API = "100000/m"
# A test reads a page right after changing it: rebuilt at once. The interval's own tests
# (tests/test_stale_pages.py) set it.
PUBLIC_PAGE_REBUILD_INTERVAL = 0
