"""The wire's settings: a Django setting wins, else the environment, else a default.

- ``WARTA_WIRE_SECTION``: slug of the section drafts go to when ``--section``
  is not given (no default: the command says so).
- ``WARTA_WIRE_MAX_BYTES``: the largest feed or picture read (20 MB).
- ``WARTA_WIRE_TIMEOUT``: seconds before a network read gives up (15).
- ``WARTA_WIRE_FEEDS``: what ``warta ingest_feeds`` (the timer) polls, space
  separated ``URL_OR_PATH|SECTION|AGENCY`` entries (section and agency optional).
"""

import os

from django.conf import settings

from warta.settings.env import env_int


def get(name, default):
    if hasattr(settings, name):
        return getattr(settings, name)
    if isinstance(default, int):
        return env_int(name, default)
    return os.environ.get(name, default)


def section():
    return get("WARTA_WIRE_SECTION", "")


def max_bytes():
    return get("WARTA_WIRE_MAX_BYTES", 20 * 1024 * 1024)


def timeout():
    return get("WARTA_WIRE_TIMEOUT", 15)


def feeds():
    """``[(location, section or None, agency or None)]`` from WARTA_WIRE_FEEDS."""
    raw = get("WARTA_WIRE_FEEDS", "")
    if isinstance(raw, (list, tuple)):
        raw = " ".join(raw)
    entries = []
    for spec in str(raw).split():
        location, _, rest = spec.partition("|")
        section_slug, _, agency = rest.partition("|")
        if location:
            entries.append((location, section_slug or None, agency or None))
    return entries
