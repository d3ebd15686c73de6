from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from warta.api.urls import api
from warta.core import routing
from warta.operations import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("warta.planning.urls")),
    path("", include("warta.people.urls")),
    path("", include("warta.articles.urls")),
    path("", include("warta.popularity.urls")),
    path("", include("warta.search.urls")),
    path("", include("warta.comments.urls")),
    path("", include("warta.feeds.urls")),
    path("", include("warta.reach.urls")),
    path("", include("warta.newsletters.urls")),
    path("", include("warta.push.urls")),
    # The mail provider's bounce and complaint webhooks (warta.newsletters).
    path("anymail/", include("anymail.urls")),
    path("", include("warta.trust.urls")),
    path("", include("warta.sections.indeks")),
    path("", include("warta.sections.urls")),
    path("api/v1/", api.urls),
]

if settings.WARTA_SERVE_MEDIA:
    # The embedded default serves uploads itself; production lets nginx do it.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{prefix}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# Wagtail's own URLs, its page view replaced by one that routes in fewer queries.
urlpatterns += [
    pattern
    for pattern in wagtail_urls.urlpatterns
    if getattr(pattern, "name", None) != "wagtail_serve"
]
urlpatterns.append(
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve")
)

handler404 = "warta.trust.views.page_not_found"  # 410 for a taken-down story
handler500 = "warta.operations.faults.server_error"
