"""WordPress's short links (``/?p=123``) keep working after a migration.

Wagtail's redirect middleware only looks at 404s, and ``/?p=123`` is the home
page with a query string: it answers 200. This middleware looks up the
redirect the WordPress import stored for it first. Any other request passes
through without a query.
"""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect


class WordPressShortLinkMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path == "/"
            and "p" in request.GET
            and request.method in ("GET", "HEAD")
        ):
            path = Redirect.normalise_path(
                request.get_full_path(), decode_unicode=False
            )
            redirect = get_redirect(request, path)
            if redirect is not None and redirect.link:
                if redirect.is_permanent:
                    return HttpResponsePermanentRedirect(redirect.link)
                return HttpResponseRedirect(redirect.link)
        return self.get_response(request)
