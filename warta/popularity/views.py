"""The view beacon: ``POST /v/<id>/`` from the page's script, ``GET`` from <noscript>.

Every request for a real story gets the same answer whether it counted or not
(a bot, a refresh, a capped client), so nobody learns what the limits are. No
cookie is read or set: the view never touches the session, the user or the CSRF
token, whatever cookies the browser sends along.
"""

import base64

from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from warta.popularity.clients import client_key, is_automated
from warta.popularity.models import is_countable, record_view
from warta.popularity.ratelimit import allow_view

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def uncached(response):
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # an anonymous count: no user, no state to forge a change to
@require_http_methods(["GET", "POST"])
def count_view(request, page_id):
    if not is_countable(page_id):
        # A bare 404: hostile ids should cost no template and no session.
        return uncached(HttpResponseNotFound())
    if not is_automated(request) and allow_view(client_key(request), page_id):
        record_view(page_id)
    if request.method == "GET":
        return uncached(HttpResponse(PIXEL, content_type="image/gif"))
    return uncached(HttpResponse(status=204))
