"""The paper's identity as files: its web manifest and its brand colour."""

import json
import re

from django.http import HttpResponse
from django.templatetags.static import static
from django.views.decorators.http import require_safe

from warta.sections.brand import DEFAULT_BRAND
from warta.sections.chrome import chrome_for

HEX = re.compile(r"^#[0-9a-f]{6}$")
DAY = 24 * 60 * 60
ICONS = [
    ("warta/icons/icon-192.png", "192x192", "image/png"),
    ("warta/icons/icon-512.png", "512x512", "image/png"),
    ("warta/icons/favicon.svg", "any", "image/svg+xml"),
]


@require_safe
def manifest(request):
    """``/manifest.webmanifest``: the name and colour the paper has now."""
    chrome = chrome_for(request)
    data = {
        "name": chrome.name,
        "short_name": chrome.name.split()[-1] if chrome.name else chrome.name,
        "description": chrome.tagline,
        "lang": "id",
        "start_url": "/",
        "display": "minimal-ui",
        "background_color": "#ffffff",
        "theme_color": _colour(chrome.brand),
        "icons": [
            {"src": static(src), "sizes": sizes, "type": kind}
            for src, sizes, kind in ICONS
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/manifest+json"
    )
    response["Cache-Control"] = f"public, max-age={DAY}"
    return response


@require_safe
def brand_css(request):
    """``/warna.css``: the brand colour an editor chose, as the stylesheet's
    variable (the CSP forbids inline styles). Linked only when it differs
    from the stylesheet's own, with the colour in the query string."""
    colour = _colour(chrome_for(request).brand)
    response = HttpResponse(
        f":root {{ --brand: {colour}; }}\n", content_type="text/css; charset=utf-8"
    )
    response["Cache-Control"] = f"public, max-age={DAY}"
    return response


def _colour(value):
    value = (value or "").lower()
    return value if HEX.match(value) else DEFAULT_BRAND
