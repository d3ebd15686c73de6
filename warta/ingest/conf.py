"""The wire's settings, declared (with their defaults and the environment
variables that set them) in ``warta/settings/base.py``:

- ``WARTA_WIRE_SECTION``: slug of the section drafts go to when ``--section``
  is not given (no default: the command says so).
- ``WARTA_WIRE_MAX_BYTES``: the largest feed or picture read (20 MB).
- ``WARTA_WIRE_TIMEOUT``: seconds before a network read gives up (15).
- ``WARTA_WIRE_FEEDS``: what ``warta ingest_feeds`` (the timer) polls, space
  separated ``URL_OR_PATH|SECTION|AGENCY`` entries (section and agency optional).
"""

from django.conf import settings


def section():
    return settings.WARTA_WIRE_SECTION


def max_bytes():
    return settings.WARTA_WIRE_MAX_BYTES


def timeout():
    return settings.WARTA_WIRE_TIMEOUT


def feeds():
    """``[(location, section or None, agency or None)]`` from WARTA_WIRE_FEEDS."""
    raw = settings.WARTA_WIRE_FEEDS
    if isinstance(raw, (list, tuple)):
        raw = " ".join(raw)
    entries = []
    for spec in str(raw).split():
        location, _, rest = spec.partition("|")
        section_slug, _, agency = rest.partition("|")
        if location:
            entries.append((location, section_slug or None, agency or None))
    return entries
