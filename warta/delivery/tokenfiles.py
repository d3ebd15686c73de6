"""The file store for generation tokens when there is no Redis.

Django's ``FileBasedCache.add`` checks, then writes: two processes (or
threads) that both find a token missing both write one, and each goes on with
its own, so the same page is kept under two keys and rendered twice. Here the
new file is linked into place, which the file system does atomically: the
loser of the race reads the winner's token.
"""

import os
import tempfile

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class TokenFileCache(FileBasedCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._createdir()
        path = self._key_to_file(key, version)
        # Twice at most: the file in the way may be an expired token, which
        # has_key removes.
        for _ in range(2):
            fd, scratch = tempfile.mkstemp(dir=self._dir)
            try:
                with open(fd, "wb") as file:
                    self._write_content(file, timeout, value)
                os.link(scratch, path)
                return True
            except FileExistsError:
                if self.has_key(key, version):
                    return False
            finally:
                os.remove(scratch)
        return False
