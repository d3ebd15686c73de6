from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _sections(request):
    from warta.sections.models import HomePage

    home = getattr(request, "warta_home", None)  # kept by warta.core.routing
    home = home or HomePage.objects.live().first()
    return home.navigation() if home else []


def paper(request):
    """The paper's name, base URL and section navigation, for every template."""
    return {
        "paper_name": settings.WARTA_SITE_NAME,
        "base_url": settings.WARTA_BASE_URL,
        "nav_sections": SimpleLazyObject(lambda: _sections(request)),
    }
