"""Loads the demo newspaper from ``content/`` into the database, once.

Every item the demo creates is recorded in ``DemoRecord`` under a key such as
``article:slug``. A second run skips recorded items, so it creates nothing twice
and never touches what an editor has changed, renamed or deleted since.
"""

import datetime
import io
import tomllib
from collections import Counter
from pathlib import Path

from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model

from warta.articles.models import ArticlePage, ArticleWriter
from warta.comments.choices import CommentStatus
from warta.comments.models import Comment
from warta.core.models import DemoRecord
from warta.demo import photos, pictures
from warta.demo.body import paragraphs_html, parse_body
from warta.demo.paper_pages import load_paper_pages
from warta.editions.models import EditionItem, EditionPage
from warta.images.models import WartaImage
from warta.multimedia.models import (
    GalleryPhoto,
    InfographicPage,
    PhotoGalleryPage,
    VideoPage,
)
from warta.people.choices import Role
from warta.people.models import ROLE_FIELDS, Agency, Person
from warta.planning.models import PlanItem
from warta.popularity.demo import seed_demo_views
from warta.search import indexing as search_index
from warta.sections.models import HomeHeadline, HomePage, SectionPage
from warta.trust.admin_views import take_down
from warta.trust.models import (
    AIUse,
    Correction,
    LiveReportPage,
    LiveUpdate,
    Takedown,
)

CONTENT_DIR = Path(__file__).parent / "content"


def read_content(content_dir=CONTENT_DIR):
    def load(name):
        path = content_dir / name
        return tomllib.loads(path.read_text("utf-8")) if path.exists() else {}

    articles = []
    for path in sorted(content_dir.glob("articles-*.toml")):
        articles += tomllib.loads(path.read_text("utf-8")).get("article", [])
    return (
        load("newsroom.toml"),
        articles,
        load("media.toml"),
        load("comments.toml").get("comment", []),
        load("trust.toml"),
        load("planning.toml").get("plan", []),
    )


