"""Replace Wagtail's welcome page with the paper's home page and point the site at it."""

from django.conf import settings
from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("sections.HomePage")

    if HomePage.objects.exists():
        return
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    # Wagtail's initial migration leaves an untouched "Welcome" page at 00010001.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(
        model="homepage", app_label="sections"
    )
    siblings = Page.objects.filter(depth=2).order_by("-path")
    last = siblings.first()
    path = root.path + _next_step(last.path[-4:] if last else None)
    slug = "beranda" if Page.objects.filter(depth=2, slug="home").exists() else "home"
    home = HomePage.objects.create(
        title=settings.WARTA_SITE_NAME,
        draft_title=settings.WARTA_SITE_NAME,
        slug=slug,
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path=f"/{slug}/",
        locale=Locale.objects.order_by("pk").first(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
        site_name=settings.WARTA_SITE_NAME,
    )


def _next_step(last):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if last is None:
        return "0001"
    value = 0
    for char in last:
        value = value * 36 + alphabet.index(char)
    value += 1
    out = ""
    for _ in range(4):
        value, rem = divmod(value, 36)
        out = alphabet[rem] + out
    return out


class Migration(migrations.Migration):
    dependencies = [
        ("sections", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
