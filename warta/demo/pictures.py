"""Pictures for the demo, drawn with Pillow: nothing is downloaded.

Each picture is a simple scene (sky, sun, hills or a skyline) whose colours and
shapes follow from a seed, so the same story always gets the same picture.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    # sky top, sky bottom, sun, far land, near land
    ("#1d3557", "#f4a261", "#ffd166", "#2a9d8f", "#264653"),
    ("#48cae4", "#caf0f8", "#fff3b0", "#52b788", "#2d6a4f"),
    ("#3a0ca3", "#f72585", "#ffbe0b", "#4361ee", "#240046"),
    ("#ffafcc", "#ffe5ec", "#fb8500", "#8d99ae", "#2b2d42"),
    ("#023047", "#8ecae6", "#ffb703", "#219ebc", "#033d4f"),
    ("#606c38", "#fefae0", "#dda15e", "#bc6c25", "#283618"),
]


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _blend(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _sky(draw, width, height, top, bottom):
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_blend(top, bottom, y / height))


def _ridge(rnd, width, base, roughness):
    points, y = [], base
    for x in range(0, width + 80, 80):
        y = max(base - roughness, min(base + roughness, y + rnd.randint(-40, 40)))
        points.append((x, y))
    return points


def _skyline(draw, rnd, width, height, colour):
    x = 0
    while x < width:
        w = rnd.randint(50, 140)
        h = rnd.randint(height // 6, height // 2)
        draw.rectangle([x, height - h, x + w, height], fill=colour)
        for wy in range(height - h + 15, height - 20, 28):
            for wx in range(x + 10, x + w - 15, 24):
                if rnd.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 8, wy + 12], fill="#ffe8a3")
        x += w + rnd.randint(4, 20)


def draw_scene(seed, width=1600, height=900):
    """A landscape or city scene as an RGB image."""
    rnd = random.Random(seed)
    sky_top, sky_bottom, sun, far, near = (_hex(c) for c in rnd.choice(PALETTES))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _sky(draw, width, height, sky_top, sky_bottom)
    r = rnd.randint(height // 12, height // 7)
    cx, cy = rnd.randint(r, width - r), rnd.randint(r, height // 2)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=sun)
    far_ridge = _ridge(rnd, width, int(height * 0.6), 90)
    draw.polygon(far_ridge + [(width, height), (0, height)], fill=far)
    if rnd.random() < 0.5:
        _skyline(draw, rnd, width, height, near)
    else:
        near_ridge = _ridge(rnd, width, int(height * 0.8), 60)
        draw.polygon(near_ridge + [(width, height), (0, height)], fill=near)
    return image


def draw_portrait(seed, size=600):
    """A head-and-shoulders silhouette on a coloured background."""
    rnd = random.Random(seed)
    palette = rnd.choice(PALETTES)
    image = Image.new("RGB", (size, size), _hex(palette[1]))
    draw = ImageDraw.Draw(image)
    colour = _hex(palette[4])
    draw.ellipse([size * 0.32, size * 0.16, size * 0.68, size * 0.52], fill=colour)
    draw.ellipse([size * 0.14, size * 0.58, size * 0.86, size * 1.3], fill=colour)
    return image


def draw_poster(seed, width=1600, height=900):
    """A video poster: a scene with a play sign."""
    image = draw_scene(seed, width, height)
    draw = ImageDraw.Draw(image, "RGBA")
    cx, cy, r = width // 2, height // 2, height // 7
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(0, 0, 0, 140))
    draw.polygon(
        [(cx - r // 3, cy - r // 2), (cx - r // 3, cy + r // 2), (cx + r // 2, cy)],
        fill=(255, 255, 255, 230),
    )
    return image


def draw_bar_chart(title, rows, unit, width=1200):
    """An infographic: a titled horizontal bar chart of (label, value) rows."""
    height = 440 + 150 * len(rows)
    image = Image.new("RGB", (width, height), "#fdfaf3")
    draw = ImageDraw.Draw(image)
    big, medium, small = (ImageFont.load_default(size=s) for s in (54, 34, 28))
    draw.rectangle([0, 0, width, 220], fill="#0b3d5c")
    _wrapped(draw, title, big, (60, 50), width - 120, "#ffffff")
    top, left = 300, 60
    biggest = max(value for _, value in rows) or 1
    bar_area = width - left * 2
    step = min(150, (height - top - 120) // max(len(rows), 1))
    for i, (label, value) in enumerate(rows):
        y = top + i * step
        draw.text((left, y), label, font=medium, fill="#1b1b1b")
        length = int(bar_area * 0.8 * value / biggest)
        draw.rectangle([left, y + 48, left + length, y + 100], fill="#e07a1f")
        shown = f"{value:,}".replace(",", "X").replace(".", ",").replace("X", ".")
        draw.text(
            (left + length + 14, y + 56), f"{shown} {unit}", font=small, fill="#333"
        )
    draw.text(
        (left, height - 70), "Sumber: data demo Harian Warta", font=small, fill="#666"
    )
    return image


def _wrapped(draw, text, font, origin, max_width, fill):
    x, y = origin
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) > max_width and line:
            draw.text((x, y), line, font=font, fill=fill)
            y += font.size + 12
            line = word
        else:
            line = trial
    if line:
        draw.text((x, y), line, font=font, fill=fill)


def to_jpeg(image, quality=82):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()


def to_png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
