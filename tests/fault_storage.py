"""A real storage backend that fails like a full disk: every write raises ENOSPC."""

import errno
import os

from django.core.files.storage import FileSystemStorage


class FullDiskStorage(FileSystemStorage):
    def _save(self, name, content):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.path(name))
