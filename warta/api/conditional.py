"""ETag and Last-Modified on every successful GET, with 304 answers.

The ETag is a hash of the exact JSON sent, so it changes whenever anything in
the answer does (an edit, an unpublished story leaving a list) and needs no
bookkeeping; detail views also send the story's Last-Modified.
"""

import hashlib

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe
from ninja import NinjaAPI

MAX_AGE = 60


class ConditionalNinjaAPI(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
