"""Synthetic archives: ``warta demo --articles N`` for benchmarks and search.

Pages are written in bulk, not one admin save each: the page tree paths are
computed here, the ``wagtailcore_page`` rows go in with ``bulk_create`` and the
article rows with the same single INSERT Django uses for bulk_create (which
refuses multi-table models on its own). Synthetic articles get no revision
history and are not added to the search index; ``warta update_index`` adds them.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page

from warta.articles.models import ArticlePage, ArticleTopic, ArticleWriter
from warta.demo import vocabulary as V
from warta.people.models import Agency, Person
from warta.sections.models import SectionPage

YEARS = 5
MEDIA_DESKS = {"foto", "video", "infografis", "edisi-weekend"}


class SyntheticArchive:
    def __init__(self, count, seed=2026, now=None, batch_size=1000):
        self.count = count
        self.rnd = random.Random(seed)
        self.now = now or timezone.now()
        self.batch_size = batch_size

    def sections(self):
        return [
            section
            for section in SectionPage.objects.live().order_by("path")
            if section.slug not in MEDIA_DESKS
        ]

    def prepare(self):
        self.content_type = ContentType.objects.get_for_model(ArticlePage)
        self.locale = Locale.get_default()
        self.editors = list(Person.objects.filter(is_editor=True))
        self.writers = list(Person.objects.filter(is_writer=True))
        self.agencies = list(Agency.objects.all())
        self.images = list(
            ArticlePage.objects.exclude(lead_image=None)
            .values_list("lead_image_id", flat=True)
            .distinct()[:60]
        )
        self.tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in V.TOPICS
        ]
        self.next_step = {}
        for section in self.sections_list:
            last = (
                Page.objects.filter(
                    path__startswith=section.path, depth=section.depth + 1
                )
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self.next_step[section.pk] = (
                Page._str2int(last[-Page.steplen :]) + 1 if last else 1
            )

    def run(self, progress=None):
        self.sections_list = self.sections()
        if not self.sections_list:
            raise RuntimeError("No sections: run `warta demo` first.")
        self.prepare()
        made = 0
        while made < self.count:
            size = min(self.batch_size, self.count - made)
            with transaction.atomic():
                self.write_batch(size, made)
            made += size
            if progress:
                progress(size)
        return made

    # -- one batch -------------------------------------------------------------

    def write_batch(self, size, offset):
        articles, children = [], {}
        for i in range(size):
            section = self.sections_list[(offset + i) % len(self.sections_list)]
            articles.append(self.article(section, offset + i))
            children[section.pk] = children.get(section.pk, 0) + 1
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(a, f.attname) for f in page_fields})
                for a in articles
            ]
        )
        for article, row in zip(articles, rows, strict=True):
            article.pk = article.page_ptr_id = row.pk
        ArticlePage._base_manager.using("default")._insert(
            articles, fields=ArticlePage._meta.local_concrete_fields, raw=True
        )
        self.write_credits(articles)
        for section_pk, added in children.items():
            section = Page.objects.get(pk=section_pk)
            Page.objects.filter(pk=section_pk).update(numchild=section.numchild + added)

    def write_credits(self, articles):
        topics, writers = [], []
        for article in articles:
            for tag in self.rnd.sample(self.tags, self.rnd.randint(1, 3)):
                topics.append(ArticleTopic(tag=tag, content_object_id=article.pk))
            if article.agency_id is None and self.writers:
                person = self.rnd.choice(self.writers)
                writers.append(
                    ArticleWriter(page_id=article.pk, person=person, sort_order=0)
                )
        ArticleTopic.objects.bulk_create(topics)
        ArticleWriter.objects.bulk_create(writers)

    def article(self, section, number):
        rnd = self.rnd
        step = self.next_step[section.pk]
        self.next_step[section.pk] = step + 1
        title, place, thing = V.headline(rnd)
        stem = slugify(title)[:60].rstrip("-")
        slug = f"{stem}-{number + 1:x}{rnd.randrange(16**3):03x}"
        published = self.now - datetime.timedelta(
            seconds=rnd.randrange(YEARS * 365 * 86400)
        )
        wire = self.agencies and rnd.random() < 0.3
        return ArticlePage(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=self.content_type,
            path=Page._get_path(section.path, section.depth + 1, step),
            depth=section.depth + 1,
            numchild=0,
            url_path=f"{section.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=published,
            locale=self.locale,
            translation_key=uuid.uuid4(),
            kicker=V.kicker(rnd, thing),
            dek=V.sentence(rnd, place, thing),
            dateline=place.upper(),
            body=self.body(place, thing),
            agency=rnd.choice(self.agencies) if wire else None,
            editor=rnd.choice(self.editors) if self.editors else None,
            lead_image_id=rnd.choice(self.images) if self.images else None,
            lead_caption_title=V.caption_title(rnd),
            lead_caption=V.sentence(rnd, place, thing),
        )

    def body(self, place, thing):
        blocks = []
        for index in range(self.rnd.randint(4, 7)):
            if index == 3:
                blocks.append(self.block("heading", V.subheading(self.rnd, thing)))
            text = " ".join(V.sentence(self.rnd, place, thing) for _ in range(3))
            blocks.append(self.block("paragraph", f"<p>{escape(text)}</p>"))
        return blocks

    def block(self, kind, value):
        return {
            "type": kind,
            "value": value,
            "id": str(uuid.UUID(int=self.rnd.getrandbits(128))),
        }


def vacuum_hint():
    """SQLite keeps statistics stale after a bulk load; refresh them."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA optimize")
