"""The embedded default: what `make demo` and a bare `warta` command run.

No secret has to be configured: one is generated on first use and kept in
``$WARTA_DATA/secret_key`` so logins survive restarts.
"""

import os
import secrets

from warta.settings.base import *  # noqa: F403
from warta.settings.base import DATA_DIR

WARTA_DEMO = True


def _demo_secret_key():
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = DATA_DIR / "secret_key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _demo_secret_key()
