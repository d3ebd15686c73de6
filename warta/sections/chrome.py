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
from django.db.models.signals import post_delete, post_save, pre_delete
from django.templatetags.static import static
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Site

from warta.core import paper
from warta.core.paper import Paper
from warta.delivery import events, kept, keys
from warta.delivery.sites import site_for_request, url_of
from warta.sections.brand import DEFAULT_BRAND
from warta.sections.models import CHROME_SURFACE as SURFACE
from warta.sections.models import HomePage, InfoPage, PaperIdentity, published_pages

# Google's publisher logo when no logo is uploaded: the square icon (raster).
PUBLISHER_ICON = "warta/icons/icon-512.png"
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
    """The request's site's identity and footer pages (kept; see the module);
    without a request (a feed built in a command, an e-mail) the default
    site's, kept under its own part so that costs no query either."""
    token = keys.generations([SURFACE])[SURFACE]
    if request is None:
        return kept.CHROME.get_or_set(lambda: read(default_site()), "default", token)
    site = site_for_request(request)
    site_id = site.pk if site is not None else None
    return kept.CHROME.get_or_set(lambda: read(site), site_id, token)


def default_site():
    return Site.objects.filter(is_default_site=True).first()


def paper_of(request=None):
    """The identity as ``warta.core.paper`` gives it to SEO, feeds and mail."""
    chrome = chrome_for(request)
    logo_url = chrome.logo.url if chrome.logo else static(PUBLISHER_ICON)
    return Paper(name=chrome.name, logo_url=logo_url)


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
    """Every page shows the identity: every kept page is out of date at once
    (the global generation). A proxy or CDN in front (``WAGTAILFRONTENDCACHE``)
    cannot be told "everything", so the pages readers open first are purged
    there too: the front, the sections and their feeds, the paper's own pages,
    the sitemaps (the news sitemap names the paper) and the manifest; a story
    a proxy keeps follows within its Cache-Control (a minute by default)."""
    events.changed({SURFACE, keys.GLOBAL, "sitemaps", *entry_pages()})


def entry_pages():
    home = HomePage.objects.live().first()
    sections = home.navigation() if home else []
    found = {url_of(section.url_path) for section in sections} - {None}
    found.update(url for _, url in info_pages())
    return {"/", reverse("manifest"), *found}


def site_changed(**kwargs):
    keys.bump([SURFACE])


def logo_changed(sender, instance, raw=False, **kwargs):
    """The logo's file replaced or the image deleted (the identity's link is
    then cleared by SET_NULL, which sends no signal): a new rendition."""
    if not raw and PaperIdentity.objects.filter(logo_id=instance.pk).exists():
        identity_changed()


def connect():
    paper.provide(paper_of)
    post_save.connect(
        identity_changed, sender=PaperIdentity, dispatch_uid="warta-identity-saved"
    )
    post_delete.connect(
        identity_changed, sender=PaperIdentity, dispatch_uid="warta-identity-deleted"
    )
    # Another default site: what "default" keeps (chrome_for) is another's.
    post_save.connect(site_changed, sender=Site, dispatch_uid="warta-chrome-site")
    image = get_image_model()
    post_save.connect(logo_changed, sender=image, dispatch_uid="warta-logo-saved")
    pre_delete.connect(logo_changed, sender=image, dispatch_uid="warta-logo-deleted")
