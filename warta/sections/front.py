"""The front page's stories, read in a fixed handful of queries.

The front shows the lead, the editor's headline slots, Terkini, Terpopuler, a
strip of stories per section and the newest weekend edition. Read list by list
that is a few queries per section. Here the ids come first: the editor's picks
with the newest edition in one query, the paper's newest stories (which fill
Terkini and most strips) in another, and only for a quiet section whose stories
are older than those, one more for all such sections together. Then every card
is read at once, one query per page type, as references to cached cards
(``card_refs``).

No story shows twice: the lead, then the second tier, Terkini, Terpopuler
and the section strips (the media desks' merged into one band) each skip
what an earlier slot already shows, and the weekend edition shows only in its
own teaser. Terpopuler moves by the minute and the plan by the publish, so
the plan keeps a few more stories per strip than it shows.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber, Substr

from warta.articles.models import ArticlePage
from warta.core.cards import add_markup, card_refs
from warta.core.listing import card_pages
from warta.delivery import kept
from warta.editions.models import EditionPage
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage
from warta.popularity.queries import front_ranking

RECENT = 300  # the newest stories read to fill Terkini and the section strips
STRIP = 4
LATEST = 10
HEADLINES = 4
MOST_READ = 5
# Ranked ids read when Terpopuler's first ones are shown elsewhere already.
MOST_READ_POOL = 20
# A strip reads more than it shows: the stories in Terpopuler (which moves by
# the minute, the plan by the publish) leave it and the next ones step up.
STRIP_CANDIDATES = STRIP + MOST_READ
MEDIA_TYPES = (PhotoGalleryPage, VideoPage, InfographicPage)
MEDIA_BAND = 8  # at most two rows of four


def front_page(home, visible, most_read_ids):
    """What the front shows, as cards: lead, headlines, latest, most_read,
    section_blocks (section and stories) and edition."""

    # Which stories go where changes only when a story or the home page is
    # published, unpublished, moved or deleted: the plan is kept until then.
    # The plan holds the stories' card references and the sections too: a
    # picture edited without a publish changes the home page's generation.
    def read():
        plan = front_plan(home, visible)
        return {**plan, **front_reads(home, plan)}

    plan = kept.FRONTS.get_or_set(read, home.pk)
    home._warta_navigation = plan["sections"]  # for the navigation bar too
    return front_cards(plan, most_read_ids)


def front_plan(home, visible):
    """The ids of the front's stories, slot by slot, with their page types."""
    # Articles and the story types built on them (the live report).
    articles = {
        ContentType.objects.get_for_model(model).pk
        for model in [ArticlePage, *ArticlePage.__subclasses__()]
    }
    edition = ContentType.objects.get_for_model(EditionPage).pk
    # A prefix match rather than a path range: SQLite then walks the index of
    # first_published_at, newest first, and stops at RECENT (a range made it
    # read and sort every story of the archive).
    stories = visible.filter(depth=home.depth + 2, path__startswith=home.path)

    picks = _picks(home, visible, EditionPage)
    recent = list(
        stories.order_by("-first_published_at", "-pk").values_list(
            "pk", "content_type_id", "path", "articlepage__lead_image_id"
        )[:RECENT]
    )
    lead = home.lead_story_id if home.lead_story_id in picks else None
    if lead is None:
        lead = next(
            (pk for pk, kind, _, image in recent if kind in articles and image), None
        )
    edition_id = next((pk for pk, (kind, _) in picks.items() if kind == edition), None)
    headlines = _headlines(picks, recent, articles, {lead, edition_id})
    shown = {lead, edition_id, *headlines} - {None}
    latest = [pk for pk, kind, _, _ in recent if kind in articles and pk not in shown][
        :LATEST
    ]
    shown.update(latest)
    strips = _strips(home.navigation(), recent, stories, shown)
    kinds = {pk: kind for pk, (kind, _) in picks.items()}
    kinds.update((pk, kind) for pk, kind, _, _ in recent)
    media = {ContentType.objects.get_for_model(model).pk for model in MEDIA_TYPES}
    return {
        "lead": lead,
        "headlines": headlines,
        "latest": latest,
        "edition": (edition_id, kinds[edition_id]) if edition_id else None,
        "strips": [(section.pk, strip) for section, strip in strips.items()],
        # The media desks: their strips are one band of pictures.
        "media": [
            section.pk
            for section, strip in strips.items()
            if strip and all(kind in media for _, kind in strip)
        ],
        # The page type of each story shown outside the strips.
        "kinds": {pk: kinds[pk] for pk in {lead, *headlines, *latest} if pk in kinds},
    }


def _headlines(picks, recent, articles, taken):
    """The second tier: the editor's headline slots in order, the newest
    stories with a picture filling the slots left empty."""
    picked = [
        pk
        for slot, pk in sorted(
            (slot, pk) for pk, (_, slot) in picks.items() if slot is not None
        )
        if pk not in taken
    ]
    fill = (
        pk
        for pk, kind, _, image in recent
        if kind in articles and image and pk not in taken and pk not in picked
    )
    headlines = picked[:HEADLINES]
    while len(headlines) < HEADLINES:
        pk = next(fill, None)
        if pk is None:
            break
        headlines.append(pk)
    return headlines


def front_reads(home, plan):
    """What the plan's slots show: the stories as card references (those shown
    only, one query per page type), the edition teaser (which shows more) as
    a page, and the sections of the strips."""
    rows = dict(plan["kinds"])
    rows.update(pair for _, strip in plan["strips"] for pair in strip)
    refs = card_refs(rows.items(), markup=False)
    edition = card_pages([plan["edition"]]) if plan["edition"] else {}
    return {
        "refs": refs,
        "edition_page": edition.get(plan["edition"][0]) if edition else None,
        "sections": home.navigation(),
    }