class DemoLoader:
    def __init__(self, now=None, content_dir=CONTENT_DIR):
        self.now = now or timezone.now()
        (
            self.newsroom,
            self.articles,
            self.media,
            self.comments,
            self.trust,
            self.plans,
        ) = read_content(content_dir)
        self.created = Counter()
        self._new_articles = set()
        self._photos = None  # the installed photographs, read once
        self._photo_uses = Counter()
        self.content_dir = content_dir

    # -- bookkeeping ---------------------------------------------------------

    def ensure(self, kind, slug, model, create):
        """The object the demo made for ``kind:slug``, creating it the first time."""
        key = f"{kind}:{slug}"
        record = DemoRecord.objects.filter(key=key).first()
        if record is not None:
            return model.objects.filter(pk=record.object_id).first()
        obj = create()
        DemoRecord.objects.create(key=key, object_id=obj.pk)
        self.created[kind] += 1
        return obj

    def existing(self, kind, slug, model):
        record = DemoRecord.objects.filter(key=f"{kind}:{slug}").first()
        return record and model.objects.filter(pk=record.object_id).first()

    def published_at(self, days_ago, hhmm, order=0):
        """A publication time ``days_ago`` days back at ``hhmm`` WIB, never ahead."""
        local = timezone.localtime(self.now)
        hour, minute = (int(part) for part in hhmm.split(":"))
        moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        moment -= datetime.timedelta(days=days_ago)
        if moment > self.now:
            moment = self.now - datetime.timedelta(minutes=20 * (order + 1))
        return moment

    # -- building blocks -----------------------------------------------------

    def image(self, title, credit, seed, drawer=pictures.draw_scene, png=False):
        picture = drawer(seed)
        data = pictures.to_png(picture) if png else pictures.to_jpeg(picture)
        name = f"{slugify(title)[:50] or 'foto'}.{'png' if png else 'jpg'}"
        image = WartaImage(title=title[:255], credit=credit)
        image.file = ImageFile(io.BytesIO(data), name=name)
        image.save()
        self.created["image"] += 1
        return image

    # -- photographs (warta/demo/photos.py) -----------------------------------

    def news_photo(self, title, shown, subject, seed):
        """A story's picture and caption: ``(image, caption_title, caption)``.

        With the photo packages installed: the photograph ``shown["photo"]``
        names, captioned as the content says, or else the one that best fits
        ``subject``, with its own caption (a borrowed photograph says what it
        shows, and that it illustrates). Without them: a drawing, captioned as
        written.
        """
        photo = self.choose_photo(shown.get("photo"), subject)
        if photo is None:
            image = self.image(title, shown.get("credit", ""), seed)
            return image, shown.get("caption_title", ""), shown.get("caption", "")
        image = self.ensure(
            "photo", photo.key, WartaImage, lambda: self.photo_image(photo)
        )
        if shown.get("photo") == photo.key:
            return image, shown.get("caption_title", ""), shown.get("caption", "")
        return image, photo.caption_title, f"{photo.caption} Foto ilustrasi."

    def choose_photo(self, key, subject):
        """The named photograph, else the installed one whose subjects overlap
        ``subject`` most, counting each earlier use against it so that repeats
        spread over the catalogue; None when no photograph is installed."""
        if self._photos is None:
            self._photos = photos.installed()
        if not self._photos:
            return None
        named = photos.BY_KEY.get(key)
        if named in self._photos:
            chosen = named
        else:
            words = {str(word).lower() for word in subject}

            def score(photo):
                return (
                    2 * len(words & set(photo.subjects))
                    - 3 * self._photo_uses[photo.key]
                )

            chosen = max(self._photos, key=score)
        self._photo_uses[chosen.key] += 1
        return chosen

    def photo_image(self, photo):
        image = WartaImage(title=photo.caption_title.capitalize(), credit=photo.credit)
        image.file = ImageFile(io.BytesIO(photo.jpeg()), name=f"{photo.key}.jpg")
        image.save()
        return image

    def subject(self, data):
        """What a story is about, in the words the photo catalogue uses."""
        words = [*data.get("topics", []), data.get("section", "")]
        return words + data.get("title", "").lower().split()

    def video_file(self, data):
        """The demo's own video file (``file`` under content/), as a document."""
        if not data.get("file"):
            return None
        path = self.content_dir / data["file"]
        document = get_document_model()(title=data["title"][:255])
        with path.open("rb") as handle:
            document.file.save(path.name, File(handle), save=False)
        document.save()
        return document

    def poster(self, data, poster):
        """A video's poster: the file the content names, else a drawing."""
        if not poster.get("file"):
            return self.image(
                data["title"],
                poster.get("credit", ""),
                data["slug"],
                pictures.draw_poster,
            )
        image = WartaImage(title=data["title"][:255], credit=poster.get("credit", ""))
        path = self.content_dir / poster["file"]
        image.file = ImageFile(io.BytesIO(path.read_bytes()), name=path.name)
        image.save()
        self.created["image"] += 1
        return image

    def publish(self, page, published, updated=None):
        """Publish a page's first revision with its real publication times."""
        revision = page.save_revision(log_action=True)
        revision.publish()
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=published,
            last_published_at=updated or published,
            latest_revision_created_at=updated or published,
        )

    def person(self, slug):
        return self.existing("person", slug, Person) if slug else None

    # -- the paper -----------------------------------------------------------

    def load(self):
        with transaction.atomic():
            home = HomePage.objects.first()
            if home is None:
                raise RuntimeError("No home page: run `warta migrate` first.")
            self.home = home
            self.sections = {
                s["slug"]: self.section(home, s) for s in self.newsroom["section"]
            }
            for agency in self.newsroom.get("agency", []):
                self.agency(agency)
            for person in self.newsroom.get("person", []):
                self.person_profile(person)
            self.load_articles()
            self.load_media()
            self.load_comments()
            self.front_page(home)
            self.paper_pages(home)
            self.load_trust()
            self.load_plans()
            if seed_demo_views(now=self.now):
                self.created["view counts"] += 1
            search_index.sync()
        return self.created

    def section(self, home, data):
        def create():
            page = SectionPage(
                title=data["title"],
                slug=data["slug"],
                intro=data.get("intro", ""),
                show_in_menus=True,
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            return page

        return self.ensure("section", data["slug"], SectionPage, create)

    def agency(self, data):
        fields = ("name", "code", "url", "description")
        return self.ensure(
            "agency",
            data["slug"],
            Agency,
            lambda: Agency.objects.create(
                slug=data["slug"], **{k: data[k] for k in fields if k in data}
            ),
        )

    def person_profile(self, data):
        def create():
            roles = {ROLE_FIELDS[Role(role)]: True for role in data.get("roles", [])}
            photo = self.image(
                data["name"], "HARIAN WARTA", data["slug"], pictures.draw_portrait
            )
            return Person.objects.create(
                slug=data["slug"],
                name=data["name"],
                desk_code=data.get("desk_code", ""),
                job_title=data.get("job_title", ""),
                bio=data.get("bio", ""),
                photo=photo,
                **roles,
            )

        return self.ensure("person", data["slug"], Person, create)

    # -- articles ------------------------------------------------------------

    def load_articles(self):
        fresh = []
        for order, data in enumerate(self.articles):
            section = self.sections.get(data["section"])
            if section is None:
                continue
            page = self.ensure(
                "article",
                data["slug"],
                ArticlePage,
                lambda data=data, section=section: self.article_shell(section, data),
            )
            if page is not None and page.pk in self._new_articles:
                fresh.append((order, data, page))
        for order, data, page in fresh:
            self.fill_article(page, data, order)

    def article_shell(self, section, data):
        """The page row alone, so later bodies can link to any demo article."""
        lead, caption_title, caption = self.news_photo(
            data["title"], data["image"], self.subject(data), data["slug"]
        )
        page = ArticlePage(
            title=data["title"],
            slug=data["slug"],
            kicker=data.get("kicker", ""),
            dek=data.get("dek", ""),
            dateline=data.get("dateline", ""),
            article_type=data.get("type", "berita"),
            needs_verification=data.get("needs_verification", False),
            lead_image=lead,
            lead_caption_title=caption_title,
            lead_caption=caption,
            agency=self.existing("agency", data.get("agency"), Agency)
            if data.get("agency")
            else None,
            editor=self.person(data.get("editor")),
            live=False,
        )
        section.add_child(instance=page)
        self._new_articles.add(page.pk)
        return page

    def fill_article(self, page, data, order):
        published = self.published_at(data["days_ago"], data["time"], order)
        updated = None
        if data.get("updated_minutes"):
            updated = published + datetime.timedelta(minutes=data["updated_minutes"])
            updated = min(updated, self.now)
        page.updated_at = updated
        page.body = parse_body(
            data["body"],
            make_image=lambda title, caption, credit: self.news_photo(
                title or page.title,
                {"caption_title": title, "caption": caption, "credit": credit},
                [*self.subject(data), *title.lower().split()],
                f"{page.slug}/{title}",
            ),
            find_article=lambda slug: self.existing("article", slug, ArticlePage),
        )
        page.writer_links = [
            ArticleWriter(person=person, sort_order=i)
            for i, person in enumerate(
                filter(None, map(self.person, data.get("writers", [])))
            )
        ]
        page.topics.set(data.get("topics", []))
        page.ai_uses = [
            AIUse(
                tool=use["tool"],
                task=use["task"],
                part=use["part"],
                checked_by=self.person(use.get("checked_by")),
                sort_order=i,
            )
            for i, use in enumerate(data.get("ai_uses", []))
        ]
        self.publish(page, published, updated)

    # -- media desks ---------------------------------------------------------

    def desk(self, kind):
        for data in self.newsroom["section"]:
            if data.get("kind") == kind:
                return self.sections.get(data["slug"])
        return None

    def load_media(self):
        for order, data in enumerate(self.media.get("gallery", [])):
            self.ensure(
                "gallery",
                data["slug"],
                PhotoGalleryPage,
                lambda d=data, o=order: self.gallery(d, o),
            )
        for order, data in enumerate(self.media.get("video", [])):
            self.ensure(
                "video",
                data["slug"],
                VideoPage,
                lambda d=data, o=order: self.video(d, o),
            )
        for order, data in enumerate(self.media.get("infographic", [])):
            self.ensure(
                "infographic",
                data["slug"],
                InfographicPage,
                lambda d=data, o=order: self.infographic(d, o),
            )
        for data in self.media.get("edition", []):
            self.ensure(
                "edition", data["slug"], EditionPage, lambda d=data: self.edition(d)
            )

    def story_fields(self, data):
        return {
            "title": data["title"],
            "slug": data["slug"],
            "kicker": data.get("kicker", ""),
            "dek": data.get("summary", ""),
            "editor": self.person(data.get("editor")),
        }

    def gallery(self, data, order):
        page = PhotoGalleryPage(
            intro=data.get("intro", ""),
            photographer=self.person(data.get("photographer")),
            **self.story_fields(data),
        )
        shown = [
            self.news_photo(
                photo["caption_title"], photo, self.subject(data), f"{data['slug']}/{i}"
            )
            for i, photo in enumerate(data.get("photo", []))
        ]
        page.photos = [
            GalleryPhoto(image=image, caption_title=title, caption=text, sort_order=i)
            for i, (image, title, text) in enumerate(shown)
        ]
        return self.add_story(self.desk("galleries"), page, data, order)

    def video(self, data, order):
        poster = data.get("poster", {})
        page = VideoPage(
            provider_url=data.get("provider_url", ""),
            video_file=self.video_file(data),
            duration=data.get("duration", ""),
            description=paragraphs_html(data.get("description", "")),
            poster=self.poster(data, poster),
            videographer=self.person(data.get("videographer")),
            **self.story_fields(data),
        )
        return self.add_story(self.desk("videos"), page, data, order)

    def infographic(self, data, order):
        rows = [(row["label"], row["value"]) for row in data.get("data", [])]
        chart = self.image(
            data["title"],
            data.get("credit", ""),
            data["slug"],
            lambda seed: pictures.draw_bar_chart(
                data["title"], rows, data.get("unit", "")
            ),
            png=True,
        )
        text = "\n\n".join(
            line
            for line in data.get("text_alternative", "").splitlines()
            if line.strip()
        )
        page = InfographicPage(
            image=chart,
            text_alternative=paragraphs_html(text),
            **self.story_fields(data),
        )
        return self.add_story(self.desk("infographics"), page, data, order)

    def add_story(self, section, page, data, order):
        if section is None:
            raise RuntimeError(f"No section for {data['slug']}")
        page.live = False
        section.add_child(instance=page)
        page.topics.set(data.get("topics", []))
        self.publish(page, self.published_at(data["days_ago"], data["time"], order))
        return page

    def edition(self, data):
        cover = data.get("cover", {})
        published = self.published_at(data.get("days_ago", 0), "06:00")
        cover_image, cover_title, cover_text = self.news_photo(
            data["title"], cover, self.subject(data), data["slug"]
        )
        page = EditionPage(
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            edition_date=timezone.localtime(published).date(),
            cover_image=cover_image,
            cover_caption=" I ".join(p for p in (cover_title, cover_text) if p),
            live=False,
        )
        articles = [
            self.existing("article", slug, ArticlePage) for slug in data["articles"]
        ]
        page.items = [
            EditionItem(article=article, sort_order=i)
            for i, article in enumerate(filter(None, articles))
        ]
        self.desk("editions").add_child(instance=page)
        self.publish(page, published)
        return page

    # -- readers' comments --------------------------------------------------

    def load_comments(self):
        for number, data in enumerate(self.comments):
            article = self.existing("article", data["article"], ArticlePage)
            if article is None:  # the story is gone; so is its thread
                continue
            self.ensure(
                "comment",
                f"{data['article']}/{number}",
                Comment,
                lambda d=data, a=article: self.comment_thread(a, d),
            )

    def comment_thread(self, article, data):
        parent = self.comment(article, data, None)
        for reply in data.get("reply", []):
            self.comment(article, reply, parent)
        return parent

    def comment(self, article, data, parent):
        created = article.first_published_at + datetime.timedelta(
            hours=data.get("hours_after", 1)
        )
        return Comment.objects.create(
            page=article,
            parent=parent,
            name=data["name"],
            email=data["email"],
            body=data["body"],
            status=CommentStatus.APPROVED,
            created_at=min(created, self.now),
        )

    # -- trust: corrections, takedowns, a live report ----------------------

    def load_trust(self):
        for data in self.trust.get("live", []):
            section = self.sections.get(data["section"])
            if section is not None:
                self.ensure(
                    "live",
                    data["slug"],
                    LiveReportPage,
                    lambda d=data, s=section: self.live_report(s, d),
                )
        for data in self.trust.get("correction", []):
            article = self.existing("article", data["article"], ArticlePage)
            if article is not None and article.live:
                self.ensure(
                    "correction",
                    data["key"],
                    Correction,
                    lambda d=data, a=article: self.correction(a, d),
                )
        for data in self.trust.get("takedown", []):
            article = self.existing("article", data["article"], ArticlePage)
            if article is not None and article.live:
                self.ensure(
                    "takedown",
                    data["article"],
                    Takedown,
                    lambda d=data, a=article: self.takedown(a, d),
                )

    # -- the story budget (Rencana liputan) -------------------------------

    def load_plans(self):
        for data in self.plans:
            desk = self.sections.get(data["section"])
            if desk is not None:
                make = lambda d=data, s=desk: self.plan(s, d)  # noqa: E731
                self.ensure("plan", data["key"], PlanItem, make)

    def plan(self, desk, data):
        hour, minute = (int(part) for part in data["deadline"].split(":"))
        day = timezone.localdate(self.now) + datetime.timedelta(days=data["day"])
        return PlanItem.objects.create(
            desk=desk,
            day=day,
            slug_line=data["slug_line"],
            angle=data.get("angle", ""),
            writer=self.person(data.get("writer")),
            photographer=self.person(data.get("photographer")),
            deadline=datetime.time(hour, minute),
            place=data.get("place", ""),
            planned_length=data.get("length"),
            channel=data.get("channel", "web"),
        )

    def ago(self, hours=0, minutes=0):
        return self.now - datetime.timedelta(hours=hours, minutes=minutes)

    def after(self, article, hours):
        """``hours`` ago, but never before the story went out (nor in the future)."""
        soonest = (article.last_published_at or self.now) + datetime.timedelta(
            minutes=10
        )
        return min(self.now, max(self.ago(hours=hours), soonest))

    def correction(self, article, data):
        link = data.get("link")
        return Correction.objects.create(
            page=article,
            kind=data["kind"],
            published_at=self.after(article, hours=data.get("hours_ago", 1)),
            text=data["text"].strip(),
            link_page=self.existing("article", link, ArticlePage) if link else None,
        )

    def takedown(self, article, data):
        takedown = take_down(article, data["reason"].strip(), None)
        takedown.taken_down_at = self.after(article, hours=data.get("hours_ago", 1))
        takedown.save(update_fields=["taken_down_at"])
        return takedown

    def live_report(self, section, data):
        lead, caption_title, caption = self.news_photo(
            data["title"], data["image"], self.subject(data), data["slug"]
        )
        started = self.ago(minutes=data.get("started_minutes_ago", 60))
        page = LiveReportPage(
            title=data["title"],
            slug=data["slug"],
            kicker=data.get("kicker", ""),
            dek=data.get("dek", ""),
            dateline=data.get("dateline", ""),
            coverage_start=started,
            lead_image=lead,
            lead_caption_title=caption_title,
            lead_caption=caption,
            editor=self.person(data.get("editor")),
            live=False,
        )
        section.add_child(instance=page)
        page.body = parse_body(data["body"], make_image=None, find_article=None)
        page.writer_links = [
            ArticleWriter(person=person, sort_order=i)
            for i, person in enumerate(
                filter(None, map(self.person, data.get("writers", [])))
            )
        ]
        page.live_updates = [
            LiveUpdate(
                posted_at=self.ago(minutes=update["minutes_ago"]),
                title=update.get("title", ""),
                body=f"<p>{escape(update['body'].strip())}</p>",
                sort_order=i,
            )
            for i, update in enumerate(data.get("update", []))
        ]
        page.topics.set(data.get("topics", []))
        latest = max((u.posted_at for u in page.live_updates.all()), default=started)
        self.publish(page, started, latest)
        return page

    # -- the paper's identity and own pages (content/paper.toml) ----------------

    def paper_pages(self, home):
        load_paper_pages(self, home, self.content_dir / "paper.toml")

    # -- front page ----------------------------------------------------------

    def front_page(self, home):
        def create():
            latest = ArticlePage.objects.listed().filter(article_type="berita")
            lead = latest.filter(lead_image__isnull=False).first()
            home.lead_story = lead
            home.tagline = self.newsroom.get("paper", {}).get("tagline", "")
            home.headline_slots = [
                HomeHeadline(story=story, sort_order=i)
                for i, story in enumerate(
                    latest.exclude(pk=getattr(lead, "pk", None))[:4]
                )
            ]
            home.save_revision().publish()
            return home

        self.ensure("home", "front-page", HomePage, create)
