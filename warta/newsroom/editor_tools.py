"""Editors' daily tools in the page editor and explorer (issue 16, item 5).

- **A live count**: the story body's words and characters ("312 kata · 1.980
  karakter") beside *Isi berita*, the headline's and SEO title's length beside
  theirs, updated as the editor types (``static/newsroom/editor-tools.js``).
- **Search and share previews** on the *Promosi* tab: the story as a Google
  result and as a WhatsApp/Facebook card (title, description, address,
  picture), drawn from the form as it is typed, the way the reader page's head
  will say it (``warta.core.seo``: SEO title else headline, search
  description else dek else the paper's tagline).
- **A writer filter** in the page explorer (``WriterFilter`` on
  ``NewsroomPageFilterSet``): the stories credited to one person.

The script needs a few facts only the server knows (the section's address,
the paper's name and tagline); ``editor_facts`` gives them to the editor
templates, which put them in the page as JSON.
"""

from django.conf import settings
from django.db.models import Q
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_filters import ModelChoiceFilter
from wagtail import hooks
from wagtail.admin.views.pages.listing import GenericPageFilterSet

from warta.articles.models import ArticleWriter
from warta.core.seo import paper_tagline
from warta.multimedia.models import PhotoGalleryPage, VideoPage
from warta.people.models import Person


@hooks.register("insert_editor_js")
def editor_tools_js():
    return format_html('<script src="{}"></script>', static("newsroom/editor-tools.js"))


# Wagtail 8 has no editor-only CSS hook; the file is small and scoped to the
# tools' own classes.
@hooks.register("insert_global_admin_css")
def editor_tools_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("newsroom/editor-tools.css")
    )


def editor_facts(parent):
    """What the previews need from the server: where the story will live
    (its section's address), the paper's name and its tagline."""
    base = parent.full_url if parent is not None else ""
    return {
        "base": base or "",
        "site": settings.WARTA_SITE_NAME,
        "tagline": paper_tagline(),
    }


# The writer filter --------------------------------------------------------------


def credited_people():
    """People credited on some page: writers, photographers, camera operators."""
    ids = (
        Q(pk__in=ArticleWriter.objects.values("person_id"))
        | Q(pk__in=PhotoGalleryPage.objects.values("photographer_id"))
        | Q(pk__in=VideoPage.objects.values("videographer_id"))
    )
    return Person.objects.filter(ids).order_by("name")


def credited_to(person):
    """The pages (ids) a person is credited on, as writer, photographer or
    camera operator."""
    return (
        Q(pk__in=ArticleWriter.objects.filter(person=person).values("page_id"))
        | Q(pk__in=PhotoGalleryPage.objects.filter(photographer=person).values("pk"))
        | Q(pk__in=VideoPage.objects.filter(videographer=person).values("pk"))
    )


class WriterFilter(ModelChoiceFilter):
    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(credited_to(value))


class NewsroomPageFilterSet(GenericPageFilterSet):
    """Wagtail's explorer filters, and the stories of one writer."""

    writer = WriterFilter(
        label=_("Penulis"),
        queryset=lambda request: credited_people(),
        empty_label=_("Semua penulis"),
    )
