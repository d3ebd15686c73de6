"""Slugs that do not collide: one rule for every part that names a page or a
person from a title (the editor's server fallback, wire ingest, importers)."""

from django.db.models import Q
from django.utils.text import slugify


def unique_slug(siblings, text, fallback, max_length=70):
    """A slug from ``text`` that no row of ``siblings`` (a queryset: a section's
    children, all people) has yet: ``judul``, else ``judul-2``, ``judul-3``…"""
    base = slugify(text)[:max_length].strip("-") or fallback
    taken = set(
        siblings.filter(Q(slug=base) | Q(slug__startswith=f"{base}-")).values_list(
            "slug", flat=True
        )
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
