"""Responsive pictures: WebP renditions in a ``srcset``, a JPEG or PNG fallback.

    {% load pictures %}
    {% picture image sizes="(min-width: 60rem) 40rem, 100vw" widths="480,800,1200"
               crop="fill-16x9" lazy=False priority=True alt="…" class="…" %}

renders a ``<picture>`` whose ``<source type="image/webp">`` lists one WebP
rendition per width, and whose ``<img>`` is a rendition in the original format
(JPEG for photos, PNG for charts) with ``width`` and ``height`` set, so the
browser reserves the space before the file arrives and nothing jumps.

Loading is decided here, in one place: pictures below the fold are
``loading="lazy" decoding="async"`` (the default); ``lazy=False`` loads at once;
``priority=True`` is for the one picture that is the page's largest paint (the
lead photo) and adds ``fetchpriority="high"``.

All renditions of a picture are fetched at once (``warta.images.renditions``:
one cache lookup, and one query only for what the cache lacks). Widths wider
than the original are dropped: Wagtail does not upscale, and a ``srcset``
must not promise pixels that are not there. Wagtail has a ``{% picture %}``
tag of its own in ``wagtailimages_tags`` with another syntax: load ``pictures``
after it.
"""

import logging

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html
from wagtail.images.models import SourceImageIOError

from warta.images.renditions import renditions

logger = logging.getLogger(__name__)
register = template.Library()

DEFAULT_WIDTHS = "480,800,1200"
# Formats every browser shows: the fallback <img> keeps them (a GIF keeps its
# motion); anything else (WebP, AVIF, HEIC…) becomes JPEG there.
FALLBACK_KEEPS = {"jpg", "jpeg", "png", "gif"}


def parse_widths(widths):
    """ "480, 800,1200" (or a list of numbers) as sorted unique positive ints."""
    if isinstance(widths, str):
        widths = widths.replace(" ", "").split(",")
    return sorted({int(width) for width in widths if int(width) > 0})


def resize_spec(width, crop=""):
    """The Wagtail filter for one width: ``width-800`` or, cropped to a ratio,
    ``fill-800x450`` for ``crop="fill-16x9"`` (the focal point is respected)."""
    if not crop:
        return f"width-{width}"
    kind, _, ratio = crop.partition("-")
    ratio_w, _, ratio_h = ratio.partition("x")
    if kind != "fill" or not ratio_w.isdigit() or not ratio_h.isdigit():
        raise template.TemplateSyntaxError(
            f'picture: crop must look like "fill-16x9", not "{crop}"'
        )
    return f"fill-{width}x{round(width * int(ratio_h) / int(ratio_w))}"


def usable_widths(image, widths):
    """The requested widths narrower than the original, then the original's own
    width when a wider one was asked for (at least one width)."""
    fitting = [width for width in widths if width < image.width]
    if not fitting or widths[-1] >= image.width:
        fitting.append(image.width)
    return fitting


def extension(image):
    return image.file.name.rsplit(".", 1)[-1].lower()


def srcset(renditions):
    """ "a.webp 480w, b.webp 800w", one entry per distinct rendition width."""
    by_width = {rendition.width: rendition.url for rendition in renditions}
    return ", ".join(f"{url} {width}w" for width, url in sorted(by_width.items()))


def img_attributes(rendition, alt, lazy, priority, attrs):
    attributes = {
        "src": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }
    if priority:
        attributes["fetchpriority"] = "high"
    elif lazy:
        attributes.update(loading="lazy", decoding="async")
    attributes.update({key.replace("_", "-"): value for key, value in attrs.items()})
    return attributes


def renditions_for(image, widths, crop):
    """The WebP ``srcset`` ("" when there is none) and the fallback rendition,
    all fetched at once."""
    if image.is_svg():
        return "", image.get_rendition("original")
    fitting = usable_widths(image, widths)
    fallback_spec = resize_spec(fitting[len(fitting) // 2], crop)
    if extension(image) not in FALLBACK_KEEPS:
        fallback_spec += "|format-jpeg"
    webp_specs = [
        f"{resize_spec(width, crop)}|format-webp"
        for width in fitting
        if extension(image) != "gif"  # an animated GIF would lose its motion
    ]
    found = renditions(image, fallback_spec, *webp_specs)
    return srcset(found[spec] for spec in webp_specs), found[fallback_spec]


@register.simple_tag
def picture(
    image,
    sizes="100vw",
    widths=DEFAULT_WIDTHS,
    crop="",
    lazy=True,
    priority=False,
    alt=None,
    **attrs,
):
    """A ``<picture>`` for a Wagtail image; nothing at all when there is none.

    ``alt`` defaults to the image's own alt text (its description or title);
    pass ``alt=""`` for a picture that only repeats a nearby link's text. Other
    keyword arguments (``class``, ``aria_describedby``…) go on the ``<img>``.
    A missing original file leaves the picture out instead of failing the page.
    """
    if not image:
        return ""
    try:
        webp, fallback = renditions_for(image, parse_widths(widths), crop)
    except SourceImageIOError:
        logger.warning("picture: the original file of image %s is missing", image.pk)
        return ""
    alt = image.default_alt_text if alt is None else alt
    img = flatatt(img_attributes(fallback, alt, lazy and not priority, priority, attrs))
    if not webp:
        return format_html("<picture><img{}></picture>", img)
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img{}></picture>',
        webp,
        sizes,
        img,
    )
