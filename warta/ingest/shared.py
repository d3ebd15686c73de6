"""Placing outside copy in the paper: what wire ingest and the importers share.

Wire ingest (``warta ingest``) and the importers (``warta import-page``,
``warta import-wordpress``) both take copy written elsewhere and file it as
articles: they look up the section it goes to, match the agency or paper it
names to an ``Agency``, give the new page (or person) a free slug and turn
the HTML they are handed into one-line text. Each of those lives here once.
``warta.importers`` imports this module; nothing here imports the importers,
so the dependency points one way. ``plain`` and ``block`` are kept in
``warta.ingest.text`` (which imports no model, so the format parsers can use
it) and offered from here to the importers.
"""

import re

from warta.articles.models import ArticlePage
from warta.ingest.text import block, plain
from warta.people.models import Agency
from warta.sections.models import HomePage, SectionPage

__all__ = [
    "SectionNotFound",
    "block",
    "find_agency",
    "find_section",
    "home_page",
    "plain",
    "section_named",
]


class SectionNotFound(Exception):
    """No section fits; the message says why, for the editor."""


# -- sections --------------------------------------------------------------------


def home_page():
    home = HomePage.objects.first()
    if home is None:
        raise SectionNotFound("belum ada beranda: jalankan `warta migrate` dulu")
    return home


def section_named(*names):
    """The section whose slug, or else whose title, is one of ``names``."""
    names = [name.strip() for name in names if name and name.strip()]
    for name in names:
        if found := SectionPage.objects.filter(slug=name).first():
            return found
    for name in names:
        if found := SectionPage.objects.filter(title__iexact=name).first():
            return found
    return None


def find_section(name=None):
    """The section named (slug or title) that takes articles; with no name, the
    first section of the paper's menu (else of the tree)."""
    if name:
        section = section_named(name)
        if section is None:
            raise SectionNotFound(f"rubrik {name!r} tidak ada")
    else:
        home = home_page()
        found = home.navigation()[:1] or list(
            SectionPage.objects.child_of(home).order_by("path")[:1]
        )
        if not found:
            raise SectionNotFound("koran belum punya rubrik")
        section = found[0]
    if ArticlePage not in section.specific_class.allowed_subpage_models():
        raise SectionNotFound(f"rubrik {section.slug!r} tidak menerima berita")
    return section.specific


# -- agencies --------------------------------------------------------------------


def find_agency(names, loose=True):
    """The agency named (by code, name or slug; "KOMPAS.com" names KOMPAS) by the
    first name that matches. ``loose`` also finds an agency's name or code as a
    word inside a longer name ("Kantor Berita ANTARA"); a writer's name is never
    matched loosely (an "Antara" inside a person's name is not the agency)."""
    agencies = list(Agency.objects.all())
    for name in names:
        name = (name or "").strip().lower()
        if not name:
            continue
        for candidate in dict.fromkeys((name, name.split(".")[0])):
            for agency in agencies:
                labels = (agency.code, agency.name, agency.slug)
                if candidate in (label.lower() for label in labels):
                    return agency
    if not loose:
        return None
    for name in names:
        for agency in agencies:
            for label in (agency.name, agency.code):
                if len(label) >= 3 and re.search(
                    rf"(?<!\w){re.escape(label)}(?!\w)", name or "", re.I
                ):
                    return agency
    return None
