"""A long story split into pages at the editor's page breaks.

``?halaman=2`` shows the second part, ``?halaman=semua`` all of it; the first
part is the story's own address, which stays the one canonical URL of every
part (the page's SEO never reads the query). A part that does not exist is a
404 that says so. The page cache keys on ``halaman``
(``warta.delivery.keys.PAGE_PARAMS``).
"""

from django.http import Http404

PARAM = "halaman"
ALL = "semua"
BREAK = "page_break"


class BodyPages:
    """The blocks of the part asked for, and what the page links need."""

    def __init__(self, parts, number):
        self.parts = parts
        self.number = number  # None: every part ("Tampilkan semua")

    @property
    def count(self):
        return len(self.parts)

    @property
    def is_split(self):
        return self.count > 1

    @property
    def showing_all(self):
        return self.number is None

    @property
    def blocks(self):
        if self.number is None:
            return [block for part in self.parts for block in part]
        return self.parts[self.number - 1]

    @property
    def is_first(self):
        return self.number in (None, 1)

    @property
    def is_last(self):
        return self.number in (None, self.count)

    @property
    def numbers(self):
        return range(1, self.count + 1)

    @property
    def next_number(self):
        return None if self.is_last else self.number + 1


def split(body):
    """The body's blocks in parts, cut at each page break (empty parts dropped)."""
    parts, current = [], []
    for block in body:
        if block.block_type == BREAK:
            if current:
                parts.append(current)
            current = []
        else:
            current.append(block)
    if current or not parts:
        parts.append(current)
    return parts


def body_pages(page, request):
    """The part of ``page``'s body that ``?halaman=`` asks for; Http404 with
    a reader's message for a part that does not exist."""
    parts = split(getattr(page, "body", None) or [])
    asked = request.GET.get(PARAM, "").strip() if request is not None else ""
    if asked == "":
        return BodyPages(parts, 1)
    if asked == ALL:
        return BodyPages(parts, None)
    if not (asked.isascii() and asked.isdigit()) or not 1 <= int(asked) <= len(parts):
        raise Http404(
            f"Halaman {asked[:12]} tidak ada: berita ini terdiri dari "
            f"{len(parts)} halaman."
        )
    return BodyPages(parts, int(asked))


def body_pages_context(page, request):
    """``PAGE_CONTEXT_EXTENSIONS``: a story with a body gets ``body_pages``."""
    if not hasattr(page, "body"):
        return {}
    return {"body_pages": body_pages(page, request)}
