"""The paper's brand colour: the default and the check an editor's choice passes.

Links and buttons are drawn in the brand colour on white, so it must keep the
WCAG AA contrast for text (4.5:1).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_BRAND = "#b0131c"  # Merah Warta: 7.1:1 on white
MIN_CONTRAST = 4.5


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour):
    """WCAG relative luminance of ``#rrggbb``."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_on_white(colour):
    return 1.05 / (luminance(colour) + 0.05)


def check_brand_colour(colour):
    """Refuse a colour too light to read on white, saying by how much."""
    try:
        ratio = contrast_on_white(colour)
    except (TypeError, ValueError, IndexError):
        return  # the field's own validator reports a malformed value
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            {
                "brand_colour": _(
                    "Warna ini terlalu terang untuk teks di atas putih: kontrasnya "
                    "%(ratio)s:1, perlu minimal 4,5:1. Pilih warna yang lebih gelap."
                )
                % {"ratio": f"{ratio:.1f}".replace(".", ",")}
            }
        )
