"""Static files: whitenoise's compressed, hashed storage, each name's URL worked out once.

A ``{% static %}`` costs a manifest lookup, a URL join and the storage's own quoting on every
page (four on an article page). The manifest is read when the process starts and does not
change while it runs, so each process keeps the URL of every name it was asked for (a
bounded set: the names the templates use).
"""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if force or settings.DEBUG:  # DEBUG serves the files unhashed, from the finders
            return super().url(name, force)
        found = self._urls.get(name)
        if found is None:
            found = self._urls[name] = super().url(name)
        return found
