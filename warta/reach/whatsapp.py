"""What the WhatsApp Channel gets: a story's post and the morning digest.

WhatsApp marks bold with asterisks, so an asterisk inside a headline would end
the bold early: it is dropped there. Every link is a tracked one (channel
"whatsapp"), so the dashboard's panel sees what the Channel brought in.
"""

from urllib.parse import quote

from django.utils import timezone
from wagtail.models import Page

from warta.core import paper
from warta.core.seo import plain_text
from warta.reach.choices import Channel
from warta.reach.links import tracked_url
from warta.sections.front import front_plan
from warta.sections.models import HomePage, published_pages

DEK_MAX = 400  # StoryPage.dek's own limit
DIGEST_LATEST = 3  # Terkini stories after the lead and the headline slots
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def indonesian_date(day):
    """``Jumat, 4 Desember 2026``, whatever language the admin speaks."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def bold(text):
    return f"*{' '.join(text.replace('*', '').split())}*"


def dek(page):
    """What the story page shows under its headline (its dek), else the
    search description the editor wrote for it."""
    return plain_text(getattr(page, "dek", ""), limit=DEK_MAX) or plain_text(
        page.search_description, limit=DEK_MAX
    )


def story_post(page, day=None):
    day = day or timezone.localdate()
    link = tracked_url(page, Channel.WHATSAPP, f"saluran-{day.isoformat()}")
    return "\n\n".join(part for part in (bold(page.title), dek(page), link) if part)


def digest_stories(home):
    """The front's lead, its headline slots and the newest few, in that order."""
    plan = front_plan(home, published_pages())
    ids = [plan["lead"], *plan["headlines"], *plan["latest"][:DIGEST_LATEST]]
    ids = [pk for pk in dict.fromkeys(ids) if pk is not None]
    pages = Page.objects.filter(pk__in=ids).only("pk", "title").in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def morning_digest(home, request=None, day=None):
    day = day or timezone.localdate()
    campaign = f"pagi-{day.isoformat()}"
    heading = bold(f"{paper.current(request).name} pagi ini, {indonesian_date(day)}")
    lines = [
        f"{n}. {' '.join(page.title.split())} — "
        f"{tracked_url(page, Channel.WHATSAPP, campaign)}"
        for n, page in enumerate(digest_stories(home), start=1)
    ]
    return "\n".join([heading, "", *lines]) if lines else ""


def the_home():
    return HomePage.objects.live().first()


def wa_me(text):
    """WhatsApp's share address: it opens the app with the text ready to send."""
    return "https://wa.me/?text=" + quote(text, safe="")