def front_cards(plan, most_read_ids):
    """The front's slots filled: each story's card from the cache at once."""
    found = plan["refs"]
    top = {plan["lead"], *plan["headlines"], *plan["latest"]}
    if plan["edition"]:
        top.add(plan["edition"][0])
    ranked = _most_read(most_read_ids, top)
    article = ContentType.objects.get_for_model(ArticlePage).pk
    missing = [(pk, article) for pk in ranked if pk not in found]
    found.update(card_refs(missing, markup=False) if missing else {})
    most_read = [pk for pk in ranked if pk in found][:MOST_READ]
    shown = top | set(most_read)
    strips = [
        (section, [pk for pk, _ in strip if pk not in shown][:STRIP])
        for section, strip in plan["strips"]
    ]
    sections = {section.pk: section for section in plan["sections"]}

    def pages(ids):
        return [found[pk] for pk in ids if pk in found]

    blocks = [
        {"section": sections[pk], "stories": pages(strip)}
        for pk, strip in strips
        if pk in sections
    ]
    media = set(plan.get("media", ()))
    front = {
        "lead": found.get(plan["lead"]),
        "headlines": pages(plan["headlines"]),
        "latest": pages(plan["latest"]),
        "most_read": pages(most_read),
        "section_blocks": [b for b in blocks if b["section"].pk not in media],
        "media_band": _media_band([b for b in blocks if b["section"].pk in media]),
        "edition": plan["edition_page"],
        "edition_section": _section_of(plan["edition_page"], plan["sections"]),
    }
    add_markup(_cards_of(front))
    return front


def _section_of(page, sections):
    """The desk a page lies under, from the sections already read."""
    if page is None:
        return None
    return next((s for s in sections if page.path.startswith(s.path)), None)


def _cards_of(front):
    """Every card the front shows (only theirs are looked up in the cache)."""
    cards = [front["lead"], *front["headlines"], *front["media_band"]["stories"]]
    cards += [story for block in front["section_blocks"] for story in block["stories"]]
    return [card for card in cards if card is not None]


def _most_read(ranked, shown):
    """Terpopuler without what the front shows already; more of the ranking
    is read (kept a minute, like the first) when too few are left."""
    ids = [pk for pk in ranked if pk not in shown]
    if len(ids) < MOST_READ and len(ranked) < MOST_READ_POOL:
        pool = front_ranking(MOST_READ_POOL)
        ids = [pk for pk in dict.fromkeys([*ranked, *pool]) if pk not in shown]
    return ids[: MOST_READ + 2]  # a spare or two: a ranked story may be gone


def _media_band(blocks):
    """The media desks' stories as one band, newest first, in whole rows of
    four (all of them when there are fewer), with the desks for its links."""
    stories = sorted(
        (story for block in blocks for story in block["stories"]),
        key=lambda story: story.first_published_at,
        reverse=True,
    )
    rows = max(len(stories[:MEDIA_BAND]) // 4 * 4, min(len(stories), 4))
    return {"sections": [b["section"] for b in blocks], "stories": stories[:rows]}


def _picks(home, visible, edition_model):
    """``{pk: (content type, headline slot or None)}`` for the lead story, the
    headline slots and the newest edition that are live and public."""
    headline = home._meta.get_field("headline_slots").related_model
    slots = headline.objects.filter(home=home)
    newest_edition = (
        visible.type(edition_model)
        .order_by("-editionpage__edition_date", "-pk")
        .values("pk")[:1]
    )
    slot_of = slots.filter(story=OuterRef("pk")).order_by("sort_order")
    rows = (
        visible.filter(
            Q(pk=home.lead_story_id)
            | Q(pk__in=slots.values("story_id"))
            | Q(pk=Subquery(newest_edition))
        )
        .annotate(slot=Subquery(slot_of.values("sort_order")[:1]))
        .order_by()
        .values_list("pk", "content_type_id", "slot")
    )
    return {pk: (kind, slot) for pk, kind, slot in rows}


def _strips(sections, recent, stories, shown=frozenset()):
    """``{section: [(pk, content type), ...]}``, newest first, the first
    STRIP_CANDIDATES of each without the stories in ``shown`` (the front's
    other slots)."""
    strips = {section: [] for section in sections}
    for pk, kind, path, _ in recent:
        if pk in shown:
            continue
        for section, strip in strips.items():
            if path.startswith(section.path) and len(strip) < STRIP_CANDIDATES:
                strip.append((pk, kind))
                break
    quiet = [s for s, strip in strips.items() if len(strip) < STRIP_CANDIDATES]
    if quiet and len(recent) == RECENT:
        # Sections with older stories than the newest RECENT: one query for all.
        length = len(quiet[0].path)
        ranked = (
            stories.filter(
                # Ranges (not prefixes): each quiet section read by the path index.
                reduce(or_, (Q(path__range=(s.path, s.path + "Z" * 4)) for s in quiet)),
            )
            .exclude(pk__in=list(shown))
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=Substr("path", 1, length),
                    order_by=[F("first_published_at").desc(), F("pk").desc()],
                )
            )
            .filter(rank__lte=STRIP_CANDIDATES)
            .values_list("pk", "content_type_id", "path")
        )
        by_path = {s.path: s for s in quiet}
        for section in quiet:
            strips[section] = []
        for pk, kind, path in ranked.order_by("path", "rank"):
            strips[by_path[path[:length]]].append((pk, kind))
    return strips
