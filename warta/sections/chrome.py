"""What the page around every story shows: the paper's identity and its pages.

Every reader page shows the paper's name, logo and brand colour (*Pengaturan*
→ *Identitas koran* in the admin, ``PaperIdentity``) and links the paper's own
pages (``InfoPage``: Redaksi, Kontak...) in its footer. Both are read once and
kept (``kept.CHROME``) under the generation of their own surface, ``SURFACE``:
saving the identity bumps it (``connect``), and so does any event of an info
page (its ``other_surfaces``). A page render then costs no query for them, also
right after a story is published.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from warta.delivery import events, kept, keys
from warta.delivery.sites import site_for_request, url_of
from warta.sections.brand import DEFAULT_BRAND
from warta.sections.models import CHROME_SURFACE as SURFACE
from warta.sections.models import InfoPage, PaperIdentity, published_pages

# The name our wordmark (static/warta/logo.svg) spells; another name is set in type.
WORDMARK_NAME = "Harian Warta"
LOGO_HEIGHT = 96  # pixels of the uploaded logo's rendition: 2x the header's 48


@dataclass(frozen=True)
class Logo:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Chrome:
    name: str
    tagline: str = ""
    logo: Logo | None = None
    brand: str = DEFAULT_BRAND
    masthead: str = ""
    pages: tuple = ()  # (title, url) of each info page, in tree order

    @property
    def own_wordmark(self):
        return self.name == WORDMARK_NAME

    @property
    def custom_brand(self):
        """Whether the colour differs from the stylesheet's own."""
        return self.brand.lower() != DEFAULT_BRAND


def chrome_for(request):
    """The request's site's identity and footer pages (kept; see the module)."""
    site = site_for_request(request) if request is not None else None
    site_id = site.pk if site is not None else None
    token = keys.generations([SURFACE])[SURFACE]
    return kept.CHROME.get_or_set(lambda: read(site), site_id, token)


def read(site):
    identity = None
    if site is not None:
        identity = PaperIdentity.objects.filter(site=site).select_related("logo")
        identity = identity.first()
    if identity is None:
        return Chrome(name=settings.WARTA_SITE_NAME, pages=info_pages())
    return Chrome(
        name=identity.name or settings.WARTA_SITE_NAME,
        tagline=identity.tagline,
        logo=logo(identity.logo),
        brand=identity.brand_colour.lower(),
        masthead=identity.masthead,
        pages=info_pages(),
    )


def logo(image):
    if image is None:
        return None
    rendition = image.get_rendition(f"height-{LOGO_HEIGHT}")
    return Logo(rendition.url, rendition.width, rendition.height)


def info_pages():
    """The live, public info pages, in the order of the page explorer."""
    pages = published_pages().type(InfoPage).only("title", "url_path", "path")
    found = sorted(pages, key=lambda page: page.path)
    return tuple(
        (page.title, url)
        for page in found
        if (url := url_of(page.url_path)) is not None
    )


def identity_changed(**kwargs):
    """Every page shows the identity: every page is out of date."""
    events.changed({SURFACE, keys.GLOBAL})


def connect():
    post_save.connect(
        identity_changed, sender=PaperIdentity, dispatch_uid="warta-identity-saved"
    )
    post_delete.connect(
        identity_changed, sender=PaperIdentity, dispatch_uid="warta-identity-deleted"
    )
