"""The rules a new comment meets, read from settings so a deployment can tune them.

The settings and their defaults are declared once, in ``warta/settings/base.py``
(each read from the environment there).
"""

import datetime
import re

from django.conf import settings
from django.utils import timezone

from warta.comments.choices import CommentStatus, ModerationMode
from warta.comments.models import ClosedThread, CommentSiteSettings

# A link is a URL or a bare domain with a common top-level name ("toko.id").
LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w-]+\.(?:com|net|org|id|io|co|ly|xyz|info|biz)\b\S*",
    re.IGNORECASE,
)


def max_length():
    # The model's column holds at most 3000 characters: never allow more.
    return min(int(settings.WARTA_COMMENTS_MAX_LENGTH), 3000)


def count_links(text):
    return len(LINK.findall(text))


def blocked_word(text):
    """The first blocklisted word or phrase in ``text`` (case-insensitive), or None."""
    lowered = text.casefold()
    for word in settings.WARTA_COMMENTS_BLOCKLIST:
        word = word.strip().casefold()
        if word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return word
    return None


def closes_at(page):
    """When the thread closes by age, or None when it never does (setting 0)."""
    days = int(settings.WARTA_COMMENTS_CLOSE_AFTER_DAYS)
    published = page.first_published_at
    if days <= 0 or published is None:
        return None
    return published + datetime.timedelta(days=days)


def is_closed(page):
    """Closed by an editor (``ClosedThread``) or by age."""
    deadline = closes_at(page)
    if deadline is not None and timezone.now() >= deadline:
        return True
    known = getattr(page, "thread_closed", None)  # StoryPage.for_page_view
    if known is not None:
        return known
    return ClosedThread.objects.filter(page_id=page.pk).exists()


def initial_status(request):
    """Pending under pre-moderation (the default); approved under post-moderation."""
    mode = CommentSiteSettings.for_request(request).moderation
    if mode == ModerationMode.POST:
        return CommentStatus.APPROVED
    return CommentStatus.PENDING
