"""What a reader can ask to be told about, by name.

- ``breaking``: the paper's important news, which every subscriber gets;
- ``rubrik-<slug>``: news an editor sends to a section's readers;
- ``live-<page id>``: the followers of a running live report.

The browser sends these names; the subscribe endpoint takes only names of a
live section or a running live report, so nobody can fill a subscription
with junk, and the admin offers a story exactly the audiences it has.
"""

import re

from django.utils.translation import gettext as _

from warta.sections.models import SectionPage, published_pages
from warta.trust.models import LiveReportPage

BREAKING = "breaking"
SECTION = "rubrik-"
LIVE = "live-"
MAX_TOPICS = 12  # breaking, a few sections, the live reports followed lately
SHAPE = re.compile(r"breaking|rubrik-[a-z0-9-]{1,80}|live-[1-9][0-9]{0,9}")


def section_topic(section):
    return f"{SECTION}{section.slug}"


def live_topic(page):
    return f"{LIVE}{page.pk}"


def well_formed(topic):
    return isinstance(topic, str) and SHAPE.fullmatch(topic) is not None


def unknown(topics):
    """The names among ``topics`` (well formed) that stand for nothing
    readers can follow now: no such live section, no running live report."""
    slugs = {t.removeprefix(SECTION) for t in topics if t.startswith(SECTION)}
    ids = {int(t.removeprefix(LIVE)) for t in topics if t.startswith(LIVE)}
    known = set()
    if slugs:
        found = SectionPage.all_live().filter(slug__in=slugs)
        known |= {SECTION + slug for slug in found.values_list("slug", flat=True)}
    if ids:
        running = LiveReportPage.objects.filter(pk__in=ids, coverage_end=None)
        public = published_pages().filter(pk__in=running.values("pk"))
        known |= {f"{LIVE}{pk}" for pk in public.values_list("pk", flat=True)}
    return [t for t in topics if t != BREAKING and t not in known]


def section_of(page):
    """The rubrik a story sits in directly, or None (an edition's story)."""
    parent = page.get_parent()
    if parent is not None and parent.specific_class is SectionPage:
        return parent
    return None


def audiences(page):
    """``(topic, label)`` for each audience a live story may be sent to."""
    choices = [(BREAKING, _("Berita penting (semua pelanggan)"))]
    section = section_of(page)
    if section is not None:
        label = _("Pembaca rubrik %(section)s") % {"section": section.title}
        choices.append((section_topic(section), label))
    if isinstance(page, LiveReportPage) and page.is_running:
        choices.append((live_topic(page), _("Pengikut liputan langsung ini")))
    return choices


def describe(topic):
    """A topic in the editor's words (the admin's list of notifications)."""
    if topic == BREAKING:
        return _("Berita penting")
    if topic.startswith(SECTION):
        return _("Rubrik %(slug)s") % {"slug": topic.removeprefix(SECTION)}
    if topic.startswith(LIVE):
        return _("Pengikut liputan langsung")
    return topic
