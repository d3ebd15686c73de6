"""Story cards: the cached markup of each, and the light references lists use.

A home page shows some sixty cards, each a picture with its renditions, a
link, a label and a date. The markup of a card changes only when its story is
published again (headline, kicker, label, date), moved (its address), or its
picture changes (file or focal point), so the rendered card is kept in the
cache under a key made of exactly those facts, plus a digest of the card
template. A new version of the story is a new key: nothing has to be purged,
and an old card is never shown for a newer story.

Lists that only show cards need not read the stories at all: ``card_refs``
reads the facts of a key (a few columns, no page objects) and every card's
markup in one cache lookup; a story whose card is not cached yet is read and
rendered when the template reaches it (``{% card %}``).
"""

import functools
import hashlib

from django.core.cache import cache
from django.template.loader import get_template

CARD_TEMPLATE = "components/card.html"
# Bump when what a card shows changes outside its template (the picture tag).
CARD_VERSION = 1
# Long enough to outlast the busy hours of a story; a key never goes stale.
CARD_SECONDS = 24 * 60 * 60
VARIANTS = ("big", "compact", "plain")
IMAGE_FACTS = (
    "pk",
    "file_hash",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


@functools.lru_cache(maxsize=1)
def template_digest():
    """The card template's source, digested: a deploy that changes the
    template changes every key."""
    source = get_template(CARD_TEMPLATE).template.source
    return hashlib.blake2b(source.encode(), digest_size=6).hexdigest()


def key_for(variant, pk, url_path, last_published_at, image_facts):
    """The cache key of a card; None for a story never published."""
    stem = key_stem(pk, url_path, last_published_at, image_facts)
    return stem and f"{stem}:{variant}"


def key_stem(pk, url_path, last_published_at, image_facts):
    """What the keys of a story's card variants share."""
    if last_published_at is None:
        return None
    facts = [pk, url_path, last_published_at.timestamp(), image_facts]
    digest = hashlib.blake2b(repr(facts).encode(), digest_size=12).hexdigest()
    return f"card:{CARD_VERSION}:{template_digest()}:{digest}"


def card_key(story, variant):
    """The cache key of ``story``'s card (a page) in ``variant``."""
    image = story.card_image
    facts = None
    if image is not None:
        facts = tuple(getattr(image, name) for name in IMAGE_FACTS)
    return key_for(variant, story.pk, story.url_path, story.last_published_at, facts)


def render_card(story, variant, request):
    return get_template(CARD_TEMPLATE).render(
        {
            "story": story,
            "big": variant == "big",
            "compact": variant == "compact",
            "request": request,
        }
    )


def cached_card(story, variant, request):
    """The markup of ``story``'s card (a page or a ``CardRef``) in ``variant``."""
    if isinstance(story, CardRef):
        html = story.markup.get(variant)
        if html is not None:
            return html
        story, key = story.page(), story.key(variant)
    else:
        key = card_key(story, variant)
    if key is None or getattr(request, "is_preview", False):
        return render_card(story, variant, request)
    return cache.get_or_set(
        key, lambda: render_card(story, variant, request), CARD_SECONDS
    )


class CardRef:
    """A story in a list, read without its page: its headline, address and
    time (for plain links, as in Terkini), the facts of its card's key and,
    once looked up, its cached card markup per variant."""

    __slots__ = (
        "pk",
        "content_type_id",
        "title",
        "url",
        "url_path",
        "first_published_at",
        "last_published_at",
        "image_facts",
        "markup",
        "_page",
    )

    def __init__(self, pk, content_type_id, title, url_path, first, last):
        self.pk = pk
        self.content_type_id = content_type_id
        self.title = title
        self.url_path = url_path
        self.url = None
        self.first_published_at = first
        self.last_published_at = last
        self.image_facts = None
        self.markup = {}
        self._page = None

    def key(self, variant):
        return key_for(
            variant, self.pk, self.url_path, self.last_published_at, self.image_facts
        )

    def page(self):
        """The story itself, read with what its card shows (only on a miss)."""
        if self._page is None:
            from warta.core.listing import card_pages

            self._page = card_pages([(self.pk, self.content_type_id)])[self.pk]
        return self._page

    def __repr__(self):
        return f"<CardRef {self.pk} {self.url_path}>"


def card_refs(rows, markup=True):
    """``{pk: CardRef}`` for ``(pk, content_type_id)`` rows: one query per page
    type (with its picture's facts), one cache lookup for every card."""
    from warta.core.listing import by_card_model

    refs = {}
    for model, pks in by_card_model(rows).items():
        # Live ones only: some ids come from a cache (the front's ranking).
        live = model.objects.filter(pk__in=pks, live=True)
        refs.update((ref.pk, ref) for ref in read_refs(live))
    if markup:
        add_markup(refs.values())
    return refs


def read_refs(queryset):
    """The stories of ``queryset`` (of one page type) as ``CardRef``s, in its
    order: one query, with the facts of each card's picture (their markup:
    ``add_markup``)."""
    model = queryset.model
    picture = []
    custom = getattr(model, "card_image_id", None)
    related = getattr(model, "card_related", ())
    if custom is not None:  # a picture found by a subquery: its facts later
        queryset = queryset.annotate(card_image_ref=custom())
        picture = ["card_image_ref"]
    elif related:  # the card's one image: its facts in the same query
        picture = [f"{related[0]}__{name}" for name in IMAGE_FACTS]
    refs, image_of = [], {}
    for row in queryset.values_list(*REF_FIELDS, *picture):
        ref = CardRef(*row[: len(REF_FIELDS)])
        ref.url = url_of(ref.url_path)
        refs.append(ref)
        image = row[len(REF_FIELDS) :]
        if custom is not None and image[0] is not None:
            image_of[ref] = image[0]
        elif image and image[0] is not None:
            ref.image_facts = tuple(image)
    if image_of:
        _add_image_facts(image_of)
    return refs


REF_FIELDS = (
    "pk",
    "content_type_id",
    "title",
    "url_path",
    "first_published_at",
    "last_published_at",
)


def _add_image_facts(image_of):
    from warta.images.models import WartaImage

    images = WartaImage.objects.filter(pk__in=set(image_of.values()))
    facts = {row[0]: row for row in images.values_list(*IMAGE_FACTS)}
    for ref, image_id in image_of.items():
        ref.image_facts = facts.get(image_id)


def add_markup(refs):
    """Every variant of every card, from the cache in one lookup."""
    keys = {}
    for ref in refs:
        stem = key_stem(ref.pk, ref.url_path, ref.last_published_at, ref.image_facts)
        if stem is not None:
            keys.update((f"{stem}:{variant}", (ref, variant)) for variant in VARIANTS)
    for key, html in cache.get_many(list(keys)).items():
        ref, variant = keys[key]
        ref.markup[variant] = html


def url_of(url_path):
    """A page's address from its stored path, as ``Page.url`` gives it:
    relative on a single-site install, with the site's root URL otherwise."""
    roots = site_root_paths()
    for root in roots:
        if url_path.startswith(root.root_path):
            path = url_path[len(root.root_path) - 1 :]
            return path if len(roots) == 1 else root.root_url + path
    return None


def site_root_paths():
    from wagtail.models import Site

    from warta.delivery.memo import remembered

    return remembered("site-root-paths", Site.get_site_root_paths)
