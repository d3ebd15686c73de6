"""``warta untranslated_admin``: the share of the newsroom's admin still in English.

Renders the busiest admin screens (login, dashboard, explorer, page editor,
workflow, images, reports) with the test client as an Indonesian superuser,
inside a transaction that is rolled back, and prints the untranslated share
of the messages they show: plural messages and messages with placeholders
included, and every message of the JavaScript catalogue (``/admin/jsi18n/``,
which every admin screen loads). It reads the catalogues; what a person
actually sees, in every role and dialog, is checked in a real browser by
``tests/browser/test_admin_language.py``.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client
from wagtail.users.models import UserProfile

from warta.newsroom.translation_audit import audit


class Rollback(Exception):
    pass


def screens():
    from warta.articles.models import ArticlePage
    from warta.images.models import WartaImage
    from warta.sections.models import HomePage

    home = HomePage.objects.first()
    article = ArticlePage.objects.live().first()
    section = article.get_parent() if article else home
    urls = ["/admin/", f"/admin/pages/{home.pk}/", f"/admin/pages/{section.pk}/"]
    if article:
        urls += [
            f"/admin/pages/{article.pk}/edit/",
            f"/admin/pages/{article.pk}/history/",
        ]
    urls += [
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/images/",
        "/admin/images/add/",
        "/admin/reports/site-history/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/aging-pages/",
        "/admin/snippets/people/person/",
        "/admin/snippets/people/agency/",
        "/admin/snippets/comments/comment/",
        "/admin/pages/search/?q=vaksin",
        "/admin/users/",
    ]
    image = WartaImage.objects.first()
    if image:
        urls.append(f"/admin/images/{image.pk}/")
    return urls


def render_screens():
    host = (settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".")
    client = Client(HTTP_HOST=host if host != "*" else "localhost")
    secure = settings.SECURE_SSL_REDIRECT
    pages = {"/admin/login/": client.get("/admin/login/", secure=secure)}
    user = get_user_model().objects.create_superuser("uji-bahasa", "", None)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "id"
    profile.save()
    client.force_login(user)
    for url in screens():
        pages[url] = client.get(url, secure=secure)
    return {url: r.content.decode() for url, r in pages.items() if r.status_code == 200}


class Command(BaseCommand):
    help = "Bagian teks admin Wagtail yang belum diterjemahkan ke bahasa Indonesia."

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="print the strings")

    def handle(self, *args, list=False, **options):
        try:
            with transaction.atomic():
                pages = render_screens()
                raise Rollback
        except Rollback:
            pass
        untranslated, translated = audit(pages)
        total = len(untranslated) + len(translated)
        share = 100 * len(untranslated) / total if total else 0
        if list:
            for msgid in sorted(untranslated):
                self.stdout.write(msgid)
        self.stdout.write(
            f"{len(pages)} screens: {len(untranslated)} of {total} admin messages "
            f"untranslated ({share:.1f}%)"
        )
