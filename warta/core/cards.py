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

from django.template.loader import get_template
from wagtail.images import get_image_model

from warta.core import listing
from warta.core.listing import by_card_model, card_pages
from warta.core.pagination import PER_PAGE, StoryPaginator, paginate
from warta.delivery import kept
from warta.delivery.sites import url_of

CARD_TEMPLATE = "components/card.html"
# Bump when what a card shows changes outside its template (the picture tag).
CARD_VERSION = 1
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


def card_keys(pk, url_path, last_published_at, image_facts):
    """``{variant: key}`` of a story's cards; empty for a story never published.

    The one place a card's key is made: its story, address, publish time and
    picture, the card template and ``CARD_VERSION`` (``kept.CARDS``)."""
    if last_published_at is None:
        return {}
    facts = (CARD_VERSION, template_digest(), pk, url_path, last_published_at)
    return {
        variant: kept.CARDS.key(*facts, image_facts, variant) for variant in VARIANTS
    }


def image_facts_of(story):
    image = story.card_image
    if image is None:
        return None
    return tuple(getattr(image, name) for name in IMAGE_FACTS)


def card_key(story, variant):
    """The cache key of ``story``'s card (a page) in ``variant``, or None."""
    facts = image_facts_of(story)
    keys = card_keys(story.pk, story.url_path, story.last_published_at, facts)
    return keys.get(variant)


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
    return kept.CARDS.cache.get_or_set(
        key, lambda: render_card(story, variant, request), kept.CARDS.timeout()
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
        keys = card_keys(
            self.pk, self.url_path, self.last_published_at, self.image_facts
        )
        return keys.get(variant)

    def page(self):
        """The story itself, read with what its card shows (only on a miss)."""
        if self._page is None:
            self._page = card_pages([(self.pk, self.content_type_id)])[self.pk]
        return self._page

    def __repr__(self):
        return f"<CardRef {self.pk} {self.url_path}>"


def card_refs(rows, markup=True):
    """``{pk: CardRef}`` for ``(pk, content_type_id)`` rows: one query per page
    type (with its picture's facts), one cache lookup for every card."""
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
    images = get_image_model().objects.filter(pk__in=set(image_of.values()))
    facts = {row[0]: row for row in images.values_list(*IMAGE_FACTS)}
    for ref, image_id in image_of.items():
        ref.image_facts = facts.get(image_id)


def add_markup(refs):
    """Every variant of every card, from the cache in one lookup."""
    wanted = {}
    for ref in refs:
        keys = card_keys(ref.pk, ref.url_path, ref.last_published_at, ref.image_facts)
        wanted.update(((ref, variant), key) for variant, key in keys.items())
    for (ref, variant), html in kept.CARDS.get_many(wanted).items():
        ref.markup[variant] = html


def cards(queryset):
    """The stories of ``queryset`` as ``CardRef``s , in
    the same order: what a list of cards needs, without reading the pages."""
    rows = list(queryset.values_list("pk", "content_type_id"))
    found = card_refs(rows)
    return [found[pk] for pk, _ in rows if pk in found]


def paginated_cards(request, queryset, per_page=None, newest=None):
    """A page of ``?page=N`` whose object_list is ready-to-render cards.

    ``newest`` is the same list read by walking the date index (see
    ``children_of``): used for the first ``WALK_LIMIT`` stories, where it is
    far cheaper than sorting every story of a big section."""
    page = paginate(request, queryset, per_page or PER_PAGE, StoryPaginator)
    rows = page.object_list
    if (
        newest is not None
        and page.paginator.count
        and page.end_index() <= listing.WALK_LIMIT
    ):
        rows = newest[page.start_index() - 1 : page.end_index()]
    page.object_list = cards(rows)
    return page
