"""The demo paper's newsletters: Nawala Pagi at 06.00 WIB, a section's day,
breaking news; three confirmed readers; and today's morning digest sent once
(to mail files under ``$WARTA_DATA/mail/``), so the archive and a mail to
open are there from the first ``make demo``."""

import datetime

from django.utils import timezone

from warta.newsletters.models import (
    NewsletterList,
    Subscriber,
    Subscription,
)
from warta.newsletters.sending import prepare_digest
from warta.newsletters.tasks import start
from warta.sections.models import SectionPage

LISTS = [
    ("nawala-pagi", "Nawala Pagi", NewsletterList.Kind.MORNING, datetime.time(6, 0),
     "Berita terpenting pagi ini, dipilih redaksi dari halaman depan."),
    ("nawala-ekonomi", "Nawala Ekonomi", NewsletterList.Kind.SECTION,
     datetime.time(17, 0), "Sore hari: berita Ekonomi hari itu."),
    ("berita-penting", "Berita Penting", NewsletterList.Kind.BREAKING, None,
     "Hanya bila ada kabar besar; dikirim redaktur."),
]  # fmt: skip
READERS = ["ani@pembaca.invalid", "budi@pembaca.invalid", "citra@pembaca.invalid"]


def ensure_demo_nawala():
    """Idempotent; returns the id of today's digest when it was sent now."""
    economy = SectionPage.objects.filter(slug="ekonomi").first()
    made = {}
    for slug, name, kind, send_time, description in LISTS:
        made[slug], _ = NewsletterList.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "send_time": send_time,
                "description": description,
                "section": economy if kind == NewsletterList.Kind.SECTION else None,
            },
        )
    for email in READERS:
        reader, created = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "status": Subscriber.Status.ACTIVE,
                "confirmed_at": timezone.now(),
                "consent_text": "Pembaca contoh (data demo).",
            },
        )
        for newsletter in made.values():
            Subscription.objects.get_or_create(subscriber=reader, newsletter=newsletter)
    morning = made["nawala-pagi"]
    today = timezone.localdate()
    if morning.issues.filter(date=today).exists():
        return None
    issue = prepare_digest(morning, today, timezone.now())
    if issue is None:
        return None
    issue.intro = (
        "Selamat pagi. Ini contoh Nawala Pagi dari koran demo Warta: setiap hari "
        "pukul 06.00 WIB, berita pilihan dari halaman depan."
    )
    issue.save(update_fields=["intro"])
    return start(issue)
