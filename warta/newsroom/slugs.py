"""A new story saved with an empty slug gets one from its headline.

``TitleFieldPanel``'s script fills the slug as the headline is typed. When
that script did not run (blocked, failed, an old browser), the slug stayed
empty and the first save failed on a field hidden in the *Promosi* tab. Here
the server fills it the same way: from the headline, lower case, accents
folded ("Kafé di Sanur" → "kafe-di-sanur"), unique among the story's
siblings ("-2", "-3" …). A slug the person typed is left alone.

``slug_from_title`` is the one way a new story in the newsroom gets its slug
(a plan item's draft too, ``warta.planning.actions``); it counts up the way
wire ingest and the importers do (``warta.core.slugs.unique_slug``).
"""

from wagtail import hooks
from wagtail.models import Page

from warta.core.slugs import unique_slug

MAX_LENGTH = 80


def slug_from_title(title, parent, max_length=MAX_LENGTH):
    """A slug from ``title`` free among ``parent``'s children, else "berita"."""
    return unique_slug(Page.objects.child_of(parent), title, "berita", max_length)


@hooks.register("before_create_page")
def fill_an_empty_slug(request, parent_page, page_class):
    if request.method != "POST":
        return None
    title = request.POST.get("title", "").strip()
    if not title or request.POST.get("slug", "").strip():
        return None
    post = request.POST.copy()
    post["slug"] = slug_from_title(title, parent_page)
    request.POST = post
    return None
