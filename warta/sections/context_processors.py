from django.conf import settings
from django.utils.functional import SimpleLazyObject

from warta.delivery.sites import url_of
from warta.sections.chrome import chrome_for
from warta.sections.models import HomePage


def _sections(request):
    home = getattr(request, "warta_home", None)  # kept by warta.core.routing
    home = home or HomePage.objects.live().first()
    sections = home.navigation() if home else []
    for section in sections:
        section.nav_url = url_of(section.url_path)  # not {% pageurl %} twice each
    return sections


def paper(request):
    """The paper's identity, base URL and navigation, for every template.

    ``paper`` is the identity and footer pages (``warta.sections.chrome``),
    read only when a template shows them."""
    chrome = SimpleLazyObject(lambda: chrome_for(request))
    return {
        "paper": chrome,
        "paper_name": SimpleLazyObject(lambda: chrome.name),
        "base_url": settings.WARTA_BASE_URL,
        "nav_sections": SimpleLazyObject(lambda: _sections(request)),
    }
